package scoring

import "strings"

// Questions that suggest the customer's side caused it. "Did you by any
// chance let someone else use your login?", "could your little one have got
// hold of the tablet?", "are you sure you didn't share your password?", "did
// someone else in the house maybe buy it?": asked not to learn a detail but
// to put the cause on the customer's side. A question that only asks for a
// detail ("did you pay by card or by PayPal?", "has your son played with it
// yet?"), or asks about us or a third party, is not.

// suggestsYourPart reports a question about the customer's side that
// suggests their part in the trouble: with a word that says so ("by any
// chance", "are you sure", "someone else"), a verb of a slip, a part not
// done, or a guess at what they could have done.
func (az *analyzer) suggestsYourPart(c *clause) bool {
	if !c.question || c.byAgent || c.actor == actAgent || whatHappened&(1<<c.aspect) == 0 && !(c.aspect == aspNow && c.hasHave) || !az.yourPartyActs(c) && !az.yourActAsked(c) {
		return false // "is there anyone else who uses the card?" asks who does, not who did
	}
	if c.aspect == aspCould && c.actor == actCustomer && !c.hasHave {
		return false // "any chance you could send a photo?" asks a favour; "could you have" guesses
	}
	if concessiveWords.has(az.tok.toks[c.lo].id) {
		return false // "so the code didn't apply | even though you entered it right?" grants what they did
	}
	s := az.tok.sents[az.tok.toks[c.lo].sent]
	if askWhat.has(az.tok.toks[s.tokLo].id) {
		return false // "what else did you notice?" asks for a detail
	}
	if c.lists&listReceive != 0 && !c.neg && c.aspect == aspDone && !(c.lemma == "have" && az.anyoneOfYoursAsked(c)) {
		return false // "did you get our email at any point?" asks a fact; "did anyone else have the keys?" guesses
	}
	if az.suggestiveNear(c) || az.askedIfPossible(c) || az.explainsAfter(c) {
		return true // "did you by any chance", "are you sure you didn't", "maybe your phone had it off?", "is it possible your son ..."
	}
	if !az.asksByInversion(c) {
		return false // "you never turned on sync?" checks what was said
	}
	switch {
	case c.lists&(listSlip|listGoesWrong) != 0 && !c.neg:
		return true // "did you forget to update it?", "did your son drop it?"
	case c.neg && c.lists&(listDuty|listYourActs) != 0:
		return true // "was the alarm not set?", "did you not tick the box?"
	case !c.neg && c.lemma == "share" && az.secretShared(c):
		return true // "did you share the one-time passcode with the person who rang you?"
	case c.passive && c.lists&listYourActs != 0 && az.leftInState(c):
		return true // "was autosave turned off on your machine?", "was the stopcock left open when you went away?"
	case c.passive && c.lists&listYourActsOrSlips != 0 && az.anyIn(c.comp, c.hi, troubleWords):
		return true // "were the boots stored somewhere damp over the winter?": kept where harm comes to it
	case c.hasHave && az.anyIn(c.lo, max(c.subj, c.lo), couldWords):
		return true // "could your little one have got hold of it?"
	case !c.neg && (c.bag&lxWrong != 0 || az.anyIn(c.comp, c.hi, otherOnes) || az.rightOneAsked(c)):
		// "were you logged in under a different email address?", "did you use the wrong link?", "did
		// you enter the right code?"
		return true
	case c.actor != actCustomer && !c.neg:
		// "did anyone else in the house have access to the card?", "did anyone in your party
		// forward the email?": someone of theirs, asked after by inversion, is the guess
		return az.anyoneOfYoursAsked(c)
	}
	return false
}

// rightOneAsked reports "the right" and a noun after c's verb: "did you
// enter the right code?" asks whether they got it wrong. "Right now" and
// "right away" ask nothing of the kind.
func (az *analyzer) rightOneAsked(c *clause) bool {
	toks := az.tok.toks
	for i := max(c.comp, c.lo) + 1; i+1 < c.hi; i++ {
		if toks[i].id == idRight && toks[i-1].id == idThe && az.lexAt(i+1)&(lxTemporal|lxAdverb) == 0 {
			return true
		}
	}
	return false
}

