package scoring

// Readings of causes put on the customer's side or on circumstances, told
// in passing rather than with "because": a lapse given as the cause ("the
// policy lapsed through non-payment"), nobody in, what a circumstance meant
// ("the snow meant no vans went out"), terms the customer accepted, a cause
// named as theirs, a deadline they needed to meet, damage said to come from
// something, a trouble bound to happen, and a record showing the thing
// reached them; with the words of trouble and of good news these readings
// share, and the party the company hired, which is its own.

// lapseGivenAsCause reports a lapse named after a word that gives a cause:
// "lapsed through non-payment", "cancelled for misuse", "because of
// negligence".
func (az *analyzer) lapseGivenAsCause(c *clause) bool {
	if c.neg {
		return false
	}
	toks := az.tok.toks
	for i := c.lo + 1; i < c.hi; i++ {
		if toks[i].id == idNo {
			return false // "no signs of misuse"
		}
		if lapseCausePreps.has(toks[i-1].id) && az.lapseAt(i, c.hi) {
			return !az.weActInSentence(c) // "cancelled for non-payment, so I've sent a new link" reports it to fix it
		}
	}
	return false
}

// nobodyIn reports nobody at the customer's place when we came: "there was
// nobody in", "no one was home to sign". Nobody of ours being available is
// our failure, not theirs.
func (az *analyzer) nobodyIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if !nobodyWords.has(toks[i].id) && !(toks[i].id == idNo && toks[i+1].id == idOne) {
			continue
		}
		for j := i + 1; j < c.hi && j <= i+4; j++ {
			if az.lexAt(j)&(lxOurDet|lxAgent|lxCompanyNoun) != 0 {
				break // "nobody from our team was available"
			}
			if homeWords.has(toks[j].id) {
				return true
			}
			if az.lexAt(j)&auxBits == 0 && j+2 < c.hi && toks[j+1].id == idTo && az.isBareVerb(j+2) {
				break // "nobody wants to come home to an empty doorstep": what anyone wants, not "was home"
			}
		}
	}
	return false
}

// youWerentIn reports the customer not at their place when we came: "you
// weren't in when we called", "you weren't home", "you weren't available".
// "You weren't in a position to know" is no absence.
func (az *analyzer) youWerentIn(c *clause) bool {
	if c.actor != actCustomer || !c.neg || c.verb >= 0 || !c.pastAux || c.question || c.cond || c.comp >= c.hi {
		return false
	}
	toks := az.tok.toks
	if !homeWords.has(toks[c.comp].id) || toks[c.comp].id == idThere && !az.whenWeCameAfter(c) {
		return false // "you weren't there" may be only where they were; "you weren't there when the driver came" is an absence
	}
	next := c.comp + 1
	return next >= c.hi || toks[c.comp].pause || az.lexAt(next)&(lxDet|lxOurDet) == 0
}

// whenWeCameAfter reports the clause after c, in its sentence, as a clause
// of when telling our people, or whoever came for us, coming: "when the
// driver came", "when we called round".
func (az *analyzer) whenWeCameAfter(c *clause) bool {
	d := az.nextInSentence(c)
	return d != nil && d.temporal && !d.neg && (d.actor == actAgent || d.actor == actThird)
}

// meantTrouble reports a third party, the customer's side or a circumstance
// whose act meant a trouble: "the snow meant no deliveries went out", "your
// bank's hold meant the payment bounced".
func (az *analyzer) meantTrouble(c *clause) bool {
	if c.lemma != "mean" || c.neg || c.verb < 0 || c.actor == actAgent || az.ourInSubject(c) {
		return false
	}
	if c.actor != actThird && c.actor != actCustomer && c.actor != actCustomers && !az.yourSide(c) &&
		!az.subjectHasLex(c, lxThirdNoun) {
		return false
	}
	if c.verb+1 >= c.hi {
		// "the Christmas volumes mean | everything is running late": what it meant is the next clause
		k := az.clauseIndex(c) + 1
		return k < len(az.clauses) && az.tok.toks[az.clauses[k].lo].sent == az.tok.toks[c.lo].sent &&
			az.troubleAfter(az.clauses[k].lo, az.clauses[k].hi)
	}
	return az.troubleAfter(c.verb+1, c.hi)
}

