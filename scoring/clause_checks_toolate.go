package scoring

// Done after the door had shut. "Your card was shown after the exhibition
// had closed to new entries", "the promo code was put in after the payment
// had gone through", "the discount code was added after the order had gone
// through": the customer's act, followed by "after" and a past perfect,
// says it came too late. The past perfect is what says so: "after the
// payment went through" only tells when. So does a deadline named after
// "after": "the books came back eleven days after the due date".

// actedTooLate reports a clause of the customer's act, or of their thing
// acted on in the passive with no one named, whose next clause in the
// sentence opens with "after" and tells, in the past perfect, what had
// already happened; or a clause of their act, or of a thing of theirs
// reaching us, done after a deadline. Not in a sentence that apologises or
// owns the trouble, nor beside a step we take for them ("I've refunded the
// fee"; after a deadline, anything we do for them at all).
func (az *analyzer) actedTooLate(c *clause) bool {
	if c.neg || c.question || c.cond || c.temporal || c.actor == actAgent {
		return false
	}
	if (c.actor == actCustomer || c.lists&listArrive != 0 && !az.anyLexIn(c.verb+1, c.hi, lxCustomer)) && az.afterTheDeadlineIn(c) {
		// "the books came back after the due date"; but "the ballot papers reached you after the deadline" were ours to get there
		return az.notTakenOn(c)
	}
	if !(c.actor == actCustomer || c.passive && c.byWho == actNone && c.actor == actThing || c.lists&listArrive != 0 && az.subjectHas(c, sentInNouns)) {
		return false // "your cancellation came in | after the billing run had taken the fee" is theirs, arriving
	}
	d := az.nextInSentence(c)
	if d == nil || az.tok.toks[d.lo].id != idAfter || !d.hasHave || !d.pastAux || d.neg {
		return false
	}
	if c.actor == actThing && !c.yourThing && c.lists&(listYourActs|listYourActsOrSlips) == 0 && !az.subjectHas(c, codeNouns) {
		return false // "the parcel was sent after the cut-off had passed" is ours to have sent
	}
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.ourStepBeside(c)
}

// ourStepBeside reports another clause of c's sentence in which we take a
// step for them: "I've refunded the fee", not "I've gone through it".
func (az *analyzer) ourStepBeside(c *clause) bool {
	from, to := az.sentenceWindow(c)
	ci := az.clauseIndex(c)
	for k := from; k < to; k++ {
		if k != ci && az.clauses[k].ourStep() {
			return true
		}
	}
	return false
}

// afterTheDeadlineIn reports "after the due date", "past the cut-off" after
// c's verb (see pastDeadlineAt): "came back eleven days after the due date".
func (az *analyzer) afterTheDeadlineIn(c *clause) bool {
	for i := max(c.verb, c.lo) + 1; i < c.hi; i++ {
		if afterWords.has(az.tok.toks[i].id) && az.pastDeadlineAt(i, c.hi) { // the set first: most words are no "after"
			return true
		}
	}
	return false
}

// codeNouns name what the customer enters to claim a discount: "the promo
// code was put in after".
var codeNouns = idSetOf(codeNounsList)

const codeNounsList = "code codes voucher vouchers coupon coupons"

// missedWithResult reports a booking of the customer's told as missed, in
// the passive with no one named, with a result after it that acts on the
// booking rather than putting it right: "the slot was missed, so the visa
// centre released it to the next person", "the 10:30 appointment was
// missed, so it's been logged as a did-not-attend". Missed by us, or put
// right by us after ("so we've rebooked it"), it is no blame.
func (az *analyzer) missedWithResult(c *clause) bool {
	if !c.passive || c.neg || c.question || c.cond || c.lemma != "miss" || c.byWho != actNone || !az.subjectHas(c, bookingNouns) {
		return false
	}
	k := az.resultAfter(az.clauseIndex(c))
	if k == 0 {
		return false
	}
	d := &az.clauses[k]
	return d.actor != actAgent && !d.neg && !az.goodForThem(d) && !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned
}

// bookingNouns name what the customer books and must turn up for.
var bookingNouns = idSetOf(bookingNounsList)

const bookingNounsList = "slot appointment booking session class visit collection check-in"