// asksByInversion reports a question whose auxiliary comes before its
// subject: "did you", "was the alarm", "could your son have".
func (az *analyzer) asksByInversion(c *clause) bool {
	return c.subj > c.lo && az.lexAt(c.subj-1)&auxBits != 0 || c.subj > c.lo+1 && az.lexAt(c.lo)&auxBits != 0
}

// yourPartyActs reports a clause whose subject is the customer, their own
// thing or someone of theirs ("your little one"), or someone else with the
// customer's things ("anyone else in the house").
func (az *analyzer) yourPartyActs(c *clause) bool {
	if c.actor == actCustomer || az.afterAreYouSure(c.lo) && c.actor != actAgent && !az.ourInSubject(c) {
		return true // "are you sure | the wrap didn't come off early?" doubts their account of their thing
	}
	if c.passive && c.byWho != actNone && az.doneByYours(c) {
		return true // "was the parcel perhaps taken in by someone else at the address?": one of theirs did it
	}
	if c.passive && (c.lists&stepList != 0 && c.lists&listYourActs == 0 || c.byWho != actNone) {
		// "was your parcel maybe delivered to the wrong house?" asks about our step; "were
		// notifications switched off on your phone?" about theirs
		return false
	}
	if c.passive && c.actor == actThing && az.asksByInversion(c) && !az.ourInSubject(c) && !az.subjectHasLex(c, lxDeliverable|lxCompanyNoun) &&
		c.lists&(listYourActsOrSlips|listGoesWrong) != 0 {
		return true // "were the fridge vents blocked?", "was the mattress left in its wrap?": a thing of theirs, handled by them
	}
	if c.passive && c.actor == actThing && az.asksByInversion(c) && !az.ourInSubject(c) && !az.subjectHasLex(c, lxCompanyNoun) &&
		(c.bag&lxWrong != 0 || az.anyIn(c.comp, c.hi, otherOnes) || az.rightOneAsked(c)) {
		return true // "was the booking made under a different name?", "was the reading taken from the right meter?": done with what they gave
	}
	if az.yourSide(c) && !az.subjectHasLex(c, lxDeliverable) || c.passive && az.clauseHasID(c, idYour) || !c.passive && az.subjectHas(c, homePeople) {
		return true // "did your son maybe buy it?", "was the booking maybe made under your maiden name?", "could the kids have"
	}
	i, hi := az.anyoneInSubject(c)
	if i < 0 {
		return false
	}
	// "did someone fit the legs before reading the guide, by any chance?": no one of ours is named
	return az.anyoneOfYours(i, hi) || !az.anyLexIn(i+1, hi, lxOurDet|lxAgent) && az.suggestiveNear(c)
}

// doneByYours reports a passive's "by" naming someone of the customer's:
// "by someone else at the address", "by your son", "by anyone in the house".
func (az *analyzer) doneByYours(c *clause) bool {
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if az.tok.toks[i].id == idBy {
			return az.anyoneOfYours(i, c.hi) || az.idOrBaseIn(i+1, c.hi, homePeople)
		}
	}
	return false
}

// anyoneInSubject returns where "anyone", "someone" or the like stands in
// c's subject, and the subject's end; -1 when none does.
func (az *analyzer) anyoneInSubject(c *clause) (at, hi int) {
	lo, hi := c.subjectSpan()
	if hi <= lo {
		lo, hi = c.lo, min(c.hi, c.lo+6) // a question read without its verb
	}
	for i := lo; i < hi; i++ {
		if anyonePronouns.has(az.tok.toks[i].id) {
			return i, hi
		}
	}
	return -1, hi
}