// troubleAfter reports a word of trouble from i: a negation, "no" before
// what is not good news, a wrong thing, a word or verb of trouble.
func (az *analyzer) troubleAfter(i, hi int) bool {
	toks := az.tok.toks
	for j := i; j < hi; j++ {
		switch {
		case az.goodNoAt(j, hi):
			j += 2 // "no extra charge": good news, whatever follows
		case az.lexAt(j)&(lxNeg|lxWrong) != 0, troubleWords.has(toks[j].id), az.troubleVerbAt(j), az.badNoAt(j, hi):
			return true
		}
	}
	return false
}

// badNoAt reports "no" at i before what is not good news: "no deliveries
// went out", "there's no changing it", not "no charge" or "no need".
func (az *analyzer) badNoAt(i, hi int) bool {
	return az.tok.toks[i].id == idNo && !az.goodNoAt(i, hi)
}

// goodNoAt reports "no" at i before good news: "no charge", "no need", and
// past one word that says which ("no change fee", "no cancellation charge").
func (az *analyzer) goodNoAt(i, hi int) bool {
	toks := az.tok.toks
	if toks[i].id != idNo || i+1 >= hi {
		return false
	}
	if toks[i+1].id == idLonger {
		return az.costOrTroubleWithin(i+2, min(hi, i+4)) // "no longer charged", not "no longer lines up"
	}
	return goodAfterNo.has(toks[i+1].id) || i+2 < hi && az.lexAt(i+1)&^lxCue == 0 && goodAfterNo.has(toks[i+2].id)
}

// costOrTroubleWithin reports a charge, a cost or a word of trouble in
// tokens lo..hi: what "no longer" takes away when it is good news.
func (az *analyzer) costOrTroubleWithin(lo, hi int) bool {
	toks := az.tok.toks
	for j := lo; j < hi; j++ {
		if troubleWords.has(toks[j].id) || chargeNouns.has(toks[j].id) || costNouns.has(toks[j].id) || troubleReports.has(toks[j].id) ||
			az.lexAt(j)&lxFaultNoun != 0 || az.verbAt(j).lists&listBilling != 0 {
			return true
		}
	}
	return false
}

// afterNo reports "no" just before i: "no charge" is good news.
func (az *analyzer) afterNo(i, lo int) bool {
	return i > lo && az.tok.toks[i-1].id == idNo
}

// nothingMore reports "nothing" before good news: "nothing extra to pay",
// "nothing more to do", "nothing to worry about".
func (az *analyzer) nothingMore(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if toks[i].id == idNothing && (goodAfterNo.has(toks[i+1].id) || toks[i+1].id == idTo && i+2 < c.hi && goodAfterNothingTo.has(toks[i+2].id)) {
			return true
		}
	}
	return false
}

// lateRunning follow "running" when it is late, not under way: "running late".
var lateRunning = idSetOf(lateRunningList)

const lateRunningList = "late behind"

// goodAfterNothingTo follow "nothing to" in good news: "nothing to pay".
var goodAfterNothingTo = idSetOf(goodAfterNothingToList)

const goodAfterNothingToList = "pay worry fear"

// termsYouAccepted reports terms named with the customer's assent in a
// relative clause: "the booking terms, which you accepted, state that ...".
// The terms are named in the clause or just before it: a clause whose bag,
// and whose word before, hold no rule noun is passed by without a look at
// its words.
func (az *analyzer) termsYouAccepted(c *clause) bool {
	if c.neg || c.question || c.bag&lxRuleNoun == 0 && (c.lo == 0 || az.lexAt(c.lo-1)&lxRuleNoun == 0) {
		return false
	}
	toks := az.tok.toks
	for i := max(c.lo-1, 0); i+2 < c.hi; i++ {
		if az.lexAt(i)&lxRuleNoun == 0 {
			continue
		}
		// the relative may open c itself: "the terms, | which you accepted, state"; without
		// "which" ("the terms you agreed to") it often only names the rule the agent hides behind
		if relativeWords.has(toks[i+1].id) && i+3 < c.hi && toks[i+2].id == idYou && az.verbAt(i+3).lists&listAgreed != 0 {
			return true
		}
	}
	return false
}

