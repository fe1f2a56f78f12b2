package scoring

// A rule with a number in it, and the customer's act timed against it.
// "Cancellations within 24 hours are charged in full, and yours came in 6
// hrs before", "you moved the date nine days out, and clause 7 puts a £150
// charge on any change inside 14 days", "the 48-hour patch test is in the
// booking confirmation, and you came in after 24": two numbers set side by
// side, the rule's and the customer's, say they broke it.

// timedAgainstRule reports a clause of the customer's act, or of what they
// sent ("yours", "the cancellation"), holding a number, in a sentence whose
// other words hold a rule with a number of its own: a word of rules or a
// cost. A sentence that apologises, owns the trouble, or in which we do
// anything for them ("and I've bumped you up to eight hours") tells no
// breach.
func (az *analyzer) timedAgainstRule(c *clause) bool {
	if c.question || c.cond || c.neg || c.verb < 0 || !az.theirActSubject(c) || !az.numberIn(c.verb+1, az.ruleCut(c)) {
		return false
	}
	s := az.tok.sents[az.tok.toks[c.lo].sent]
	if az.sorry(c) || az.flags[az.tok.toks[c.lo].sent].owned || az.sentenceHasOurStep(c) || az.weDoSomething(c) {
		return false
	}
	// the rule is told outside the act: before it, or after it (in the clause itself past its "and")
	cut := az.ruleCut(c)
	return az.ruleWithNumberIn(s.tokLo, c.lo) || az.ruleWithNumberIn(cut, s.tokHi)
}

// theirActSubject reports c told of the customer, or of what they sent in:
// "you came in", "yours came in", "the cancellation came in".
func (az *analyzer) theirActSubject(c *clause) bool {
	if c.actor == actCustomer {
		return true
	}
	if c.subj < 0 {
		return false
	}
	toks := az.tok.toks
	head := c.subj
	if toks[head].id == idThe && head+1 < c.hi {
		head++
	}
	return toks[head].id == idYours || theirRepeats.has(toks[head].id)
}

// ruleCut returns where c's own words end: its first "and", which a run-on
// clause may hold ("you cancelled 23 hrs before and the policy needs 48"),
// or its end.
func (az *analyzer) ruleCut(c *clause) int {
	for i := c.verb + 1; i < c.hi; i++ {
		if az.tok.toks[i].id == idAnd {
			return i
		}
	}
	return c.hi
}

// numberIn reports a number, in figures or words, in tokens lo..hi.
func (az *analyzer) numberIn(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		if toks[i].num || numberWords.has(toks[i].id) {
			return true
		}
	}
	return false
}

// ruleWithNumberIn reports, in tokens lo..hi, a number and a word of a rule
// or a cost: "cancellations within 24 hours are charged", "the policy needs
// 48", "clause 7 puts a £150 charge".
func (az *analyzer) ruleWithNumberIn(lo, hi int) bool {
	if !az.numberIn(lo, hi) {
		return false
	}
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		if az.lexAt(i)&lxRuleNoun != 0 || timedRuleWords.has(toks[i].id) || chargeNouns.has(toks[i].id) || costNouns.has(toks[i].id) {
			return true
		}
	}
	return false
}

// timedRuleWords tell a rule of time or its cost: "clause 7", "the window's
// thirty", "charged in full".
var timedRuleWords = idSetOf(timedRuleWordsList)

const timedRuleWordsList = "clause window notice deadline cutoff charged refundable expire expires forfeit fees fee confirmation"
