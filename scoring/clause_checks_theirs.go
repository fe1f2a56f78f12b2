package scoring

// Putting the company at a third party's mercy. "We're at the mercy of the
// courier here", "the council dug up the road, and we're at their mercy":
// the outcome is said to rest with someone else. The customer's say ("we're
// at your mercy on dates") and "it depends on the supplier", which only says
// what a plan needs, are not this.

// atTheirMercy reports "at the mercy of" a third party, or "at their
// mercy", in c (see above).
func (az *analyzer) atTheirMercy(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo + 1; i < c.hi; i++ {
		if toks[i].id != idMercy {
			continue
		}
		switch {
		case az.lexAt(i-1)&lxTheirs != 0 || toks[i-1].lex&lxThirdNoun != 0:
			return true // "at their mercy", "at the courier's mercy"
		case i+2 < c.hi && toks[i+1].id == idOf:
			return az.lexAt(i+2)&(lxThird|lxTheirs) != 0 || az.thirdPartyWithin(i+2, c.hi) // "at the mercy of the courier"
		}
	}
	return false
}

// thirdPartyWithin reports a third party's noun within a determiner and two
// words from i: "the courier", "the local council".
func (az *analyzer) thirdPartyWithin(i, hi int) bool {
	for j := i; j < hi && j <= i+2; j++ {
		if az.tok.toks[j].lex&lxThirdNoun != 0 {
			return true
		}
	}
	return false
}

// idMercy is the id of "mercy".
var idMercy = wordID("mercy")
