package scoring

// Parts of a subject that look like a verb but modify its noun: a participle
// with its own phrase ("the letters dated 2 May | were sent").

// auxAfterParticiple finds the main verb group after a participle that
// modifies the subject's noun: "the reminder letters dated 2 and 16 May |
// were sent", "the documentation requested on May 2 | was not provided". The
// participle at j is followed by a preposition, a number or an adverb (not an
// object, which would make it the verb: "the courier left the parcel"), then,
// within a few words and before any pause or joining word, an auxiliary that
// is not a subject of its own. It returns the auxiliary's token, or 0.
func (az *analyzer) auxAfterParticiple(c *clause, j int) int {
	toks := az.tok.toks
	if j+2 >= c.hi || toks[j].pause || !az.looksLikeVerb(j) || az.lexAt(j)&auxBits != 0 {
		return 0
	}
	next := az.lexAt(j + 1)
	if !toks[j+1].num && next&(lxPrep|lxAdverb) == 0 || next&(auxBits|lxDet|lxAgent|lxCustomer|lxThird|lxThing) != 0 {
		return 0
	}
	for k := j + 2; k < c.hi && k <= j+8; k++ {
		if toks[k-1].pause {
			return 0
		}
		b := az.lexAt(k)
		switch {
		case az.monthMay(k):
			// "requested on 2 May", "dated May 2": a date, not a modal
		case b&lxConj != 0 && toks[k-1].num && k+1 < c.hi && toks[k+1].num:
			// "dated 2 and 16 May": the dates are one phrase
		case b&(lxConj|lxSub|lxCond|lxAgent|lxCustomer|lxThird|lxThing) != 0 || toks[k].id == idAs:
			return 0 // "the parcel arrived at the depot and was scanned": a second predicate
		case b&(auxBits|lxNeg) != 0:
			return k // "were sent", "was not provided", "never arrived"
		case b == 0 && k > j+2 && az.looksLikeVerb(k) && az.lexAt(k-1)&lxDet == 0:
			return 0 // another past verb: the first one was the verb
		}
	}
	return 0
}

// monthMay reports "May" the month at i: written with a capital inside a
// sentence, after a preposition or a number, or before a number ("on 2 May",
// "in May", "May 16"), where "may" the modal never stands.
func (az *analyzer) monthMay(i int) bool {
	toks := az.tok.toks
	t := &toks[i]
	if az.tok.key(*t) != "may" || az.tok.text[t.start] != 'M' || i == 0 || toks[i-1].sent != t.sent {
		return false
	}
	return toks[i-1].num || az.lexAt(i-1)&lxPrep != 0 || i+1 < len(toks) && toks[i+1].num && toks[i+1].sent == t.sent
}

// auxAfterGerund finds the verb group after a gerund subject at i, which may
// hold pronouns and phrases of its own: "plugging it into that extension lead
// | is probably what blew it", "leaving the box on the step | was asking for
// trouble". The gerund opens the clause with nothing the lexicon knows; the
// verb group is an auxiliary, not a subject of its own, within eight words
// and before any pause or joining word. It returns the auxiliary's token, or 0.
func (az *analyzer) auxAfterGerund(c *clause, i int) int {
	toks := az.tok.toks
	k := az.tok.key(toks[i])
	if len(k) < 6 || k[len(k)-3:] != "ing" || az.lexAt(i) != 0 || toks[i].pause || i != c.headLo {
		return 0
	}
	for j := i + 1; j < c.hi && j <= i+8; j++ {
		if toks[j-1].pause {
			return 0
		}
		b := az.lexAt(j)
		switch {
		case b&(lxConj|lxSub|lxCond|lxAgent|lxCustomer|lxThird) != 0 || b&auxBits != 0 && b&lxThing != 0:
			return 0 // "looking at it we should have", "checking, it's": the -ing word opened a frame
		case b&auxBits != 0:
			return j
		}
	}
	return 0
}
