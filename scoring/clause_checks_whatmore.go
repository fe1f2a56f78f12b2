package scoring

// whatMoreCouldWe reports the rhetorical "what more could we have done",
// asked or said: "what more could we have done?", "I'm not sure what more
// we could have done", "I don't know what else could have been done from
// our side". Nothing more to do on our side leaves the fault on theirs.
// Asked forward ("what more can we do for you?") it offers help.
func (az *analyzer) whatMoreCouldWe(c *clause) bool {
	if c.bag&(lxCan|lxWould) == 0 || c.bag&lxHave == 0 {
		return false // a modal and a "have" ("could've" is both) first: most clauses with either lack the other
	}
	toks := az.tok.toks
	for i := c.lo; i+4 < c.hi; i++ {
		if toks[i].id != idWhat || toks[i+1].id != idMore && az.markAt(i+1)&lxElse == 0 {
			continue
		}
		// the rest within five words: a "could" or "would", then "have done" or "have been done"
		for j := i + 2; j+1 < c.hi && j <= i+5; j++ {
			if az.lexAt(j)&(lxCan|lxWould) != 0 && az.lexAt(j)&lxCanItself == 0 && az.modalPerfectDone(j, c.hi) {
				return true
			}
		}
	}
	return false
}

// modalPerfectDone reports a modal at m with "have done" or "have been
// done" after it, maybe with a subject between: "could have done", "could
// we have done", "could have been done", "could've done".
func (az *analyzer) modalPerfectDone(m, hi int) bool {
	toks := az.tok.toks
	k := m + 1
	if az.lexAt(m)&lxHave == 0 {
		if k < hi && az.lexAt(k)&(lxAgent|lxI) != 0 && az.lexAt(k)&auxBits == 0 {
			k++ // "could we have done"
		}
		if k >= hi || az.tok.key(toks[k]) != "have" {
			return false
		}
		k++
	}
	if k < hi && az.tok.key(toks[k]) == "been" {
		k++
	}
	return k < hi && az.tok.key(toks[k]) == "done"
}
