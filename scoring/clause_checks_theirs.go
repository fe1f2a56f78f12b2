package scoring

// Putting the company at a third party's mercy. "We're at the mercy of the
// courier here", "the council dug up the road, and we're at their mercy":
// the outcome is said to rest with someone else. The customer's say ("we're
// at your mercy on dates") and "it depends on the supplier", which only says
// what a plan needs, are not this.

// atTheirMercy reports "at the mercy of" a third party, or "at their
// mercy", in c (see above).
func (az *analyzer) atTheirMercy(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo + 1; i < c.hi; i++ {
		if toks[i].id != idMercy {
			continue
		}
		switch {
		case az.lexAt(i-1)&lxTheirs != 0 || toks[i-1].lex&lxThirdNoun != 0:
			return true // "at their mercy", "at the courier's mercy"
		case i+2 < c.hi && toks[i+1].id == idOf:
			return az.lexAt(i+2)&(lxThird|lxTheirs) != 0 || az.thirdPartyWithin(i+2, c.hi) // "at the mercy of the courier"
		}
	}
	return false
}

// thirdPartyWithin reports a third party's noun within a determiner and two
// words from i: "the courier", "the local council".
func (az *analyzer) thirdPartyWithin(i, hi int) bool {
	for j := i; j < hi && j <= i+2; j++ {
		if az.tok.toks[j].lex&lxThirdNoun != 0 {
			return true
		}
	}
	return false
}

// idMercy is the id of "mercy".
var idMercy = wordID("mercy")

// A third party's misfortune given as the reason. "The concert was moved
// because the artist fell ill", "the crossing was cancelled as the crew are
// on strike", "the order failed because the supplier went bust": the change
// is put down to someone else's trouble. The customer's own misfortune
// ("since you were unwell, I've moved it"), the company's people, and a
// reason we act on in the same sentence are not.

// theirMisfortune reports a clause of reason whose party, not ours nor the
// customer's, fell ill, went on strike, pulled out or went under.
func (az *analyzer) theirMisfortune(c *clause) bool {
	if !c.causal || c.yourThing || c.subj < 0 || az.ourOrYoursInSubject(c) {
		return false
	}
	return az.misfortuneAfterSubject(c)
}

// misfortuneToldPlainly reports a third party told, in the past, to have
// fallen ill, gone on strike, pulled out or gone under, in a clause of its
// own: "the tour company went into administration", "the couriers were on
// strike last week". Named as what befell the booking, it is the cause.
func (az *analyzer) misfortuneToldPlainly(c *clause) bool {
	if c.causal || c.actor != actThird || c.aspect != aspDone || c.yourThing || az.ourOrYoursInSubject(c) {
		return false
	}
	return az.misfortuneAfterSubject(c)
}

// misfortuneAfterSubject reports words of a misfortune after c's subject,
// with neither ownership nor a step of ours in the sentence.
func (az *analyzer) misfortuneAfterSubject(c *clause) bool {
	toks := az.tok.toks
	for i := c.subj + 1; i < c.hi; i++ {
		id := toks[i].id
		switch {
		case illWords.has(id), wentUnderWords.has(id):
		case id == idStrike && toks[i-1].id == idOn:
		case id == idOut && (toks[i-1].id == idPulled || toks[i-1].id == idDropped):
		default:
			continue
		}
		return !az.flags[toks[c.lo].sent].owned && !az.weActInSentence(c)
	}
	return false
}

// ourOrYoursInSubject reports the company, its people, the customer or
// theirs in c's subject: "our driver", "the engineer", "your son".
func (az *analyzer) ourOrYoursInSubject(c *clause) bool {
	lo, hi := c.subjectSpan()
	for i := lo; i < hi; i++ {
		if az.tok.toks[i].lex&(lxAgent|lxOurDet|lxCompanyNoun|lxDeliverable|lxCustomer|lxYour) != 0 {
			return true
		}
	}
	return false
}

// illWords say a party fell ill; wentUnderWords that a firm failed.
var (
	illWords       = idSetOf(illWordsList)
	wentUnderWords = idSetOf(wentUnderWordsList)
)

const (
	illWordsList       = "ill unwell sick"
	wentUnderWordsList = "bust administration liquidation bankrupt insolvent"
)

// Ids of the words of a misfortune: "on strike", "pulled out".
var (
	idStrike, idOn, idOut = wordID("strike"), wordID("on"), wordID("out")
	idPulled, idDropped   = wordID("pulled"), wordID("dropped")
)

// A trouble traced to the customer's side or a third party. "We've traced
// the fault to your router", "the assessor attributed the damage to wear
// and tear in your flat", "we've narrowed it down to your Wi-Fi extender":
// the finding names where the fault lies. Tracing a parcel or a payment
// ("I've traced the bag to Frankfurt") finds no fault, and a trouble traced
// to our side ("to a fault at our exchange") is ours.

// tracedToYours reports a trouble traced or put down to the customer's side
// or a third party (see above).
func (az *analyzer) tracedToYours(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+2 < c.hi; i++ {
		if !tracedWords.has(toks[i].id) {
			continue
		}
		j := i + 1
		for j < c.hi && j <= i+6 && toks[j].id != idTo {
			j++
		}
		if j >= c.hi || toks[j].id != idTo || !az.faultNounIn(c.lo, j) && !(toks[i].id == idNarrowed && toks[i+1].id == idIt) {
			return false // "traced the bag to Frankfurt"
		}
		return (az.yoursOrTheirsAfter(j+1, c.hi) || az.upkeepLapseAt(j+1, c.hi)) && !az.flags[toks[c.lo].sent].owned // "to the boiler not having been serviced"
	}
	return false
}

// faultNounIn reports a noun of trouble among tokens lo..hi-1: "the fault",
// "the leak", "the damage".
func (az *analyzer) faultNounIn(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		if troubleNouns.has(toks[i].id) || tracedFaults.has(toks[i].id) || az.lexAt(i)&lxFaultNoun != 0 {
			return true
		}
	}
	return false
}

// yoursOrTheirsAfter reports, in the phrase from i, the customer's side or
// a third party and nothing of ours: "your router", "the courier", "wear and
// tear in your flat", "the deletion of the bucket by a user in your
// organization".
func (az *analyzer) yoursOrTheirsAfter(i, hi int) bool {
	found := false
	for j := i; j < hi && j <= i+tracedReach; j++ {
		b := az.tok.toks[j].lex
		if b&(lxAgent|lxOurDet|lxOurs) != 0 || j > i && az.tok.toks[j-1].pause {
			return false
		}
		found = found || b&(lxYour|lxCustomer|lxCustomers|lxTheirs|lxThird|lxThirdNoun) != 0
	}
	return found
}

// tracedReach bounds the phrase a fault is traced to.
const tracedReach = 10

// tracedWords find where a fault lies; tracedFaults are troubles besides
// troubleNouns and the fault nouns.
var (
	tracedWords  = idSetOf(tracedWordsList)
	tracedFaults = idSetOf(tracedFaultsList)
)

const (
	tracedWordsList  = "traced attributed attributes attribute ascribed narrowed pinned"
	tracedFaultsList = "fault faults leak damage loss delay outage drop damp spike failure cause noise interference"
)

// Ids of "narrowed" and "it" ("narrowed it down to").
var idNarrowed, idIt = wordID("narrowed"), wordID("it")
