package scoring

// Someone unnamed did it. "Whoever answered the door told the driver you'd
// moved", "whoever set up the gift membership put their own address in",
// "so whoever had sight of that code used it": a subject opened with
// "whoever" names a person nobody knows, and what they did is laid at them,
// as "the courier lost it" lays it at the courier. What they did for the
// customer as a step of service ("whoever took your call has logged it"),
// or their taking the thing in ("whoever answered the door signed for
// it"), is no fault.

// whoeverDidIt reports a clause whose subject opens with "whoever", said of
// what was done or must have been, in a sentence that neither apologises
// nor owns the trouble, with no step of ours in it, and nothing after it
// that makes them ours.
func (az *analyzer) whoeverDidIt(c *clause) bool {
	toks := az.tok.toks
	if c.subj < 0 || toks[c.subj].id != idWhoever || c.neg || c.question || c.cond || c.verb < 0 || c.lists&stepList != 0 {
		return false
	}
	if !c.should && c.lists&(listReceive|listAgreed) != 0 {
		return false // "whoever answered the door signed for it": the parcel was received, which blames no one
	}
	if c.aspect != aspDone && c.aspect != aspPresent && !(c.hasHave && (c.should || c.aspect == aspMust)) {
		return false // "whoever rings next will get a callback"
	}
	if az.sorry(c) || az.flags[toks[c.lo].sent].owned || az.sentenceHasOurStep(c) {
		return false
	}
	// "whoever served you at the counter should have gone through the pockets; that's part of our
	// own drop-off process": whoever it was, they were ours
	return !az.oursLaterInSentence(c)
}

// oursLaterInSentence reports "our" or "ours" after c in its sentence: a
// party told of before it may turn out to be ours ("that's part of our own
// drop-off process").
func (az *analyzer) oursLaterInSentence(c *clause) bool {
	_, hi := az.nearC(c)
	return az.anyLexIn(c.hi, hi, lxOurDet|lxOurs)
}
