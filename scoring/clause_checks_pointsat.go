package scoring

// What the customer was given, pointed at with "it": "it's in the terms you
// ticked: cosmetic damage isn't covered", "it says on the order page, in
// bold, that engraving is final once started", "it's printed on the back of
// the ticket that late arrivals wait for the interval", "we aren't liable
// for self-assembly damage, it's in the terms". The rule was there for them
// to read. Said beside good news ("it's in the terms that you can cancel
// free"), a step of ours, an apology, or with nothing of the rule told, it
// points at nothing held against them.

// pointsAtTheirDocument reports c as "it" set in or on a document of the
// customer's, with the rule it holds told after it ("that ...", or after a
// colon) or before it in the sentence as a refusal.
func (az *analyzer) pointsAtTheirDocument(c *clause) bool {
	if c.question || c.cond || c.neg || c.subj < 0 || c.subj != c.headLo || !az.cleftIt(c.subj) {
		return false
	}
	if c.verb >= 0 && (!c.passive || !c.lemmaIn(pointingVerbs)) || !az.docPlaceIn(max(c.verb+1, c.comp), c.hi) {
		return false // "it says on the box" is saidSo's
	}
	s := az.tok.toks[c.lo].sent
	if f := az.flags[s]; az.sorry(c) || f.owned || az.weDoSomething(c) {
		return false
	}
	return az.ruleToldAfter(c) || az.refusedBefore(c)
}

// docPreps set a rule in or on a document: "on the ticket", "across the
// back of the ticket", "in the pack".
var docPreps = idSetOf("in on across inside")

// pointingVerbs say, in the passive, where a rule is written: "it's
// printed", "it's spelled out".
var pointingVerbs = lemmaSetOf("say state print write show spell set explain mention")

// docPlaceIn reports "in" or "on", then a document within three words,
// between lo and hi: "in the terms", "on your confirmation", "on the back of
// the ticket", "in bold on the order page".
func (az *analyzer) docPlaceIn(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i+1 < hi && i < lo+6; i++ {
		if !docPreps.has(toks[i].id) {
			continue
		}
		det := false // "on the order page", "on your booking confirmation": a determiner, then the document within three words
		for j := i + 1; j < hi && j <= i+5; j++ {
			if az.lexAt(j)&(lxDet|lxOurDet) != 0 || toks[j].id == idYour {
				det = true
				continue
			}
			if det && (az.tokenIn(&docNouns, j) || documentNouns.has(toks[j].id)) {
				return true
			}
		}
	}
	return false
}

// ruleToldAfter reports the rule c's document holds, told after it: in the
// clause after c, in its sentence, opened with "that" or after a colon, or
// after a "that" inside c. The rule must not be good news: "cosmetic damage
// isn't covered" denies what it names, "you can cancel free" gives.
func (az *analyzer) ruleToldAfter(c *clause) bool {
	ci := az.clauseIndex(c)
	toks := az.tok.toks
	lo, hi := az.thatInside(c), c.hi
	if lo < 0 {
		if ci+1 >= len(az.clauses) {
			return false
		}
		d := &az.clauses[ci+1]
		if toks[d.lo].sent != toks[c.lo].sent || toks[d.lo].id != idThat && !toks[d.lo-1].colon {
			return false
		}
		lo, hi = d.lo, d.hi
	}
	if az.anyLexIn(lo, hi, lxNeg) {
		return true
	}
	return !az.anyIn(lo, hi, goodNews) && !az.anyLexIn(lo, hi, lxEntitles)
}

// thatInside returns the token after a "that" inside c, after its
// document, that opens the rule the clause reader left in c ("it's printed
// on the ticket that | late arrivals wait"), or -1.
func (az *analyzer) thatInside(c *clause) int {
	for i := max(c.verb+1, c.comp); i+1 < c.hi; i++ {
		if az.tok.toks[i].id == idThat && az.finiteVerbWithin(i+2, 5) {
			return i + 1
		}
	}
	return -1
}

// refusedBefore reports a clause before c in its sentence that refuses or
// denies: "we aren't liable for self-assembly damage, | it's in the terms".
func (az *analyzer) refusedBefore(c *clause) bool {
	return az.earlierInSentence(c, limitReach, func(d *clause) bool { return d.neg && d.actor != actCustomer || az.refusedOutright(d) }) != nil
}
