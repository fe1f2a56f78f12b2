package scoring

// What a pet did to a thing is damage by its nature: "the dog's clearly had
// a go at the cable", "ur dog's dug up the new turf again", "by the look of
// that heel, your dog's had a good chew on it". No agent brings up a pet of
// the company's, so the pet, and the harm, are the customer's side. What a
// pet did to its own things ("your dog chased his ball") and any sentence
// that takes a step of ours are no blame.

// petActedOnThing reports a pet as the subject of an active, affirmed act,
// done or under way ("the puppy's been chewing the skirting"), on a thing
// named after the verb; "has been at" a thing is such an act ("your dog's
// been at the hose reel"). Care it was given ("had the procedure") is not.
func (az *analyzer) petActedOnThing(c *clause) bool {
	// "your dog's been at the hose reel", and typed "your dogs been at it"
	beenAt := c.verb < 0 && c.comp > c.lo && az.tok.toks[c.comp-1].id == idBeen && az.beenAtAThing(c)
	if c.neg || c.passive || c.question || c.aspect != aspDone && c.aspect != aspNow && !beenAt || c.verb < 0 && !beenAt || az.weActInSentence(c) {
		return false
	}
	lo, hi := c.subjectSpan()
	if !az.idOrBaseIn(lo, hi, petWords) {
		return false
	}
	toks := az.tok.toks
	lo = max(c.verb+1, c.comp)
	if az.anyIn(lo, c.hi, careNouns) {
		return false // "had the procedure on Monday", "got her jab": care the pet was given, no act of its own
	}
	for i := lo; i < c.hi; i++ {
		switch {
		case petsOwn.has(toks[i].id):
			return false // "chased his ball", "chewed her own lead"
		case toks[i].id == idIt || az.lexAt(i)&lxDet != 0 || az.markAt(i)&lxYour != 0:
			return true // "had a go at the cable", "had a good chew on it"
		}
	}
	return false
}

// beenAtAThing reports "at", a determiner and a thing no pet is taken to,
// after c's "been": "been at the cable", not "been at the vet" nor "been at
// home".
func (az *analyzer) beenAtAThing(c *clause) bool {
	toks := az.tok.toks
	i := c.comp
	if i+2 >= c.hi || toks[i].id != idAt || az.lexAt(i+1)&lxDet == 0 {
		return false
	}
	for j := i + 2; j < c.hi && j <= i+3; j++ {
		if petPlaces.has(toks[j].id) {
			return false
		}
	}
	return true
}

// careNouns are care a pet is given: "had the procedure", "got his jab".
var careNouns = idSetOf(careNounsList)

const careNounsList = "procedure operation surgery vaccination vaccinations jab jabs injection injections treatment checkup appointment scan groom dental op"

var (
	// petPlaces are where a pet is taken or kept: "been at the vet".
	petPlaces = idSetOf(petPlacesList)
	// petWords name a household's animals.
	petWords = idSetOf(petWordsList)
	// petsOwn are the words that make a thing the pet's own.
	petsOwn = idSetOf(petsOwnList)
)

const (
	petWordsList  = "dog dogs cat cats puppy puppies kitten kittens pet pets"
	petPlacesList = "vet vets vet's kennel kennels groomer groomers groomer's park beach daycare sitter's house home"
	petsOwnList   = "his her its their own"
)
