package scoring

// The customer's side's own act, told without naming them: a passive of a
// step only the customer's side takes, offered as what happened because a
// record shows it ("the logs show the booking was amended on the 9th",
// "according to the courier's scan, the parcel was refused at the door") or
// because it was done amiss ("the PIN's been entered wrong three times", "the
// account was set up with the wrong email"). A step the company took in the
// same sentence is not laid on anyone.

// yourActOnRecord reports such a clause (see above).
func (az *analyzer) yourActOnRecord(c *clause) bool {
	if !c.passive || c.neg || c.byAgent || c.verb < 0 || az.weActInSentence(c) {
		return false
	}
	if c.lemma == "leave" && c.verb+1 < c.hi && az.lexAt(c.verb+1)&lxPrep != 0 {
		return false // "left at the wrong house" is where a courier put it; "left unlocked" is how it was kept
	}
	if c.lemma == "scan" && az.subjectHasLex(c, lxDeliverable) {
		return false // "your parcel was scanned into the depot": the carrier's step; "the code was scanned" is theirs
	}
	// "according to our records, your account was set up in 2019" is history
	return az.doneAmiss(c) || c.lemma != "set" && az.onRecord(c)
}

// unownedActOnRecord reports an act the agent reads from a record, told in
// the passive with nobody named and nothing of ours in it, that went wrong
// or was followed by the trouble: "the engineer's report shows the socket
// had been disconnected inside the property", "the footage shows the seat
// post being raised past the max line before it snapped". What we deliver
// ("the tracking shows the parcel was delayed") is the carrier's or ours,
// and a step of ours in the sentence takes it on.
func (az *analyzer) unownedActOnRecord(c *clause) bool {
	if c.neg || !az.unownedPassiveCause(c) || az.subjectHasLex(c, lxDeliverable) || az.weActInSentence(c) {
		return false
	}
	if c.lemma == "leave" && c.verb+1 < c.hi && az.lexAt(c.verb+1)&lxPrep != 0 {
		return false // "the tracking shows it was left at the wrong house": where a courier put it
	}
	if (c.hasHave || az.clauseHasID(c, idNow)) && c.lists&stepList != 0 && !az.doneAmiss(c) {
		return false // "the records show the card's been cancelled", "that's now cancelled": a step done for them, told as news
	}
	next := az.nextInSentence(c)
	if !az.troubled(c) && !az.doneAmiss(c) && (next == nil || !next.temporal || !az.troubledNow(next)) {
		return false
	}
	return az.onRecord(c)
}

// doneAmiss reports a word after the verb that says the act went amiss:
// "entered wrong", "typed as 'Flat 4' instead of 'Flat 14'", "switched on
// manually", "left open".
func (az *analyzer) doneAmiss(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi; i++ {
		if az.lexAt(i)&lxWrong != 0 || amissWords.has(toks[i].id) {
			return true
		}
	}
	return false
}

// amissWords say how an act went amiss.
var amissWords = idSetOf(amissWordsList)

const amissWordsList = "wrongly incorrectly instead manually unsigned blank open unticked unlocked unattended"

// onRecord reports a clause the agent reads from a record earlier in its
// sentence: "the logs show |", "the photos you sent show |", "according to
// the scan, |", "going by the photos, |", "our review has found that |".
func (az *analyzer) onRecord(c *clause) bool {
	toks := az.tok.toks
	if p := az.prevInSentence(c); p != nil && p.hi == c.lo && !p.neg && p.verb == p.hi-1 && (az.markAt(p.verb)&lxReport != 0 && az.subjectHas(p, evidenceNouns) || az.ourPeopleFound(p)) {
		return true // "the photos you sent show | the freezer was installed in a garage": the record, its verb, then what it shows
	}
	lo, _ := az.nearC(c) // a record is cited just before what it shows
	for i := lo; i < c.lo; i++ {
		switch {
		case az.evidenceShows(i):
			return true
		case recordLeads.has(toks[i].id), i+1 < c.lo && recordOpeners.has(toks[i].id) && toks[i+1].id == idBy:
			return true
		case recordLookLeads.has(toks[i].id) && az.recordLookedAt(i, c.lo):
			return true
		}
	}
	return false
}

// ourPeopleFound reports the company's people, named without "I" or "we",
// telling what they found on the spot: "our engineer found | the stopcock
// had been turned off", "the technician noticed | ...". What they found is
// read as a record is.
func (az *analyzer) ourPeopleFound(p *clause) bool {
	return p.actor == actAgent && p.bag&lxAgent == 0 && p.bag&lxCompanyNoun != 0 && p.aspect == aspDone && p.lemmaIn(foundVerbs)
}

// foundVerbs tell what someone found on the spot.
var foundVerbs = lemmaSetOf("find notice spot discover note see")

// recordLookedAt reports a frame at i that reads what follows from a
// record looked at, before token hi: "looking at the photos", "having looked
// at the logs", "based on the scan", "from the footage" opening the
// sentence; or from how a thing looks: "by the look of it", "by the looks
// of the scratches". A "from" elsewhere is where a thing came from.
func (az *analyzer) recordLookedAt(i, hi int) bool {
	toks := az.tok.toks
	if i+1 >= hi {
		return false
	}
	switch toks[i].id {
	case idLook, idLooks:
		return i > 0 && toks[i-1].id == idThe && toks[i+1].id == idOf
	case idFrom:
		return i == az.tok.sents[toks[i].sent].tokLo && az.anyIn(i+1, min(i+4, hi), evidenceNouns)
	}
	return lookedLinks.has(toks[i+1].id) && az.anyIn(i+2, min(i+5, hi), evidenceNouns)
}