// anyoneOfYoursAsked reports a subject of "anyone" narrowed to the customer's
// side (see anyoneOfYours).
func (az *analyzer) anyoneOfYoursAsked(c *clause) bool {
	i, hi := az.anyoneInSubject(c)
	return i >= 0 && az.anyoneOfYours(i, hi)
}

// anyoneOfYours reports "anyone" at i narrowed, before hi, to the
// customer's side: "anyone else", "anyone in the house", "anyone in your
// party".
func (az *analyzer) anyoneOfYours(i, hi int) bool {
	return az.anyIn(i+1, hi, elseOrHome) || az.idIn(idYour, i+1, hi)
}

// askedIfPossible reports a clause asked after "is it possible", "is it
// likely" or "could it be": "is it possible | your satnav took you to the
// old entrance?".
func (az *analyzer) askedIfPossible(c *clause) bool {
	toks := az.tok.toks
	return c.lo >= 2 && possibleWords.has(toks[c.lo-1].id) && toks[c.lo-1].sent == toks[c.lo].sent && toks[c.lo-2].id == idIt ||
		c.lo >= 3 && az.afterCouldItBe(c.lo) // "could it be (that) | the router was off?"
}

// explainsAfter reports a question followed, in the next sentence, by "that
// would explain" or "that'd explain": "was the underfloor heating left on
// full? That'd explain the boards lifting" asks to put the cause on them.
func (az *analyzer) explainsAfter(c *clause) bool {
	toks := az.tok.toks
	s := int(toks[c.lo].sent) + 1
	if s >= len(az.tok.sents) {
		return false
	}
	lo, hi := az.tok.sents[s].tokLo, az.tok.sents[s].tokHi
	for i := lo; i < hi && i <= lo+4; i++ {
		if toks[i].id == idExplain || toks[i].id == idExplains || causeBack.has(toks[i].id) {
			return true
		}
	}
	// "Because that would strip it", "Because that's usually how users get deleted", "Because the
	// sensor only goes off like that with a draught": the reason for asking; not "Because I can
	// resend it", an offer
	if az.tok.key(toks[lo]) == "because" && lo+1 < hi && !az.anyLexIn(lo+1, hi, lxAgent|lxOurDet) {
		return true
	}
	if az.thatWouldDoIt(lo, hi) {
		return true // "Was the box left unticked? That would log you out every time."
	}
	if az.usuallyWhatDoesIt(lo, hi) {
		return true // "Have you cleared your cache? Nine times out of ten that's what it is."
	}
	return az.endsPointingBack(lo, hi)
}

// thatWouldDoIt reports a sentence lo..hi opened by "that" or "this" and a
// modal, then a verb other than be or have: "that would log you out", "that
// will shrink it". After a question of what was done, it says what the act
// brings about; "that would be great" and "that'll be sorted" do not.
func (az *analyzer) thatWouldDoIt(lo, hi int) bool {
	toks := az.tok.toks
	if lo+2 >= hi || !thisThat.has(toks[lo].id) || az.lexAt(lo+1)&(lxWould|lxWill|lxCan) == 0 || az.lexAt(lo+1)&lxNeg != 0 {
		return false
	}
	b := az.lexAt(lo + 2)
	return b&(lxBe|lxHave|lxAdverb|lxNeg) == 0 && (az.looksLikeVerb(lo+2) || verbs.bare[az.tok.key(toks[lo+2])] != 0)
}

// usuallyWhatDoesIt reports a sentence lo..hi that says how often, then
// points back with "that" or "it" to name what, where or how: "nine times
// out of ten that's what it is", "that's usually where the temperature
// swings the most". How often it goes so makes the question's act the
// common cause; "that's where the discount shows", said of no frequency,
// only tells where.
func (az *analyzer) usuallyWhatDoesIt(lo, hi int) bool {
	toks := az.tok.toks
	freq, back := false, false
	for i := lo; i < hi && i <= lo+8; i++ {
		switch {
		case az.lexAt(i)&lxFreq != 0 || toks[i].id == idTimes && i+1 < hi && toks[i+1].id == idOut:
			freq = true // "usually", "nine times out of ten"
		case resultWhWords.has(toks[i].id):
			return freq && back && toks[i].id != idWhen
		case az.lexAt(i)&lxThing != 0:
			back = true // "that's", "it's"
		}
	}
	return false
}

