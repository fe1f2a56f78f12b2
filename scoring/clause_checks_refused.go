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
	}
	return false
}

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
	if !az.causeIsOthers(c) {
		return false
	}
	if c.passive {
		return c.lists&listYourActs != 0 || az.yoursAfterVerb(c)
	}
	return true
}

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
	toks := az.tok.toks
	if d.neg {
		if isRemedy(d.lemma) {
			return true // "we won't be refunding it"
		}
		for i := d.comp + 1; i < d.hi; i++ {
			if isRemedy(az.tok.key(toks[i])) && az.lexAt(i-1)&lxCan != 0 {
				return true // "isn't something we can cover"; not "there's nothing extra to pay"
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
	return (d.lemma == "apply" || d.lemma == "stand") && az.subjectHas(d, chargeNouns) || az.standsAfter(d) || az.asFarAsWeAreConcerned(d)
}

// asFarAsWeAreConcerned reports "as far as we're concerned" in d: what
// follows is our account, which stands ("so as far as we're concerned it's
// been delivered").
func (az *analyzer) asFarAsWeAreConcerned(d *clause) bool {
	toks := az.tok.toks
	for i := d.lo; i+3 < d.hi; i++ {
		if toks[i].id == idFar && az.lexAt(i+2)&lxAgent != 0 && toks[i+3].id == idConcerned {
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
	resultRemedies = wordSet("pay offer book compensate reimburse refunding waive credit reissue release redo")
	// slipNouns follow "by" to say an act was a slip.
	slipNouns = idSetOf(slipNounsList)
	// standingWords say a charge or an account stands; settledWords, after
	// "as", that a thing is taken as done.
	standingWords = idSetOf(standingWordsList)
	settledWords  = idSetOf(settledWordsList)
	// idFar and idConcerned read "as far as we're concerned" (see farConcernedList).
	idFar, idConcerned = wordID("far"), wordID("concerned")
	// idMoney reads "the money back".
	idMoney = wordID("money")
	// unableWords refuse as "unable to" does.
	unableWords = idSetOf(unableWordsList)
)

const (
	resultWordsList   = "so hence therefore thus meaning"
	unableWordsList   = "unable"
	farConcernedList  = "far concerned"
	standingWordsList = "right correct valid accurate genuine chargeable payable due"
	settledWordsList  = "delivered used received collected"
	slipNounsList     = "mistake accident"
)

// mishapVerbs befall a party on its way: "the rider got lost", "the driver
// was held up", "the courier was delayed".
var mishapVerbs = wordSet("lose delay hold strand")

// byMistake reports "by mistake" or "by accident" in c: said of the
// customer's own act ("you must have tapped reorder by mistake"), it tells
// their slip, not our fault.
func (az *analyzer) byMistake(c *clause) bool {
	return az.pairIn(c, idBy, slipNouns)
}

// An outside event told as what did it. "The storm last night took out power
// to half the street", "the snow's kept half the drivers off the road", "the
// road closure held everything up": weather, strikes and closures stated as
// the cause put the failure outside the company, with no "not us" needed.
// An event that has ended ("the storm has passed") tells no cause.

// outsideEventDidIt reports a clause whose subject names an outside event
// and whose verb tells what it did.
func (az *analyzer) outsideEventDidIt(c *clause) bool {
	if c.verb < 0 || c.passive || c.neg || calmVerbs[c.lemma] || az.ourInSubject(c) || az.weTakeItOn(c) {
		return false
	}
	lo, hi := c.subjectSpan()
	for i := lo; i < hi; i++ {
		if outsideEvents.has(az.tok.toks[i].id) {
			// "the storm damage happened": the event names a kind of damage, not what did it
			return i+1 >= hi || !az.nounAt(i+1) || whenWords.has(az.tok.toks[i+1].id)
		}
	}
	return false
}

// byOutsideEvent reports a passive done by an outside event: "the recovery
// truck was held up by the M6 closure", "the line was brought down by the
// storm".
func (az *analyzer) byOutsideEvent(c *clause) bool {
	if c.verb < 0 || az.ourInSubject(c) || az.weTakeItOn(c) {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if toks[i].id != idBy {
			continue
		}
		return az.anyIn(i+1, min(c.hi, i+5), outsideEvents)
	}
	return false
}

// theyHadTrouble reports a third party said to have had the trouble:
// "Cloudflare had an outage this morning", "the courier had a breakdown".
// Said while we act on it, it is taken on.
func (az *analyzer) theyHadTrouble(c *clause) bool {
	return c.lemma == "have" && !c.neg && c.comp < c.hi &&
		(az.troubleNounIn(c.comp, c.hi) || az.anyIn(c.comp, c.hi, failingWords)) && !az.weTakeItOn(c)
}

// outsideEventTakenOn reports an outside event named in c while we act in
// its sentence: "the shuttle was held up by the flooding, and we've sent
// taxis for everyone" tells the cause and takes the trouble on.
func (az *analyzer) outsideEventTakenOn(c *clause) bool {
	return az.anyIn(c.lo, c.hi, outsideEvents) && az.weTakeItOn(c)
}

// weTakeItOn reports a clause of c's sentence in which the company acts on
// it (see weActOn): "and we've sent taxis for everyone" takes the event on.
func (az *analyzer) weTakeItOn(c *clause) bool {
	return az.nearInSentence(c, func(d *clause) bool { return az.weActOn(d) })
}

// nearInSentence reports a clause of c's sentence, other than c and within
// limitReach clauses of it, that passes test. The bound keeps a sentence of
// thousands of clauses linear.
func (az *analyzer) nearInSentence(c *clause, test func(*clause) bool) bool {
	toks := az.tok.toks
	ci, s := az.clauseIndex(c), toks[c.lo].sent
	for k := max(0, ci-limitReach); k < len(az.clauses) && k <= ci+limitReach; k++ {
		if d := &az.clauses[k]; k != ci && toks[d.lo].sent == s && test(d) {
			return true
		}
	}
	return false
}

// weActOn reports a clause in which the company acts, in the active, and
// neither refuses nor only must: "we've sent taxis", "we have engineers out
// there now", not "we must decline the claim", "we're sorry" or "half our
// drivers were stuck".
func (az *analyzer) weActOn(d *clause) bool {
	return d.actor == actAgent && !d.neg && !d.question && d.verb >= 0 && !d.passive && d.aspect != aspMust && !refusingVerbs[d.lemma] &&
		!feelingVerbs[d.lemma]
}

// feelingVerbs say what the agent feels or knows, which acts on nothing:
// "I regret that the strike was beyond our control".
var feelingVerbs = wordSet("regret apologise apologize understand appreciate know see hope feel think believe")

// refusingVerbs are steps that refuse: "we must decline the claim".
var refusingVerbs = wordSet("decline refuse reject deny")

var (
	// outsideEvents are what happens to everyone, which an agent may name as a cause.
	outsideEvents = idSetOf(outsideEventsList)
	// calmVerbs tell an event ending or merely happening, not what it did;
	// past forms too, as the lemma of a verb no list names is its own form.
	calmVerbs = wordSet("pass end stop ease clear calm finish lift settle subside happen occur begin start " +
		"passed ended stopped eased cleared calmed finished lifted settled subsided happened occurred began started")
	// whenWords may follow an event in its subject: "the storm last night".
	whenWords = idSetOf(whenWordsList)
)

const whenWordsList = "last this yesterday overnight tonight today earlier"

const outsideEventsList = "storm storms snow snowfall rain flood flooding floods frost ice gale gales wind winds " +
	"heatwave lightning hail fog strike strikes roadworks closure closures hurricane blizzard weather"

// guessShaped reports a "must" clause shaped as a guess, not a duty with a
// deadline: "your filter must be catching us", "your oven must run hot", not
// "your appeal must reach us by 12 May".
func (az *analyzer) guessShaped(c *clause) bool {
	if c.verb < 0 || c.hasHave || c.passive || c.linking || az.formOf(c.verb, c) == formIng {
		return true
	}
	return !az.anyIn(c.comp, c.hi, deadlinePreps)
}

// deadlinePreps put a deadline on a duty: "must reach us by 12 May".
var deadlinePreps = idSetOf(deadlinePrepsList)

const deadlinePrepsList = "by before within"

// shouldHaveObtained reports "you should have got a written report" or
// "you should've had a read of the terms": a duty the customer left undone,
// where "you should have received our email" or "should have got a text from
// us" tells what reached them.
func (az *analyzer) shouldHaveObtained(c *clause) bool {
	if !c.should || !c.hasHave || c.verb < 0 || c.lemma == "receive" || c.lists&listReceive == 0 {
		return false
	}
	end := c.comp
	for end < c.hi && !az.tok.toks[end].pause {
		end++ // what was to be had, up to a pause: "a written report from the hotel at the time;"
	}
	return !az.anyLexIn(c.comp, end, lxAgent|lxOurDet) && !az.anyIn(c.comp, end, messageNouns)
}

// messageNouns are what we send a customer: "you should have got an email".
var messageNouns = idSetOf(messageNounsList)

const messageNounsList = "email emails text texts letter letters message messages notification notifications confirmation code link"
