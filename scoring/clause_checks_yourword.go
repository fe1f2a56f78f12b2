package scoring

// The customer's own word and timing held against them. "Well, you did say
// the old address was fine": their word, insisted on. "You only told us
// about the move after the bill had gone out": their word, late. "The
// parcel was refused at the door": what we sent, turned away at their end.

// youDidSay reports the customer saying, telling or confirming, with an
// emphatic "did": "you did say", "you did confirm".
func (az *analyzer) youDidSay(c *clause) bool {
	if c.actor != actCustomer || c.neg || c.question || c.cond || c.lastAux < 0 || c.lists&listSay == 0 && !c.lemmaIn(confirmLemmas) {
		return false
	}
	if az.lexAt(c.lastAux)&lxDo == 0 || az.lexAt(c.lastAux)&lxCustomer != 0 {
		return false
	}
	// "you did say it was fine, and we still should have double-checked": said to take our part on
	return !az.nearInSentence(c, func(d *clause) bool { return d.actor == actAgent && d.aspect == aspMust && !d.neg })
}

// confirmLemmas give the customer's word as settled: "you did confirm".
var confirmLemmas = lemmaSetOf("confirm agree choose ask")

// youOnlyActedAfter reports the customer's act with "only" before its verb
// and a clause of when after it that opens with "after" or "once": "you
// only told us about the move | after the bill had gone out".
func (az *analyzer) youOnlyActedAfter(c *clause) bool {
	if c.actor != actCustomer || c.neg || c.question || c.cond || c.verb < 0 || c.subj < 0 || !az.idIn(idOnly, c.subj+1, c.verb) {
		return false
	}
	d := az.nextInSentence(c)
	return d != nil && (az.tok.toks[d.lo].id == idAfter || az.tok.toks[d.lo].id == idOnce)
}

// refusedAtYourEnd reports what we deliver told as refused, in the passive
// with no one named: "the parcel was refused at the door". "Rejected" and
// "declined" are left out: they are as often our own refusal ("your refund
// request was declined").
func (az *analyzer) refusedAtYourEnd(c *clause) bool {
	return c.passive && !c.neg && !c.question && c.byWho == actNone && c.lemma == "refuse" && az.deliverableSubject(c) &&
		!az.weActInSentence(c)
}

// idOnce is the id of "once", which opens a clause of when.
var idOnce = wordID("once")
