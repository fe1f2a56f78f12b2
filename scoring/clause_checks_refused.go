package scoring

// What the customer's side or a third party did, given as the reason a remedy
// is refused. "The referral letter from your GP never arrived, so we couldn't
// book the scan", "that payment was approved with the passcode sent to your
// phone, so we won't be refunding it", "you booked under Jon, so I'm unable to
// check you in", "the car came back with a quarter tank, so the refuelling fee
// applies": a rule applied to what someone else did. The reason must be an
// act, not a state ("the clinic was full, so we couldn't book you"), and not
// ours ("our system was down, so we couldn't refund"); a refusal of anything
// but a remedy ("so we can't cancel it now") says where things stand.

// actSoRefused reports a clause telling an act of the customer's side or of
// a third party, followed in its sentence by a result, opened with "so",
// "hence" or "which means", that refuses a remedy or lets a charge stand.
func (az *analyzer) actSoRefused(c *clause) bool {
	if c.neg && c.actor == actCustomer || c.question || c.temporal || c.causal || c.quoted || !az.actOfTheirs(c) {
		return false // "you didn't ..." has its own rows
	}
	toks := az.tok.toks
	ci, sent := az.clauseIndex(c), toks[c.lo].sent
	for k := ci + 1; k < len(az.clauses) && k <= ci+limitReach; k++ {
		d := &az.clauses[k]
		if toks[d.lo].sent != sent {
			return false
		}
		if resultWords.has(toks[d.lo].id) && !d.question && !d.cond && az.refusesOrCharges(d) {
			return true
		}
		if az.ruleFramedFrom(ci+1, k) && !d.question && !d.cond && (az.refusesOrCharges(d) || az.penaltyTaken(d)) {
			return true // "you got here 40 minutes late, and under our policy the table was released"
		}
	}
	return false
}

// ruleFramedFrom reports "under our terms", "per the policy" or the like
// (see frontPreps) in clauses from..to: a rule that the consequence after it
// follows.
func (az *analyzer) ruleFramedFrom(from, to int) bool {
	toks := az.tok.toks
	for k := from; k <= to; k++ {
		d := &az.clauses[k]
		for i := d.lo; i+1 < d.hi && i <= d.lo+3; i++ {
			if frontPreps.has(toks[i].id) && az.anyLexIn(i+1, min(d.hi, i+4), lxRuleNoun) {
				return true
			}
		}
	}
	return false
}

// penaltyTaken reports a passive of a penalty under a rule: "the deposit is
// forfeited", "the table was released", "notice is charged in full", or a
// thing put on the bill ("the second breakfast has been added to the bill").
func (az *analyzer) penaltyTaken(d *clause) bool {
	if !d.passive || d.neg || d.byWho != actNone || az.chargeUndone(d) {
		return false
	}
	return d.lemmaIn(penaltyPassives) || d.lemma == "add" && az.anyIn(d.comp, d.hi, billNouns) && !az.subjectHasLex(d, lxDeliverable)
}

// penaltyAfterTheirSlip reports a penalty told as the result of a slip the
// sentence blames on the customer: "you missed two payments, so the policy
// has been cancelled", "you booked through a reseller, so the ticket got
// cancelled", "the appointment was missed, so it's been logged as a
// did-not-attend", "the scooter was parked outside the zone, so the fee has
// been applied". Said so, the cancelling, charging or logging is what their
// slip brought, in any form of the passive, and no step taken for them; after a
// third party's slip ("the courier lost your card, so it's been cancelled")
// it protects them, a step. The slip is the blame
// already found in the clause before, so a cancelling after an act the
// sentence does not blame ("as you asked, your order has been cancelled")
// stays a step; where a report of theirs is itself misread as blame ("you
// reported it lost, so the card has been cancelled") the step goes with it.
func (az *analyzer) penaltyAfterTheirSlip(c *clause) bool {
	if !c.passive || c.neg || c.byWho != actNone || !c.lemmaIn(penaltyPassives) || az.chargeUndone(c) {
		return false
	}
	ci := az.clauseIndex(c)
	p := az.prevInSentence(c)
	return p != nil && p.actor != actAgent && p.actor != actThird && az.found[ci-1]&kindBit(MarkBlame) != 0 && az.opensResult(ci)
}

