package scoring

// What the customer gave, approved, brought or told, read against what was
// asked of it: a detail that is an old or other one (set to it, still held,
// sent to, used, in another name), details that do not match, what they
// gave run out or for another thing, a proof too old, a document they did
// not have, the work they approved before it was made, paperwork not in by
// its deadline, a trouble told weeks after it happened.

// approvedTheWork reports the customer's approval of the work before it
// was made, said with no step of ours beside it: "you approved the proof",
// "your husband signed off on the design", "you accepted the quote". What
// was then made to it is theirs to have checked; "you accepted the quote,
// so I've booked the fitters in" is a step told with its reason.
func (az *analyzer) approvedTheWork(c *clause) bool {
	if c.actor != actCustomer && !az.homePersonInSubject(c) {
		return false // "the landlord has now approved the quote" is news, not their part
	}
	return az.anyIn(c.comp, min(c.hi, c.comp+5), workPlans) && !az.ourStepBesideTheAct(c)
}

// workPlans are what a customer approves before the work is made.
var workPlans = idSetOf(workPlansList)

const workPlansList = "proof proofs design designs artwork layout mock-up mockup drawing drawings plans quote estimate sample spec"

// detailsDontMatch reports a detail of the customer's that did not match
// another, or a document of theirs that did not meet what was asked: "the
// name on the booking didn't match your passport", "your ID didn't match
// the name on the account", "your photo didn't meet the requirements". They
// gave both; our records not matching what we sent is ours, and says so.
// Told "different from" the other, it is read the same; beside a step of
// ours ("your new address doesn't match ours, so I've updated it") it is
// put right, not held against them.
func (az *analyzer) detailsDontMatch(c *clause) bool {
	if c.question || c.cond || az.ourInSubject(c) {
		return false
	}
	switch {
	case !c.neg && c.verb < 0 && az.differentFromAt(c.comp, c.hi):
		// "the name on your passport is different from the one on the booking"
	case !c.neg || c.verb < 0:
		return false
	case c.lemma == "match":
	case c.lemma == "meet":
		if !az.anyIn(c.comp, c.hi, requirementNouns) {
			return false
		}
	default:
		return false
	}
	lo, _ := c.subjectSpan()
	return az.anyIn(lo, c.hi, detailNouns) && (az.anyMarkIn(lo, c.hi, lxYour) || az.anyIn(lo, c.hi, idDocNouns) || az.subjectYouGave(c)) && !az.ourStepBesideTheAct(c)
}

// differentFromAt reports "different from", "to" or "than" at i, an
// adverb before it allowed: "is slightly different from the one on file".
func (az *analyzer) differentFromAt(i, hi int) bool {
	toks := az.tok.toks
	if i+1 < hi && az.lexAt(i)&lxAdverb != 0 {
		i++
	}
	return i+1 < hi && toks[i].id == idDifferent && differentPreps.has(toks[i+1].id)
}

// differentPreps follow "different" to name what it is set against.
var differentPreps = idSetOf("from to than")

// lackedTheDocument reports the customer without a document they needed:
// "you didn't have a visa", "you didn't bring your ID", "you arrived
// without your passport". Not having it with them was theirs to
// see to; what we were to give them ("you didn't have the ticket we
// promised"), or a sentence that apologises or takes a step, is not.
func (az *analyzer) lackedTheDocument(c *clause) bool {
	if c.actor != actCustomer || c.verb < 0 || c.question || c.cond || c.passive {
		return false
	}
	lo := c.comp
	if c.neg {
		if !c.lemmaIn(carriedVerbs) {
			return false
		}
	} else if lo = az.withoutAt(c); lo < 0 {
		return false
	}
	return az.anyIn(lo, min(c.hi, lo+5), neededDocs) && !az.sorry(c) && !az.weDoSomething(c) && !az.anyLexIn(lo, c.hi, lxAgent|lxOurDet)
}

// withoutAt returns the token after "without" in c, after its verb, or -1.
func (az *analyzer) withoutAt(c *clause) int {
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if az.tok.toks[i].id == idWithout {
			return i + 1
		}
	}
	return -1
}

// carriedVerbs have or bring a thing along; neededDocs are what a customer
// must have with them.
var (
	carriedVerbs = lemmaSetOf("have bring carry")
	neededDocs   = idSetOf(neededDocsList)
)

