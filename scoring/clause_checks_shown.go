package scoring

// Readings of an act the agent says was seen, or should have been done.
// "The camera shows you dropping it": a verb of seeing puts the customer's
// act on record even when its verb has no tense of its own. "Should've kept
// the box": with no subject, an act that ought to have been done is the
// customer's, unless it was owed to them ("should've told you").

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
// flat", "it's prob your router being old", "chances are it's the courier".
// "It's probably your best bet" and "I'd guess it's your refund" name no cause.
func (az *analyzer) guessedYours(c *clause) bool {
	if c.verb >= 0 || c.neg || !az.pronounSubject(c) || c.comp+1 >= c.hi {
		return false
	}
	if c.aspect != aspMust && !az.anyIn(c.lo, c.hi, guessAdverbs) && !az.guessedSentence(c) || az.weActInSentence(c) {
		return false // "it must be something on your network" guesses with "must"
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
		return az.lexAt(i+1)&lxThirdNoun != 0 || i+2 < c.hi && az.lexAt(i+2)&lxThirdNoun != 0 // "the courier", "the parcel firm"
	}
	return false
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

// didEverything reports the company insisting it did all it should: "we did
// everything right on our end", "we've done everything we were supposed to".
// Its steps told beside it ("we sent the engineer") insist too, so, unlike
// doneAsItShould, they do not make it a remedy.
func (az *analyzer) didEverything(c *clause) bool {
	if c.actor != actAgent || c.neg || c.aspect != aspDone || c.lemma != "do" || c.comp >= c.hi || c.verb < 0 {
		return false
	}
	toks := az.tok.toks
	if toks[c.comp].id != idEverything {
		return false
	}
	for j := c.comp + 1; j < c.hi && j <= c.comp+5; j++ {
		if rightlyWords.has(toks[j].id) || everythingRight.has(toks[j].id) {
			return true
		}
	}
	return false
}

// everythingRight close "we did everything ...": "right", "by the book",
// "we were supposed to", "we should".
var (
	everythingRight = idSetOf(everythingRightList)
	idEverything    = wordID("everything")
)

const everythingRightList = "right book supposed should asked required"

// doubtsItIsOurs reports the agent doubting that the fault could be the
// company's: "I don't see how any of this is on us", "I can't understand
// why that would be our fault".
func (az *analyzer) doubtsItIsOurs(c *clause) bool {
	if !c.neg || c.actor != actAgent || c.verb < 0 || c.verb+2 >= c.hi || !doubtVerbs[c.lemma] {
		return false
	}
	toks := az.tok.toks
	if toks[c.verb+1].id != idHow && toks[c.verb+1].id != idWhy {
		return false
	}
	for j := c.verb + 2; j+1 < c.hi; j++ {
		if az.lexAt(j)&(lxOurDet|lxOurs) != 0 || toks[j].id == idOn && az.lexAt(j+1)&lxAgent != 0 {
			return true // "our fault", "on us"
		}
	}
	return az.lexAt(c.hi-1)&lxOurs != 0
}

// doubtVerbs doubt what follows "how" or "why" when negated.
var doubtVerbs = wordSet("see understand know")

// idWhy is the id of "why".
var idWhy = wordID("why")

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

// leftUsFine reports a clause that says the thing left the company before it
// went wrong, or left it sound: "the box was damaged after it left our
// warehouse", "it left us in perfect condition". Whatever happened, happened
// with someone else.
func (az *analyzer) leftUsFine(c *clause) bool {
	if c.lemma != "leave" || c.neg || c.actor == actAgent || c.comp >= c.hi || az.lexAt(c.comp)&(lxAgent|lxOurDet) == 0 {
		return false
	}
	if c.bag&lxFine != 0 || az.anyIn(c.comp, c.hi, intactWords) {
		return true // "it left us in perfect condition"
	}
	ci := az.clauseIndex(c)
	if !afterWords.has(az.tok.toks[c.lo].id) && !c.temporal || ci == 0 || az.tok.toks[az.clauses[ci-1].lo].sent != az.tok.toks[c.lo].sent {
		return false
	}
	prev := &az.clauses[ci-1]
	return prev.actor != actAgent && !prev.neg && az.troubledNow(prev) // "was damaged | after it left our warehouse"
}

// intactWords say a thing was sound: "in perfect condition", "intact".
var intactWords = idSetOf(intactWordsList)

const intactWordsList = "perfect intact undamaged good sealed"

// missedYourSlot reports the customer missing what was theirs to keep: a
// slot, a deadline, a payment, an appointment ("you missed the delivery
// slot", "you'd missed two payments"). Missing a call or a flight can be bad
// luck, and is told with sympathy, so only these things count.
func (az *analyzer) missedYourSlot(c *clause) bool {
	if c.lemma != "miss" || c.neg || c.verb < 0 || az.flags[az.tok.toks[c.lo].sent].apology {
		return false
	}
	return az.anyIn(c.verb+1, min(c.verb+5, c.hi), keptSlots)
}

// keptSlots are what a customer keeps or misses by their own doing.
var keptSlots = idSetOf(keptSlotsList)

const keptSlotsList = "slot slots deadline deadlines window cut-off cutoff payment payments instalment instalments installment " +
	"installments appointment appointments renewal"

// onYourSide reports "your side", "your end" or "your part" in c: "nothing
// has changed on your side" clears the customer when it is negated.
func (az *analyzer) onYourSide(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if toks[i].id == idYour && sideWords.has(toks[i+1].id) {
			return true
		}
	}
	return false
}

