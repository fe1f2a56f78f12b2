package scoring

// An outside party's act told as plain fact, with the trouble it brought in
// the same sentence: "the council dug up the road and cut the line",
// "Fishmonger shorted our delivery this morning, hence no sea bass tonight".
// It puts the failure outside the company with no "not us" (see the markers
// README, round 7). The party is a third party by its noun or its name, not
// people in general; a sentence in which we take a step helps, and one that
// takes the failure on, or tells the customer's own account back, is vetoed
// by its row.

// outsideActBroughtTrouble reports a third party's plain past act, active and
// affirmed, in a sentence that tells a trouble in that clause or one after
// it, with no step of ours.
func (az *analyzer) outsideActBroughtTrouble(c *clause) bool {
	if c.generic || c.verb < 0 || c.actor != actThird && !c.named || az.theirStepForYou(c) {
		return false // "your previous provider released the number": a step for them
	}
	if c.lemmaIn(calmVerbs) && !az.objectAfter(c.verb, c.hi) {
		return false // "the strike ended on Friday": an event over, no act
	}
	if lo, hi := c.subjectSpan(); az.yourHouseholdAt(lo, hi) {
		return false // "your family ended up at the airport": what their side went through; their slips have rows of their own
	}
	ci := az.clauseIndex(c)
	if k := az.resultAfter(ci); k > 0 && !az.troubled(&az.clauses[k]) {
		return false // "your previous provider released the number, so the switch is done": the result is the news
	}
	from, to := az.sentenceWindow(c)
	trouble := false
	for k := from; k < to; k++ {
		d := &az.clauses[k]
		if d.ourStep() || az.goodForThem(d) {
			return false // "the courier lost it, so I've sent another": help follows; "so the switch is done"
		}
		trouble = trouble || k >= ci && az.troubled(d)
	}
	return trouble
}

// changedOnThem reports another party that moved, changed or raised what the
// customer had: "the airline moved the departure", "the Home Office changed
// the rules overnight", "the venue changed the seating plan", "the gig was
// moved by the venue". What they moved the customer to ("the airline has
// moved you to an earlier flight") is done for them, and help in the
// sentence, or good news as its result, answers it.
func (az *analyzer) changedOnThem(c *clause) bool {
	if !c.lemmaIn(changedVerbs) && !az.particleChangeIn(c) || c.generic || c.verb+1 >= c.hi || az.lexAt(c.verb+1)&lxCustomer != 0 {
		return false
	}
	if c.passive && (c.byWho != actThird || az.ourInSubject(c)) {
		return false // "the gig was moved by the venue"; not "by us", nor with no one named
	}
	if k := az.resultAfter(az.clauseIndex(c)); k > 0 && (az.goodForThem(&az.clauses[k]) || az.costWaived(&az.clauses[k])) {
		return false // "the airline changed the schedule, so you'll land an hour earlier": the result is good news
	}
	return !az.helpInSentence(c) && !az.goodForThem(c) && !az.sorry(c)
}

// particleChangeIn reports a change said with a particle after the object:
// "pushed the show back a week", "put the rent up", "switched 3G off", or
// right after the verb: "switched off 3G".
func (az *analyzer) particleChangeIn(c *clause) bool {
	var parts idSet
	switch c.lemma {
	case "push":
		parts = pushedBack
	case "put":
		parts = putUp
	case "switch", "shut", "turn":
		parts = switchedOff
	default:
		return false
	}
	return az.anyIn(c.verb+1, min(c.verb+6, c.hi), parts)
}

// changedVerbs change a plan the customer had; pushedBack, putUp and
// switchedOff are the particles that make a change of "push", "put" and
// "switch".
var (
	changedVerbs = lemmaSetOf("move change reschedule raise")
	pushedBack   = idSetOf("back forward")
	putUp        = idSetOf("up")
	switchedOff  = idSetOf("off")
)