const neededDocsList = "visa visas passport passports id licence license ticket tickets receipt receipts paperwork documents documentation reference insurance permit"

// detailNouns are the details and documents a customer gives; idDocNouns
// those that are theirs without "your"; requirementNouns what a document
// must meet.
var (
	detailNouns      = idSetOf(detailNounsList)
	idDocNouns       = idSetOf(idDocNounsList)
	requirementNouns = idSetOf(requirementNounsList)
)

const (
	detailNounsList      = "name names passport id signature details photo photograph picture document documents licence license address postcode"
	idDocNounsList       = "passport id signature licence license"
	requirementNounsList = "requirements requirement guidelines criteria standard standards rules"
)

// setToAnOldDetail reports a thing set, saved or registered, its doer
// unnamed, with a detail other than the current one: "the drop-off pin was
// set to your old address", "the account was registered under a different
// email". An old or other detail is the customer's to have given; a wrong
// one ("the pin was set to the wrong address") may be our slip.
func (az *analyzer) setToAnOldDetail(c *clause) bool {
	return c.byWho == actNone && !c.byAgent && !az.ourInSubject(c) && az.inputAfter(c, false)
}

// notInByTheDeadline reports the customer's paperwork or payment told as
// not reaching us by its deadline: "the payment was not received by the
// due date", "your form didn't arrive until after the deadline", "the
// payment didn't reach us by the due date"; or, denied "until" a time of
// any kind, as reaching us late: "your reading didn't reach us until the
// 9th", "the claim wasn't made until March" (not of ours, nor asked).
func (az *analyzer) notInByTheDeadline(c *clause) bool {
	if !c.neg || c.subj < 0 || !az.subjectHas(c, paperwork) || c.lists&listArrive == 0 && !(c.passive && c.lemmaIn(handedInVerbs)) {
		return false
	}
	toks := az.tok.toks
	lateTill := c.verb >= 0 && !c.question && !az.ourInSubject(c)
	for i := max(c.verb, c.lo) + 1; i+1 < c.hi; i++ {
		if lateTill && untilWords.has(toks[i].id) {
			return true
		}
		if toks[i].id != idBy && toks[i].id != idUntil {
			continue
		}
		for j := i + 1; j < c.hi && j <= i+4; j++ {
			if az.deadlineAt(j, c.hi) {
				return true
			}
		}
	}
	return false
}

// detailIsAnOldOne reports a detail told, as it stands, to be the
// customer's old or other one: "the address on the order is your old one",
// "the email on the account is your previous one", "the address on the
// order was the old one saved in your profile". It was theirs to give, and
// to update.
func (az *analyzer) detailIsAnOldOne(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.comp+1 >= c.hi {
		return false
	}
	lo, hi := c.subjectSpan()
	if !az.inputNounWithin(lo, hi, hi-lo) || az.ourInSubject(c) {
		return false
	}
	toks := az.tok.toks
	i := c.comp
	if toks[i].id == idThe && otherInputWords.has(toks[i+1].id) {
		return az.idIn(idYour, i+2, c.hi) // "the old one saved in your profile"; not "the old one we had on file"
	}
	return toks[i].id == idYour && otherInputWords.has(toks[i+1].id)
}

