package scoring

// Not done as we asked: "the mark happened because the hallway wasn't cleared
// as we asked in the pre-visit email", "the bins weren't out as requested".
// The customer was asked to do it, so the act left undone is theirs.

// notDoneAsWeAsked reports a denied act of the customer's, or a denied
// passive with no one named, followed by "as we asked", "as requested" or
// the like.
func (az *analyzer) notDoneAsWeAsked(c *clause) bool {
	if !c.neg || c.verb < 0 || c.question || !(c.passive && c.byWho == actNone || c.actor == actCustomer) {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if toks[i].id != idAs {
			continue
		}
		j := i + 1
		if az.lexAt(j)&lxAgent != 0 && j+1 < c.hi {
			j++ // "as we asked"
		}
		if weAskedWords.has(toks[j].id) {
			return true
		}
	}
	return false
}

// weAskedWords are what we asked the customer to do by: "as we asked", "as
// requested", "as instructed".
var weAskedWords = idSetOf(weAskedWordsList)

const weAskedWordsList = "asked requested instructed advised agreed"
