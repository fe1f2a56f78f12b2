package scoring

// Done after the door had shut. "Your card was shown after the exhibition
// had closed to new entries", "the promo code was put in after the payment
// had gone through", "the discount code was added after the order had gone
// through": the customer's act, followed by "after" and a past perfect,
// says it came too late. The past perfect is what says so: "after the
// payment went through" only tells when.

// actedTooLate reports a clause of the customer's act, or of their thing
// acted on in the passive with no one named, whose next clause in the
// sentence opens with "after" and tells, in the past perfect, what had
// already happened; not in a sentence where we do anything for them,
// apologise or own the trouble.
func (az *analyzer) actedTooLate(c *clause) bool {
	if c.neg || c.question || c.cond || c.temporal || !(c.actor == actCustomer || c.passive && c.byWho == actNone && c.actor == actThing) {
		return false
	}
	d := az.nextInSentence(c)
	if d == nil || az.tok.toks[d.lo].id != idAfter || !d.hasHave || !d.pastAux || d.neg {
		return false
	}
	if c.actor == actThing && !c.yourThing && c.lists&(listYourActs|listYourActsOrSlips) == 0 && !az.subjectHas(c, codeNouns) {
		return false // "the parcel was sent after the cut-off had passed" is ours to have sent
	}
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.weDoSomething(c)
}

// codeNouns name what the customer enters to claim a discount: "the promo
// code was put in after".
var codeNouns = idSetOf(codeNounsList)

const codeNounsList = "code codes voucher vouchers coupon coupons"
