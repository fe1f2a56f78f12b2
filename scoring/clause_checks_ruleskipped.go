package scoring

// A rule, and the customer's part of it left undone, in one sentence:
// "gym policy is clear that memberships must be frozen in advance, and you
// didn't ask", "the vaccination card has to come in with the dog, and you
// didn't bring it". The rule names the part, so the omission needs no verb
// list of duties: whatever they did not do is the part the rule asked for.

// skippedAfterRule reports the customer's plain past omission right after a
// clause of its sentence that states a rule or a requirement not ours: a
// rule for its subject ("our terms say"), or what must or has to be done,
// said of things or of customers in general. What they did not get, see or
// feel is no part skipped ("you didn't receive the reminder"), and nor is
// one not done yet ("you haven't used yours yet"): it is still theirs to use.
func (az *analyzer) skippedAfterRule(c *clause) bool {
	if !c.neg || c.aspect != aspDone || c.question || c.cond || c.lists&listNotBlame != 0 || az.clauseHasID(c, idYet) {
		return false
	}
	p := az.prevInSentence(c)
	return p != nil && az.statesARule(p)
}

// statesARule reports a clause that states a rule or a requirement that is
// not the company's own duty: "the policy is clear", "memberships must be
// frozen in advance", "the card has to come in with the dog".
func (az *analyzer) statesARule(p *clause) bool {
	if p.actor == actAgent || p.question || p.cond || p.neg {
		return false
	}
	return p.ruleSubj || (p.obliged || p.aspect == aspMust && !p.should) && (p.generic || p.passive || p.actor == actThing || p.actor == actCustomers)
}
