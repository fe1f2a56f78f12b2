package scoring

// What the customer's side or another party did, and the company held up
// by it: "your landlord changed the gate code, so we were never going to
// get in", "the gas was left off at the meter so I couldn't do the
// service", "you switched the router off overnight, so we had to run the
// test again". Told that way, the hold-up on our side is laid on the act
// before it.

// theirsHeldUsUp reports a clause not of the company's, whose result clause
// tells the company, or the people doing the job, unable to do it, made to
// do it another way, or stuck, in a sentence that neither apologises, owns
// the trouble, nor does anything for them ("so we couldn't deliver it, and
// I've rebooked it for Friday" is help told with its reason).
func (az *analyzer) theirsHeldUsUp(c *clause) bool {
	if c.question || c.cond || c.temporal || c.hedged || c.actor == actAgent || c.actor == actNone {
		return false
	}
	if c.verb < 0 && c.bag&lxCustomer == 0 && !az.inTheWay(c) {
		// a state is no act ("the clinic was full on Monday, so we couldn't book you in"), unless
		// it holds theirs ("that's the one you went for"), bars the way in ("the gate was locked",
		// "the meter cupboard was locked") or is a thing of theirs in its way ("your dog was loose
		// in the garden")
		return false
	}
	if !az.heldUpBy(c) {
		return false // the result first: most clauses have none
	}
	if c.actor == actThing && !az.thingOfTheirs(c) && !az.inTheWay(c) {
		return false // "the item was out of stock, so we couldn't send it": no one's act
	}
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.helpInSentence(c) && az.causeIsOthersOf(c, true) && !az.goodForThem(c)
}

// inTheWay reports a subject that bars the way in (see accessInSubject), or
// a thing of the customer's, not one we deliver, in a clause with no verb:
// "the gate was locked", "your dog was loose in the garden". theirsHeldUsUp
// asks it only of the clauses whose other words leave it to decide, as it
// reads the subject.
func (az *analyzer) inTheWay(c *clause) bool {
	return az.accessInSubject(c) || c.verb < 0 && c.yourThing && !az.deliverableSubject(c)
}

// heldUpBy reports the hold-up c is the cause of: its result after it ("the
// gate was locked, | so the driver couldn't get in"), or, for a "because"
// clause, the clause it gives the reason of ("the driver couldn't get in |
// because the gate was locked").
func (az *analyzer) heldUpBy(c *clause) bool {
	if c.causal {
		p := az.prevInSentence(c)
		return p != nil && p.hi == c.lo && az.heldUp(p)
	}
	k := az.resultAfter(az.clauseIndex(c))
	return k > 0 && az.heldUp(&az.clauses[k])
}

// helpInSentence reports a step of ours, taken or promised, in c's
// sentence; one we only have to take ("I'll have to put the call-out
// charge through") is no help.
func (az *analyzer) helpInSentence(c *clause) bool {
	from, to := az.sentenceWindow(c)
	for k := from; k < to; k++ {
		if d := &az.clauses[k]; d.ourStep() && !d.obliged && !d.question && !d.cond {
			return true
		}
	}
	return false
}

// heldUp reports a result in which the company, or the people doing the
// job, could not do it ("so we couldn't track the delay", "so the driver
// couldn't get the sofa up"), had to do it another way ("so we had to
// estimate the mileage"), or were stuck ("so we're stuck till then").
func (az *analyzer) heldUp(d *clause) bool {
	if d.question || d.cond || d.actor != actAgent && d.actor != actThird || d.generic {
		return false
	}
	switch {
	case d.neg:
		return d.aspect == aspCould || d.aspect == aspWill && d.pastAux // "we were never going to make your slot"
	case d.obliged:
		// "we had to estimate", not "the courier had to"; nor a step taken for them ("so we had to
		// rebook you"), which is help
		return d.actor == actAgent && d.lists&stepList == 0 && az.hadToIn(d)
	}
	return d.verb < 0 && az.anyIn(d.comp, d.hi, stuckWords) // "we're stuck till then"
}

// stuckWords say a party is held where it cannot go on.
var stuckWords = idSetOf(stuckWordsList)

const stuckWordsList = "stuck stranded"

// accessInSubject reports a subject that is the way into the customer's
// place: "the gate", "the buzzer for flat 3", "the intercom". Barring our
// people's way in, it is their side's, as "your gate" is; the way into our
// own place ("the depot gate") is not.
func (az *analyzer) accessInSubject(c *clause) bool {
	return c.actor == actThing && az.subjectHas(c, accessNouns) && !az.subjectHasLex(c, lxCompanyNoun|lxOurDet) &&
		!az.subjectHas(c, ourPlaces) && !az.subjectHas(c, depotNouns)
}

// depotNouns are our own places of work, whose gates are ours.
var depotNouns = idSetOf(depotNounsList)

const depotNounsList = "depot warehouse yard hub site"

// accessNouns are the ways into a home or a building.
var accessNouns = idSetOf(accessNounsList)

const accessNounsList = "gate gates buzzer intercom doorbell bell entrance entry letterbox driveway lift cupboard stopcock door doors road lane"

// thingOfTheirs reports a thing's clause that tells an act of theirs: what
// "you" did ("that's the one you went for") or what was done to it with no
// one named ("the gas was left off at the meter"). A thing's state alone
// ("the item was out of stock") names no one's act, and what we deliver,
// done or not ("your order wasn't dispatched"), is ours.
func (az *analyzer) thingOfTheirs(c *clause) bool {
	return c.passive && c.byWho == actNone && !c.byAgent && !az.deliverableSubject(c) || c.bag&lxCustomer != 0 || az.someOtherThingActed(c)
}

// someOtherThingActed reports a thing brought in with "a" or "an" that
// acted: "a lorry clipped the van", "a fallen tree took the power out".
// What is ours we name as ours ("our van", "the van"); one met on the way
// is nobody's we answer for.
func (az *analyzer) someOtherThingActed(c *clause) bool {
	if c.passive || c.verb < 0 || c.subj < 0 || c.neg || c.aspect != aspDone || c.lists&(stepList|listArrive) != 0 || c.lemma == "go" {
		return false // "a replacement went out this morning": what we send on its way is ours
	}
	id := az.tok.toks[c.subj].id
	return (id == idA || id == idAn) && !az.ourInSubject(c) && !az.deliverableSubject(c)
}
