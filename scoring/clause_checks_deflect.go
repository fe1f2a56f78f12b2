package scoring

import "strings"

// Defending the company's side by saying it did what it should. "The system
// did exactly what it should", "we are satisfied that the meter was read
// correctly", "the box was left exactly where you asked for it to be left",
// "we followed the delivery note to the letter", "the fee was applied in line
// with your contract": each answers a complaint by
// saying nothing went wrong on our side, which leaves the fault with the
// customer or someone else. A step done for the customer now ("I've moved it
// exactly as you asked", "it's set up properly this time") is a remedy, and
// the customer doing it right ("you entered it correctly") clears them; the
// rows leave both out.

// deflectCues are the words one of which each deflection reading, and a
// few readings like them ("despite", "as per"), needs in its clause (see
// clauseNeeds): marked lxCue, they let a clause without any
// be passed over with one test of its bag, before any word is read.
const deflectCues = rightlyWordsList + " letter accordance line " + meantWordsList + " " + askedWordsList + " " + saidWordsList + " " +
	chargeNounsList + " finally took left waited " + keepWordsList + " no " + recordNounsList + " " + troubleNounsList + " " +
	setOutWordsList + " " + setOutVerbsList + " " + usedWordsList + " signs consistent mercy " + illWordsList + " " + wentUnderWordsList + " strike pulled dropped " + repeatOrdinalsList + " " + tracedWordsList + " nothing" +
	" despite against contrary than through over per risk lines coincides funny strange odd curious funnily oddly strangely curiously down signed " + pointWordsList + " " + secretNounsList

// doneAsItShould reports a clause of the company's side, or of a thing or a
// third party, told as done the way it should be (see above).
func (az *analyzer) doneAsItShould(c *clause) bool {
	if c.yourThing || c.hasHave && !c.pastAux || c.comp > c.hi || az.weActInSentence(c) {
		return false // "your form was filled in correctly" clears them; "has been set up properly" is news
	}
	if c.lists&stepList != 0 && az.deliverableSubject(c) {
		return false // "the refund was processed in line with your request": a remedy told
	}
	toks := az.tok.toks
	rightly := c.verb > c.lo && rightlyWords.has(toks[c.verb-1].id) // "was correctly applied"
	for i := c.comp; i < c.hi; i++ {
		id := toks[i].id
		switch {
		case remedyWords.has(id) && !(id == idNew && toks[i-1].id == idThe):
			return false // "it was fitted properly this time": the time before, it was not; but "the new tube" is the item
		case rightlyWords.has(id):
			rightly = !az.negWithin(max(c.comp, i-4), i, 4) // not "an earth strap we didn't tighten properly"
		case id == idLetter && i >= c.comp+2 && toks[i-1].id == idThe && toks[i-2].id == idTo:
			rightly = true // "to the letter"
		case i > c.comp && toks[i-1].id == idIn && (id == idAccordance || id == idLine && i+1 < c.hi && toks[i+1].id == idWith):
			rightly = true // "in accordance with", "in line with"
		case asItShould.has(id) && !rightly:
			rightly = az.asItShouldAt(i+1, c.hi)
		case id == idYou && i > c.comp && i+1 < c.hi && askedWords.has(toks[i+1].id) && c.bag&(lxWrong|lxNeg) == 0:
			rightly = true // "left in the safe place you nominated": where they said
		}
	}
	return rightly
}

// youDidItRight reports the customer's act, or one of their household's, told as done right, which clears
// them: "you did everything exactly as you should have", "you entered it
// correctly". Its "should have" tells no lapse.
func (az *analyzer) youDidItRight(c *clause) bool {
	if c.actor != actCustomer && !(c.actor == actThird && az.homePersonInSubject(c)) || c.verb < 0 || c.neg || c.question {
		return false // "your husband entered the code perfectly" clears their side as "you did" does
	}
	return az.doneRightlyIn(c)
}

// doneRightlyIn reports a word after c's verb that says it was done right:
// "correctly", "perfectly", "as you should have", "right" at its end.
func (az *analyzer) doneRightlyIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.comp; i < c.hi; i++ {
		switch {
		case rightlyWords.has(toks[i].id) || az.tok.key(toks[i]) == "perfectly" || toks[i].id == idRight && i+1 == c.hi && i <= c.comp+3 && az.lexAt(i-1)&(lxBe|lxAdverb) == 0:
			return true // "you entered it correctly", "you entered the code perfectly", "you entered it right"
		case toks[i].id == idAs && i+2 < c.hi && toks[i+1].id == idYou && az.lexAt(i+2)&lxMust != 0:
			return true // "as you should have"
		}
	}
	return false
}

