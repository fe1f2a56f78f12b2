package scoring

// A "he" or "she" that takes up one of the company's own people named just
// before ("our driver | the way he spoke to you", "the plumber we sent didn't
// turn up. He works for us") is the company's side, not a third party: what
// that person did is ours to own, and telling it is no blame.

// takesUpOurPerson reports a clause read as a third party's whose subject is
// "he" or "she" (alone or inside its phrase, "the way he spoke"), when the
// nearest person named before it, in its sentence or the one before and
// within nearReach words, is one of ours: after "our" ("our driver"), or
// sent or hired by us ("the plumber we sent").
//
// Asked of every clause, it is only the test of a third party not named,
// small enough to be written out where it is asked; the subject is read by
// pronounTakesUpOurs.
func (az *analyzer) takesUpOurPerson(c *clause) bool {
	return c.actor == actThird && !c.named && az.pronounTakesUpOurs(c)
}

// pronounTakesUpOurs is takesUpOurPerson for a clause of a third party not
// named.
func (az *analyzer) pronounTakesUpOurs(c *clause) bool {
	lo, hi := c.subjectSpan()
	if !az.anyIn(lo, hi, singlePersonPronouns) || az.anyLexIn(lo, hi, lxThirdNoun|lxCompanyNoun) {
		return false
	}
	toks := az.tok.toks
	sent := toks[lo].sent
	for j := lo - 1; j >= 0 && j >= lo-nearReach && toks[j].sent+1 >= sent; j-- {
		if az.lexAt(j)&(lxThirdNoun|lxCompanyNoun) == 0 {
			continue
		}
		return j > 0 && az.lexAt(j-1)&lxOurDet != 0 || j+2 < len(toks) && az.lexAt(j+1)&lxAgent != 0 && hiredVerbs.has(toks[j+2].id)
	}
	return false
}

// singlePersonPronouns take up one person: "he", "she".
var singlePersonPronouns = idSetOf(singlePersonPronounsList)

const singlePersonPronounsList = "he she he's she's he'd she'd he'll she'll"
