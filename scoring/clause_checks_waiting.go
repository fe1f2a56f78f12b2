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

// Left undone at the customer's end. "The glasses sat uncollected for over
// 90 days", "the invoice went unpaid", "the bill was left unpaid": a thing
// that stayed uncollected, unpaid or unopened stayed so through the
// customer's part not done. "Unanswered" is left out: what went unanswered
// is as often ours. Ours, or beside an apology or a step of ours, it lays
// nothing.

// leftUndoneByYou reports such a clause (see above).
func (az *analyzer) leftUndoneByYou(c *clause) bool {
	if c.actor != actThing || c.neg || c.question || c.cond || c.verb < 0 || !c.lemmaIn(stayedVerbs) || az.ourInSubject(c) {
		return false
	}
	if !az.anyIn(c.verb+1, min(c.hi, c.verb+3), undoneWords) {
		return false // "sat | uncollected", "went | unpaid", "was left | unpaid"
	}
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.sentenceHasOurStep(c)
}

// stayedVerbs tell a thing staying as it was; undoneWords say what the
// customer left undone to it.
var (
	stayedVerbs = lemmaSetOf("sit go remain stay lie leave")
	undoneWords = idSetOf(undoneWordsList)
)

const undoneWordsList = "uncollected unpaid unopened unread unclaimed unsigned unreturned unactivated unconfirmed"
