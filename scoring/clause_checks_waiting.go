package scoring

// What we sent, waiting at the customer's end: "the statement's been
// sitting in your app every month since January", "so it's been sitting
// there for you since Monday", "it should've been sitting right there on
// your mat", "the ticket sat waiting for your reply for nine days". It was there for them to see; that they did not is laid at
// their door. Waiting at a depot or with a courier is not at theirs, an
// apology in the sentence takes the wait on, and where it is now ("so it
// should be sitting in your inbox now") tells them where to look.

// waitingAtYourEnd reports a clause in which a thing sits, waits or lies at
// the customer's end (see above).
func (az *analyzer) waitingAtYourEnd(c *clause) bool {
	if c.actor != actThing || c.neg || c.question || c.cond || c.verb < 0 || c.should && !c.hasHave || c.lemma != "sit" && c.lemma != "wait" && c.lemma != "lie" || az.sorry(c) {
		return false // "it should be sitting in your inbox now" tells them where to look, not how long it waited
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi && i <= c.verb+5; i++ {
		switch {
		case (toks[i].id == idIn || toks[i].id == idOn) && toks[i+1].id == idYour:
			return true // "in your app", "on your mat"
		case toks[i].id == idFor && (toks[i+1].id == idYou || toks[i+1].id == idYour):
			return true // "there for you", "sat waiting for your reply"
		case toks[i].pause:
			return false
		}
	}
	return false
}