// recordLookLeads open the frames recordLookedAt reads; lookedLinks follow
// the verb in them ("looking at", "based on").
var (
	recordLookLeads = idSetOf(recordLookLeadsList)
	lookedLinks     = idSetOf(lookedLinksList)
	idLooks         = wordID("looks")
)

const (
	recordLookLeadsList = "looking looked based from look looks"
	lookedLinksList     = "at on"
)

// recordOpeners read what follows from a record before "by": "going by the
// photos", "judging by the scan"; recordLeads do so alone: "according to the
// scan", "per our records".
var (
	recordOpeners = idSetOf(recordOpenersList)
	recordLeads   = idSetOf(recordLeadsList)
)

const (
	recordOpenersList = "going judging"
	recordLeadsList   = "according per"
)

// theirActSetAgainst reports a third party's act told against what the
// customer says went wrong: after "but" or "though" ("I'm sorry about the
// wait, but the courier had your parcel for four days"), or insisted on with
// "did" ("the driver did wait ten minutes"). A step they took for the customer,
// news in the perfect ("but the courier has picked it up now") or what they
// confirmed is no such act,
// nor is a clause whose party is only carried over from the one before.
func (az *analyzer) theirActSetAgainst(c *clause) bool {
	if c.passive || c.hasHave && c.lemma != "have" || c.verb < 0 || c.subj < c.lo || c.lists&stepList != 0 && c.lists&troubleLists == 0 || c.lemma == "confirm" || c.lemma == "approve" {
		return false
	}
	return (az.insistsWithDid(c) || contrastWords.has(az.tok.toks[c.lo].id)) && !az.weActInSentence(c)
}

// disclosedAtTheTime reports a term said to have been shown to the customer
// when they bought: "that was clearly shown when you booked", "the fare was
// clearly marked non-refundable at checkout". Shown plainly, or at the time
// they chose, or with a charge standing as its result ("the checkout time is
// printed on the door, so the late fee stands"), it answers their complaint
// with what they were shown.
func (az *analyzer) disclosedAtTheTime(c *clause) bool {
	if !c.passive || c.neg || c.byAgent || c.lists&listDisclose == 0 && c.lemma != "print" {
		return false
	}
	if c.lemma == "print" {
		return az.whenYouChose(c) || az.refusedAsResult(c) // "the label was printed in bold, so the scanner could read it" shows them nothing
	}
	return az.anyIn(c.lo, c.hi, plainlyWords) || az.whenYouChose(c) || az.refusedAsResult(c) || az.shownAgainAfter(c)
}

// refusedAsResult reports a result after c, in its sentence, that refuses a
// remedy or lets a charge stand: "the checkout time is printed on the door,
// | so the late checkout fee does stand". What was shown is held against
// the customer.
func (az *analyzer) refusedAsResult(c *clause) bool {
	k := az.resultAfter(az.clauseIndex(c))
	if k == 0 {
		return false
	}
	d := &az.clauses[k]
	return !d.question && !d.cond && (az.refusesOrCharges(d) || az.refusedOutright(d))
}

// plainlyWords say it could not be missed: "clearly", "says in bold".
var plainlyWords = idSetOf(plainlyWordsList)

const plainlyWordsList = "clearly plainly prominently explicitly bold"

// whenYouChose reports, in c's sentence, a clause of when in which the
// customer chose or paid ("when you booked the room"), or "at checkout".
func (az *analyzer) whenYouChose(c *clause) bool {
	toks := az.tok.toks
	sent := toks[c.lo].sent
	for i := c.lo; i < len(toks) && toks[i].sent == sent; i++ {
		if toks[i].id == idCheckout && !az.leavingCheckout(i) {
			return true // "at checkout", "on the checkout page"; not a hotel's "checkout time"
		}
	}
	for ci := range az.clauses {
		o := &az.clauses[ci]
		if toks[o.lo].sent == sent && o.temporal && o.actor == actCustomer && o.lists&listChoose != 0 {
			return true
		}
	}
	return false
}

// leavingCheckout reports "checkout" at i as the time a guest leaves, not
// the step of buying: "the checkout time", "a late checkout".
func (az *analyzer) leavingCheckout(i int) bool {
	toks := az.tok.toks
	return i+1 < len(toks) && leavingAfter.has(toks[i+1].id) || i > 0 && leavingBefore.has(toks[i-1].id)
}

// idCheckout is the id of "checkout"; leavingAfter and leavingBefore, next
// to it, make it a guest's leaving.
var (
	idCheckout    = wordID("checkout")
	leavingAfter  = idSetOf(leavingAfterList)
	leavingBefore = idSetOf(leavingBeforeList)
)

const (
	leavingAfterList  = "time times fee"
	leavingBeforeList = "late early"
)

