package scoring

// The company's record with many others told against the customer's case:
// "we've shipped over three hundred of these this week and not one has come
// back damaged", "we've had hundreds of these go to the same postcode
// without a single problem". It compares them with everyone else, as "it
// works for everyone else" does, and the many shipped are no step taken for
// this customer.

// manyWentFine reports a clause of ours, done or done as a rule ("we deliver
// thousands of parcels a week without a problem"), that counts many of the same
// thing ("hundreds of these") and says none of them went wrong (see above).
func (az *analyzer) manyWentFine(c *clause) bool {
	if c.actor != actAgent || c.neg || c.aspect != aspDone && c.aspect != aspHabit && c.aspect != aspPresent || c.verb < 0 || c.question || c.cond {
		return false
	}
	at := az.manyOfAt(c.verb+1, c.hi)
	return at > 0 && az.noneWentWrongIn(at, c.hi) && !az.ourStepBesideTheAct(c) // "..., so I'll get yours sorted today" offers the others' luck
}

// manyOfTheSame reports a clause of ours that counts many of what it acted
// on ("we've shipped hundreds of these"): a record, no step for this
// customer.
func (az *analyzer) manyOfTheSame(c *clause) bool {
	return c.actor == actAgent && c.verb >= 0 && az.manyOfAt(c.verb+1, c.hi) > 0
}

// manyOfAt returns the token after a count of many and its "of" ("hundreds
// of", "over three hundred of", "thousands of"), from i, or 0.
func (az *analyzer) manyOfAt(i, hi int) int {
	toks := az.tok.toks
	for j := i; j+1 < hi && j <= i+3; j++ {
		if (manyPeople.has(toks[j].id) || manyCounts.has(toks[j].id)) && toks[j+1].id == idOf {
			return j + 2
		}
	}
	return 0
}

// noneWentWrongIn reports, from i, words that none of the many went wrong:
// "not one", "none", "not a single", "without a single problem", "no
// complaints", "never had one".
func (az *analyzer) noneWentWrongIn(i, hi int) bool {
	toks := az.tok.toks
	for j := i; j < hi; j++ {
		switch id := toks[j].id; {
		case id == idNone:
			return true
		case id == idNever && j+1 < hi && (toks[j+1].id == idHad || az.lexAt(j+1)&lxHave != 0):
			return true // "and never had one jam like that"
		case (id == idNot || id == idWithout) && j+1 < hi && (toks[j+1].id == idOne || toks[j+1].id == idA || toks[j+1].id == idAny):
			return true // "not one", "not a single", "without a single problem", "without any issues"
		case id == idNo && j+1 < hi && (troubleNouns.has(toks[j+1].id) || complaintNouns.has(toks[j+1].id)):
			return true // "no problems", "no complaints"
		case id == idWithout && j+2 < hi && (toks[j+1].id == idThis || toks[j+1].id == idThat) && toks[j+2].id == idHappening:
			return true // "without this happening"
		}
	}
	return false
}

// happeningWord ends "without this happening": no word of the phrase index
// holds it, so the lexicon interns it, or its id would be 0, as every
// unknown word's is.
const happeningWord = "happening"

// manyCounts count in hundreds without the plural: "three hundred of
// these"; complaintNouns are what none of the many brought back.
var (
	manyCounts     = idSetOf(manyCountsList)
	complaintNouns = idSetOf(complaintNounsList)
	idNone         = wordID("none")
	idHappening    = wordID(happeningWord) // interned with the lexicon (idSetLists)
	idA            = wordID("a")
	idAn           = wordID("an")
)

const (
	manyCountsList     = "hundred thousand loads lots heaps scores"
	complaintNounsList = "complaints complaint returns issues problems faults"
)
