package scoring

// Damage dated to the customer's keeping. "The hire car came back with a dent
// in the door", "the item arrived back scratched", "the scratch was already
// on the lid when you brought it in", "the car had a scratch when it came
// back", "the damage must have happened after delivery": the harm is placed
// in the time the thing was with the customer, so it is put on them. Damage
// said of something coming to the customer ("it arrived with a crack"),
// anything of ours in the clause and a step of ours in the sentence are not.

// cameBackDamaged reports a thing said to have come back to us with damage:
// "came back with a dent", "arrived back scratched", "was returned damaged".
func (az *analyzer) cameBackDamaged(c *clause) bool {
	if c.verb < 0 || c.neg || c.question || az.anyLexIn(c.lo, c.hi, lxAgent|lxOurDet) || az.weActInSentence(c) {
		return false
	}
	toks := az.tok.toks
	back := c.passive && toks[c.verb].id == idReturned
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

// alreadyDamagedWhenYouBrought reports damage said to be there when the
// thing changed hands from the customer: "the scratch was already on the lid
// | when you brought it in", "the car had a scratch on the bumper | when it
// came back".
func (az *analyzer) alreadyDamagedWhenYouBrought(c *clause) bool {
	if c.neg || c.question || !az.anyIn(c.lo, c.hi, damageNouns) || az.anyLexIn(c.lo, c.hi, lxAgent|lxOurDet) {
		return false
	}
	k := az.clauseIndex(c) + 1
	if k >= len(az.clauses) || az.tok.toks[az.clauses[k].lo].sent != az.tok.toks[c.lo].sent {
		return false
	}
	next := &az.clauses[k]
	if !next.temporal || next.neg {
		return false
	}
	switch {
	case next.actor == actCustomer:
		return az.clauseHasID(c, idAlready) // "already there when you brought it in"
	case next.lemma == "come" || next.lemma == "arrive":
		return az.clauseHasID(next, idBack) && !az.anyLexIn(next.lo, next.hi, lxAgent|lxOurDet) // "when it came back"
	}
	return false
}

// damagedWords say a thing came to harm: "scratched", "dented".
var damagedWords = idSetOf(damagedWordsList)

// Ids of "already" and "returned".
var idAlready, idReturned = wordID("already"), wordID("returned")

// damagedWordsList holds the words of damagedWords.
const damagedWordsList = "scratched dented cracked chipped scuffed marked stained damaged torn broken burnt bent smashed worn"

// A thing found so already. "That tyre was already soft when Dean collected
// the car", "the sofa had already been treated with some sort of spray",
// "the gift card balance was already spent", "you'd already used a promo
// code", "the staining was there before the cleaners ever arrived", "that
// gift card's already been redeemed": what went wrong was so before the
// company came to it, told in the past or done to it by no step of ours.
// "One payment has already been refunded" tells a step of ours, in the perfect;
// said with sorry, or of our own thing, it is not put on anyone.

// alreadySo reports a clause that tells, in the past, a thing or an act of
// the customer's side as already so, or there before (see above).
func (az *analyzer) alreadySo(c *clause) bool {
	perfectNotOurs := c.hasHave && c.passive && c.lists&stepList == 0 // "that gift card's already been redeemed"
	if !c.pastAux && !perfectNotOurs || c.neg || c.question && !az.afterPossibleFrame(c) || c.cond || c.temporal || c.actor == actAgent || az.ourInSubject(c) {
		return false // "is it possible | the mirror was already cracked?" asks it as a guess
	}
	f := az.flags[az.tok.toks[c.lo].sent]
	if az.sorry(c) || f.owned || !az.clauseHasID(c, idAlready) && !az.thereBefore(c) {
		return false
	}
	return !az.subjectHasLex(c, lxDeliverable) && !(c.lists&stepList != 0 && !c.passive) // not "the parcel had already left"
}

// afterPossibleFrame reports c right after "is it possible" or "is it
// likely": the question frames a guess, and c says what is guessed.
func (az *analyzer) afterPossibleFrame(c *clause) bool {
	toks := az.tok.toks
	return c.lo >= 2 && possibleWords.has(toks[c.lo-1].id) && toks[c.lo-2].id == idIt && toks[c.lo-1].sent == toks[c.lo].sent
}

// thereBefore reports "there before" in c, or "there" before a clause of
// when opened with "before": "the staining was there before they arrived".
func (az *analyzer) thereBefore(c *clause) bool {
	if c.verb >= 0 || c.comp >= c.hi || az.tok.toks[c.comp].id != idThere {
		return false
	}
	if c.comp+1 < c.hi && az.tok.toks[c.comp+1].id == idBefore {
		return true
	}
	k := az.clauseIndex(c) + 1
	return k < len(az.clauses) && az.clauses[k].temporal && az.tok.toks[az.clauses[k].lo].id == idBefore &&
		az.tok.toks[az.clauses[k].lo].sent == az.tok.toks[c.lo].sent
}
