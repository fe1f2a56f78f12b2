package scoring

// Using more than the norm. "You've used twice as much gas as last winter",
// "your usage is three times the average for a home your size", "your
// consumption has doubled since March": the bill is answered with the
// customer's own use, set against what is usual or against before. A rise
// we caused, or are sorry for, or that we act on in the sentence, is not.

// usedMore reports such a clause (see above).
func (az *analyzer) usedMore(c *clause) bool {
	if c.question || c.cond || c.neg {
		return false
	}
	switch {
	case c.actor == actCustomer && c.lemmaIn(usingVerbs):
		// "you've used twice as much gas", "you're using three times as much water"
	case az.subjectHas(c, usageNouns) && az.yourSide(c):
		if c.lemmaIn(risingVerbs) && !az.causeAfterIsOurs(c) {
			break // "your consumption has doubled since March"
		}
		if c.verb >= 0 {
			return false
		}
		// "your usage is three times the average", "well above average"
	default:
		return false
	}
	if !c.lemmaIn(risingVerbs) && !az.moreThanTheNorm(c) {
		return false
	}
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.helpInSentence(c)
}

// moreThanTheNorm reports a measure above another after c's verb: "twice
// as much", "three times the average", "far more than", "above average".
func (az *analyzer) moreThanTheNorm(c *clause) bool {
	toks := az.tok.toks
	for i := c.comp; i < c.hi; i++ {
		switch id := toks[i].id; {
		case id == idTwice || id == idTimes && i > c.comp || id == idAbove && i+1 < c.hi && toks[i+1].id == idAverage:
			return true
		case id == idMore && az.idIn(idThan, i+1, min(i+5, c.hi)):
			return true
		case doubledWords.has(id):
			return true
		}
	}
	return false
}

// causeAfterIsOurs reports a "because" clause after c that names our side:
// "your usage went up because our meter was faulty".
func (az *analyzer) causeAfterIsOurs(c *clause) bool {
	d := az.nextInSentence(c)
	return d != nil && d.causal && (az.ourInSubject(d) || d.actor == actAgent)
}

// usingVerbs use up what is billed; usageNouns name it; risingVerbs say it
// went up; doubledWords measure it against before.
var (
	usingVerbs   = lemmaSetOf("use consume burn")
	risingVerbs  = lemmaSetOf("double triple treble rise increase jump soar")
	usageNouns   = idSetOf(usageNounsList)
	doubledWords = idSetOf(doubledWordsList)
	idAbove      = wordID("above")
	idAverage    = wordID("average")
)

const (
	usageNounsList   = "usage consumption use"
	doubledWordsList = "double triple treble"
	normWordsList    = "above average" // interned with the lexicon for idAbove and idAverage
)
