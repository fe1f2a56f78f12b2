package scoring

// Acting against what the customer was told. "Your cat was given breakfast
// this morning despite the fasting instructions", "the heating was left off
// over the winter, contrary to the frost precautions condition", "you went
// ahead against our advice": what went wrong went against guidance they had.

// againstGuidance reports "despite", "contrary to" or "against" and then,
// within a few words, guidance the customer was given, in a clause that is
// not our own act.
func (az *analyzer) againstGuidance(c *clause) bool {
	if c.actor == actAgent || c.question || c.cond || az.ourInSubject(c) {
		return false
	}
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		id := toks[i].id
		if id != idDespite && id != idAgainst && !(id == idContrary && toks[i+1].id == idTo) {
			continue
		}
		for j := i + 1; j < c.hi && j <= i+5; j++ {
			if guidanceNouns.has(toks[j].id) {
				return true
			}
		}
	}
	return false
}

// guidanceNouns are what the customer is given to go by.
var guidanceNouns = idSetOf(guidanceNounsList)

const guidanceNounsList = "instructions instruction advice warning warnings guidance condition conditions recommendation recommendations"

// Ids of the words that set an act against guidance.
var idDespite, idAgainst, idContrary = wordID("despite"), wordID("against"), wordID("contrary")
