package scoring

// The trouble framed, then told. "The problem is that you're logging into the
// old account", "the issue is your landlord never passed on the code": what
// follows the frame is what causes the trouble, and when it tells what the
// customer's side or a third party did or has, the trouble is laid there.
// What they went through ("the problem is you've been waiting a week"), how
// a thing of theirs stands ("the issue is your flight leaves at six") and
// what we did are not.

// framedAsTheTrouble reports a clause just after "the problem is (that)" or
// "the issue is (that)" (see above).
func (az *analyzer) framedAsTheTrouble(c *clause) bool {
	if c.question || c.cond || c.neg && c.actor != actCustomer || c.headLo >= c.hi || !az.afterTroubleFrame(c.lo) {
		return false
	}
	if c.actor != actCustomer && c.actor != actThird && !az.yourSide(c) {
		return false
	}
	if c.actor != actCustomer && c.aspect != aspDone && c.aspect != aspMust {
		return false // "the issue is your flight leaves at six" tells their situation, not what went wrong
	}
	got := c.lemma == "get" && c.hasHave // "you've got two accounts": what they have, not what reached them
	if c.lists&(listReceive|listNotBlame) != 0 && !got || az.yourSideSuffered(c) || az.weActInSentence(c) || az.sorry(c) {
		return false // "the issue is you've had to wait", "the problem is your refund hasn't reached you"
	}
	return !az.flags[az.tok.toks[c.lo].sent].owned
}

// afterTroubleFrame reports the frame "the problem is" or "the issue is",
// with "that" at i or the frame's "is" just before it, opening the sentence
// past its talk.
func (az *analyzer) afterTroubleFrame(i int) bool {
	toks := az.tok.toks
	if i < 2 {
		return false
	}
	if toks[i].id == idThat {
		return az.frameAtThat(i, troubleNouns)
	}
	return az.lexAt(i-1)&lxBe != 0 && az.lexAt(i-1)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 &&
		toks[i-1].sent == toks[i].sent && i-1 <= az.frameStart(i)+4 && az.frameHeadBefore(i, troubleNouns)
}

// Our message left unanswered. "The renewal reminder was not acted upon",
// "the confirmation email was never opened", "our letter wasn't replied to":
// what the customer was sent, told in the passive as not taken up, lays the
// outcome on the one it was sent to.

// messageNotTakenUp reports a message of ours, or a warning, said in the
// passive not to have been acted on, read, opened or answered (see above).
func (az *analyzer) messageNotTakenUp(c *clause) bool {
	if !c.passive || !c.neg || c.byWho != actNone || c.byAgent || !c.lemmaIn(takeUpVerbs) || az.sorry(c) || az.yourSide(c) {
		return false // "your email wasn't answered for a week" was ours to answer
	}
	if az.ourRecordShowsIt(c) {
		return false // "our logs show the reminder email wasn't opened" reports what the record found
	}
	lo, hi := c.subjectSpan()
	for i := lo; i < hi; i++ {
		if messageNouns.has(az.tok.toks[i].id) || reminderNouns[az.tok.key(az.tok.toks[i])] {
			return true
		}
	}
	return false
}

// ourRecordShowsIt reports a clause just before c, in its sentence, in which
// a record of ours shows or says what c tells: "our logs show | ...".
func (az *analyzer) ourRecordShowsIt(c *clause) bool {
	k := az.clauseIndex(c) - 1
	if k < 0 {
		return false
	}
	d := &az.clauses[k]
	return az.tok.toks[d.lo].sent == az.tok.toks[c.lo].sent && d.lemmaIn(sayLemmas) && az.ourInSubject(d)
}

// takeUpVerbs are what the one a message was sent to does with it.
var takeUpVerbs = lemmaSetOf("act action open read answer respond reply acknowledge return click")

// mismatchWithYours reports a thing said not to match what the customer
// gave: "the name didn't match what was on the bank card you gave us", "the
// postcode doesn't match the one you entered". Told so, the mismatch is laid
// at what they gave. So is evidence that does not bear out what they told
// us: "the evidence provided does not support your account of events",
// "what you've described isn't consistent with the damage", "the photos
// don't show the damage you've described".
func (az *analyzer) mismatchWithYours(c *clause) bool {
	if !c.neg || c.question || c.cond || c.comp >= c.hi || az.sorry(c) {
		return false
	}
	matched := c.lemma == "match"
	if !matched && !c.lemmaIn(bearOutVerbs) && !(c.verb < 0 && az.anyIn(c.lo, c.hi, consistentWords)) {
		return false
	}
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if i < c.comp && matched {
			continue // what they gave is after "match"; a subject of theirs is what did not match
		}
		if az.lexAt(i)&lxCustomer != 0 && az.lexAt(i)&lxDet == 0 && (givenWords.has(toks[i+1].id) || gaveWords[az.tok.key(toks[i+1])] || az.verbAt(i+1).lists&listDuty != 0) {
			return true // "you gave us", "you entered", "you typed"
		}
		if !matched && (az.lexAt(i)&lxCustomer != 0 && accountForms.has(toks[i+1].id) || toks[i].id == idYour && toldNouns.has(toks[i+1].id)) {
			return true // "what you've described", "the damage you reported", "your account of events"
		}
	}
	return false
}

// bearOutVerbs are what evidence does to an account it agrees with;
// consistentWords say it agrees; accountForms and toldNouns are the
// customer's account: "what you described", "your version".
var (
	bearOutVerbs    = lemmaSetOf("support show reflect corroborate confirm")
	consistentWords = idSetOf(consistentWordsList)
	accountForms    = idSetOf(accountFormsList)
	toldNouns       = idSetOf(toldNounsList)
)

const (
	accountFormsList    = "described said told reported claimed stated"
	consistentWordsList = "consistent"
	toldNounsList       = "account version description story claim"
)
