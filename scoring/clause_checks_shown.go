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