// paperworkCameWrong reports the customer's paperwork or payment reaching us
// late, short or incomplete: "the form came back unsigned", "your documents
// arrived a week late", "the payment arrived short". On time, it clears them.
func (az *analyzer) paperworkCameWrong(c *clause) bool {
	if c.neg || c.subj < 0 {
		return false
	}
	paper := az.subjectHas(c, paperwork)
	if c.lemma == "miss" && az.paperLacked(c, paper || az.addressSubject(c)) {
		// "your application was missing the proof of address", "the page was missing from your form",
		// "the address on the order was missing a postcode"
		return true
	}
	if !paper && !az.subjectHas(c, placedNouns) || c.lists&listArrive == 0 && !az.wentIn(c) && !(c.passive && c.lemmaIn(handedInVerbs)) {
		return false // what we send, or an act that hands nothing in; the subject is asked first, as it rules out most
	}
	if !paper {
		// an order or a booking: "the booking came through with the wrong postcode", "the order was placed after the cut-off"
		return az.wrongInputAfter(c) || az.forTheWrongOne(c) || c.passive && c.lemmaIn(handedInVerbs) && az.placedLate(c)
	}
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi; i++ {
		if lateWords.has(toks[i].id) || az.lexAt(i)&lxWrong != 0 && toks[i].id != idTwice || az.pastDeadlineAt(i, c.hi) || lackingWords.has(toks[i].id) {
			return true // "late", "unsigned", "after the deadline", "without a signature", "with the second page missing"
		}
		if toks[i].id == idNo && toks[i-1].id == idWith && !az.troubleNamedAt(i+1, c.hi) || toks[i].id == idToo && i+1 < c.hi && az.lexAt(i+1) == 0 && !toks[i].pause {
			return true // "came back with no odometer reading on it", "came through far too blurry to use"
		}
	}
	return az.deadlineGoneBy(c)
}

// paperLacked reports paperwork that came short of a part, told with
// "missing": the paperwork as the subject ("your application was missing the
// proof of address"), or after "from" ("the page was missing from your
// form"). paper says the subject is paperwork.
func (az *analyzer) paperLacked(c *clause, paper bool) bool {
	if c.verb < 0 || c.passive || az.tok.key(az.tok.toks[c.verb]) != "missing" {
		return false
	}
	toks := az.tok.toks
	if paper && c.verb+1 < c.hi && toks[c.verb+1].id != idFrom {
		return true // what it was missing follows; "your payment was missing" was lost, and "from our system" by us
	}
	return c.verb+2 < c.hi && toks[c.verb+1].id == idFrom && az.anyIn(c.verb+2, min(c.verb+5, c.hi), paperwork)
}

// paperworkLeftOut reports the customer's paperwork that did not hold a
// part: "the documentation supplied did not include proof of purchase",
// "the form didn't have a signature on it". What our letter left out is
// ours.
func (az *analyzer) paperworkLeftOut(c *clause) bool {
	if !c.neg || c.question || c.passive || c.subj < 0 || c.verb < 0 || c.comp >= c.hi || !c.lemmaIn(holdingVerbs) {
		return false
	}
	return az.paperOrAddressSubject(c) && !az.ourInSubject(c) && !az.sorry(c)
}

// holdingVerbs say what a document holds.
var holdingVerbs = lemmaSetOf("include contain have show carry mention")

// addressSubject reports a subject that is an address or a label the
// customer gave, not one of ours: "the address on the order", "your label".
func (az *analyzer) addressSubject(c *clause) bool {
	return az.subjectHas(c, addressNouns) && !az.ourInSubject(c)
}

// paperOrAddressSubject reports a subject of paperwork, or an address or
// label the customer gave: what can come short of a part.
func (az *analyzer) paperOrAddressSubject(c *clause) bool {
	return az.subjectHas(c, paperwork) || az.addressSubject(c)
}

// troubleNamedAt reports a word of trouble or fault at i: "with no
// problems" says nothing was missing.
func (az *analyzer) troubleNamedAt(i, hi int) bool {
	return i < hi && (az.lexAt(i)&lxFaultNoun != 0 || troubleWords.has(az.tok.toks[i].id) || troubleNouns.has(az.tok.toks[i].id))
}

// lackingWords say paperwork came back short of a part: "without a
// signature", "with the second page missing", "with box 4 left blank".
var lackingWords = idSetOf(lackingWordsList)

const lackingWordsList = "without missing blank incomplete"

// placedLate reports an order or booking told as placed late: "late",
// "after the cut-off" after the verb, or a clause of when after it that
// names the deadline gone by.
func (az *analyzer) placedLate(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi; i++ {
		if toks[i].id == idLate || az.pastDeadlineAt(i, c.hi) {
			return true
		}
	}
	return az.deadlineGoneBy(c)
}

// idLate is the id of "late".
var idLate = wordID("late")

// handedInVerbs hand paperwork in, told in the passive of the one it
// reaches: "the claim was lodged", "the form was submitted".
var handedInVerbs = lemmaSetOf("submit lodge file send post hand make place raise receive")

// deadlineGoneBy reports, right after c in its sentence, a clause of when
// that opens with "after" and names a deadline: "the claim was lodged |
// after the 30-day window had closed"; or the same phrase set off without
// a verb: "the request was received on 19 August, | after the renewal date".
func (az *analyzer) deadlineGoneBy(c *clause) bool {
	ci := az.clauseIndex(c)
	if ci+1 >= len(az.clauses) {
		return false
	}
	next := &az.clauses[ci+1]
	toks := az.tok.toks
	return (next.temporal || next.verb < 0 && next.aspect == aspNone) && toks[next.lo].sent == toks[c.lo].sent && az.pastDeadlineAt(next.lo, next.hi)
}

// wentIn reports "went in" or "gone in": an order or a form reaching us,
// as "came through" does.
func (az *analyzer) wentIn(c *clause) bool {
	return c.lemma == "go" && c.verb+1 < c.hi && az.tok.toks[c.verb+1].id == idIn
}

