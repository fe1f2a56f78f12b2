package scoring

// The agent seeing why the customer went wrong: "our emails weren't clear,
// and I can see why you missed it", "it was buried at the bottom of a
// marketing email, so I can see why you missed it". Said of what they did
// ("missed", "thought", "went"), it sides with them, and nothing in the
// sentence is laid at their door. Said of how they feel ("I can see why
// you're upset") it is empathy, which leaves the blame beside it, as does a
// "but" after it ("I get why you're cross, though you did get three
// emails").

// seesWhyTheyErred reports, in c's sentence, the agent seeing why the
// customer did what they did, with no turn after it (see above).
func (az *analyzer) seesWhyTheyErred(c *clause) bool {
	toks := az.tok.toks
	s := az.tok.sents[toks[c.lo].sent]
	for i := s.tokLo + 1; i+2 < s.tokHi; i++ {
		if toks[i].id != idWhy || !seeWhyVerbs.has(toks[i-1].id) || az.lexAt(i+1)&lxCustomer == 0 {
			continue
		}
		if i >= 2 && az.lexAt(i-2)&lxNeg != 0 {
			return false // "I don't see why you didn't just read it": a reproach, not sympathy
		}
		if az.lexAt(i+1)&auxBits != 0 {
			return false // "why you're upset", "why you'd want to cancel": a feeling, or a wish
		}
		j := i + 2
		return (az.looksLikeVerb(j) || az.lexAt(j)&lxNeg != 0) && !az.anyIn(j, s.tokHi, turnAfterWords)
	}
	return false
}

// seeWhyVerbs see why the customer did it: "I can see why", "I get why";
// turnAfterWords turn from it to what they should have done: turnWords, and
// the concessive "though" and "although".
var (
	seeWhyVerbs    = idSetOf(seeWhyVerbsList)
	turnAfterWords = idSetOf(turnAfterWordsList)
)

const (
	seeWhyVerbsList    = "see understand get"
	turnAfterWordsList = turnWordsList + " though although"
)