// lapseCausePreps give a lapse as the cause; nobodyWords and homeWords say
// nobody was there; goodAfterNo is what "no" makes good news.
var (
	lapseCausePreps = idSetOf(lapseCausePrepsList)
	nobodyWords     = idSetOf(nobodyWordsList)
	homeWords       = idSetOf(homeWordsList)
	goodAfterNo     = idSetOf(goodAfterNoList)
	idOne           = wordID("one")
	listAgreed      = verbs.bit["agreed"]
)

const (
	lapseCausePrepsList = "through for of following after to"
	nobodyWordsList     = "nobody noone"
	homeWordsList       = "in home there around available answering answered door"
	goodAfterNoList     = "charge charges fee fees deduction deductions cost costs problem problems worries worry need issue extra trouble " +
		"further longer more rush hurry outstanding owing owed due"
)

// causeIsTheirs reports a cause named as the customer's side or a third
// party's: "the cause of the flood was the hose in your flat", "the source of
// the leak is your neighbour's bath".
func (az *analyzer) causeIsTheirs(c *clause) bool {
	if c.verb >= 0 || c.neg || c.subj < 0 || c.subj+1 >= c.hi || !causeNouns.has(az.tok.toks[c.subj+1].id) && !causeNouns.has(az.tok.toks[c.subj].id) {
		return false
	}
	lo, hi := c.comp, c.hi
	if lo >= hi || az.lexAt(hi-1)&lxBe != 0 {
		// "the cause was | the hose in your flat": the frame names its cause in the next clause
		k := az.clauseIndex(c) + 1
		if k >= len(az.clauses) || az.tok.toks[az.clauses[k].lo].sent != az.tok.toks[c.lo].sent {
			return false
		}
		lo, hi = az.clauses[k].lo, az.clauses[k].hi
	}
	p := az.partyAfter(lo, hi)
	return az.othersParty(p, c)
}

// obligedInPast reports the customer told what they had needed to do, and
// by when: "you needed to call before 6pm", "you had to register within a
// month". Without a deadline it may be a hardship: "you had to pay a fee".
func (az *analyzer) obligedInPast(c *clause) bool {
	if !c.obliged || c.subj < 0 || c.verb < 0 || !az.anyIn(c.verb+1, c.hi, byWhenWords) {
		return false
	}
	toks := az.tok.toks
	for i := c.subj + 1; i+1 < c.verb; i++ {
		if pastNeeds.has(toks[i].id) && toks[i+1].id == idTo {
			return true
		}
	}
	return false
}

// pastNeeds oblige in the past: "had to", "needed to"; byWhenWords set the
// deadline of an obligation.
var (
	pastNeeds   = idSetOf(pastNeedsList)
	byWhenWords = idSetOf(byWhenWordsList)
	causeNouns  = idSetOf(causeNounsList)
)

const (
	pastNeedsList   = "had needed"
	byWhenWordsList = "before within by first"
	causeNounsList  = "cause source root culprit origin"
)

// partyWeHired reports a subject that is a party the company chose: "the
// contractor we hired", "the courier we use". What it did is ours to own; a
// relative that only mentions us ("the airline, which we have no control
// over") is not such a choice.
func (az *analyzer) partyWeHired(c *clause) bool {
	lo, hi := c.subjectSpan()
	toks := az.tok.toks
	for i := lo; i+1 < hi; i++ {
		if az.lexAt(i)&lxAgent != 0 && hiredVerbs.has(toks[i+1].id) {
			return true
		}
	}
	return false
}

// hiredVerbs say the company chose a party: "we hired", "we use".
var hiredVerbs = idSetOf(hiredVerbsList)