// endsPointingBack reports a sentence lo..hi that ends by naming the question
// before it as the cause: "water in the controller like this normally comes
// from that", "kettlebells will do that".
func (az *analyzer) endsPointingBack(lo, hi int) bool {
	toks := az.tok.toks
	if hi-lo < 3 || !thisThat.has(toks[hi-1].id) {
		return false
	}
	prev := toks[hi-2].id
	return prev == idFrom && az.causeWordAt(hi-3, hi-1) || prev == idDo && hi-3 >= lo && az.lexAt(hi-3)&(lxWill|lxWould|lxCan) != 0
}

// causeBack, early in the sentence after a question, make the question's act
// the cause: "They cause exactly this", "That's usually what gets them sent back".
var causeBack = idSetOf(causeBackList)

const causeBackList = "cause causes why what"

// yourActAsked reports a passive question of an act only the customer's
// side does, asked of a thing not named as theirs, with a suggestive word
// ("was the machine overloaded, by any chance?") or followed by when they
// did something ("was the heating left on | when you went out?").
func (az *analyzer) yourActAsked(c *clause) bool {
	if !c.passive || c.byWho != actNone {
		return false
	}
	if c.lists&(listYourActs|listDuty) == 0 {
		// "was the charger plugged into one of those cheap leads? They cause exactly this": an act on a
		// thing, not ours to send, named as the cause in the next sentence
		return c.lists&stepList == 0 && !az.subjectHasLex(c, lxDeliverable) && !az.ourInSubject(c) && az.explainsAfter(c)
	}
	if az.suggestiveNear(c) || az.explainsAfter(c) {
		return true
	}
	ci := az.clauseIndex(c)
	if ci+1 >= len(az.clauses) {
		return false
	}
	next := &az.clauses[ci+1]
	return next.temporal && next.actor == actCustomer && az.tok.toks[next.lo].sent == az.tok.toks[c.lo].sent
}

// leftInState reports a state word right after c's verb: "turned off",
// "left open", "left running".
func (az *analyzer) leftInState(c *clause) bool {
	i := c.verb + 1
	if c.verb < 0 || i >= c.hi || !stateWords.has(az.tok.toks[i].id) {
		return false
	}
	// "left on", but not "used on your phone": "on" before a noun is a place
	return az.tok.key(az.tok.toks[i]) != "on" || i+1 >= c.hi || az.lexAt(i+1)&(lxDet|lxOurDet) == 0 && az.markAt(i+1)&lxYour == 0
}

// suggestiveNear reports a word near c, in its sentence, that makes a
// question a suggestion: "by any chance", "maybe", "actually", "are you sure".
func (az *analyzer) suggestiveNear(c *clause) bool {
	lo, hi := az.nearC(c)
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		if suggestiveWords.has(toks[i].id) && !(setOffTalk.has(toks[i].id) && az.setOffFirst(i)) || toks[i].id == idAny && i+1 < hi && anyChance[az.tok.key(toks[i+1])] ||
			happenForms.has(toks[i].id) && i+1 < hi && toks[i+1].id == idTo { // "did you happen to leave it open?" as "by any chance"
			return true
		}
	}
	return false
}

// setOffFirst reports a word that opens its sentence set off by a comma:
// "Actually, | did you order through the app?", "Right, | your landlord
// ...". Said so, a word that could suggest or license only turns to what
// follows.
func (az *analyzer) setOffFirst(i int) bool {
	toks := az.tok.toks
	return toks[i].pause && az.tok.sents[toks[i].sent].tokLo == i
}

