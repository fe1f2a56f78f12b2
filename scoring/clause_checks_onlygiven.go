package scoring

// We can work only with what we were given: "we can only go off the
// measurements you gave us", "our photographer can only work with the light
// she's given", "we only process what the insurer approves". The limit
// places the outcome on what the customer or a third party supplied.

// onlyWhatWeWereGiven reports a clause in which we, or someone of ours, act
// "only" on what someone else gave, sent or approved, named after the verb.
func (az *analyzer) onlyWhatWeWereGiven(c *clause) bool {
	if c.neg || c.question || c.cond || c.verb < 0 || !az.idIn(idOnly, c.lo, c.verb) {
		return false // "only" said of our act: "we can only go off", "we only process"
	}
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi; i++ {
		if az.lexAt(i)&(lxAgent|lxOurDet) != 0 && az.lexAt(i)&lxCustomer == 0 {
			// "we can only refund what we charged"; but "what we were given" is handed to us
			return i+2 < c.hi && az.lexAt(i+1)&lxBe != 0 && (givenWords.has(toks[i+2].id) || gaveWords[az.tok.key(toks[i+2])])
		}
		if k := az.tok.key(toks[i]); givenWords.has(toks[i].id) || gaveWords[k] {
			return true
		}
	}
	return false
}

// gaveWords are what someone else hands us, besides givenWords: "you gave
// us", "the insurer approves".
var gaveWords = wordSet("gave give gives sent approves approved signed supply supplies")