const hiredVerbsList = "hired appointed use used chose contracted engaged employ employed booked sent instructed"

// damageFrom reports damage said to come from something: "the crack's from
// an impact", "that dent is from a stone on the road". Naming what made it,
// and not us, lays it elsewhere.
func (az *analyzer) damageFrom(c *clause) bool {
	if c.neg || c.subj < 0 {
		return false
	}
	if c.verb >= 0 {
		return az.damagedFrom(c)
	}
	toks := az.tok.toks
	for i := c.subj; i+1 < c.hi && i <= c.subj+3; i++ {
		if !damageNouns.has(toks[i].id) && !damageNouns.has(toks[i].base) {
			continue // "the crack", "that crack's"
		}
		for j := i + 1; j < c.hi && j <= i+3; j++ {
			if toks[j].id == idFrom {
				return az.fromNoneOfOurs(j, c.hi)
			}
		}
		return false
	}
	return false
}

// damagedFrom is damageFrom told with a verb: harm done to the thing, or
// the mark coming, "from" something not ours: "the screen's cracked from a
// drop", "that dent comes from a kerb".
func (az *analyzer) damagedFrom(c *clause) bool {
	harm := c.lemmaIn(damageVerbs)
	if !harm && (c.lemma != "come" || !az.subjectHas(c, damageNouns)) {
		return false
	}
	toks := az.tok.toks
	for j := c.verb + 1; j < c.hi && j <= c.verb+3; j++ {
		if toks[j].id == idFrom {
			return az.fromNoneOfOurs(j, c.hi)
		}
	}
	return false
}

// fromNoneOfOurs reports what follows "from" at j, before hi, as neither
// ours nor a time: "from the way we packed it", "from the valve we fitted"
// are ours; "cracked from the start", "from new", a fault it came with.
func (az *analyzer) fromNoneOfOurs(j, hi int) bool {
	return !az.ourWithin(j+1, hi, 5) && !az.anyLexIn(j+1, hi, lxAgent) && !az.anyIn(j+1, min(j+3, hi), originWords)
}

// originWords, after "from", say since when, not what did it: "cracked
// from the start", "from new".
var originWords = idSetOf(originWordsList)

const originWordsList = "start beginning outset new factory"

// damageVerbs do harm that leaves a mark: "cracked", "dented".
var damageVerbs = lemmaSetOf("crack dent scratch chip shatter smash snap bend break damage scuff")

// alwaysGoingTo reports a trouble said to have been bound to happen: "a
// password like that was always going to be guessed", "the weather was
// always gonna call it off".
func (az *analyzer) alwaysGoingTo(c *clause) bool {
	if c.neg || c.actor == actAgent {
		return false
	}
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if toks[i].id == idAlways && (toks[i+1].id == idGoing || toks[i+1].id == idGonna || toks[i+1].id == idLikely) {
			// "always going to be guessed"; and after "so" what was bound to follow is the trouble
			// itself: "it rained all afternoon, so the shots were always going to come out grey"
			return az.troubleAfter(i+2, c.hi) || c.lists&troubleLists != 0 || c.passive || resultWords.has(toks[c.lo].id)
		}
	}
	return false
}

// neverGoingToForYou reports what the customer, or a thing of theirs, was
// never going to get or do: "ringing at half ten, you were never going to
// get one", "that was never going to work with your old router". Bound to
// fail through their act or their thing, the trouble is theirs; what we
// were never going to manage is ours.
func (az *analyzer) neverGoingToForYou(c *clause) bool {
	if !c.neg || c.actor == actAgent {
		return false
	}
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if toks[i].id == idNever && (toks[i+1].id == idGoing || toks[i+1].id == idGonna) {
			return (c.actor == actCustomer || az.idIn(idYour, i+2, c.hi)) && !az.ourWithin(c.lo, c.hi, c.hi-c.lo) && !az.sorry(c)
		}
	}
	return false
}

// damageNouns name marks of harm on a thing.
var (
	damageNouns = idSetOf(damageNounsList)
	idAlways    = wordID("always")
	idGonna     = wordID("gonna")
	idLikely    = wordID("likely")
	idFrom      = wordID("from")
)