// clearedBeside reports a clause beside c in its sentence that clears the
// customer: "you didn't do anything wrong at all, | the booking page was
// still showing last year's price" and "you did everything right here; | the
// code you entered was valid" tell what went wrong to clear them.
func (az *analyzer) clearedBeside(c *clause) bool {
	return az.nearInSentence(c, func(d *clause) bool {
		// "you did nothing wrong", and "you did everything right here; the code you entered was valid"
		if d.actor != actCustomer || d.question || d.lemma != "do" {
			return false
		}
		return d.neg && d.bag&lxWrong != 0 || !d.neg && az.everythingRightAt(d.comp, d.hi)
	})
}

// everythingRightAt reports "everything right" or "all of it right" from i:
// "you did everything right here".
func (az *analyzer) everythingRightAt(i, hi int) bool {
	return az.everythingThen(i, hi, 3, func(id int32) bool { return id == idRight || rightlyWords.has(id) })
}

// negWithin reports a negation within n words from i.
func (az *analyzer) negWithin(i, hi, n int) bool {
	for j := i; j < hi && j < i+n; j++ {
		if az.lexAt(j)&lxNeg != 0 {
			return true
		}
	}
	return false
}

// deliverableSubject reports a subject naming what we deliver: "the refund",
// "your replacement".
func (az *analyzer) deliverableSubject(c *clause) bool {
	return az.subjectHasLex(c, lxDeliverable)
}

// asItShouldAt reports, just after "as", "what", "where", "like" or
// "exactly", the words that say it was meant so: "as it should", "what it was
// designed to", "where you asked", "like you asked", "exactly as your note
// said".
func (az *analyzer) asItShouldAt(i, hi int) bool {
	toks := az.tok.toks
	you, your := false, false
	for j := i; j < hi && j < i+4; j++ {
		id := toks[j].id
		switch {
		case toks[j-1].pause:
			return false
		case id == idYou:
			you = true
		case id == idYour || az.tokenIn(&docNouns, j):
			your = true // "as your note said", "where the receipt says", "what was written on the job sheet"
		case meantWords.has(id):
			return true // "as it should", "as designed", "as intended"
		case (you || your) && askedWords.has(id), your && saidWords.has(id), setOutWords.has(id) && az.onDocumentAfter(j+1, hi):
			// "where you asked", "as your note said"; not "as I said", nor "as you said", which tells back their account
			return !az.negWithin(j+1, hi, 3) // not "where you asked us not to leave it"
		}
	}
	return false
}

// idNew is the id of "new".
var idNew = wordID("new")

// onDocumentAfter reports "on" or "in" at i and a document within three
// words: "(written) on the job sheet", "(printed) in the order".
func (az *analyzer) onDocumentAfter(i, hi int) bool {
	toks := az.tok.toks
	if i >= hi || toks[i].id != idOn && toks[i].id != idIn {
		return false
	}
	for j := i + 1; j < hi && j <= i+3; j++ {
		if az.tokenIn(&docNouns, j) {
			return true
		}
	}
	return false
}

// rightlyWords say an act was done right; remedyWords say it is right now,
// after it was not: "this time", "the corrected bill".
var (
	rightlyWords = idSetOf(rightlyWordsList)
	remedyWords  = idSetOf(remedyWordsList)
	asItShould   = idSetOf(asItShouldList)
	meantWords   = idSetOf(meantWordsList)
	askedWords   = idSetOf(askedWordsList)
	saidWords    = idSetOf(saidWordsList)
)

const (
	rightlyWordsList = "correctly properly accurately"
	remedyWordsList  = "now again time today new corrected revised updated amended reissued"
	asItShouldList   = "as what where exactly like"
	meantWordsList   = "should designed intended programmed configured"
	askedWordsList   = "asked requested instructed specified chose wanted nominated picked selected"
	saidWordsList    = "said says told stated"
)

