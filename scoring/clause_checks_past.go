package scoring

// A time told in the past tense is history, not a commitment: "we sent a
// reminder by text on Tuesday", "your order was dispatched on Monday". A
// step done for a time ahead keeps it ("I've booked the engineer for
// Tuesday", "we sent it for delivery by Friday"), and so does a clause whose
// subject is left out after "and" ("it'll be reissued and emailed on
// Friday"), whose tense is its first verb's.

// toldInThePast reports a clause in the simple past, with a subject of its
// own and no word that points ahead: a time in it already happened.
func (az *analyzer) toldInThePast(c *clause) bool {
	if c.hasHave || c.question || c.cond || c.subj < 0 || c.verb < 0 || c.passive && !c.pastAux {
		return false // "I've booked it for Tuesday", "it's booked for Tuesday"
	}
	toks := az.tok.toks
	for i := c.comp; i < c.hi; i++ {
		if aheadWords.has(toks[i].id) && !(toks[i].id == idBy && i+1 < c.hi && (channelNouns.has(toks[i+1].id) || messageNouns.has(toks[i+1].id))) {
			return false // "by Friday", not "by text"
		}
	}
	return true
}

// aheadWords point a time ahead: "by Friday", "for Tuesday", "tomorrow".
var aheadWords = idSetOf(aheadWordsList)

const aheadWordsList = "by before until till within for tomorrow tonight next later soon"
