package scoring

// What we sent, waiting at the customer's end: "the statement's been
// sitting in your app every month since January", "so it's been sitting
// there for you since Monday", "it should've been sitting right there on
// your mat". It was there for them to see; that they did not is laid at
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
		case toks[i].id == idFor && toks[i+1].id == idYou:
			return true // "there for you"
		case toks[i].pause:
			return false
		}
	}
	return false
}

// happenedWithThem reports a trouble told as having happened with a third
// party or on the way: "any damage must have happened with the carrier",
// "it must have happened in transit". Where it happened lays it there.
func (az *analyzer) happenedWithThem(c *clause) bool {
	if c.neg || c.question || c.cond || c.verb < 0 || c.lemma != "happen" && c.lemma != "occur" {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi && i <= c.verb+3; i++ {
		if !happenedPreps.has(toks[i].id) {
			continue
		}
		if toks[i+1].id == idTransit {
			return true // "in transit"
		}
		// "with the carrier"; not "in our kitchen"
		return az.lexAt(i+1)&lxDet != 0 && az.lexAt(i+1)&lxOurDet == 0 && i+2 < c.hi && az.lexAt(i+2)&(lxThirdNoun|lxThird) != 0
	}
	return false
}

// happenedPreps say where a trouble happened; idTransit reads "in transit".
var (
	happenedPreps = idSetOf("with in at during")
	idTransit     = wordID("transit")
)

// yourKitIsOld reports the customer's thing told as old or out of date:
// "your router's probably an older model", "your app is an outdated
// version". Where we then replace or update it for them, it is help.
func (az *analyzer) yourKitIsOld(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.cond || c.aspect == aspWill || c.subj < 0 || az.tok.toks[c.subj].id != idYour || az.weActInSentence(c) {
		return false
	}
	toks := az.tok.toks
	for i := c.comp; i < c.hi && i <= c.comp+3; i++ {
		if !oldWords.has(toks[i].id) {
			continue
		}
		// "an older model", "an old software version", "it's outdated"; not "back to the old price"
		return i+1 == c.hi || modelNouns.has(toks[i+1].id) || i+2 < c.hi && modelNouns.has(toks[i+2].id)
	}
	return false
}

// modelNouns name what kind of thing it is: "an older model".
var modelNouns = idSetOf(modelNounsList)

const modelNounsList = "model models version versions firmware software device handset one type generation"

// oldWords tell a thing as past its time.
var oldWords = idSetOf(oldWordsList)

const oldWordsList = "old older outdated obsolete ancient"

// saidBeforeAside reports a clause that opens with "as I explained", "as
// we said" or "as explained", told as said before ("in our previous
// letter", "on our last call", "earlier", "already"), in a sentence where
// we take no step: "as we explained in our previous letter, the
// condensation is a lifestyle matter" tells them again what they were
// told. "As I said earlier, the engineer will call you tomorrow" repeats a
// promise.
func (az *analyzer) saidBeforeAside(c *clause) bool {
	toks := az.tok.toks
	i := c.lo
	if i < c.hi && toks[i].id == idAgain {
		i++ // "again, as explained"
	}
	if i+2 >= c.hi || toks[i].id != idAs || az.tok.sents[toks[c.lo].sent].tokLo != c.lo && toks[c.lo].id != idAgain {
		return false
	}
	i++
	if az.lexAt(i)&lxAgent != 0 && az.lexAt(i)&lxDet == 0 {
		i++ // "as I explained", "as we've said"
	}
	if !saidBeforeVerbs.has(toks[i].id) {
		return false
	}
	for j := i + 1; j < c.hi && j <= i+6; j++ {
		if earlierWords.has(toks[j].id) {
			return !az.weActInSentence(c) && !az.laterPromise(c)
		}
	}
	return false
}

// saidBeforeVerbs tell what was said, all of them verbs of saying (lxReport,
// which the row's clause needs before the check is called); earlierWords
// put the saying before.
var (
	saidBeforeVerbs = idSetOf(saidBeforeVerbsList)
	earlierWords    = idSetOf(earlierWordsList)
)

const (
	saidBeforeVerbsList = "explained said mentioned advised told"
	earlierWordsList    = "previous last earlier before already prior"
)

// lockedAfterTries reports a thing that went wrong after the customer's own
// failed tries: "the PIN got locked after too many wrong tries", "the order
// was cancelled after three failed payment attempts on your card". The
// tries were theirs.
func (az *analyzer) lockedAfterTries(c *clause) bool {
	if c.neg || c.question || c.cond || c.verb < 0 || c.lists&troubleLists == 0 {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if toks[i].id != idAfter {
			continue
		}
		for j := i + 1; j < c.hi && j <= i+4; j++ {
			if attemptNouns.has(toks[j].id) {
				// "too many wrong tries"; failed ones only when they are theirs: "after three failed payment
				// attempts on your card", not "the account was locked after three failed attempts"
				return az.anyLexIn(i+1, j, lxWrong) || az.idIn(idMany, i+1, j) || az.anyIn(i+1, j, failedWords) && az.idIn(idYour, j, c.hi)
			}
		}
		return false
	}
	return false
}