// wrongInputAfter reports a wrong detail after c's verb, the kind the
// customer types in: "with the wrong postcode", "with an old address",
// "under a different name". A wrong item ("arrived with the wrong lid") is
// ours to send.
func (az *analyzer) wrongInputAfter(c *clause) bool {
	return az.inputAfter(c, true)
}

// inputAfter reports, after c's verb, a detail the customer gives that is
// other than the one that would have worked ("an old address", "a
// different name"), or, with wrong, one told as wrong too ("the wrong
// postcode").
func (az *analyzer) inputAfter(c *clause, wrong bool) bool {
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if (wrong && az.lexAt(i)&lxWrong != 0 || otherInputWords.has(az.tok.toks[i].id)) && az.inputNounWithin(i+1, c.hi, 3) {
			return true
		}
	}
	return false
}

// forTheWrongOne reports "for the wrong" or "for a different" after c's
// verb: "the booking was made for the wrong airport", "the order was placed
// for a different model". What an order or a booking is for is whatever the
// customer chose, any noun.
func (az *analyzer) forTheWrongOne(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i+2 < c.hi; i++ {
		if toks[i].id == idFor {
			j := i + 1
			return az.lexAt(j)&lxDet != 0 && (az.lexAt(j+1)&lxWrong != 0 || otherInputWords.has(toks[j+1].id))
		}
	}
	return false
}

// otherInputWords give a detail other than the one that would have worked:
// "made under a different name", "placed with your old address".
var otherInputWords = idSetOf(otherInputWordsList)

const otherInputWordsList = "different another old previous"

// placedNouns are what a customer places, whose details they give.
var placedNouns = idSetOf(placedNounsList)

const placedNounsList = "order orders booking bookings reservation"

// pastDeadlineAt reports "after the deadline", "past the cut-off", "after
// the 30 days" at i.
func (az *analyzer) pastDeadlineAt(i, hi int) bool {
	toks := az.tok.toks
	if i+2 >= hi || !afterWords.has(toks[i].id) || toks[i+1].id != idThe {
		return false
	}
	if i+3 < hi && toks[i+2].num && durationNouns.has(toks[i+3].id) && !az.hyphenated(i+3) {
		return true // "after the 30 days": "the" says the days are the known allowance
	}
	// "after the deadline", "after the booking deadline", "after the 30-day window", and over six
	// words, "outside the fourteen-day cooling-off period"
	for j := i + 2; j < hi && j <= i+6; j++ {
		if az.deadlineAt(j, hi) || toks[j].id == idPeriod && az.periodOfAllowance(i+2, j) {
			return true
		}
		if az.lexAt(j)&auxBits != 0 || az.tok.toks[j].pause {
			return false
		}
	}
	return false
}

// periodOfAllowance reports words lo..j-1 before "period" at j that make it
// an allowance: a number ("the 28-day period") or what the period allows
// ("the return period", "the cooling-off period"). "After the holiday
// period" names a season, no limit.
func (az *analyzer) periodOfAllowance(lo, j int) bool {
	for k := lo; k < j; k++ {
		if az.tok.toks[k].num || allowancePeriods.has(az.tok.toks[k].id) {
			return true
		}
	}
	return false
}

// allowancePeriods name what a period allows: "the return period".
var allowancePeriods = idSetOf(allowancePeriodsList)

const allowancePeriodsList = "return returns refund cooling trial notice claim claims change exchange cancellation free"

// idPeriod is the id of "period".
var idPeriod = wordID("period")

// deadlineAt reports a deadline's noun at j: "deadline", "cutoff", or
// "cut-off", which the tokenizer splits at its hyphen.
func (az *analyzer) deadlineAt(j, hi int) bool {
	toks := az.tok.toks
	return deadlineNouns.has(toks[j].id) || j+1 < hi && toks[j].id == idCut && toks[j+1].id == idOff && az.hyphenated(j+1)
}

// Ids of "cut" and "off", the halves of "cut-off".
var idCut, idOff = wordID("cut"), wordID("off")

// offWord holds "off", the particle of "drop it off".
var offWord = idSetOf("off")

// paperwork is what the customer sends: forms, documents, payments.
var (
	paperwork     = idSetOf(paperworkList)
	addressNouns  = idSetOf(addressNounsList)
	lateWords     = idSetOf(lateWordsList)
	afterWords    = idSetOf(afterWordsList)
	deadlineNouns = idSetOf(deadlineNounsList)
)

const (
	paperworkList = "form forms documents document documentation paperwork application payment payments premium premiums instalments installments " +
		"portion instalment installment signature evidence photos receipt receipts reading readings agreement agreements contract contracts " +
		"deposit declaration request cancellation claim prescription prescriptions script scripts"
	lateWordsList = "late short incomplete unsigned overdue without"
	// addressNouns are what the customer gives for a delivery: short of a
	// part, it came short from them.
	addressNounsList  = "address addresses label details"
	afterWordsList    = "after past beyond outside"
	deadlineNounsList = "deadline cutoff closing due window renewal expiry limit grace billing"
)

// notUsAfter reports a clause that names who did it and then rules the
// company out: "the owner set those fees, not head office", "your bank
// blocked it, not us".
func (az *analyzer) notUsAfter(c *clause) bool {
	if c.verb < 0 || c.neg || c.actor == actAgent && !az.anotherTeam(c) {
		return false // but "the billing team messed it up, not me" passes the fault to another team
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if toks[i].id != idNot || !toks[i-1].pause && az.lexAt(i-1)&(lxThird|lxThirdNoun) == 0 {
			continue // ", not us", or "with them not me"
		}
		next := az.lexAt(i + 1)
		return next&(lxAgent|lxOurDet|lxI) != 0 || toks[i+1].id == idHead || toks[i+1].id == idThe && i+2 < c.hi && az.lexAt(i+2)&lxCompanyNoun != 0
	}
	return false
}