// chargeUndone reports a charge or payment voided or cancelled: "both extra
// payments have now been voided" takes back what was taken, a remedy.
func (az *analyzer) chargeUndone(d *clause) bool {
	return (d.lemma == "void" || d.lemma == "cancel") && (az.subjectHas(d, chargeNouns) || az.subjectHas(d, paymentNouns))
}

// paymentNouns name money taken from the customer.
var paymentNouns = idSetOf(paymentNounsList)

const paymentNounsList = "payment payments transaction transactions debit debits"

// billNouns are what a charge is put on.
var billNouns = idSetOf(billNounsList)

const billNounsList = "bill invoice"

// penaltyPassives are what a rule takes from the customer.
var penaltyPassives = lemmaSetOf("forfeit release charge keep retain withhold cancel void apply log mark suspend close")

// actOfTheirs reports an act, not a state, whose doer is the customer's side
// or a third party (see causeIsOthers): a verb other than be, in the past or
// present. A passive counts when it names the customer's side after its verb
// ("sent to your phone") or is something only their side does.
func (az *analyzer) actOfTheirs(c *clause) bool {
	if c.verb < 0 || c.aspect != aspDone && c.aspect != aspPresent {
		return false
	}
	if c.actor == actThing && !c.passive && !c.hedged && !az.ourInSubject(c) && !az.agentInSubject(c) {
		return true // "the car came back with a quarter tank"
	}
	if c.passive && (c.lists&listSlip != 0 || az.leftUndone(c)) && c.byWho == actNone && !c.byAgent && !az.ourInSubject(c) {
		return true // "the id upload was skipped", "the patch test wasn't done": told in the passive, with no one named
	}
	if az.reportedLost(c) {
		return true // "the card was only reported lost a week later": only the owner reports it
	}
	if c.passive && (c.lists&listChoose != 0 || c.lemma == "miss") && c.byWho == actNone && !c.byAgent && !az.ourInSubject(c) && !az.atOurPlace(c) {
		// "the seats were picked as restricted view": only the buyer chooses; "the 10:30 appointment was
		// missed" beside a penalty: the one who did not come
		return true
	}
	if !az.causeIsOthers(c) {
		return false
	}
	if c.passive {
		return c.lists&listYourActs != 0 || az.yoursAfterVerb(c)
	}
	return true
}

// reportedLost reports a thing reported lost or stolen, in the passive with
// no one named: only its owner reports that.
func (az *analyzer) reportedLost(c *clause) bool {
	return c.passive && c.lemma == "report" && c.byWho == actNone && !c.byAgent && !c.neg && az.anyIn(c.comp, c.hi, lossWords)
}

// lossWords say how a thing was reported gone.
var lossWords = idSetOf(lossWordsList)

const lossWordsList = "lost stolen missing"

// leftUndone reports a passive denied in the past of a thing that is not
// the company's to deliver: "the patch test wasn't done", "the old sofa
// wasn't wrapped". "Your order wasn't dispatched" and "the refund wasn't
// processed" tell our part undone.
func (az *analyzer) leftUndone(c *clause) bool {
	if !c.neg || c.aspect != aspDone || az.subjectHasLex(c, lxDeliverable|lxCompanyNoun|lxAgent) {
		return false
	}
	return !(c.lemmaIn(replyVerbs) && az.yourSide(c)) // "your email wasn't answered for a week": theirs to us, ours to answer
}

// replyVerbs are what the one a message was sent to does in answer.
var replyVerbs = lemmaSetOf("answer reply respond acknowledge")

// yoursAfterVerb reports "you" or "your" after c's verb group: "sent to
// your phone".
func (az *analyzer) yoursAfterVerb(c *clause) bool {
	for i := c.comp; i < c.hi; i++ {
		if az.tok.toks[i].lex&(lxCustomer|lxYour) != 0 {
			return true
		}
	}
	return false
}

