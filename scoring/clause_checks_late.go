package scoring

// The customer late: "you were 20 minutes late", "you paid late", "you
// sent the form in late", "you got here late". Told plainly, their lateness
// is the trouble's cause; "late" before a noun ("you paid the late fee")
// names a thing, not their timing.

// youWereLate reports "late" after the verb of a clause of the customer's
// own, said as done, and not before a noun ("a refund for late delivery").
func (az *analyzer) youWereLate(c *clause) bool {
	if c.actor != actCustomer || c.neg || c.question || c.cond || c.comp >= c.hi || c.passive || c.lists&listSay != 0 {
		return false // "you were kept late", "you said it came late": done to them, or their account
	}
	toks := az.tok.toks
	for i := c.comp; i < c.hi; i++ {
		if toks[i].id != idLate {
			continue
		}
		return i+1 >= c.hi || toks[i].pause || !az.nounAt(i+1) && az.lexAt(i+1)&nounBits == 0
	}
	return false
}