// behindOurBack reports another team of the company that acted without
// telling us: "the IT team changed the login page without telling us". The
// speaker passes the fault to them.
func (az *analyzer) behindOurBack(c *clause) bool {
	if c.actor != actAgent || c.subj < 0 || az.lexAt(c.subj)&lxAgent != 0 {
		return false // "we", "I": the cheapest test first, as most clauses of ours say so
	}
	return az.anotherTeam(c) && az.withoutTellingUs(c)
}

// withoutTellingUs reports "without telling us" or "without asking us"
// after c's verb: another team acted behind the speaker's back.
func (az *analyzer) withoutTellingUs(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i+2 < c.hi; i++ {
		if toks[i].id == idWithout && tellingForms.has(toks[i+1].id) && az.lexAt(i+2)&(lxAgent|lxI) != 0 {
			return true
		}
	}
	return false
}

// tellingForms, after "without", tell or ask someone first.
var tellingForms = idSetOf(tellingFormsList)

const tellingFormsList = "telling asking informing warning consulting checking"

// themToChaseAfter reports a team of the company named without "we" or
// "our" ("the warehouse team mislabelled the box") whose act a later clause
// of its sentence hands to them: "so it's really them you'd want to take
// that up with", "that's on them", "so you'd need to take that up with
// them". The fault is passed on, not owned.
func (az *analyzer) themToChaseAfter(c *clause) bool {
	if c.actor != actAgent || !az.anotherTeam(c) {
		return false
	}
	if az.withoutTellingUs(c) {
		return true // "the IT team changed the login page without telling us": behind our back, not owned
	}
	return az.anyClauseAfter(c, func(k int) bool {
		d := &az.clauses[k]
		return az.isCleftOnThem(d) || d.verb < 0 && !d.neg && d.bag&lxThird != 0 && az.isDownToThem(d) ||
			d.actor == actCustomer && !d.neg && az.takeItUp(d) && az.compHas(d, lxThird) // "so you'd need to take that up with them"
	})
}

// anotherTeam reports a subject that is a team of the company named without
// "we", "our" or "my": "the billing team", "accounts".
func (az *analyzer) anotherTeam(c *clause) bool {
	lo, hi := c.subjectSpan()
	return lo < hi && !az.anyLexIn(lo, hi, lxAgent|lxOurDet)
}

// Ids of "not" and "head" ("not head office").
var idNot, idHead = wordID("not"), wordID("head")

// inYourCare reports harm said to have come about while the thing was with
// the customer: "it happened on your watch", "something must have happened to
// it during your stay", "the damage occurred in your possession".
func (az *analyzer) inYourCare(c *clause) bool {
	if c.verb < 0 || c.neg {
		return false
	}
	toks := az.tok.toks
	if !c.tellsItHappened() && c.lists&troubleLists == 0 {
		return c.bag&lxYour != 0 && az.causedInYourTime(c) // "the deductions relate to carpet damage caused during your tenancy"
	}
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if toks[i].id == idAfter && handoverNouns.has(toks[i+1].id) {
			return true // "the damage must have happened after delivery"
		}
	}
	for i := c.verb + 1; i+2 < c.hi; i++ {
		if !custodyPreps.has(toks[i].id) || toks[i+1].id != idYour {
			continue
		}
		switch {
		case custodyNouns.has(toks[i+2].id):
			return true
		case whileYouHadIt.has(toks[i+2].id):
			// "the outage happened during your stay" is only when; a guess or a "so" makes it the
			// cause: "so it must have happened during your stay"
			return c.aspect == aspMust || toks[c.lo].id == idSo
		}
	}
	return false
}

// causedInYourTime reports "caused", "sustained" or "done" just before
// "during your tenancy", "during your stay" and the like after c's verb:
// the damage was done while the thing was theirs.
func (az *analyzer) causedInYourTime(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 2; i+2 < c.hi; i++ {
		if custodyPreps.has(toks[i].id) && toks[i+1].id == idYour && whileYouHadIt.has(toks[i+2].id) && causedWords.has(toks[i-1].id) {
			return true
		}
	}
	return false
}

// happenedWhileYouHadIt reports a trouble that happened, guessed with
// "must" or given as a result with "so", in the clause before one opened
// with "while" that tells the thing in the customer's hands: "so it must
// have happened while you had the car", "so the damage happened while the
// phone was with you". Only when: "the outage happened while you were on
// the call".
func (az *analyzer) happenedWhileYouHadIt(c *clause) bool {
	if c.verb < 0 || c.neg || c.aspect != aspMust && az.tok.toks[c.lo].id != idSo {
		return false
	}
	d := az.nextInSentence(c)
	if d == nil || d.lo+2 >= d.hi || az.tok.toks[d.lo].id != idWhile || d.neg {
		return false // the cheap test first: few clauses are followed by "while"
	}
	if !c.tellsItHappened() && c.lists&troubleLists == 0 {
		return false
	}
	if d.actor == actCustomer && d.lemma == "have" {
		return true // "while you had the car"
	}
	return d.verb < 0 && az.pairIn(d, idWith, youWords) // "while the phone was with you"
}

