package scoring

// Readings of an act the agent says was seen, owed or pressed on the
// customer, and of guesses that name their side. "The camera shows you
// dropping it": a verb of seeing puts the customer's act on record even
// when its verb has no tense of its own. "Should've kept the box": with no
// subject, an act that ought to have been done is the customer's, unless it
// was owed to them ("should've told you"). "You did sign it, didn't you?"
// presses it; "I reckon it's something in your flat" guesses it.

// shownDoingIt reports a clause of a bare -ing act after a verb of seeing or
// showing, whose act is a slip or the customer's own part: "the footage shows
// you leaving it on the counter", "we saw your son pressing the buttons".
func (az *analyzer) shownDoingIt(c *clause) bool {
	if c.aspect != aspNone || c.verb < 0 || c.neg || c.subj <= 0 || c.subj != c.lo {
		return false
	}
	if c.lists&(listSlip|listGoesWrong|listYourActs) == 0 {
		return false
	}
	k := az.tok.key(az.tok.toks[c.verb])
	return len(k) > 4 && k[len(k)-3:] == "ing" && az.markAt(c.subj-1)&lxReport != 0
}

// shouldHaveForUs reports "should have" with no subject, done for the
// company or by the customer's own hand: "should've kept the receipt",
// "should've told us", not "should've told you", which was ours to do.
func (az *analyzer) shouldHaveForUs(c *clause) bool {
	if !c.should || !c.hasHave || c.passive || c.verb < 0 || c.subj >= 0 {
		return false
	}
	next := c.verb + 1
	return next >= c.hi || az.lexAt(next)&lxCustomer == 0
}

// guessedYours reports a guess that names the customer's side, or a third
// party, as what is behind the trouble: "I reckon it's something in your
// flat", "it's prob your router being old", "chances are it's the courier",
// "so it'll be something in your internal wiring", "it'll be the cheap
// charger you're using"; with its "it" dropped: "must be your router",
// "could be the cable you've got it plugged into".
// "It's probably your best bet" and "I'd guess it's your refund" name no cause.
func (az *analyzer) guessedYours(c *clause) bool {
	if c.verb >= 0 || c.neg || !az.pronounSubject(c) && !az.guessWithItDropped(c) || c.comp+1 >= c.hi {
		return false
	}
	if c.aspect != aspMust && c.aspect != aspWill && c.subj >= 0 && !az.anyIn(c.lo, c.hi, guessAdverbs) && !az.guessedSentence(c) || az.weActInSentence(c) {
		return false // "it must be something on your network" guesses with "must", "it'll be your wiring" with "will", "could be the cable" with its "it" dropped
	}
	toks := az.tok.toks
	i := c.comp
	for i+1 < c.hi && (az.lexAt(i)&lxAdverb != 0 || guessAdverbs.has(toks[i].id)) {
		i++ // "it's prob your router", "it's just the courier"
	}
	switch {
	case toks[i].id == idYour:
		return az.lexAt(i+1)&lxDeliverable == 0 && !choiceWords.has(toks[i+1].id)
	case somewhereWords.has(toks[i].id):
		return az.anyIn(i+1, min(i+5, c.hi), yourOnly) // "something in your flat", "something on your home network"
	case az.lexAt(i)&lxDet != 0 && toks[i].id != idYour:
		return az.lexAt(i+1)&lxThirdNoun != 0 || i+2 < c.hi && az.lexAt(i+2)&lxThirdNoun != 0 || // "the courier", "the parcel firm"
			az.thingYouUseAt(i+1, c.hi) // "the charger you're using"
	}
	return false
}

// guessWithItDropped reports a clause with no subject opened by "must be",
// "could be" or "might be": "must be your router" is "it must be".
func (az *analyzer) guessWithItDropped(c *clause) bool {
	return c.subj < 0 && c.actor == actNone && (c.aspect == aspMust || c.aspect == aspCould) && c.lo+1 < c.hi && az.lexAt(c.lo)&(lxMust|lxCan) != 0
}

// thingYouUseAt reports a noun of one to three words from i, then the
// customer's own relative clause: "charger you're using", "extension lead
// you've got it on", "adapter you bought". What we deliver ("the parcel you
// ordered") is ours, people are no kit ("the agent you spoke to"), and a
// thing named to say what happens to it ("the account you set up that we
// use") is no cause.
func (az *analyzer) thingYouUseAt(i, hi int) bool {
	for j := i + 1; j < hi && j <= i+3; j++ {
		if az.lexAt(j-1)&(lxDeliverable|lxPrep|lxCustomer|lxCompanyNoun|lxThirdNoun|lxCustomers) != 0 || az.tok.toks[j-1].pause {
			return false
		}
		if az.lexAt(j)&lxCustomer != 0 && j+1 < hi {
			return !az.anyIn(j+1, hi, relativeWords)
		}
	}
	return false
}

