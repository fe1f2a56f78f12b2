package scoring

// byThemNotBy reports a passive done by another party, set against one
// that did not do it: "the heating was switched off by the contractors the
// landlord brought in, not by the hotel". Naming who did it and who did not
// puts the fault on the one named, whatever the act was.
func (az *analyzer) byThemNotBy(c *clause) bool {
	if !c.passive || c.byWho != actThird || c.neg || c.question || c.verb < 0 {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 2; i+1 < c.hi; i++ {
		if toks[i].id == idNot && toks[i+1].id == idBy {
			return true
		}
	}
	return false
}
