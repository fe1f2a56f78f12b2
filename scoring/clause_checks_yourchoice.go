package scoring

// What the customer, or someone of theirs, did, with what followed from it.
// "You selected 'leave with neighbour' in your preferences, so it went to
// number 14", "you picked standard delivery, so Friday is when it was always
// due", "you opted for paperless, so no, we wouldn't have posted the
// statement": the outcome is laid at their act. Told in the passive ("the
// drop-off was booked for 9pm rather than 9am"), the act names no one, so
// its result must say the trouble. What they asked for or told us ("you
// asked us to hold it, so we did"), and an outcome that is good news, a step
// of ours for them or a time still to come ("so it should arrive Thursday"),
// are not.

// yourActLedTo reports a clause of the customer's own past act, active or
// passive, followed, in its sentence, by a result opened with "so", "hence"
// or "which is why" that tells an outcome (see above).
func (az *analyzer) yourActLedTo(c *clause) bool {
	k := az.resultAfter(az.clauseIndex(c))
	if k == 0 {
		return false // no result follows: the cheapest test first, for the many clauses it turns away
	}
	yours := c.actor == actCustomer || az.yourSide(c) || c.actor == actThird && az.householdSubject(c)
	theirPassive := c.passive && c.actor == actThing && !c.neg && az.actOfTheirs(c) // "the drop-off was booked for 9pm rather than 9am"
	if !yours && !theirPassive || c.passive && !theirPassive || c.neg || c.question || c.cond || c.temporal || c.causal ||
		c.lemmaIn(requestVerbs) || c.lists&(listReceive|listSay) != 0 || c.lists&listNotBlame != 0 && !az.choseThis(c) ||
		c.subj >= 0 && az.tok.toks[c.subj].id == idYours {
		return false // not "yours arrived this morning", their thing, nor "you mentioned ...", their report; but "you went for"
	}
	if c.actor == actThird && az.theirStepForYou(c) || az.goodForThem(c) {
		return false // "your bank approved the refund this morning, which is why it's pending"
	}
	if theirPassive {
		// told in the passive, the act names no one, so its result must say the trouble: "which is why
		// nobody was at the gate", not "so the next box goes to your new flat"
		return !az.weActInSentence(c) && (az.troubled(&az.clauses[k]) || az.costApplies(&az.clauses[k])) && az.troubleFollows(c)
	}
	// "your train arrived 47 minutes late, which falls in the 30-to-59-minute band, so I've submitted the
	// claim": a choice or an event of theirs told back while we put it right is no blame
	return az.troubleFollows(c) && !az.ourStepBesideTheAct(c)
}

// troubleFollows reports a result after c, in its sentence, opened with
// "so", "hence" or "which is why", that tells trouble for the customer: not
// good news, a step of ours or a time still to come.
func (az *analyzer) troubleFollows(c *clause) bool {
	k := az.resultAfter(az.clauseIndex(c))
	if k == 0 || az.flags[az.tok.toks[c.lo].sent].owned {
		return false // "…, so that's a snag in our workmanship": the trouble taken as ours
	}
	d := &az.clauses[k]
	if d.question || d.cond || d.should || d.actor == actCustomer || az.goodForThem(d) || az.costWaived(d) || d.promises() || d.bag&lxEntitles != 0 ||
		az.anyIn(d.lo, d.hi, coverNouns) || az.nothingMore(d) {
		// "so the fee should never have been added", "so it's still under guarantee", "so the fee doesn't
		// apply", "so there's nothing outstanding"
		return false
	}
	if az.costApplies(d) || d.passive && d.lemma == "expect" && !d.neg {
		return true // "so the deposit stays with us", "so some clipping on sunny days is expected"
	}
	if d.actor == actAgent || az.anyLexIn(max(d.comp, d.lo), d.hi, lxAgent) {
		// "so we weren't able to serve mains"; not "so I've added a credit"; but "so the date we gave
		// you is right" names us only inside its subject
		return d.neg
	}
	if d.verb >= 0 && az.showsAs(d) && az.goodStateAt(d.verb+2, d.hi) {
		return false // "so your account shows as paid": the record tells a step done, no trouble
	}
	switch d.aspect {
	case aspDone, aspState, aspPresent, aspHabit, aspNow:
		if d.passive && d.aspect != aspDone && d.lists&listBilling == 0 {
			return d.neg // "so it's being made up now": our work on it; but "so extra hours are billed separately"
		}
		return d.lists&stepList == 0 || d.neg // "so it went to number 14"; not "so it went out the same day"
	}
	return d.neg
}