// guessedYourThingAlone reports a guess said without a verb of its own,
// naming the customer's thing: "probably your spam folder eating our emails
// again", "maybe your router playing up". What we deliver ("probably your
// refund arriving") and advice ("probably your best bet") name no cause.
func (az *analyzer) guessedYourThingAlone(c *clause) bool {
	if c.aspect != aspNone || !c.yourThing || c.subj < 0 || c.subj+1 >= c.hi || !az.anyIn(c.lo, c.subj, guessAdverbs) {
		return false
	}
	next := c.subj + 1
	return az.tok.toks[c.subj].id == idYour && az.lexAt(next)&lxDeliverable == 0 && !choiceWords.has(az.tok.toks[next].id)
}

// choiceWords after "your" name advice, not a cause: "your best bet".
// somewhereWords name an unknown thing or place: "something in your flat".
var (
	choiceWords    = idSetOf(choiceWordsList)
	somewhereWords = idSetOf(somewhereWordsList)
	yourOnly       = idSetOf("your")
)

const (
	choiceWordsList    = "best bet option options choice call turn decision safest quickest"
	somewhereWordsList = "something somewhere summat"
)

// insistedOrTagged reports a clause the agent presses on the customer: an
// emphatic "did" ("you did sign the form") or a tag question after it ("you
// signed the sheet, didn't you?").
func (az *analyzer) insistedOrTagged(c *clause) bool {
	if az.insistsWithDid(c) {
		return true
	}
	s := &az.tok.sents[az.tok.toks[c.lo].sent]
	return s.question && c.hi == s.tokHi && az.isTagQuestion(s)
}

// accordingTo reports a clause that only cites a source: "according to our
// system, ..." names our records as evidence, not our act.
func (az *analyzer) accordingTo(c *clause) bool {
	toks := az.tok.toks
	i := c.lo
	for i+1 < c.hi && (toks[i].pause && az.lexAt(i)&lxOpener != 0 || turnWords.has(toks[i].id)) {
		i++ // "well, according to our system", "..., but according to our system": a word of talk or a turn first
	}
	return i+1 < c.hi && toks[i].id == idAccording && toks[i+1].id == idTo
}

// idAccording is the id of "according".
var idAccording = wordID("according")

// followedYourWord reports the company saying it did what the customer's
// own instructions said: "we followed the instructions on your account",
// "the driver followed your delivery note", "we fitted exactly what was
// written on the job card".
func (az *analyzer) followedYourWord(c *clause) bool {
	if c.neg || c.verb < 0 {
		return false
	}
	if c.lemmaIn(doneAsWrittenVerbs) && az.whatWasGivenAt(c) {
		return true // "our team simply followed what was written", "we fitted exactly what was on the job card"
	}
	return c.lemma == "follow" && az.anyIn(c.verb+1, min(c.verb+6, c.hi), instructionWords) && (az.anyIn(c.verb+1, c.hi, yourOnly) || az.onRecord(c))
}

// whatWasGivenAt reports, within a few words after c's verb, "what was"
// and what it was given as: "what was written", "what was asked of them",
// "what was on the job sheet". What we did is then what we were told.
func (az *analyzer) whatWasGivenAt(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i+2 < c.hi && i <= c.verb+3; i++ {
		if toks[i].id == idWhat && az.lexAt(i+1)&lxBe != 0 && az.lexAt(i+1)&lxPastAux != 0 {
			return givenAsWords.has(toks[i+2].id)
		}
	}
	return false
}

// doneAsWrittenVerbs do a job to a spec; givenAsWords say how the spec came:
// "fitted what was written", "made what was ordered", "went with what was on".
var (
	doneAsWrittenVerbs = lemmaSetOf("follow do fit make print build supply install deliver send go")
	givenAsWords       = idSetOf(givenAsWordsList)
)

const givenAsWordsList = "written asked ordered requested specified agreed listed booked put on"

// instructionWords are what a customer leaves for us to follow.
var instructionWords = idSetOf(instructionWordsList)

const instructionWordsList = "instructions instruction request note notes preferences wishes"

// doneAtYourRequest reports a thing said, in the plain past passive, to
// have been done at the customer's request: "your membership was frozen at
// your request in March", "the booking was moved on your instructions". It
// answers the complaint with their own word. Told in the perfect ("it has
// been frozen at your request") it is the step, done for them now.
func (az *analyzer) doneAtYourRequest(c *clause) bool {
	if !c.passive || !c.pastAux || c.hasHave || c.neg || c.question || c.cond || c.verb+2 >= c.hi {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+2 < c.hi; i++ {
		if (toks[i].id == idAt || toks[i].id == idOn) && toks[i+1].id == idYour && requestNouns.has(toks[i+2].id) {
			return !az.sorry(c) && !az.helpInSentence(c)
		}
	}
	return false
}

// requestNouns are the customer's word a thing was done on.
var requestNouns = idSetOf(requestNounsList)

const requestNounsList = "request instruction instructions instigation"
