package scoring

// A statement closed by a tag that asks the customer to agree: "you left
// the window open, didn't you?", "your dog was off the lead at the time,
// wasn't he?". Of the customer's side, or of a thing with the trouble it
// explains said next, it is put to them to admit, not asked to learn a
// fact; a tag on what we deliver ("the parcel arrived on Monday, didn't
// it?") checks a fact. Nothing asked with a tag is a step done.

// endsWithTag reports a clause that closes its question with a tag (see
// isTagQuestion).
func (az *analyzer) endsWithTag(c *clause) bool {
	s := &az.tok.sents[az.tok.toks[c.lo].sent]
	return s.question && c.hi == s.tokHi && c.hi-c.lo >= 4 && az.isTagQuestion(s)
}

// taggedGuess reports a clause of the customer's side, of a thing whose
// trouble is explained next, or of what only their side does to a thing,
// that ends with a tag.
func (az *analyzer) taggedGuess(c *clause) bool {
	if !az.endsWithTag(c) || c.actor == actAgent || az.ourInSubject(c) || az.subjectHasLex(c, lxDeliverable) {
		return false
	}
	// "the frame's been hung over a radiator, hasn't it? That's why the mount has buckled"
	return c.actor == actCustomer || az.yourSide(c) || az.homePersonInSubject(c) || c.actor == actThing && az.explainsAfter(c) ||
		az.yourActDoneTo(c) // "the box was ticked, wasn't it?"
}

// yourActDoneTo reports a passive, its doer unnamed, of what only the
// customer's side does to a thing (see "your acts"), said of a thing named,
// not "it": "the box was ticked", "the seal was broken". "It was left
// outside" may be our driver's parcel.
func (az *analyzer) yourActDoneTo(c *clause) bool {
	return c.passive && c.byWho == actNone && !c.byAgent && c.lists&listYourActs != 0 && !az.pronounSubject(c)
}
