package scoring

import "strings"

// A cause named, and ours set aside after "not". "It's the fuse board in
// your house tripping, not the oven we supplied", "the breakdown's down to
// its age, not the service we did last month", "that's your old plumbing
// not anything I've done today", "that's investment risk, not an error by
// the platform": the clause says what is to blame and, in the same breath,
// that it is nothing of ours.

// ourPartSetAside reports a clause of be, said plainly, whose complement
// names a cause of the customer's side, a third party's, or one told just
// before it, and then, after "not", something of ours or a fault: "not the
// oven we supplied", "not an error by the platform".
func (az *analyzer) ourPartSetAside(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.cond || c.comp < c.lo {
		return false
	}
	toks := az.tok.toks
	for i := c.comp + 1; i+1 < c.hi; i++ {
		if toks[i].id != idNot {
			continue
		}
		if az.anyLexIn(c.comp, i, lxAgent|lxOurDet|lxOurs) || !az.oursAfterNot(i+1, c.hi) {
			return false // "that's our fault, not yours", "it's the 14th, not the 15th"
		}
		return az.anyLexIn(c.comp, i, lxCustomer|lxThird|lxThirdNoun) || az.anyMarkIn(c.comp, i, lxYour|lxCause) ||
			az.causeToldBefore(c)
	}
	return false
}

// oursAfterNot reports, at j just after "not", something of ours ("our
// oven", "us"), a thing we did or supplied ("the oven we supplied",
// "anything I've done"), or a fault or error ("an error by the platform").
func (az *analyzer) oursAfterNot(j, hi int) bool {
	if az.lexAt(j)&(lxAgent|lxOurDet|lxOurs|lxI) != 0 {
		return true
	}
	for k := j + 1; k < hi && k <= j+ourDeedReach; k++ {
		if az.lexAt(k)&(lxAgent|lxI|lxOurDet) != 0 {
			return true // "the service we did", "anything I've done today"
		}
	}
	return az.lexAt(j)&lxDet != 0 && j+1 < hi && az.lexAt(j+1)&lxFaultNoun != 0
}

// ourDeedReach is how far after "not" the "we" or "I" of a thing we did
// or supplied is looked for: "not the boiler service we did".
const ourDeedReach = 3

// causeToldBefore reports a clause before c in its sentence, not of ours,
// that gives a cause, tells trouble, or tells what the customer's own did.
func (az *analyzer) causeToldBefore(c *clause) bool {
	ci := az.clauseIndex(c)
	sent := az.tok.toks[c.lo].sent
	for k := ci - 1; k >= 0 && az.tok.toks[az.clauses[k].lo].sent == sent; k-- {
		d := &az.clauses[k]
		if d.actor != actAgent && (d.causal || az.troubled(d) || d.verb >= 0 && d.subj >= 0 && az.markAt(d.subj)&lxYour != 0) {
			// "because markets fell", "the NHS spine was down", "your little one's had a chew on it"
			return true
		}
	}
	return false
}

// faultDeniedAfterCause reports a fault denied, "that's not a fault", "it
// wasn't a fault at this branch", "it isn't anything from the surgery",
// after a clause of its sentence that tells the cause: what the customer's
// side or another party did. The cause told, the denial lays the trouble
// on it; a fault denied of the customer ("not a fault on your part") clears
// them.
func (az *analyzer) faultDeniedAfterCause(c *clause) bool {
	if c.verb >= 0 || !c.neg || c.question || c.cond || !az.pronounSubject(c) {
		return false
	}
	toks := az.tok.toks
	j := max(c.comp, c.lo)
	for j < c.hi && az.lexAt(j)&(lxNeg|lxAdverb) != 0 {
		j++ // "that's | not | really a fault"
	}
	if j+1 >= c.hi || az.anyLexIn(j, c.hi, lxCustomer|lxAgent|lxOurDet) || az.anyMarkIn(j, c.hi, lxYour) {
		return false // "not a fault on your part", "not our fault" (its own row)
	}
	if !(az.lexAt(j)&lxDet != 0 && az.lexAt(j+1)&lxFaultNoun != 0 || anyThing.has(toks[j].id) && toks[j+1].id == idFrom) {
		return false
	}
	return az.causeToldBefore(c)
}

// possessorsFault reports a clause of be, said plainly, whose complement is
// someone's fault or mess: "that's housekeeping's fault", "the heating is
// facilities' mess". The possessor is neither ours nor the customer's
// ("your fault" has its own row), the company ("the company's
// responsibility") nor no one ("nobody's fault").
func (az *analyzer) possessorsFault(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.cond || c.comp < c.lo {
		return false
	}
	toks := az.tok.toks
	i := c.comp
	for i < c.hi && (toks[i].id == idThe || az.lexAt(i)&lxAdverb != 0) {
		i++ // "that's all the courier's doing", "it's entirely their fault"
	}
	if i+1 >= c.hi || az.lexAt(i+1)&lxFaultNoun == 0 || !az.possessiveAt(i) {
		return false
	}
	return az.lexAt(i)&(lxAgent|lxOurDet|lxOurs|lxCustomer|lxNeg|lxCompanyNoun) == 0 && az.markAt(i)&lxYour == 0 && !noOne.has(toks[i].base)
}

// possessiveAt reports a possessive at i: "housekeeping's", or a plural's
// apostrophe, "facilities'".
func (az *analyzer) possessiveAt(i int) bool {
	t := az.tok.toks[i]
	if endsInApostropheS(az.tok.key(t)) {
		return true
	}
	end := t.end
	return end < len(az.tok.text) && (az.tok.text[end] == '\'' || strings.HasPrefix(az.tok.text[end:], "’"))
}