// goodStateAt reports a state at i that tells all is well: a word of things
// working ("fine", "correct"), good news ("refunded", "free"), or a step done
// ("paid", "delivered"), not denied ("not paid") nor gone wrong.
func (az *analyzer) goodStateAt(i, hi int) bool {
	if i >= hi {
		return false
	}
	if id := az.tok.toks[i].id; goodNews.has(id) || az.lexAt(i)&lxFine != 0 {
		return true
	}
	v, ok := verbForms[az.tok.key(az.tok.toks[i])]
	return ok && v.lists&stepList != 0 && v.lists&troubleLists == 0
}

// costApplies reports a cost as the subject of "applies", "stands" or
// "stays": "so the £145 emergency rate applies", "so the deposit stays with
// us". Said of a cost, "apply" is no step of ours.
func (az *analyzer) costApplies(d *clause) bool {
	return !d.neg && az.costIsSubject(d)
}

// costWaived reports a cost said not to apply, stand or stay, or the
// customer said not to be charged: "so the fee doesn't apply", "so you won't
// be charged a penny" are good news.
func (az *analyzer) costWaived(d *clause) bool {
	return d.neg && (az.costIsSubject(d) || d.passive && d.actor == actCustomer && d.lemmaIn(chargedVerbs))
}

// costLifted reports a charge or cost said, in the passive, to have been
// taken away: "the late fee has been waived", "that £9.99 charge has been
// reversed". It is done for the customer, whoever did it.
func (az *analyzer) costLifted(d *clause) bool {
	if !d.passive || d.neg || !d.lemmaIn(liftingVerbs) {
		return false
	}
	lo, hi := d.subjectSpan()
	for i := lo; i < hi; i++ {
		if id := az.tok.toks[i].id; chargeNouns.has(id) || costNouns.has(id) {
			return true
		}
	}
	return false
}

// liftingVerbs take a charge away.
var liftingVerbs = lemmaSetOf("waive reverse remove cancel void drop refund scrap wipe credit lift")

// chargedVerbs put a cost on the customer, said of them in the passive: "so
// you won't be charged a penny" is good news.
var chargedVerbs = lemmaSetOf("charge bill fine penalise penalize invoice surcharge")

// costIsSubject reports a cost as the subject of "apply", "stand", "stay" or
// "remain", in the active voice, or of "has to be paid".
func (az *analyzer) costIsSubject(d *clause) bool {
	if (!d.lemmaIn(costStands) || d.passive) && !(d.passive && d.obliged && d.lemma == "pay") {
		return false
	}
	lo, hi := d.subjectSpan()
	for i := lo; i < hi; i++ {
		if id := az.tok.toks[i].id; chargeNouns.has(id) || costNouns.has(id) || az.tok.toks[i].money {
			return true // "so storage at £15 a day applies": a sum in the subject makes it a cost
		}
	}
	return false
}

// costStands are what a cost does when it is kept.
var costStands = lemmaSetOf("apply stand stay remain")

// costNouns name what the customer pays, beside chargeNouns.
var costNouns = idSetOf(costNounsList)

const costNounsList = "rate rates excess spend price surcharge penalty deposit minimum cost costs"

// householdSubject reports a subject of the customer's household or staff:
// "your tenant", "your husband".
func (az *analyzer) householdSubject(c *clause) bool {
	lo, hi := c.subjectSpan()
	return az.yourHouseholdAt(lo, hi)
}

// goodForThem reports good news in d, where "extra" before a cost ("so the
// extra labour stands", "so extra hours are billed") is no bonus.
func (az *analyzer) goodForThem(d *clause) bool {
	toks := az.tok.toks
	if az.anyIn(d.lo, d.hi, cutWords) {
		return false // "which is why the refund was reduced": good news cut down is a trouble
	}
	for i := d.lo; i < d.hi; i++ {
		if goodNews.has(toks[i].id) && !(toks[i].id == idExtra && i+1 < d.hi && (chargeNouns.has(toks[i+1].id) || extraCosts.has(toks[i+1].id))) &&
			!(i+1 < d.hi && az.hyphenated(i+1) && toks[i].id != idFree) {
			return true // but "the early-bird rate": the first half of a compound names a kind, it brings no news
		}
	}
	return d.bag&lxFine != 0 || az.noCostIn(d) || az.remedyComing(d)
}

