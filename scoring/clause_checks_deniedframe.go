package scoring

// Words said inside a frame that takes them back. "I'm not sure it was our
// fault", "there's no way it was our mistake", "I wouldn't say it was our
// error", "it's unlikely it was our mistake", "I find it hard to believe it
// was our fault": the words "our fault" are said, and the frame before them
// says they are not so. "I can't promise it'll be there by Friday", "I won't
// be able to call you by Friday": a time is said, and taken back. A marker's
// points go to what is meant, so a frame like these, before the words in
// their clause or in the clause just before it with no pause between, owns
// nothing and commits to nothing.

// frameDeniesOurFault reports such a frame before the first "our" of c.
func (az *analyzer) frameDeniesOurFault(c *clause) bool {
	lo := az.deniedFrameStart(c)
	hi := lo
	for hi < c.hi && az.lexAt(hi)&lxOurDet == 0 {
		hi++ // the frame comes before what it denies
	}
	return az.denyingFrameIn(lo, hi, c.hi)
}

// frameDeniesStep reports a frame of the same kind before c's verb, which
// takes back a step or a time said after it: "I can't promise it'll be there
// by Friday", "there's no way I can get it to you by Friday", "I won't be
// able to call you by Friday", "I wouldn't say we'll have it by then".
func (az *analyzer) frameDeniesStep(c *clause) bool {
	hi := c.hi
	if c.verb >= 0 {
		hi = c.verb
	}
	return az.denyingFrameIn(az.deniedFrameStart(c), hi, c.hi)
}

// denyingFrameIn reports a denying frame starting at one of tokens lo..hi,
// its words read up to end (see denyingFrameAt).
func (az *analyzer) denyingFrameIn(lo, hi, end int) bool {
	for i := lo; i < hi; i++ {
		if az.denyingFrameAt(i, end) {
			return true
		}
	}
	return false
}

// deniedFrameStart returns where a frame before c may start: c's first word, or
// the first of the clause just before it when no pause parts them ("I
// wouldn't say | it was our mistake").
func (az *analyzer) deniedFrameStart(c *clause) int {
	if p := az.prevInSentence(c); p != nil && p.hi == c.lo && !az.tok.toks[p.hi-1].pause {
		return p.lo
	}
	return c.lo
}

// denyingFrameAt reports a frame that denies what follows it at i: a
// negation with a word of holding or saying just after it ("not sure",
// "wouldn't say", "no way", "can't believe"), or a word that doubts on its
// own ("unlikely", "hardly", "doubt", "hard to believe").
func (az *analyzer) denyingFrameAt(i, hi int) bool {
	toks := az.tok.toks
	if doubtingWords.has(toks[i].id) {
		// "no doubt it was our mistake", "I don't doubt it" affirm
		return i == 0 || az.lexAt(i-1)&lxNeg == 0 && toks[i-1].id != idNo && toks[i-1].id != idWithout
	}
	if toks[i].id == idHard && i+2 < hi && toks[i+1].id == idTo && heldViewWords.has(toks[i+2].id) {
		return true // "hard to believe"
	}
	if az.lexAt(i)&lxNeg == 0 && toks[i].id != idNo {
		return false
	}
	return az.anyIn(i+1, min(hi, i+3), heldViewWords)
}

// idHard is the id of "hard", as in "hard to believe".
var idHard = wordID("hard")

// doubtingWords doubt what follows them; heldViewWords, after a negation,
// deny it: "not sure", "wouldn't say", "no way".
var (
	doubtingWords = idSetOf(doubtingWordsList)
	heldViewWords = idSetOf(heldViewWordsList)
)

const (
	doubtingWordsList = "unlikely hardly doubt"
	heldViewWordsList = "sure say convinced believe certain way agree accept promise guarantee able chance"
)
