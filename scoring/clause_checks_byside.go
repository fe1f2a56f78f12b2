package scoring

// A thing not done right by the customer or by a party of theirs, told in
// the passive with its doer named: "the machine wasn't levelled properly by
// your fitter", "the form wasn't filled in correctly by the applicant". The
// trouble is laid at whoever did it. Not done right by us ("wasn't fitted
// properly by our engineer") is ours, and read by the rows of owning.

// notDoneRightBy reports a negated passive with "properly", "correctly" or
// "accurately" after its verb and a doer of the customer's side or a third
// party (see above).
func (az *analyzer) notDoneRightBy(c *clause) bool {
	if !c.passive || !c.neg || c.verb < 0 || c.question || c.cond || c.byWho != actCustomer && c.byWho != actThird {
		return false
	}
	return az.anyIn(c.verb+1, c.hi, rightlyWords)
}
