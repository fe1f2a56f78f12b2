package scoring

// Clause boundaries a writer leaves unmarked: a condition running into the
// clause it conditions without a comma ("if he binned the letters | that's
// hardly on us").

// mainAfterCondition reports a main clause opening at i inside a clause that
// began at lo with "if", "unless" or "when", with no comma between them: the
// condition has had its verb and something after it, and a subject holding
// its own auxiliary ("that's", "it's", "you'll") follows. After a verb of
// knowing or saying the pronoun opens what is known ("if you think it's
// wrong"), and the condition goes on.
func (az *analyzer) mainAfterCondition(lo, i int) bool {
	toks := az.tok.toks
	b := az.lexAt(i)
	if b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 || b&auxBits == 0 || b&lxDet != 0 || i < lo+4 {
		return false
	}
	open := lo
	if az.lexAt(open)&(lxConj|lxOpener) != 0 && az.lexAt(open)&(lxCond|lxSub) == 0 {
		open++ // "so if ...", "and when ..."
	}
	if az.lexAt(open)&(lxCond|lxTemporal) == 0 || toks[open].id == idWhether {
		return false
	}
	prev := az.lexAt(i - 1)
	if prev&(auxBits|lxPrep|lxConj|lxSub|lxNeg|lxCond) != 0 || az.markAt(i-1)&(lxReport|lxGuess) != 0 || toks[i-1].id == idThat {
		return false // "if it is | it's", "if you think it's", "if anything it's"
	}
	// The condition's own verb, then at least one word before i.
	for j := open + 2; j < i-1; j++ {
		if jb := az.lexAt(j); jb&auxBits != 0 && jb&lxBe == 0 || az.looksLikeVerb(j) || jb&lxBe != 0 && az.lexAt(j-1)&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) != 0 {
			return true
		}
	}
	for j := open + 1; j < i-1; j++ {
		if az.lexAt(j)&auxBits != 0 && az.lexAt(j)&(lxAgent|lxCustomer|lxThird|lxThing) != 0 {
			return true // "if it's gone from there | that's ..."
		}
	}
	return false
}

// idWhether is the id of "whether", which asks rather than conditions.
var idWhether = wordID("whether")

// skipHowPhrase passes over what "how" asks about before a question's
// auxiliary: "how many times | was the PIN typed in?", "how long | did you
// leave it?". It returns the token after the phrase, or i when there is none.
func (az *analyzer) skipHowPhrase(c *clause, i int) int {
	if i >= c.hi || i < 1 || az.tok.toks[i-1].id != idHow {
		return i
	}
	switch {
	case howDegrees.has(az.tok.toks[i].id):
		return i + 1 // "how long", "how often"
	case howAmounts.has(az.tok.toks[i].id):
		j := i + 1
		for ; j < c.hi && j <= i+2 && az.lexAt(j)&auxBits == 0 && !az.tok.toks[j-1].pause; j++ {
		}
		if j < c.hi && az.lexAt(j)&auxBits != 0 {
			return j // "how many times", "how much data"
		}
	}
	return i
}

// What "how" asks about: an amount of something, or a degree.
var (
	idHow      = wordID("how")
	howAmounts = idSetOf(howAmountsList)
	howDegrees = idSetOf(howDegreesList)
)

const (
	howAmountsList = "many much"
	howDegreesList = "long often soon come"
)