// remedyComing reports a remedy as d's subject, told with nothing going
// wrong with it: "so the refund's on its way", "so the credit has gone
// through".
func (az *analyzer) remedyComing(d *clause) bool {
	if d.neg || d.lists&troubleLists != 0 || d.subj < 0 {
		return false
	}
	lo, hi := d.subjectSpan()
	return az.idOrBaseIn(lo, hi, remedyNouns) && az.isUnderway(d) // what the underway reading reads as done or on its way
}

// cutWords take from what the customer gets: "the refund was reduced".
// takenOffList, without "capped", also tells a trouble (see troubleWords).
var cutWords = idSetOf(cutWordsList)

const (
	takenOffList = "reduced docked withheld deducted"
	cutWordsList = takenOffList + " capped"
)

// listBilling is the verb list of charging the customer.
var listBilling = verbs.bit["billing"]

// idExtra is the id of "extra"; extraCosts, after it, make it a cost.
// idFree is the id of "free", good news even in a compound ("free-of-charge").
var (
	idExtra    = wordID("extra")
	idFree     = wordID("free")
	extraCosts = idSetOf(extraCostsList)
)

const extraCostsList = "labour labor hours hire cost costs work days"

// coverNouns name what protects the customer: "it's still under guarantee".
var coverNouns = idSetOf(coverNounsList)

const coverNounsList = "guarantee warranty cover insurance"

// An outside act, with what followed from it. "Building management locked
// the roof access, which is why the top floor didn't get done", "the lab in
// Leeds shipped the wrong shade, hence the colour mismatch", "the grant
// rules changed in April, and that's why your application was turned
// down": something neither ours nor the customer's acted, and the trouble
// is laid at its act, as "a third party did it, and that's why" lays it at a
// party the lexicon knows.

// outsideActLedTo reports a clause in which a thing, neither ours nor the
// customer's, did something in the past, and a result after it tells
// trouble (see troubleFollows) that went wrong for the customer (see
// troubled: "shutters closed at six, so the shop was shut" only says when);
// not what we send, on its way ("the parcel left the warehouse, so we can't
// cancel it"), and not where the sentence apologises or owns the trouble.
func (az *analyzer) outsideActLedTo(c *clause) bool {
	if c.yourThing || c.named || c.question || c.cond || c.temporal || c.causal || c.relative || c.lemmaIn(requestVerbs) ||
		c.lists&(listReceive|listNotBlame) != 0 && !az.troubleBefallen(c) || az.ourInSubject(c) || c.subj >= 0 && az.lexAt(c.subj)&lxCustomer != 0 ||
		az.subjectHasLex(c, lxDeliverable) {
		return false // "the parcel left the warehouse, so we can't cancel it": what we send, on its way
	}
	f := az.flags[az.tok.toks[c.lo].sent]
	return !az.sorry(c) && !f.owned && !az.goodForThem(c) && az.troubleFollows(c) && az.troubledNow(&az.clauses[az.resultAfter(az.clauseIndex(c))])
}

// troubleBefallen reports "got" or "had" whose object is a trouble that
// befell the subject: "the band's van got a flat", "the print shop had a
// machine go down", "the supplier had a breakdown". Got or had, a thing
// received is no act; a trouble had is what happened to them.
func (az *analyzer) troubleBefallen(c *clause) bool {
	if c.lemma != "get" && c.lemma != "have" || c.verb < 0 {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi && i <= c.verb+4; i++ {
		if befallenNouns.has(toks[i].id) || az.lexAt(i)&lxFaultNoun != 0 || toks[i].id == idGo && i+1 < c.hi && toks[i+1].id == idDown {
			return true
		}
	}
	return false
}

// befallenNouns are troubles a thing or a firm gets or has; idGo is the
// id of "go", as in "go down".
var (
	befallenNouns = idSetOf(befallenNounsList)
	idGo          = wordID("go")
)

const befallenNounsList = "flat puncture breakdown outage fire flood burst"