// idWhile is the id of "while"; causedWords tell a cause done in a time;
// youWords name the customer.
var (
	idWhile     = wordID("while")
	causedWords = idSetOf(causedWordsList)
	youWords    = idSetOf(youWordsList)
)

const (
	causedWordsList = "caused sustained done"
	youWordsList    = "you"
)

// wentWrongBeforeHandover reports a clause opened by "after" that tells in
// the passive that the thing was handed over, just after a clause of its
// sentence in which a trouble happened: "the damage happened | after it was
// delivered", "the dent occurred | after it was collected". The trouble came
// in their care.
func (az *analyzer) wentWrongBeforeHandover(d *clause) bool {
	k := az.clauseIndex(d) - 1
	if k < 0 || az.tok.toks[d.lo].id != idAfter || !d.lemmaIn(handoverVerbs) {
		return false
	}
	c := &az.clauses[k]
	if az.tok.toks[c.lo].sent != az.tok.toks[d.lo].sent || c.neg || c.verb < 0 || c.actor != actThing {
		return false
	}
	return c.tellsItHappened() || c.lists&troubleLists != 0
}

// wentWrongAfterWeHandedItOn reports a trouble that happened, told just
// before a clause of its sentence opened by "after" or "once" in which the
// thing left our keeping: "your parcel went missing | after we handed it
// over", "it was damaged | after we passed it to the courier", "the damage
// happened | after it left us", "that happened | once it was in your
// hands". It went wrong in someone else's hands.
func (az *analyzer) wentWrongAfterWeHandedItOn(c *clause) bool {
	k := az.clauseIndex(c) + 1
	if k >= len(az.clauses) || !afterWhen.has(az.tok.toks[az.clauses[k].lo].id) || c.neg || c.verb < 0 || c.actor == actAgent {
		return false // the cheapest test first: most clauses have no "after" clause next
	}
	if az.ourInSubject(c) || az.sorry(c) {
		return false
	}
	d := &az.clauses[k]
	if az.tok.toks[d.lo].sent != az.tok.toks[c.lo].sent || d.neg || !az.handedOnIn(d) {
		return false
	}
	return c.tellsItHappened() || c.lists&troubleLists != 0 || az.troubled(c)
}

// handedOnIn reports a clause that tells the thing leaving our keeping:
// "we handed it over", "we passed it to Evri", "it left us", "it left our
// warehouse", "it was in your hands".
func (az *analyzer) handedOnIn(d *clause) bool {
	switch {
	case d.actor == actAgent:
		return d.lemmaIn(handedOnVerbs) && (az.idIn(idOver, d.comp, d.hi) || az.idIn(idTo, d.comp, d.hi))
	case d.lemma == "leave":
		return d.actor == actThing && d.verb+1 < d.hi && az.lexAt(d.verb+1)&(lxAgent|lxOurDet) != 0
	case d.verb < 0:
		return az.custodyOfYoursIn(d)
	}
	return false
}

// custodyOfYoursIn reports "in your hands", "in your care", "in your
// possession" in d.
func (az *analyzer) custodyOfYoursIn(d *clause) bool {
	toks := az.tok.toks
	for i := d.lo; i+2 < d.hi; i++ {
		if custodyPreps.has(toks[i].id) && toks[i+1].id == idYour && custodyNouns.has(toks[i+2].id) {
			return true
		}
	}
	return false
}

// afterWhen open a clause of when that follows a handover: "after", "once".
var afterWhen = idSetOf("after once")

// tellsItHappened reports a clause whose verb says only that a thing came
// about ("happened", "occurred"): what it was is in its subject. The lemma
// is compared as it is, not lemmatised again: the clause reader already
// read it to its base (TestLemmaOfClauseIsBase holds the two readings
// together over the corpus).
func (c *clause) tellsItHappened() bool {
	return c.lemma == "happen" || c.lemma == "occur"
}

// handedOnVerbs pass a thing to someone else's keeping.
var handedOnVerbs = lemmaSetOf("hand pass give")

// idOver is the id of "over", as in "handed it over".
var idOver = wordID("over")

// handoverVerbs, in the passive after "after", tell the moment the thing
// became the customer's.
var handoverVerbs = lemmaSetOf("deliver collect hand")

// custodyPreps and custodyNouns make "on your watch", "in your care",
// "during your stay".
var (
	custodyPreps = idSetOf(custodyPrepsList)
	custodyNouns = idSetOf(custodyNounsList)
	// whileYouHadIt only say when, unless the agent draws the cause from them.
	whileYouHadIt = idSetOf(whileYouHadList)
	idSo          = wordID("so")
	// handoverNouns after "after" name the moment the thing became the customer's.
	handoverNouns = idSetOf(handoverNounsList)
)

const (
	custodyPrepsList = "on in during"
	custodyNounsList = "watch care possession custody keeping hands"
	whileYouHadList  = "stay tenancy hire rental visit"
)