// refusesOrCharges reports a result that refuses a remedy ("we won't be
// refunding it", "I'm unable to check you in", "compensation isn't payable")
// or lets a charge stand ("the refuelling fee applies").
func (az *analyzer) refusesOrCharges(d *clause) bool {
	if d.actor == actCustomer || d.actor == actCustomers {
		return false // "so you can't claim": what they may do, a rule told
	}
	if d.obliged && d.neg {
		return false // "so the balance doesn't have to be paid now": a relief
	}
	toks := az.tok.toks
	if d.neg {
		if isRemedy(d.lemma) {
			return true // "we won't be refunding it"
		}
		for i := d.comp + 1; i < d.hi; i++ {
			if isRemedy(lemma(az.tok.key(toks[i]))) && (az.lexAt(i-1)&(lxCan|lxWill|lxWould) != 0 || az.somethingBefore(i, d.comp)) {
				// "isn't something we can cover", "isn't something the warranty will cover", "isn't something
				// the warranty covers"; not "there's nothing extra to pay"
				return true
			}
			if toks[i].id == idMoney && i+1 < d.hi && toks[i+1].id == idBack {
				return true // "I can't give you the money back"
			}
		}
		return false
	}
	for i := d.lo; i+2 < d.hi; i++ {
		if unableWords.has(toks[i].id) && toks[i+1].id == idTo && isRemedy(az.tok.key(toks[i+2])) {
			return true // "unable to refund", "unable to offer"
		}
	}
	return (d.lemma == "apply" || d.lemma == "stand") && az.subjectHas(d, chargeNouns) || az.standsAfter(d) || az.asFarAsWeAreConcerned(d) ||
		az.fallsOutside(d) || az.atTheirCost(d) || az.settledAsDone(d)
}

// settledAsDone reports a result that says the thing was delivered or
// received, as our account of it: "somebody signed for it at 2:14pm, | so it
// was delivered".
func (az *analyzer) settledAsDone(d *clause) bool {
	return d.passive && !d.neg && d.aspect == aspDone && d.verb >= 0 && settledWords.has(az.tok.toks[d.verb].id) && az.pronounSubject(d)
}

// fallsOutside reports a result that puts the thing outside what is paid or
// covered: "so they fall outside what we can refund", "so the claim falls
// outside the policy".
func (az *analyzer) fallsOutside(d *clause) bool {
	return d.lemma == "fall" && !d.neg && d.verb+1 < d.hi && az.tok.toks[d.verb+1].id == idOutside
}

// atTheirCost reports a cost put on the customer: "so the exchange would be
// at your cost", "at your own expense".
func (az *analyzer) atTheirCost(d *clause) bool {
	toks := az.tok.toks
	for i := d.comp; i+2 < d.hi; i++ {
		if toks[i].id != idAt || toks[i+1].id != idYour && toks[i+1].id != idTheir {
			continue
		}
		k := i + 2
		if toks[k].id == idOwn && k+1 < d.hi {
			k++
		}
		if costWords.has(toks[k].id) {
			return true
		}
	}
	return false
}

// somethingBefore reports "something" or "anything" at most four words
// before the remedy at i, and not before lo: "isn't something the warranty
// | covers".
func (az *analyzer) somethingBefore(i, lo int) bool {
	for j := i - 1; j >= lo && j >= i-4; j-- {
		if id := az.tok.toks[j].id; id == idSomething || id == idAnything {
			return true
		}
	}
	return false
}

// asFarAsWeAreConcerned reports "as far as we're concerned" in d: what
// follows is our account, which stands ("so as far as we're concerned it's
// been delivered").
func (az *analyzer) asFarAsWeAreConcerned(d *clause) bool {
	toks := az.tok.toks
	for i := d.lo; i+3 < d.hi; i++ {
		if toks[i].id != idFar || az.lexAt(i+2)&lxAgent == 0 {
			continue
		}
		c := i + 3
		if az.lexAt(i+2)&lxBe == 0 && c+1 < d.hi && az.lexAt(c)&lxBe != 0 {
			c++ // "as far as we are concerned", said in full
		}
		if toks[c].id == idConcerned {
			return true // "far as we're concerned", "far as I'm concerned"
		}
	}
	return false
}

