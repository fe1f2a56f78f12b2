package scoring

// What a pet did to a thing is damage by its nature: "the dog's clearly had
// a go at the cable", "ur dog's dug up the new turf again", "by the look of
// that heel, your dog's had a good chew on it". No agent brings up a pet of
// the company's, so the pet, and the harm, are the customer's side. What a
// pet did to its own things ("your dog chased his ball") and any sentence
// that takes a step of ours are no blame.

// petActedOnThing reports a pet as the subject of an active, affirmed act,
// done or under way ("the puppy's been chewing the skirting"), on a thing
// named after the verb.
func (az *analyzer) petActedOnThing(c *clause) bool {
	if c.neg || c.passive || c.question || c.aspect != aspDone && c.aspect != aspNow || c.verb < 0 || az.weActInSentence(c) {
		return false
	}
	lo, hi := c.subjectSpan()
	if !az.idOrBaseIn(lo, hi, petWords) {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi; i++ {
		switch {
		case petsOwn.has(toks[i].id):
			return false // "chased his ball", "chewed her own lead"
		case toks[i].id == idIt || az.lexAt(i)&lxDet != 0 || az.markAt(i)&lxYour != 0:
			return true // "had a go at the cable", "had a good chew on it"
		}
	}
	return false
}

var (
	// petWords name a household's animals.
	petWords = idSetOf(petWordsList)
	// petsOwn are the words that make a thing the pet's own.
	petsOwn = idSetOf(petsOwnList)
)

const (
	petWordsList = "dog dogs cat cats puppy puppies kitten kittens pet pets"
	petsOwnList  = "his her its their own"
)