// itIsYourOwn reports "it" or "that" said to be the customer's own means or
// kit: "it was your login", "nine times out of ten it's the customer's own
// router", "that's your own equipment". It names what did it.
func (az *analyzer) itIsYourOwn(c *clause) bool {
	if c.neg || c.verb >= 0 || c.subj < 0 || az.lexAt(c.subj)&lxThing == 0 || az.lexAt(c.subj)&lxDet != 0 && c.subj+1 < c.hi && az.lexAt(c.subj+1) == 0 {
		return false // "that router is ours" names a thing, not what did it
	}
	toks := az.tok.toks
	i := c.comp
	for i < c.hi && (az.lexAt(i)&lxAdverb != 0 || az.isLyAdverb(i, az.tok.key(toks[i]))) {
		i++
	}
	switch {
	case i+1 < c.hi && toks[i].id == idYour:
		i++
	case i+2 < c.hi && toks[i].id == idThe && toks[i+1].id == idCustomers:
		i += 2
	default:
		return false
	}
	if toks[i].id == idOwn {
		return i+1 < c.hi
	}
	return ownMeans.has(toks[i].id)
}

// ownMeans are the customer's devices and credentials that can do it
// themselves; "your email" or "your account" is often only where, not what.
var ownMeans = idSetOf(ownMeansList)

const ownMeansList = "login laptop phone device computer tablet router handset password pin credentials network wifi " +
	"equipment kit charger cable"

// Ids of "own" and "customer's".
var idOwn, idCustomers = wordID("own"), wordID("customer's")

// penaltyWaived reports a penalty said not to have been put on the customer:
// "no late fee was added", "the charge hasn't been applied". It is good news,
// not a part of theirs left undone.
func (az *analyzer) penaltyWaived(c *clause) bool {
	if !c.neg || !c.lemmaIn(penaltyVerbs) {
		return false
	}
	return az.subjectHas(c, penaltyNouns)
}

// penaltyVerbs put a penalty on an account; penaltyNouns name one.
var (
	penaltyVerbs = lemmaSetOf("add apply charge levy impose take")
	penaltyNouns = idSetOf(penaltyNounsList)
)

const penaltyNounsList = "fee fees charge charges penalty penalties fine fines interest surcharge surcharges"

// handoverNounsList holds the words of handoverNouns.
const handoverNounsList = "delivery collection dispatch pickup pick-up"

// disownedAfter reports a clause in which someone other than the agent did
// something, followed in its sentence by a clause that rules the agent or the
// company out: "accounts logged the repair under the wrong date, | so don't
// look at me", "finance processed the refund to the wrong card, | that
// wasn't anything the store did", "accounts raised that invoice, | I'd have
// had nothing to do with it".
func (az *analyzer) disownedAfter(c *clause) bool {
	if c.verb < 0 || c.neg || c.passive || c.personal || c.actor == actCustomer {
		return false
	}
	ci := az.clauseIndex(c)
	if ci+1 >= len(az.clauses) {
		return false
	}
	d := &az.clauses[ci+1]
	if az.tok.toks[d.lo].sent != az.tok.toks[c.lo].sent || d.question {
		return false
	}
	if c.actor == actAgent && !az.anotherTeam(c) {
		// "our accounts team sent it to your old address, | that's accounts, not me": the
		// agent sets their own team apart by name; without that, "our team" owns it
		return az.rulesMeOut(d)
	}
	return az.deniesOurPart(d) || az.rulesMeOut(d)
}

// rulesMeOut reports a clause that rules the agent out by name: "don't look
// at me", "I had nothing to do with it", "it's nothing to do with me",
// "that's accounts, not me", "that wasn't anything the store did".
func (az *analyzer) rulesMeOut(d *clause) bool {
	toks := az.tok.toks
	for i := d.lo; i+1 < d.hi; i++ {
		if toks[i].id == idNot && az.lexAt(i+1)&lxI != 0 && az.lexAt(i+1)&auxBits == 0 && (i+2 == d.hi || toks[i+1].pause) && i > d.lo && !toks[i-1].pause {
			return true // "that's accounts, not me"
		}
		if i+2 >= d.hi {
			continue
		}
		switch {
		case toks[i].id == idNothing && toks[i+1].id == idTo && az.withMeWithin(i+2, d.hi):
			return true // "it's nothing to do with me"
		case toks[i].id == idLook && toks[i+1].id == idAt && az.lexAt(i+2)&lxI != 0:
			return d.neg // "don't look at me"
		case toks[i].id == idNothing && toks[i+1].id == idTo && d.actor == actAgent:
			return true // "I'd have had nothing to do with it"
		case toks[i].id == idAnything && (az.lexAt(i+2)&lxCompanyNoun != 0 || ourPlaces.has(toks[i+2].id)):
			return d.neg // "that wasn't anything the store did"
		}
	}
	return false
}

// withMeWithin reports "with me" within three words of i: "to do with me".
func (az *analyzer) withMeWithin(i, hi int) bool {
	for j := i; j+1 < hi && j <= i+2; j++ {
		if az.tok.toks[j].id == idWith && az.lexAt(j+1)&lxI != 0 && az.lexAt(j+1)&auxBits == 0 {
			return true
		}
	}
	return false
}

// ourPlaces name the company by where it serves: "the store", "the shop".
var ourPlaces = idSetOf(ourPlacesList)

const ourPlacesList = "store shop branch office workshop salon clinic practice"

// Ids of "look" and "anything".
var idLook, idAnything = wordID("look"), wordID("anything")

// seenOfThem reports the agent seeing what the customer's side did, read
// as a clause of its own: "I can see | you booked the wrong date". The
// mistake seen is theirs, not ours.
func (az *analyzer) seenOfThem(c *clause) bool {
	if c.actor != actAgent || c.verb < 0 || c.lemma != "see" && c.lemma != "notice" {
		return false
	}
	ci := az.clauseIndex(c)
	if ci+1 >= len(az.clauses) {
		return false
	}
	d := &az.clauses[ci+1]
	return az.tok.toks[d.lo].sent == az.tok.toks[c.lo].sent && (d.actor == actCustomer || az.yourSide(d))
}