// setOffTalk are the suggestive words that are talk when set off before
// their sentence ("did you actually read it?" suggests).
var setOffTalk = idSetOf(setOffTalkList)

const setOffTalkList = "actually sure definitely"

// anyChance follow "any" to make a question a suggestion: "by any chance",
// "at any point".
var anyChance = wordSet("chance point stage")

// idExplain and idExplains are the words of "that would explain it".
var idExplain, idExplains = wordID("explain"), wordID("explains")

// otherOnes name another one than the right one: "a different email", "the
// old link".
var otherOnes = idSetOf(otherOnesList)

const otherOnesList = "different another old"

var (
	// whatHappened are the aspects of a question about what was done.
	whatHappened = tenses(aspDone, aspCould, aspMust)
	// suggestiveWords turn a question into a suggestion.
	suggestiveWords = idSetOf(suggestiveWordsList)
	// askWhat open a question that asks for a detail; "why" is read by accuses.
	askWhat = idSetOf("what which where when how who")
	// couldWords make a guess of a perfect: "could you have", "might it have".
	couldWords = idSetOf(couldWordsList)
	// stateWords say what state a thing was left in: "turned off", "left open".
	stateWords = idSetOf(stateWordsList)
	// elseOrHome place someone on the customer's side: "anyone else", "someone in the house".
	elseOrHome = idSetOf(elseOrHomeList)
)

// suggestiveWordsList holds the words of suggestiveWords.
const suggestiveWordsList = "maybe perhaps possibly actually definitely sure certain positive else even accidentally somehow mistakenly"

// couldWordsList holds the words of couldWords.
const couldWordsList = "could might may"

// stateWordsList holds the words of stateWords.
const stateWordsList = "off on open unlocked running unplugged disconnected unattended"

// elseOrHomeList holds the words of elseOrHome.
const elseOrHomeList = "else house household home flat family"

// A question about the customer's side, dated to the trouble. "Were you
// revving it hard before the warning light came on?", "was the seal broken
// before it was sent back?", "was your hair damp when you went to sleep?":
// the clause of when ties what is asked to the moment things went wrong,
// which makes the question a suggestion. What reached them ("did you get our
// email before you left?"), our step ("was it delivered before you got
// home?"), where they were ("were you home when the driver called?") and a
// request ("could you send the file when you get a minute?") are asked for
// facts or help.

// askedAgainstTheMoment reports a yes/no question about the customer's side
// followed in its sentence by a clause opened with "before", "when" or
// "after", or holding "before" and an "-ing" form ("before walking away").
func (az *analyzer) askedAgainstTheMoment(c *clause) bool {
	if !c.question || c.neg || c.byAgent || c.actor == actAgent || c.aspect != aspDone || c.lists&(listReceive|listNotBlame) != 0 && c.verb >= 0 ||
		!az.asksByInversion(c) && !az.askedWhether(c) || whWords.has(az.tok.toks[c.lo].id) || !az.yourSideAsked(c) {
		return false // and "what did you expect to happen | when you booked?" asks for an answer, not a yes
	}
	toks := az.tok.toks
	for i := c.comp; i+1 < c.hi; i++ {
		if toks[i].id == idBefore && strings.HasSuffix(az.tok.key(toks[i+1]), "ing") {
			return true // "did you end the ride before walking away?"
		}
	}
	ci := az.clauseIndex(c)
	if ci+1 >= len(az.clauses) {
		return false
	}
	d := &az.clauses[ci+1]
	return d.temporal && toks[d.lo].sent == toks[c.lo].sent && troubleMoments.has(toks[d.lo].id)
}

