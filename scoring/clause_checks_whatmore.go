package scoring

// whatMoreCouldWe reports the rhetorical "what more could we have done",
// asked or said: "what more could we have done?", "I'm not sure what more
// we could have done", "I don't know what else could have been done from
// our side". Nothing more to do on our side leaves the fault on theirs.
// Asked forward ("what more can we do for you?") it offers help.
func (az *analyzer) whatMoreCouldWe(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+4 < c.hi; i++ {
		if toks[i].id != idWhat || toks[i+1].id != idMore && az.markAt(i+1)&lxElse == 0 {
			continue
		}
		// the rest within five words: a "could" or "would", then "have done" or "have been done"
		for j := i + 2; j+1 < c.hi && j <= i+5; j++ {
			if az.lexAt(j)&(lxCan|lxWould) != 0 && az.lexAt(j)&lxCanItself == 0 && az.perfectDoneFrom(j+1, c.hi) {
				return true
			}
		}
	}
	return false
}

// perfectDoneFrom reports "have done" or "have been done" at i, maybe after
// a subject: "we have done", "have been done".
func (az *analyzer) perfectDoneFrom(i, hi int) bool {
	toks := az.tok.toks
	if i < hi && az.lexAt(i)&(lxAgent|lxI) != 0 {
		i++
	}
	if i+1 >= hi || az.tok.key(toks[i]) != "have" {
		return false
	}
	if az.tok.key(toks[i+1]) == "been" {
		i++
	}
	return i+1 < hi && az.tok.key(toks[i+1]) == "done"
}
