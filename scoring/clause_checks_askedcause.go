package scoring

// A question about the customer's side followed by the trouble it would
// explain: "have you been running the dryer without emptying the lint trap?
// Because that'd explain the overheating", "did you screenshot the QR code?
// Screenshots won't scan". Asked that way, the question suggests their error
// (see the markers README, round 7). A question told back ("so you waited in
// all day?"), one followed by help, a condition, reassurance or sympathy, asks
// for a fact or checks an account.

// askedThenTroubleTold reports a question's clause about the customer's side
// whose next sentence, a statement, tells a trouble or says what it explains.
func (az *analyzer) askedThenTroubleTold(c *clause) bool {
	if !c.question || c.actor == actAgent || c.byAgent || c.aspect != aspDone && c.aspect != aspNow || az.tok.toks[c.lo].id == idSo || !az.yourSideAsked(c) {
		return false // "do you still have the box?" asks what they hold, not what they did
	}
	if concessiveWords.has(az.tok.toks[c.lo].id) {
		return false // "the code didn't apply | even though you entered it right?" grants what they did
	}
	toks := az.tok.toks
	sent := toks[c.lo].sent
	ci := az.clauseIndex(c)
	for k := ci + 1; k < len(az.clauses) && k <= ci+reasonReach; k++ {
		d := &az.clauses[k]
		switch ds := toks[d.lo].sent; {
		case ds == sent:
			continue
		case ds != sent+1 || d.question || d.cond || d.ourStep() || az.goodNewsIn(d) || d.bag&(lxFeeling|lxBadAdj|lxAgent) != 0 || az.flags[ds].owned:
			return false // "if not, a bank statement works too", "no problem, I've switched it", "that must have been awful", "that's our bug"
		}
		return az.troubled(d) || az.explainsAfter(c)
	}
	return false
}