// weWorkedOnOurKit reports the company acting on its own system: "we
// updated the system and it broke" tells of our act, whatever broke after.
func (az *analyzer) weWorkedOnOurKit(c *clause) bool {
	return c.actor == actAgent && !c.neg && c.comp < c.hi && (az.compHas(c, lxRuleNoun) || az.anyIn(c.comp, c.hi, kitWords))
}

// sideWords follow "your" to name the customer's side; kitWords name the
// company's own software and machines.
var (
	sideWords = idSetOf(sideWordsList)
	kitWords  = idSetOf(kitWordsList)
)

const (
	sideWordsList = "side end part"
	kitWordsList  = "app software computer server servers platform website site database"
)

// choseNotTo reports the customer choosing against a step: "you chose not
// to take the warranty", "you opted out of the reminders", "you declined
// the cover".
func (az *analyzer) choseNotTo(c *clause) bool {
	if c.actor != actCustomer || c.neg || c.verb < 0 || c.verb+2 >= c.hi || az.weActInSentence(c) {
		return false // "you opted out of the reminders, so I've switched them back on" tells it to fix it
	}
	toks := az.tok.toks
	switch c.lemma {
	case "choose", "decide", "elect", "prefer":
		return toks[c.verb+1].id == idNot && toks[c.verb+2].id == idTo
	case "opt":
		return toks[c.verb+1].id == idOutWord
	case "decline", "refuse", "turn":
		return az.anyIn(c.verb+1, min(c.verb+5, c.hi), coverWords)
	}
	return false
}

// coverWords are what a customer may turn down at the time: "you declined
// the insurance".
var (
	coverWords = idSetOf(coverWordsList)
	idOutWord  = wordID("out")
)

const coverWordsList = "insurance cover warranty protection waiver upgrade excess reminders alerts"

// setAsideAfter reports a later clause of c's sentence that opens with a
// contrast and takes a step for the customer: "the terms say no refunds,
// but I'm making an exception" states the rule while helping.
func (az *analyzer) setAsideAfter(c *clause) bool {
	sent, ci := az.tok.toks[c.lo].sent, az.clauseIndex(c)
	for k := ci + 1; k < len(az.clauses) && k <= ci+reasonReach && az.tok.toks[az.clauses[k].lo].sent == sent; k++ {
		if az.opensContrast(k) && az.clauses[k].ourStep() {
			return true
		}
	}
	return false
}

// accordingTo reports a clause that only cites a source: "according to our
// system, ..." names our records as evidence, not our act.
func (az *analyzer) accordingTo(c *clause) bool {
	toks := az.tok.toks
	return c.lo+1 < c.hi && toks[c.lo].id == idAccording && toks[c.lo+1].id == idTo
}

// idAccording is the id of "according".
var idAccording = wordID("according")