// yourSideAsked reports a question's clause about the customer's side: they
// act ("were you revving it"), a thing of theirs or someone at home is the
// subject ("was your hair damp", "had the kids been climbing"), or a thing
// was handled in a way no step of ours is ("was the seal broken"). Where the
// customer only was somewhere ("were you home"), it is asked for a fact,
// unless something in it was wrong ("were you still on the old version").
func (az *analyzer) yourSideAsked(c *clause) bool {
	switch {
	case c.actor == actCustomer:
		return c.verb >= 0 && !c.passive || c.bag&lxWrong != 0
	case az.yourSide(c) || az.subjectHas(c, homePeople):
		return true
	}
	// "was the seal broken", "was your hair damp", "was the phone charging on a cheap cable": a thing's state or use
	return c.actor == actThing && (c.passive || c.verb < 0 || az.formOf(c.verb, c) == formIng) && c.lists&stepList == 0 && c.byWho == actNone && !az.subjectHasLex(c, lxDeliverable)
}

// checkedWhether reports a clause opened with "whether" after a bid to
// check or see ("maybe check whether the kids have been fiddling with the
// thermostat", "worth seeing whether your son used the card"), told of the
// customer's side doing what only it does or slipping: the check suggests
// the answer. Said of our side, or with a step of ours, it asks a fact.
func (az *analyzer) checkedWhether(c *clause) bool {
	toks := az.tok.toks
	if toks[c.lo].id != idWhether || c.neg || c.verb < 0 || c.passive || c.actor == actAgent || az.weActInSentence(c) {
		return false
	}
	if c.lo == 0 || !checkingForms.has(toks[c.lo-1].id) || toks[c.lo-1].sent != toks[c.lo].sent {
		return false // "check | whether": the bid right before it, whatever opens its clause
	}
	if c.lists&(listSlip|listGoesWrong|listHouseholdActs|listYourActs) == 0 {
		return false
	}
	return c.actor == actCustomer || az.subjectHas(c, homePeople) || az.yourSide(c)
}

// checkingForms bid the customer check: "check", "checking", "see".
var checkingForms = idSetOf("check checking see seeing")

// askedWhether reports a clause opened with "whether" or "if" after "can I
// ask": "can I ask whether the kids had been climbing the shelving".
func (az *analyzer) askedWhether(c *clause) bool {
	return whetherWords.has(az.tok.toks[c.lo].id)
}

var (
	// troubleMoments open a clause of when that dates the trouble.
	troubleMoments = idSetOf(troubleMomentsList)
	// whetherWords open an asked clause: "whether", "if".
	whetherWords = idSetOf(whetherWordsList)
)

const (
	troubleMomentsList = "before when after while"
	whetherWordsList   = "whether"
)

// idDo is the id of "do" ("will do that").
var idDo = wordID("do")

// possibleOnTheirSide reports a clause asked after "is it possible" of
// anything but the company: "is it possible the hearing aid went through
// the wash?", "is it possible the magazine's still going to an old address
// you gave us?". Asking whether it is possible suggests the cause. Said of
// us ("is it possible we sent the wrong one?"), or of what we send ("is it
// possible the parcel had already left?"), it owns the doubt; a word
// of ours counts as ours unless the clause also names their side
// ("notifications for our app were switched off on your phone", "an old
// address you gave us").
func (az *analyzer) possibleOnTheirSide(c *clause) bool {
	if !c.question || c.actor == actAgent || c.neg || !az.askedIfPossible(c) { // the flag first: most clauses ask nothing
		return false
	}
	theirs := az.anyMarkIn(c.lo, c.hi, lxYour) || c.bag&lxCustomer != 0 // "an old address you gave us"
	if az.subjectHasLex(c, lxDeliverable) && !theirs {
		return false // "is it possible the parcel had already left?": what we send, on its way
	}
	if c.verb < 0 && (az.subjectHas(c, chargeNouns) || az.subjectHas(c, paymentNouns)) {
		return false // "is it possible the charge you're seeing is the pending hold?": what our charge is, not what they did
	}
	return c.bag&(lxAgent|lxOurDet|lxOurs) == 0 || theirs
}

// momentAskedAbout reports a clause of when inside a question: "which device
// were you using when the app crashed?" asks for a detail of the moment the
// trouble came, and says nothing of whose it was.
func (az *analyzer) momentAskedAbout(c *clause) bool {
	return c.temporal && c.question && troubleMoments.has(az.tok.toks[c.lo].id)
}