// sentToAnOldDetail reports what was sent going to the customer's old or
// other detail: "the email went to your old address", "the code went to
// your old number", "your refund went to your old card". It went where the
// detail they gave sent it; to a wrong one ("the parcel went to the wrong
// address") it may be our slip, and a sentence that owns it says so.
func (az *analyzer) sentToAnOldDetail(c *clause) bool {
	if c.verb < 0 || c.neg || c.lemma != "go" || az.flags[az.tok.toks[c.lo].sent].owned {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+2 < c.hi; i++ {
		if toks[i].id == idTo && toks[i+1].id == idYour && otherInputWords.has(toks[i+2].id) {
			return true
		}
	}
	return false
}

// stillYourOldDetail reports a thing that still held, showed or had on it
// the customer's old or other detail: "the account still had your previous
// address on it", "your old card was still on the account". The detail was
// theirs to update; "we still had your old address" says what we held.
func (az *analyzer) stillYourOldDetail(c *clause) bool {
	if c.neg || c.question || c.actor == actAgent || !az.idIn(idStill, c.lo, c.hi) || az.ourInSubject(c) {
		return false
	}
	toks := az.tok.toks
	for i := c.lo; i+2 < c.hi; i++ {
		if toks[i].id == idYour && otherInputWords.has(toks[i+1].id) && az.inputNounWithin(i+2, c.hi, 2) {
			return true
		}
	}
	return false
}

// idStill is the id of "still".
var idStill = wordID("still")

// youUsedAnotherDetail reports the customer, or someone of theirs, doing
// their part with another detail than the one that would have worked: "you
// registered with a different email", "your husband booked it under your
// old address". Their part, their detail.
func (az *analyzer) youUsedAnotherDetail(c *clause) bool {
	if c.neg || c.question || c.cond || c.passive || c.actor != actCustomer && !az.homePersonInSubject(c) {
		return false
	}
	return az.inputAfter(c, false) && !az.ourStepBesideTheAct(c) // "you paid with another card, so I've refunded that one" fixes it
}

// inAnotherName reports a thing held in a name other than the customer's
// own as it is now: "the booking's under your maiden name", "the account's
// in your husband's name", "the ticket was in your friend's name". The name
// was theirs to give.
func (az *analyzer) inAnotherName(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.comp+2 >= c.hi || az.ourInSubject(c) {
		return false
	}
	toks := az.tok.toks
	if toks[c.comp].id != idIn && toks[c.comp].id != idUnder {
		return false
	}
	for j := c.comp + 1; j < c.hi && j <= c.comp+4; j++ {
		if toks[j].id != idName {
			continue
		}
		for k := c.comp + 1; k < j; k++ {
			if otherNameWords.has(toks[k].id) || toks[k].apos && az.tok.toks[k].base != 0 && homePeople.has(toks[k].base) {
				return true // "your maiden name", "your husband's name"
			}
		}
		return false
	}
	return false
}

// otherNameWords make a name other than the customer's own as it is now.
var otherNameWords = idSetOf(otherNameWordsList)

const otherNameWordsList = "maiden old previous different another former"

// idUnder and idName are the ids of "under" and "name".
var idUnder, idName = wordID("under"), wordID("name")

// yourPaperTooOld reports a document of the customer's told by its age:
// "your proof of address was more than three months old", "the statement
// you sent is over a year old". A proof is asked for as recent; how old it
// was is why it was turned down.
func (az *analyzer) yourPaperTooOld(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || !az.ageTold(c) || az.ourInSubject(c) || az.clauseHasID(c, idOnly) {
		return false
	}
	lo, hi := c.subjectSpan()
	return az.anyIn(lo, hi, proofNouns) && (az.anyMarkIn(lo, hi, lxYour) || az.subjectYouGave(c))
}

// proofNouns are documents a customer gives as proof.
var proofNouns = idSetOf(proofNounsList)

const proofNounsList = "proof statement statements document documents bill bills letter certificate photo photos"

// reportedLongAfter reports the customer telling us of a trouble weeks or
// more after it happened, told of them or in the passive with no doer: "you
// reported the damage six weeks after it happened", "the leak was reported
// a month later". Told so late, the delay is theirs; we reporting it late
// is ours.
func (az *analyzer) reportedLongAfter(c *clause) bool {
	if c.neg || c.question || c.cond || c.verb < 0 || !c.lemmaIn(reportLemmas) {
		return false
	}
	if !(c.actor == actCustomer && !c.passive || c.passive && c.byWho == actNone && !c.byAgent && !az.ourInSubject(c)) {
		return false
	}
	return az.longAfter(c) && !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.ourStepBesideTheAct(c)
}

// longAfter reports weeks, months or years after c's verb with "after" or
// "later" right behind them: "six weeks after it happened". Days or hours
// after may be prompt ("reported two days after it happened").
func (az *analyzer) longAfter(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi; i++ {
		if longSpans.has(toks[i].id) && az.afterFollows(i) {
			return true
		}
	}
	return false
}

// longSpans are the lengths of time too long to be prompt.
var longSpans = idSetOf(longSpansList)

const longSpansList = "weeks week months month years year"

// reportLemmas tell us of a trouble.
var reportLemmas = lemmaSetOf("report tell notify inform claim raise flag mention contact")