// followedYourWord reports the company saying it did what the customer's
// own instructions said: "we followed the instructions on your account",
// "the driver followed your delivery note".
func (az *analyzer) followedYourWord(c *clause) bool {
	if c.lemma != "follow" || c.neg || c.verb < 0 {
		return false
	}
	return az.anyIn(c.verb+1, min(c.verb+6, c.hi), instructionWords) && (az.anyIn(c.verb+1, c.hi, yourOnly) || az.onRecord(c))
}

// instructionWords are what a customer leaves for us to follow.
var instructionWords = idSetOf(instructionWordsList)

const instructionWordsList = "instructions instruction request note notes preferences wishes"

// ourReasonAfter reports a reason later in c's sentence that puts it on the
// company: "your card was declined | because our payment system had an
// outage". The trouble is told, and owned, not laid on the customer.
func (az *analyzer) ourReasonAfter(c *clause) bool {
	sent := az.tok.toks[c.lo].sent
	ci := az.clauseIndex(c)
	for k := ci + 1; k < len(az.clauses) && k <= ci+reasonReach && az.tok.toks[az.clauses[k].lo].sent == sent; k++ {
		r := &az.clauses[k]
		if r.causal && !r.neg && (r.actor == actAgent || az.ourInSubject(r) || az.agentInSubject(r)) && az.ourFaultIn(r) {
			return true
		}
	}
	return false
}

// ourFaultIn reports a fault in a reason of ours: a verb of failing, a wrong
// or faulty thing, or a word of trouble ("an outage"). "Because we've no
// record of that address" is evidence, not a fault.
func (az *analyzer) ourFaultIn(r *clause) bool {
	return r.lists&(troubleLists|listOurFailure) != 0 || r.bag&(lxWrong|lxFaultNoun) != 0 || az.anyIn(r.lo, r.hi, troubleWords) ||
		az.outOfDateIn(r)
}

// outOfDateIn reports "out of date" in c.
func (az *analyzer) outOfDateIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+2 < c.hi; i++ {
		if toks[i].id == idOutWord && toks[i+1].id == idOf && toks[i+2].id == idDate {
			return true
		}
	}
	return false
}

// idDate is the id of "date", as in "out of date".
var idDate = wordID("date")

// handedOver reports "left it with" someone: a delivery told, not a third
// party's failure, unless something in it went wrong.
func (az *analyzer) handedOver(c *clause) bool {
	return c.lemma == "leave" && c.verb >= 0 && c.bag&lxWrong == 0 && az.anyIn(c.verb+1, min(c.verb+4, c.hi), withOnly)
}

// withOnly holds "with", as in "left it with your neighbour".
var withOnly = idSetOf("with")

// ourPartUndoneAfter reports a later clause of c's sentence in which the
// company did not do its part: "you're meant to get a confirmation email,
// and I can see we never sent it". What the customer should have had, we
// failed to give. An earlier one ("we never cancelled it; you did") is a
// denial, and leaves the blame after it.
func (az *analyzer) ourPartUndoneAfter(c *clause) bool {
	sent, ci := az.tok.toks[c.lo].sent, az.clauseIndex(c)
	for k := ci + 1; k < len(az.clauses) && k <= ci+reasonReach && az.tok.toks[az.clauses[k].lo].sent == sent; k++ {
		r := &az.clauses[k]
		if r.question {
			continue
		}
		if r.actor == actAgent && r.neg && r.aspect == aspDone && r.lists&(stepList|listWarns) != 0 || az.agentAt(r) {
			return true // "we never sent it", not "we can't do much"
		}
	}
	return false
}

// agentAt reports a clause that reports the company not doing its part
// after a verb of seeing: "I can see | we never sent it", read as one clause
// whose subject is "I".
func (az *analyzer) agentAt(r *clause) bool {
	if r.verb < 0 || az.markAt(r.verb)&lxReport == 0 || r.verb+3 >= r.hi || az.lexAt(r.verb+1)&lxAgent == 0 {
		return false
	}
	return az.lexAt(r.verb+2)&lxNeg != 0 && az.verbAt(r.verb+3).lists&(stepList|listWarns) != 0 // "see we never sent it"
}
