package scoring

// Finding no fault on our side. "Our engineer found no fault on the line",
// "having reviewed the case, we find no evidence of an error on our part",
// "no fault was found with the meter", "there is no indication that our
// staff acted improperly": the finding denies the company's fault. A finding
// about the customer ("there's no sign you did anything unusual") clears
// them, and "no sign of the parcel" finds no fault at all.

// foundNoFault reports a finding of no fault that is not about the customer
// (see above).
func (az *analyzer) foundNoFault(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if toks[i].id != idNo && toks[i].id != idNothing {
			continue
		}
		end, ok := az.noFaultAt(i, c.hi)
		if !ok || !az.findingIn(c) || az.customerWithin(end, c.hi) {
			continue
		}
		return !az.weActInSentence(c)
	}
	return false
}

// noFaultAt reports, at "no" or "nothing" at i, a fault denied: "no fault",
// "no evidence of an error", "nothing to suggest it was wrong". It returns
// where the rest of the phrase starts.
func (az *analyzer) noFaultAt(i, hi int) (int, bool) {
	toks := az.tok.toks
	for j := i + 1; j < hi && j <= i+2; j++ {
		switch id := toks[j].id; {
		case noFaultNouns.has(id) || az.lexAt(j)&lxFaultNoun != 0:
			return j + 1, true // "no fault", "no error"
		case findingNouns.has(id), id == idSuggest:
			return j + 1, az.wrongAfter(j+1, hi) // "no evidence of an error", "nothing to suggest it was wrong"
		}
	}
	return 0, false
}

// wrongAfter reports a word of fault or wrongness within six words from i.
func (az *analyzer) wrongAfter(i, hi int) bool {
	for j := i; j < hi && j <= i+6; j++ {
		if az.lexAt(j)&(lxWrong|lxFaultNoun) != 0 || amissWords.has(az.tok.toks[j].id) || improperWords.has(az.tok.toks[j].id) {
			return true
		}
	}
	return false
}

// findingIn reports a verb of finding, or "there is", in c: "found",
// "identified", "there's no indication".
func (az *analyzer) findingIn(c *clause) bool {
	for i := c.lo; i < c.hi; i++ {
		if findingVerbs.has(az.tok.toks[i].id) || az.tok.toks[i].id == idThere || az.tok.toks[i].id == idThereS {
			return true
		}
	}
	return false
}

// customerWithin reports the customer within six words from i: "no sign you
// did anything unusual", "no fault on your part".
func (az *analyzer) customerWithin(i, hi int) bool {
	for j := i; j < hi && j <= i+6; j++ {
		if az.tok.toks[j].lex&(lxCustomer|lxYour) != 0 {
			return true
		}
	}
	return false
}

// noFaultNouns are faults found or not; findingNouns need a fault after
// them; improperWords say it was done wrong; findingVerbs find.
var (
	noFaultNouns  = idSetOf(noFaultNounsList)
	findingNouns  = idSetOf(findingNounsList)
	improperWords = idSetOf(improperWordsList)
	findingVerbs  = idSetOf(findingVerbsList)
)

const (
	noFaultNounsList  = "fault faults error errors problem problems defect defects"
	findingNounsList  = "evidence indication sign signs"
	improperWordsList = "improperly incorrectly wrongly"
	findingVerbsList  = "found find finds identified detected shows show showed revealed reveals confirms confirmed"
)

// Ids of "nothing", "suggest" and "there".
var idNothing, idSuggest, idThere = wordID("nothing"), wordID("suggest"), wordID("there")