const damageNounsList = "crack cracks dent dents scratch scratches damage mark marks stain stains burn burns chip chips tear tears " +
	"scrape scrapes scuff scuffs ding dings damp mould mold leak leaks"

// shownDelivered reports a record cited to show the thing reached the
// customer's own place, or our message was opened: "the tracking shows it
// was delivered to your safe place", "the rider's photo shows the bag
// handed over at your door", "our records show the reminder was opened". A
// wrong place, no place of theirs, or the agent speaking in the sentence
// makes it news rather than an answer.
func (az *analyzer) shownDelivered(c *clause) bool {
	if c.neg || c.aspect != aspDone || c.bag&lxWrong != 0 {
		return false
	}
	if !az.messageSeen(c) && (!c.lemmaIn(handedOverVerbs) || !az.anyIn(c.verb+1, c.hi, yourOnly)) {
		return false // "delivered at noon" is news; "delivered to your safe place" answers the complaint
	}
	// "I know the system shows it as delivered", "... and I've asked the driver": the agent,
	// in the sentence, concedes or looks into it
	lo, hi := az.nearC(c)
	bl, bh := az.sideOfBut(c) // "I understand, but | the tracking shows it was delivered": no concession
	return az.onRecord(c) && !az.anyLexIn(max(lo, bl), min(hi, bh), lxAgent)
}

// messageSeen reports a message of ours said, in the passive, to have been
// opened, read or clicked: "the renewal reminder was opened on 3
// February". Cited from a record, it shows the message reached them.
func (az *analyzer) messageSeen(c *clause) bool {
	if !c.passive || !c.lemmaIn(seenVerbs) {
		return false
	}
	lo, hi := c.subjectSpan()
	return az.messageWithin(lo, hi)
}

// seenVerbs say a message was seen by whoever got it.
var seenVerbs = lemmaSetOf("open read view click")

// handedOverVerbs say a thing reached the customer.
var handedOverVerbs = lemmaSetOf("deliver hand leave sign collect drop")

// notReadyWhenWeCame reports a step of readying the customer's place for
// our visit, told as not done when our people came: "the loft hadn't been
// cleared before the team got there", "the furniture hadn't been moved when
// the fitters came", and so is the state it should have been in: "the room
// wasn't clear when we arrived". Not done before the customer came
// themselves ("the room hadn't been cleared before you arrived") is ours
// to have done.
func (az *analyzer) notReadyWhenWeCame(c *clause) bool {
	if !c.neg || c.byAgent || c.question || c.cond {
		return false
	}
	if c.verb < 0 {
		if c.comp >= c.hi || !readyWords.has(az.tok.toks[c.comp].id) || !az.subjectHas(c, readiedPlaces) {
			return false // "the room wasn't clear", "the loft wasn't ready"; not "the van wasn't ready", which may be ours
		}
	} else if !c.passive || !c.lemmaIn(readiedVerbs) && c.lists&listYourActs == 0 {
		return false
	}
	if az.ourInSubject(c) || az.deliverableSubject(c) {
		return false
	}
	d := az.nextInSentence(c)
	return d != nil && d.temporal && !d.neg && d.actor != actCustomer && d.actor != actCustomers && d.lemmaIn(arrivedVerbs)
}

// readiedVerbs make a place ready for a visit; arrivedVerbs tell the visit;
// readyWords tell the state it should have been in, and readiedPlaces the
// places told in that state.
var (
	readyWords    = idSetOf(readyWordsList)
	readiedPlaces = idSetOf(readiedPlacesList)
	readiedVerbs  = lemmaSetOf("clear empty move prepare drain defrost tidy isolate unlock remove pack")
)

const (
	readyWordsList    = "clear ready empty accessible unlocked prepared tidy free"
	readiedPlacesList = "room rooms area loft attic kitchen bathroom bedroom site garden yard garage property flat house access " +
		"drive driveway path space floor wall walls cupboard"
)

