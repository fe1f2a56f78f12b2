package scoring

// The customer late: "you were 20 minutes late", "you paid late", "you
// sent the form in late", "you got here late", "you were late sending it". Told plainly, their lateness
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
		return i+1 >= c.hi || toks[i].pause || az.lateDoing(i+1, c) || !az.nounAt(i+1) && az.lexAt(i+1)&nounBits == 0
	}
	return false
}

// lateDoing reports an -ing verb at i taking its object, after "late": "you
// were late sending the form", "late returning it". Before a noun the -ing
// word names a thing: "the late booking fee".
func (az *analyzer) lateDoing(i int, c *clause) bool {
	if !az.ingAt(i, c) {
		return false
	}
	return i+1 >= c.hi || az.tok.toks[i].pause || az.lexAt(i+1)&(lxDet|lxOurDet|lxThing|lxAgent|lxThird|lxPrep) != 0 || az.markAt(i+1)&lxYour != 0
}
