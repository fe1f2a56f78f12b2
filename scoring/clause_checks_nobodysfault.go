package scoring

// "It's nobody's fault", "the hurricane was nobody's fault", "it's no
// one's doing": a fault denied of everyone, ours with it. Said of a
// trouble, it takes the fault off the company as "not our fault" does;
// "nobody's fault but ours" owns it, and said beside a step of ours ("and
// I'll sort it now") it reassures.

// nobodysFault reports a possessive of no one before a word of fault,
// "nobody's fault", "no one's doing", in a sentence where we take no step.
func (az *analyzer) nobodysFault(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		t := &toks[i]
		if !t.apos || az.lexAt(i+1)&lxFaultNoun == 0 {
			continue
		}
		if nobodyWords.has(t.base) || t.base == idOne && i > c.lo && toks[i-1].id == idNo {
			// "nobody's fault but ours" owns it; "that's nobody's fault, and I'll sort it now" is said to
			// reassure, with the help (the sentence is read last: it costs the most)
			return !az.butOursAfter(i+2, c.hi) && !az.weActInSentence(c)
		}
	}
	return false
}

// butOursAfter reports "but" and our side at i: "but ours", "but mine",
// "but us".
func (az *analyzer) butOursAfter(i, hi int) bool {
	return i+1 < hi && az.tok.key(az.tok.toks[i]) == "but" && az.lexAt(i+1)&(lxOurs|lxAgent) != 0
}