var (
	arrivedVerbs = lemmaSetOf("come arrive get turn show call visit")
)

// noAnswerThere reports "there was no answer" or "no reply" when we called or
// knocked: "there was no answer at the door", "there was no reply on the
// number you gave us". No answer from our own side ("from our warehouse"),
// or one we are sorry for or caused, is ours.
func (az *analyzer) noAnswerThere(c *clause) bool {
	toks := az.tok.toks
	if c.subj < 0 || toks[c.subj].id != idThere || c.verb >= 0 || c.question {
		return false
	}
	for i := c.subj + 1; i+1 < c.hi; i++ {
		if toks[i].id == idNo && answerNouns.has(toks[i+1].id) {
			// "because our phone line was down, I'm so sorry": the silence was ours
			return !az.fromOursIn(i+2, c.hi) && !az.sorry(c) && !az.flags[toks[c.lo].sent].owned && !az.causeAfterIsOurs(c)
		}
	}
	return false
}

// fromOursIn reports "from" and the company's side among tokens lo..hi:
// "from our warehouse", "from us", "from the team".
func (az *analyzer) fromOursIn(lo, hi int) bool {
	for i := lo; i+1 < hi; i++ {
		if az.tok.toks[i].id == idFrom && az.anyLexIn(i+1, min(i+3, hi), lxOurDet|lxAgent|lxCompanyNoun) {
			return true
		}
	}
	return false
}

// answerNouns are what a call or a knock gets back.
var answerNouns = idSetOf(answerNounsList)

const answerNounsList = "answer reply response"

// noSafePlace reports nowhere safe at the customer's place to leave a
// delivery: "there was no safe place to leave it", "there was nowhere safe
// to leave it", "the driver couldn't find a safe place to leave it".
func (az *analyzer) noSafePlace(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo + 1; i+2 < c.hi; i++ {
		if toks[i].id != idSafe {
			continue
		}
		none := toks[i-1].id == idNo || toks[i-1].id == idNowhere || c.neg && az.lexAt(i-1)&lxDet != 0
		return none && az.anyIn(i+1, min(i+5, c.hi), leaveForms)
	}
	return false
}

// Ids of "safe" and "nowhere"; leaveForms leave a delivery. Their words are
// interned with the lexicon (safePlaceWordsList).
var (
	idSafe, idNowhere = wordID("safe"), wordID("nowhere")
	leaveForms        = idSetOf("leave")
)

const safePlaceWordsList = "safe nowhere leave"

// youWereOut reports the customer away from their place when we came: "you
// were out when the driver came", "you were at work when we called, so we
// left a card", "you were away, so the parcel went back". Where they were
// at another time is no absence from us.
func (az *analyzer) youWereOut(c *clause) bool {
	if c.actor != actCustomer || c.neg || c.verb >= 0 || !c.pastAux || c.question || c.cond || c.comp >= c.hi || !az.awayAt(c.comp, c.hi) {
		return false
	}
	if az.sorry(c) || az.flags[az.tok.toks[c.lo].sent].owned {
		return false // "you were out when our driver came two hours early, which is on us"
	}
	return az.whenWeCameAfter(c) || az.resultAfter(az.clauseIndex(c)) > 0 && !az.helpInSentence(c)
}

// awayAt reports a word of being away at i: "out", "away", "at work", "on
// holiday".
func (az *analyzer) awayAt(i, hi int) bool {
	toks := az.tok.toks
	if awayWords.has(toks[i].id) {
		return i+1 >= hi || toks[i].pause || toks[i+1].id != idOf // "out of stock" is no absence
	}
	return i+1 < hi && (toks[i].id == idAt || toks[i].id == idOn) && awayPlaces.has(toks[i+1].id)
}

// awayWords say the customer was not in; awayPlaces are where they were
// instead ("at work", "on holiday").
var (
	awayWords  = idSetOf(awayWordsList)
	awayPlaces = idSetOf(awayPlacesList)
)

const (
	awayWordsList  = "out away"
	awayPlacesList = "work holiday vacation"
)