// Ids of "letter" ("to the letter"), "accordance" and "line" ("in line with").
var idLetter, idAccordance, idLine = wordID("letter"), wordID("accordance"), wordID("line")

// Standing by a charge. "It's genuine usage", "the usage is what it is",
// "the charges are valid", "the high bill reflects consumption recorded at
// your meter": the bill is right, so what the customer disputes is their own
// use. A bill put right ("the corrected bill is accurate now"), a refund's
// amount, and a charge we are still checking are not defended.

// chargeStands reports a clause that says a charge, a bill or the usage
// behind it is genuine (see above).
func (az *analyzer) chargeStands(c *clause) bool {
	if c.comp >= c.hi && !az.endsStanding(c) || az.weActInSentence(c) || az.remedyIn(c) {
		return false // "the bill is correct now that I've removed the duplicate"
	}
	toks := az.tok.toks
	noun := -1
	for i := c.lo; i < c.hi; i++ {
		id := toks[i].id
		switch {
		case chargeNouns.has(id):
			if i > c.lo && az.lexAt(i-1)&lxDeliverable != 0 {
				return false // "the refund amount is correct" stands by our remedy
			}
			if noun < 0 {
				noun = i
			}
			if i > c.lo && genuineWords.has(toks[i-1].id) && az.pronounSubject(c) {
				return true // "it's genuine usage"
			}
		case noun >= 0 && i > noun:
			if az.standsAt(i, c.hi) {
				return true
			}
		}
	}
	return false
}

// endsStanding reports a clause whose last word is its verb "stand": "so
// the upgrade charge stands", which says all it says without a complement.
func (az *analyzer) endsStanding(c *clause) bool {
	return c.verb == c.hi-1 && standWords.has(az.tok.toks[c.verb].id)
}

// remedyIn reports a word in c that says it is right after being put right:
// "now", "new", "corrected".
func (az *analyzer) remedyIn(c *clause) bool {
	return az.anyIn(c.lo, c.hi, remedyWords)
}

// standsAt reports, at token i after a charge noun, "is valid", "are all
// correct", "is what it is", or "reflects" the customer's use: "reflects
// usage at the property", "reflects the hours your supervisor approved".
func (az *analyzer) standsAt(i, hi int) bool {
	toks := az.tok.toks
	if reflectWords.has(toks[i].id) {
		for j := i + 1; j < hi && j <= i+3; j++ {
			if chargeNouns.has(toks[j].id) || toks[j].id == idYour || toks[j].id == idYou {
				return true
			}
		}
		return false
	}
	if standWords.has(toks[i].id) {
		return true // "so the upgrade charge stands", "the deduction will still stand"
	}
	if az.lexAt(i)&lxBe == 0 || az.lexAt(i)&lxNeg != 0 {
		return false
	}
	j := i + 1
	for j < hi && az.lexAt(j)&lxAdverb != 0 {
		j++ // "are all valid", "is entirely correct"
	}
	if j >= hi {
		return false
	}
	if genuineWords.has(toks[j].id) {
		return true
	}
	return j+2 < hi && toks[j].id == idWhat && az.lexAt(j+1)&lxThing != 0 && az.lexAt(j+2)&lxBe != 0 // "what it is"
}

// chargeNouns name what the customer is billed; genuineWords say it is
// right and standWords that it is kept; reflectWords tie a bill to what
// lies behind it.
var (
	chargeNouns  = idSetOf(chargeNounsList)
	genuineWords = idSetOf(genuineWordsList)
	standWords   = idSetOf(standWordsList)
	reflectWords = idSetOf(reflectWordsList)
)

const (
	chargeNounsList  = "charge charges bill bills usage consumption overage invoice amount fee fees balance spike deduction deductions"
	genuineWordsList = "valid correct genuine accurate legitimate"
	reflectWordsList = "reflects reflect reflected"
	standWordsList   = "stands stand stood"
)

// Pointing at how long the customer took over their part. "Thank you for
// finally sending the documents we asked for in May", "you finally returned
// the form on the 9th", "I'd question why it took you three weeks to tell
// us", "you left it a fortnight before telling us": the delay is laid on them. What finally reached them ("you finally got
// your refund"), a purchase ("you finally booked"), and what it took them to
// get through to us are theirs to suffer, not to answer for.

