package scoring

// Defending the company's side by saying it did what it should. "The system
// did exactly what it should", "we are satisfied that the meter was read
// correctly", "the box was left exactly where you asked for it to be left",
// "we followed the delivery note to the letter": each answers a complaint by
// saying nothing went wrong on our side, which leaves the fault with the
// customer or someone else. A step done for the customer now ("I've moved it
// exactly as you asked", "it's set up properly this time") is a remedy, and
// the customer doing it right ("you entered it correctly") clears them; the
// rows leave both out.

// doneAsItShould reports a clause of the company's side, or of a thing or a
// third party, told as done the way it should be (see above).
func (az *analyzer) doneAsItShould(c *clause) bool {
	if c.yourThing || c.hasHave && !c.pastAux || c.comp >= c.hi || az.weActInSentence(c) {
		return false // "your form was filled in correctly" clears them; "has been set up properly" is news
	}
	toks := az.tok.toks
	rightly := false
	for i := c.comp; i < c.hi; i++ {
		id := toks[i].id
		switch {
		case remedyTimes.has(id):
			return false // "it was fitted properly this time": the time before, it was not
		case rightlyWords.has(id):
			rightly = true
		case id == idLetter && i >= c.comp+2 && toks[i-1].id == idThe && toks[i-2].id == idTo:
			rightly = true // "to the letter"
		case asItShould.has(id) && !rightly:
			rightly = az.asItShouldAt(i+1, c.hi)
		}
	}
	return rightly
}

// asItShouldAt reports, just after "as", "what", "where" or "exactly", the
// words that say it was meant so: "as it should", "what it was designed to",
// "where you asked", "exactly as your note said".
func (az *analyzer) asItShouldAt(i, hi int) bool {
	toks := az.tok.toks
	yours := false
	for j := i; j < hi && j < i+4; j++ {
		id := toks[j].id
		switch {
		case toks[j-1].pause:
			return false
		case id == idYou || id == idYour:
			yours = true
		case meantWords.has(id):
			return true // "as it should", "as designed", "as intended"
		case yours && askedWords.has(id):
			return true // "where you asked", "as your note said"; not "as I said"
		}
	}
	return false
}

// rightlyWords say an act was done right; remedyTimes say it is done right
// now, after it was not.
var (
	rightlyWords = idSetOf(rightlyWordsList)
	remedyTimes  = idSetOf(remedyTimesList)
	asItShould   = idSetOf(asItShouldList)
	meantWords   = idSetOf(meantWordsList)
	askedWords   = idSetOf(askedWordsList)
)

const (
	rightlyWordsList = "correctly properly accurately"
	remedyTimesList  = "now again time today"
	asItShouldList   = "as what where exactly"
	meantWordsList   = "should designed intended programmed configured"
	askedWordsList   = "asked requested instructed told said specified chose wanted"
)

// idLetter is the id of "letter" ("to the letter").
var idLetter = wordID("letter")
