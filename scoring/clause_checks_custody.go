package scoring

// Damage dated to the customer's keeping. "The hire car came back with a dent
// in the door", "the item arrived back scratched", "the scratch was already
// on the lid when you brought it in", "the damage must have happened after
// delivery": the harm is placed in the time the thing was with the customer,
// so it is put on them. Damage said of something coming to the customer
// ("it arrived with a crack"), anything of ours in the clause and a step of
// ours in the sentence are not.

// cameBackDamaged reports a thing said to have come back to us with damage:
// "came back with a dent", "arrived back scratched", "was returned damaged".
func (az *analyzer) cameBackDamaged(c *clause) bool {
	if c.verb < 0 || c.neg || c.question || az.anyLexIn(c.lo, c.hi, lxAgent|lxOurDet) || az.weActInSentence(c) {
		return false
	}
	toks := az.tok.toks
	back := c.lemma == "return" && c.passive
	for i := c.verb + 1; i < c.hi && i <= c.verb+6; i++ {
		switch {
		case toks[i].id == idBack:
			back = true
		case !back:
		case damageNouns.has(toks[i].id) || damagedWords.has(toks[i].id):
			return true
		}
	}
	return false
}

// alreadyDamagedWhenYouBrought reports damage said to be there already when
// the customer handed the thing over: "the scratch was already on the lid |
// when you brought it in".
func (az *analyzer) alreadyDamagedWhenYouBrought(c *clause) bool {
	if c.neg || c.question || !az.clauseHasID(c, idAlready) {
		return false
	}
	lo, hi := c.subjectSpan()
	if !az.anyIn(lo, hi, damageNouns) {
		return false
	}
	k := az.clauseIndex(c) + 1
	if k >= len(az.clauses) {
		return false
	}
	next := &az.clauses[k]
	return next.temporal && next.actor == actCustomer && az.tok.toks[next.lo].sent == az.tok.toks[c.lo].sent
}

// damagedWords say a thing came to harm: "scratched", "dented".
var damagedWords = idSetOf(damagedWordsList)

// idAlready is the id of "already".
var idAlready = wordID("already")

// damagedWordsList holds the words of damagedWords.
const damagedWordsList = "scratched dented cracked chipped scuffed marked stained damaged torn broken burnt bent smashed"
