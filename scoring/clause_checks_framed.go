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
