package scoring

// ourOpinionOnly reports a clause in which we only think, believe or guess:
// "I reckon | you entered the wrong PIN", "I believe | the wrong slot was
// selected". A wrong that a phrase finds past its verb is what the opinion
// is about, another's act; it is not owned.
func (az *analyzer) ourOpinionOnly(c *clause) bool {
	if c.verb < 0 || !opinionVerbs.has(az.tok.toks[c.verb].id) && az.markAt(c.verb)&lxGuess == 0 || az.weActInSentence(c) {
		return false
	}
	for k := c.verb + 1; k < c.hi; k++ {
		if az.lexAt(k)&lxAgent != 0 && !objectPronouns.has(az.tok.toks[k].id) {
			return false // "I think | we sent you the wrong size": our own act, guessed at, is still ours
		}
	}
	return true
}