// slowToYourPart reports a clause that says the customer was slow to do
// their part (see above).
func (az *analyzer) slowToYourPart(c *clause) bool {
	if az.sorry(c) {
		return false // "sorry it took you three weeks to hear back"
	}
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		switch toks[i].id {
		case idFinally:
			if i > c.lo && (az.lexAt(i-1)&lxCustomer != 0 || toks[i-1].id == idFor) && az.yourPartAt(i+1) {
				return true // "you finally sent", "for finally sending"
			}
		case idTook:
			if toks[i+1].id == idYou && az.tookYouTo(i+2, c.hi) {
				return true
			}
		case idLeft, idWaited:
			if i > c.lo && az.lexAt(i-1)&lxCustomer != 0 && az.tookYouTo(i+1, c.hi) {
				return true // "you left it a fortnight before telling us", "you waited a month to report it"
			}
		}
	}
	return false
}

// tookYouTo reports, after "took you" or "you left it", a length of time
// and "to" or "before" with a part of the customer's: "three weeks to tell
// us", "a month to send it back", "a fortnight before telling us".
func (az *analyzer) tookYouTo(i, hi int) bool {
	toks := az.tok.toks
	for j := i + 1; j+1 < hi && j <= i+5; j++ {
		if toks[j].pause {
			return false
		}
		if toks[j].id == idTo || toks[j].id == idBefore || toks[j].id == idUntil {
			return az.yourPartAt(j + 1)
		}
	}
	return false
}

// yourPartAt reports a verb at i that is a part of the customer's to do,
// not a purchase: "send", "return", "tell", "reply".
func (az *analyzer) yourPartAt(i int) bool {
	l := az.verbAt(i).lists
	return l&listDuty != 0 && l&listChoose == 0
}

// Ids of "finally", "took", "left", "waited", "before" and "until".
var (
	idFinally, idTook, idLeft, idWaited = wordID("finally"), wordID("took"), wordID("left"), wordID("waited")
	idBefore, idUntil                   = wordID("before"), wordID("until")
)

// The customer's own choice set against what they say they chose. "You'll
// see on the confirmation that you chose the 14th, not the 15th", "the
// booking was made for the 14th, not the 15th", "you picked standard
// delivery, not express": their choice answers the complaint. A choice we
// then act on ("you chose the 14th, not the 15th, so I've moved it") is told
// to fix it.

// choseThisNotThat reports a clause in which the customer chose one thing,
// "not" another (see above).
func (az *analyzer) choseThisNotThat(c *clause) bool {
	toks := az.tok.toks
	rather := az.ratherThanIn(c)
	if c.bag&lxNeg == 0 && !rather || az.weActInSentence(c) {
		return false
	}
	chose := c.passive && !c.byAgent && c.subj >= 0 && (az.subjectHas(c, chosenThings) || c.lemmaIn(formVerbs)) && (c.lists&listChoose != 0 || c.lemma == "make" || c.lemma == "place" || c.lemmaIn(formVerbs)) ||
		c.verb < 0 && c.subj >= 0 && az.subjectHas(c, chosenThings) && c.comp < c.hi && toks[c.comp].id == idFor || // "the booking was for one adult, not two"
		az.downFor(c) || // "it's down for the 14th, not the 15th"
		!c.passive && c.verb >= 0 && az.homePersonInSubject(c) && az.choiceVerbAt(c.verb) // "your husband signed in the witness box rather than ..."
	for i := c.lo; i < c.hi; i++ {
		switch {
		case !chose && i+1 < c.hi && az.lexAt(i)&lxCustomer != 0 && az.lexAt(i)&lxDet == 0:
			chose = az.choiceVerbAt(i+1) && az.looksLikeVerb(i+1) // "you booked", "you chose"
		case chose && toks[i].id == idNot && (toks[i-1].pause || az.pairSetAgainst(i, c.hi)) && i+1 < c.hi:
			// "not the 15th", "not express", "not a twin"
			return (az.lexAt(i+1)&(lxDet|lxNeg|lxPrep|auxBits) == 0 || toks[i+1].id == idThe || toks[i+1].id == idA || toks[i+1].id == idAn) && !az.reliefAfter(c)
		case chose && rather && toks[i].id == idRather:
			return !az.reliefAfter(c) // "you picked standard delivery rather than next day"
		}
	}
	return false
}

