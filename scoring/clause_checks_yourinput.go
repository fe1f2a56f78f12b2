package scoring

// What the customer gave us, named by their own relative clause, said to
// be another one than it should: "the claim reference you've been quoting
// belongs to a completely different policy", "the postcode you entered
// matches an old address". Their input, not ours, was wrong.

// yourInputIsAnother reports a thing's clause whose subject is a detail of
// the customer's ("the reference you've been quoting", "the address you
// gave") and whose words after the verb hold "wrong", "different", "old"
// or "another".
func (az *analyzer) yourInputIsAnother(c *clause) bool {
	if c.neg || c.question || c.cond || c.verb < 0 || c.subj < 0 || !az.subjectHasNoun(c, inputNouns) {
		return false
	}
	if lo, hi := c.subjectSpan(); !az.anyLexIn(lo, hi, lxCustomer) || az.anyLexIn(lo, hi, lxAgent|lxOurDet|lxOurs) {
		return false // "the code we sent you" is ours
	}
	return az.anyLexIn(c.comp, c.hi, lxWrong) || az.anyIn(c.comp, c.hi, otherOnes)
}