// standsAfter reports a result that says our account stands: "the date we
// gave you is right", "the extra hours are chargeable", "Thursday is
// actually on time", "it shows as delivered", "the session counts as used".
func (az *analyzer) standsAfter(d *clause) bool {
	toks := az.tok.toks
	for i := d.comp; i < d.hi; i++ {
		switch {
		case standingWords.has(toks[i].id) && d.verb < 0:
			return true
		case toks[i].id == idOn && i+1 < d.hi && toks[i+1].id == idTime && d.verb < 0 && d.aspect == aspState:
			return true
		case toks[i].id == idAs && i+1 < d.hi && settledWords.has(toks[i+1].id):
			return true
		}
	}
	return false
}

// isRemedy reports a remedy's verb: "refund", "cover", "compensate".
func isRemedy(lemma string) bool { return refusedRemedies[lemma] || resultRemedies[lemma] }

var (
	// resultWords open a result: "so", "hence", "therefore", "which means".
	resultWords = idSetOf(resultWordsList)
	// resultRemedies are remedies refused in a result, beside refusedRemedies.
	resultRemedies = wordSet("pay offer book compensate reimburse refunding waive credit reissue release redo approve issue process swap")
	// standingWords say a charge or an account stands; settledWords, after
	// "as", that a thing is taken as done.
	standingWords = idSetOf(standingWordsList)
	settledWords  = idSetOf(settledWordsList)
	// idFar and idConcerned read "as far as we're concerned" (see farConcernedList).
	idFar, idConcerned = wordID("far"), wordID("concerned")
	// idMoney reads "the money back".
	idMoney = wordID("money")
	// idOutside reads "falls outside"; costWords, after "at your", a cost put on the customer.
	idOutside = wordID("outside")
	costWords = idSetOf(costWordsList)
	// unableWords refuse as "unable to" does.
	unableWords = idSetOf(unableWordsList)
	// refusalWords are refusalWordsList's words.
	refusalWords = idSetOf(refusalWordsList)
)

const (
	resultWordsList   = "so hence therefore thus meaning"
	costWordsList     = "cost expense"
	unableWordsList   = "unable"
	farConcernedList  = "far concerned"
	standingWordsList = "right correct valid accurate genuine chargeable payable due"
	settledWordsList  = "delivered used received collected"
	// refusalWordsList are the words besides a negation that refusedOutright
	// reads a refusal or a penalty by: its check needs one in the sentence.
	// The penalties are in every form their passives take ("was applied",
	// "got cancelled", "would have been taken"); "neither" denies as a
	// negation does, though the lexicon marks it as none.
	refusalWordsList = "unable stands stand stood applies apply applied remains remain remained forfeited forfeit retained withheld voided " +
		"released kept added charged cancelled canceled taken neither logged marked suspended closed"
)

// actBesideRefusal reports a clause telling what the customer's side or a
// third party did, or that a thing is the customer's own ("the padlock on
// the unit is your own"), in a sentence that, before or after it, refuses
// outright or lets a penalty stand: "the cancellation fee stands, you booked the
// fixed-date fitting", "you booked under Jon but the passport says Jonathan,
// so I'm unable to check you in", "yours came in on day 12, so I can't open
// one". The act is held against the customer whatever joins the two, so the
// refusal is read more strictly than after "so" (see refusedOutright); a
// sentence that also takes a step of ours, or owns the fault, does not blame
// (see the veto rows).
func (az *analyzer) actBesideRefusal(c *clause) bool {
	if c.neg && c.actor == actCustomer || c.question || c.temporal && !az.penaltyJustBefore(c) || c.causal || c.quoted || c.ruleSubj {
		return false // "you didn't ..." has its own rows
	}
	yours := az.saidToBeYours(c)
	if !yours && !az.actOfTheirs(c) && !az.doneToItThen(c) {
		return false
	}
	if c.actor == actThing && !c.passive && !yours {
		if lo, hi := c.subjectSpan(); !az.anyMarkIn(lo, hi, lxYour) {
			return false // "the system doesn't let me": no one's act but ours; a passive was read as theirs above
		}
	}
	ci := az.clauseIndex(c)
	from, to := az.sentenceWindow(c)
	refused := false
	for k := from; k < to; k++ {
		d := &az.clauses[k]
		if k == ci || d.question || d.cond || d.temporal {
			continue
		}
		if d.ourStep() {
			return false // "we can't release it without ID, but I'll get it sorted": help follows
		}
		refused = refused || az.refusedOutright(d)
	}
	return refused
}