// happenedWithThem reports a trouble told as having happened with a third
// party or on the way: "any damage must have happened with the carrier",
// "it must have happened in transit". Where it happened lays it there.
func (az *analyzer) happenedWithThem(c *clause) bool {
	if c.neg || c.question || c.cond || c.verb < 0 || !c.tellsItHappened() {
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

// seenWrongTries reports what we can see on record named as the customer's
// tries with the wrong secret: "I can see three failed attempts with the
// wrong PIN before the card was blocked". The record shows their input.
func (az *analyzer) seenWrongTries(c *clause) bool {
	if c.actor != actAgent || c.neg || c.question || c.cond || c.lemma != "see" || c.comp >= c.hi {
		return false
	}
	toks := az.tok.toks
	wrong := false
	for i := c.comp; i+1 < c.hi; i++ {
		if az.lexAt(i)&lxAgent != 0 || az.lexAt(i)&lxOurDet != 0 {
			return false // "I can see we sent the wrong size": ours
		}
		if az.lexAt(i)&lxWrong != 0 && toks[i].id != idTwice && secretNouns.has(toks[i+1].id) {
			wrong = true // "the wrong PIN", "an incorrect password"
		}
	}
	return wrong && az.anyIn(c.comp, c.hi, tryNouns)
}

// tryNouns name tries at something: "three failed attempts".
var tryNouns = idSetOf(tryNounsList)

const tryNounsList = "attempt attempts try tries entries login logins"

// doneWithoutConsent reports an act done "without" the consent of anyone
// but the customer, by them or by no one named: "you made the alterations
// without the landlord's consent", "the work was carried out without our
// approval". The consent lacking is another's, so the act was the
// customer's side's; "without your consent" tells what was done to them.
func (az *analyzer) doneWithoutConsent(c *clause) bool {
	if c.neg || c.question || c.cond || c.verb < 0 || c.aspect != aspDone || c.actor == actAgent || c.byAgent || az.ourInSubject(c) {
		return false
	}
	if c.actor != actCustomer && !(c.passive && c.byWho == actNone) {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if toks[i].id != idWithout {
			continue
		}
		for j := i + 1; j < c.hi && j <= i+4; j++ {
			if toks[j].id == idYour || toks[j].pause {
				return false
			}
			if consentNouns.has(toks[j].id) {
				return !az.sorry(c) && !az.flags[toks[c.lo].sent].owned
			}
		}
	}
	return false
}

// consentNouns are leave to act: "without the landlord's consent".
var consentNouns = idSetOf(consentNounsList)

const consentNounsList = "consent permission approval authorisation authorization agreement"

// traceIsYours reports a trace an act leaves (a signature, a login, the
// device or card used) told to be the customer's, or to match theirs: "the
// signature on the delivery record is yours", "the device used was yours",
// "the signature matches the one on your account"; and a record said to
// match a thing of theirs ("the delivery photo matches your front door").
// The trace puts the act with them; beside a step of ours or an apology it
// is checked for them.
func (az *analyzer) traceIsYours(c *clause) bool {
	if c.neg || c.question || c.cond || c.comp >= c.hi || az.ourInSubject(c) {
		return false
	}
	if !az.subjectHas(c, traceNouns) {
		// "the delivery photo matches your front door", "..., which matches your listing"
		return az.evidenceMatches(c) && az.idIn(idYour, c.comp, min(c.hi, c.comp+5)) && !az.sorry(c) && !az.weActInSentence(c)
	}
	if c.verb >= 0 && !c.lemmaIn(matchVerbs) {
		return false // "is yours", or "matches yours"
	}
	toks := az.tok.toks
	i := c.comp
	if i+1 < c.hi && az.lexAt(i)&lxAdverb != 0 {
		i++ // "is definitely yours"
	}
	yours := toks[i].id == idYours || toks[i].id == idYour ||
		toks[i].id == idThe && i+2 < c.hi && toks[i+1].id == idOne && az.idIn(idYour, i+2, min(c.hi, i+5))
	return yours && !az.sorry(c) && !az.weActInSentence(c)
}

// evidenceMatches reports a record ("the photo", "the GPS trace") said to
// match a thing, or a relative clause that says so of the thing the record
// shows: "the photo shows a blue door, | which matches your listing".
func (az *analyzer) evidenceMatches(c *clause) bool {
	if c.verb < 0 || !c.lemmaIn(matchVerbs) {
		return false
	}
	if az.subjectHas(c, evidenceNouns) {
		lo, hi := c.subjectSpan()
		return !az.anyLexIn(lo, hi, lxCustomer) // "the photo you sent matches your description" bears them out
	}
	ci := az.clauseIndex(c)
	d := &az.clauses[max(ci-1, 0)]
	return c.relative && ci > 0 && d.verb >= 0 && az.markAt(d.verb)&lxReport != 0 && az.subjectHas(d, evidenceNouns)
}

// traceNouns are what an act leaves behind it; matchVerbs set one beside
// another.
var (
	traceNouns = idSetOf(traceNounsList)
	matchVerbs = lemmaSetOf("match")
)

const traceNounsList = "signature handwriting login logins fingerprint device ip"

// matchForms are the forms of "match", which a record matching a thing of
// theirs needs (see rareWordsNeed).
var matchForms = idSetOf(matchFormsList)

const matchFormsList = "match matches matched"