// pairSetAgainst reports "not" at i between two numbers, or two plain
// words, with no comma: "you booked the 14th not the 4th", "you picked
// hazel not honey".
func (az *analyzer) pairSetAgainst(i, hi int) bool {
	toks := az.tok.toks
	if i == 0 || i+1 >= hi {
		return false
	}
	if az.plainWordNotIng(i-1) && az.plainWordNotIng(i+1) {
		return true // "you picked hazel not honey"
	}
	if calendarNames.has(toks[i-1].id) && calendarNames.has(toks[i+1].id) {
		return true // "Tuesday not Wednesday"
	}
	if i+2 < hi && pairDets.has(toks[i+1].id) && (toks[i+2].id == toks[i-1].id || calendarNames.has(toks[i-1].id) && calendarNames.has(toks[i+2].id)) {
		return true // "next week not this week", "the Tuesday not the Wednesday"
	}
	return az.numberish(i-1) && (az.numberish(i+1) || toks[i+1].id == idThe && i+2 < hi && az.numberish(i+2))
}

// pairDets may open the second of a pair set against the first: "not this
// week", "not the Wednesday".
var pairDets = idSetOf("the this that")

// downFor reports a record said to be "down for" a choice, by a subject not
// ours: "it's down for the 14th", "you're down for the 9am slot". A record
// of ours ("our engineer's down for Tuesday") is our plan.
func (az *analyzer) downFor(c *clause) bool {
	toks := az.tok.toks
	return c.verb < 0 && c.comp+1 < c.hi && toks[c.comp].id == idDown && toks[c.comp+1].id == idFor && c.actor != actAgent && !az.ourInSubject(c)
}

// plainWordNotIng reports a word the lexicon holds nothing of, not in "-ing":
// "hazel", "honey"; not "knowing".
func (az *analyzer) plainWordNotIng(i int) bool {
	return az.lexAt(i) == 0 && !az.tok.toks[i].pause && !strings.HasSuffix(az.tok.key(az.tok.toks[i]), "ing")
}

// numberish reports a number at i, or a word that opens with a digit: "14th", "7pm".
func (az *analyzer) numberish(i int) bool {
	k := az.tok.key(az.tok.toks[i])
	return az.tok.toks[i].num || k != "" && k[0] >= '0' && k[0] <= '9'
}

// formVerbs are what the customer does on a form or a screen: "ticked",
// "selected", "entered" in the passive need no word of the choice beside them.
var formVerbs = lemmaSetOf("tick select enter type pick")

// ratherThanIn reports "rather than" in c.
func (az *analyzer) ratherThanIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if toks[i].id == idRather && toks[i+1].id == idThan {
			return true
		}
	}
	return false
}

// idRather and idThan make "rather than".
var idRather, idThan = wordID("rather"), wordID("than")

// reliefAfter reports a later clause of c's sentence that tells the customer
// what their choice lets them do: "you chose the flexible fare, not the
// saver, | so you can change it for free".
func (az *analyzer) reliefAfter(c *clause) bool {
	sent := az.tok.toks[c.lo].sent
	ci := az.clauseIndex(c)
	for k := ci + 1; k < len(az.clauses) && k <= ci+reasonReach && az.tok.toks[az.clauses[k].lo].sent == sent; k++ {
		o := &az.clauses[k]
		if o.actor == actCustomer && o.aspect == aspCould && !o.neg || o.bag&lxEntitles != 0 {
			return true
		}
	}
	return false
}

// choiceVerbAt reports a verb of choosing or buying at i: "chose", "picked".
func (az *analyzer) choiceVerbAt(i int) bool {
	v := az.verbAt(i)
	return v.lists&listChoose != 0 || v.lemma == "pick" || v.lemma == "opt"
}

// chosenThings are what a customer books or buys.
var chosenThings = idSetOf(chosenThingsList)

const chosenThingsList = "booking order reservation purchase subscription plan ticket fare tariff licence license"

// The customer's act told with its result as a matter of course. "You'd
// switched off notifications, so of course you never saw the alert", "you
// left it on the radiator, so obviously it warped": the "of course" makes
// the result theirs. A result that licenses their feeling ("so of course
// you're upset"), grants them something, or is our own step is no blame.

