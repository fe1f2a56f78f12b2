package scoring

// followedTheirInput reports a step of ours, done, said to follow what the
// customer gave us: "we played exactly what was on the playlist you sent
// across", "we translated exactly what was in the source file you sent",
// "we built it to the measurements you gave us". It insists the fault is in
// what they gave. A remedy done to what they paid ("I've refunded exactly
// what you paid"), a step still to come, or one said with sorry is not.
func (az *analyzer) followedTheirInput(c *clause) bool {
	if c.actor != actAgent || c.aspect != aspDone || c.neg || c.question || c.cond || c.verb < 0 || remedyVerbs[c.lemma] ||
		c.hasHave && c.lists&stepList != 0 {
		return false // "I've sent the new card to the address you gave us" is a step just taken
	}
	return az.theyGaveItIn(c, c.verb+1)
}

// reasonIsTheirInput reports a "because" or "since" clause that gives what
// the customer gave us as the reason: "the refund went to the card ending
// 4471 because that's the one you gave us".
func (az *analyzer) reasonIsTheirInput(c *clause) bool {
	if !c.causal || c.neg || c.question || c.cond || az.weDoSomething(c) || az.sentenceHasOurStep(c) {
		return false // "since you chose express, I've refunded the difference": the reason for our help
	}
	return az.theyGaveItIn(c, c.lo+1)
}

// theyGaveItIn reports, in c from token lo, the customer and then a verb of
// giving us what we work from ("you sent", "you'd given us"), in a
// sentence that neither apologises nor owns.
func (az *analyzer) theyGaveItIn(c *clause, lo int) bool {
	toks := az.tok.toks
	for j := lo; j+1 < c.hi; j++ {
		if az.lexAt(j)&lxCustomer == 0 || az.lexAt(j)&lxDet != 0 {
			continue
		}
		k := j + 1
		if az.lexAt(k)&(lxHave|lxWould) != 0 && k+1 < c.hi {
			k++ // "the file you'd sent", "the sizes you had given us"
		}
		if givenToUs[lemma(az.tok.key(toks[k]))] && az.looksLikeVerb(k) {
			f := az.flags[toks[c.lo].sent]
			return !az.sorry(c) && !f.owned
		}
	}
	return false
}

// givenToUs are what the customer does to give us what we work from.
var givenToUs = wordSet("send give supply provide sign approve pick choose tick enter type select order submit upload write specify fill")

// remedyVerbs put money back: done to what the customer paid, they follow
// nothing of theirs that went wrong.
var remedyVerbs = wordSet("refund credit reimburse compensate pay waive honour honor match")