// grantedWithThough reports a clause opened by "though" or "although" that
// grants the customer did it right: "the code didn't apply | even though you
// entered it right". Granted otherwise, it still holds it against them:
// "even though you went over the limit yourself", "though you did get three
// emails".
func (az *analyzer) grantedWithThough(c *clause) bool {
	return concessiveWords.has(az.tok.toks[c.lo].id) && c.bag&lxWrong == 0 && c.verb >= 0 && (az.anyIn(c.verb+1, c.hi, rightlyWords) || az.idIn(idRight, c.verb+1, c.hi))
}

// remedyDespiteDenial reports a clause of "though" that denies a remedy is
// owed, or that we did it, after our own step in its sentence: "I'll process
// the replacement as a goodwill gesture, | even though water damage isn't
// something the warranty covers", "even though it wasn't the gym that missed
// the induction". The step is a favour; the fault is put elsewhere.
func (az *analyzer) remedyDespiteDenial(c *clause) bool {
	if !c.neg || !concessiveWords.has(az.tok.toks[c.lo].id) || !az.refusesOrCharges(c) && !az.cleftDenial(c) {
		return false
	}
	p := az.prevInSentence(c)
	return p != nil && p.actor == actAgent && (p.ourStep() || p.promises())
}

// cleftDenial reports "it wasn't X that ...": a party named to deny it was
// the one who did it.
func (az *analyzer) cleftDenial(c *clause) bool {
	if c.subj < 0 || az.tok.toks[c.subj].id != idIt || c.verb >= 0 {
		return false
	}
	for i := c.comp; i < c.hi && i <= c.comp+5; i++ {
		if relativeWords.has(az.tok.toks[i].id) {
			return i > c.comp
		}
	}
	return false
}

// secretShared reports a secret kept for the customer alone as the object
// of c's verb: "the one-time passcode", "your login". Sharing a photo or
// feedback gives nothing away.
func (az *analyzer) secretShared(c *clause) bool {
	return az.anyIn(c.comp, min(c.hi, c.comp+5), secretNouns)
}

// secretWasShared reports a secret kept for the customer alone, told in the
// passive as shared with no one of ours named: "the password was shared with
// someone outside your household". Only its holder could share it.
func (az *analyzer) secretWasShared(c *clause) bool {
	return c.lemma == "share" && c.passive && !c.byAgent && c.byWho != actAgent && !c.question && az.subjectHas(c, secretNouns)
}

// secretNouns name what only the customer should hold.
var secretNouns = idSetOf(secretNounsList)

const secretNounsList = "login logins password passwords passcode passcodes pin pins code codes credentials"

// concessiveWords open a clause that grants what it says: "though you
// entered it right".
var concessiveWords = idSetOf(concessiveWordsList)

const concessiveWordsList = "though although"

// askedIfOutdated reports a question of be, about the customer or a thing
// of theirs, whose complement names an old, different or wrong one: "are
// you still on an old version of the app?", "is your Wi-Fi password still
// the old one?". Asking whether they are on the wrong one suggests they
// are, as "were you logged in under a different account?" does.
func (az *analyzer) askedIfOutdated(c *clause) bool {
	if !c.question || c.verb >= 0 || c.neg || c.cond || c.comp < c.lo || !(c.actor == actCustomer || c.yourThing) {
		return false
	}
	if !az.asksByInversion(c) && !guessAdverbs.has(az.tok.toks[c.lo].id) {
		return false // asked of them ("are you", "maybe your phone's"), not a recap's clause ("and you've been in twice?")
	}
	for i := c.comp; i < c.hi; i++ {
		if otherOnes.has(az.tok.toks[i].id) || az.lexAt(i)&lxWrong != 0 && az.tok.toks[i].id != idTwice {
			return true
		}
	}
	return false
}