// soOfCourse reports a clause of the customer's act followed, in its
// sentence, by a result opened with "so of course" or "so obviously".
//
// Whether we act in the sentence is asked last: the count of its steps is
// read for the turn when first asked, and nearly every clause has no "so of
// course" after it.
func (az *analyzer) soOfCourse(c *clause) bool {
	ci := az.clauseIndex(c)
	if ci+1 >= len(az.clauses) || c.lists&(listReceive|listNotBlame) != 0 {
		return false // "you were sent the code", "you've been waiting"
	}
	next := &az.clauses[ci+1]
	toks := az.tok.toks
	if toks[next.lo].sent != toks[c.lo].sent || toks[next.lo].id != idSo || next.bag&(lxFeeling|lxBadAdj|lxEntitles|lxAgent) != 0 {
		return false
	}
	i := next.lo + 1
	if i+1 < next.hi && toks[i].id == idOf {
		i++ // "so of course"
	}
	if i+1 >= next.hi || !ofCourseWords.has(toks[i].id) {
		return false
	}
	for j := i + 1; j < next.hi; j++ {
		if v := az.verbAt(j); v.lists&listPlans != 0 || thinkingVerbs.has(toks[j].id) {
			return false // "so naturally you expected it Tuesday": their expectation, not their fault
		}
	}
	return !az.weActInSentence(c)
}

// ofCourseWords say a result followed as a matter of course; thinkingVerbs
// give the customer's expectation instead of a result.
var (
	ofCourseWords = idSetOf(ofCourseWordsList)
	thinkingVerbs = idSetOf(thinkingVerbsList)
	listPlans     = verbs.bit["customer plans"]
)

const (
	ofCourseWordsList = "course obviously naturally inevitably unsurprisingly"
	thinkingVerbsList = "thought assumed expected wanted hoped believed wondered think assume expect want"
)

// handedOver open what is handed to someone else: "something to take up
// with him", "one for you to raise", "a matter to take up with them".
var handedOver = wordSet("something one for matter question thing case")

// deflectingInfinitive reports "to" and a verb of sending the customer
// elsewhere within the first few words after c's verb: "something to take up
// with him", "one for you to raise with the airline".
func (az *analyzer) deflectingInfinitive(c *clause) bool {
	toks := az.tok.toks
	if c.comp+1 >= c.hi || !handedOver[az.tok.key(toks[c.comp])] && !(az.tok.key(toks[c.comp]) == "a" && handedOver[az.tok.key(toks[c.comp+1])]) {
		return false // "it's your best bet to ring them" advises
	}
	for i := c.comp; i+1 < c.hi && i <= c.comp+4; i++ {
		if toks[i].id == idTo && az.verbAt(i+1).lists&listDeflect != 0 {
			return true
		}
	}
	return false
}

// weErredBeside reports a clause beside c in its sentence in which we did a
// thing wrong: "he didn't come, | we sent him to the wrong address" tells why
// the third party failed, and it is ours.
func (az *analyzer) weErredBeside(c *clause) bool {
	return az.nearInSentence(c, func(d *clause) bool {
		return d.actor == actAgent && !d.neg && !d.question && d.aspect == aspDone && d.bag&lxWrong != 0
	})
}

// clearedOutright reports "no fault of yours" anywhere in the clause's
// sentence: "your card was declined through no fault of your own", "no
// fault on your part". What went wrong is then told to clear them.
func (az *analyzer) clearedOutright(c *clause) bool {
	return az.sentenceWords(c).cleared
}

// noFaultOfYoursAt reports "no fault of your own" or "no fault on your
// part" at i, before hi.
func (az *analyzer) noFaultOfYoursAt(i, hi int) bool {
	toks := az.tok.toks
	return i+3 < hi && toks[i].id == idNo && az.lexAt(i+1)&lxFaultNoun != 0 && clearingPreps.has(toks[i+2].id) && az.yoursAt(i+3)
}

// clearingPreps join "no fault" to whose it is not: "of your own", "on
// your part".
var clearingPreps = idSetOf(clearingPrepsList)

const clearingPrepsList = "of on"

// yoursAt reports the customer's own at i: "yours", "your own", "your part".
func (az *analyzer) yoursAt(i int) bool {
	return az.markAt(i)&(lxYour|lxCustomer) != 0
}