// doneToItThen reports a clause of when, after a penalty, that tells in
// the passive what was done to the thing by no one of ours: "the warranty
// was voided | when the casing was opened", "... | when the casing was opened
// by a repairer we don't approve". The penalty lays the act on their side;
// the caller has seen the penalty just before (see penaltyJustBefore).
func (az *analyzer) doneToItThen(c *clause) bool {
	if !c.temporal || !c.passive || c.aspect != aspDone || c.neg || c.byAgent || c.byWho == actAgent || az.ourInSubject(c) {
		return false
	}
	ci := az.clauseIndex(c)
	return ci > 0 && az.clauses[ci-1].actor != actAgent // a penalty taken, not what we cannot do ("I can't change a bill once it's issued")
}

// penaltyJustBefore reports a "when", "after" or "once" clause c right
// after a clause of its sentence that refuses or takes a penalty: "the
// warranty was voided | when you opened the unit" tells the act that
// brought the penalty.
func (az *analyzer) penaltyJustBefore(c *clause) bool {
	ci := az.clauseIndex(c)
	if ci == 0 || !penaltyTimeWords.has(az.tok.toks[c.lo].id) {
		return false
	}
	p := &az.clauses[ci-1]
	return az.tok.toks[p.lo].sent == az.tok.toks[c.lo].sent && !p.question && az.refusedOutright(p)
}

// penaltyTimeWords open the moment a penalty followed an act.
var penaltyTimeWords = idSetOf("when after once")

// vouchVerbs vouch for an outcome: denied, they hedge it ("I can't promise",
// "I can't guarantee it") rather than refuse.
var vouchVerbs = lemmaSetOf("promise guarantee")

// refusedOutright reports a clause that refuses or takes a penalty in so many
// words: we cannot or will not ("I can't process it"), a remedy denied ("isn't
// something we can cover"), "unable to", a charge that stands, applies or
// remains, or a penalty taken under a rule ("the deposit is forfeited").
// Being charged is left out: "you were charged twice" is the customer's
// complaint.
func (az *analyzer) refusedOutright(d *clause) bool {
	if d.actor == actAgent && d.neg && (d.aspect == aspCould || d.aspect == aspWill) {
		return !d.lemmaIn(vouchVerbs) // "I can't promise" hedges what it offers; it refuses nothing
	}
	if d.neg && az.refusesOrCharges(d) {
		return true // "a lost key isn't something we can cover", "we won't be refunding it"
	}
	if d.passive && d.neg && (d.aspect == aspCould || d.aspect == aspHabit && az.clauseHas(d, lxCan)) && d.byWho == actNone && !d.question && !az.clauseHasID(d, idBy) {
		// "so the discount code can't be applied to it", "permits can't be backdated": what cannot be
		// done, told with no one named, of this thing or as a rule;
		// "your account can't be opened by anyone else" names who cannot
		return true
	}
	toks := az.tok.toks
	for i := d.lo; i+1 < d.hi; i++ {
		if unableWords.has(toks[i].id) && toks[i+1].id == idTo && d.actor == actAgent {
			return true
		}
	}
	if (d.lemma == "apply" || d.lemma == "stand" || d.lemma == "remain") && !d.neg && az.subjectHas(d, chargeNouns) {
		return true
	}
	return az.penaltyTaken(d) && d.lemma != "charge"
}

// saidToBeYours reports a thing said to be the customer's own, with be as
// the verb: "the padlock on the unit is your own", "that lead is yours".
func (az *analyzer) saidToBeYours(c *clause) bool {
	if c.verb >= 0 || c.neg || c.actor != actThing || c.comp >= c.hi {
		return false
	}
	toks := az.tok.toks
	i := c.comp
	if toks[i].id == idYours {
		return true
	}
	return i+1 < c.hi && toks[i].id == idYour && toks[i+1].id == idOwn
}
