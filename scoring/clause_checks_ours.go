package scoring

// Readings of what the agent says of the company's own part: insisting it
// did everything right, doubting the fault could be ours, working on its own
// kit, setting a rule aside for the customer, and giving a reason, or a part
// undone, that puts the trouble on us. The first two blame; the rest veto
// blame or ownership read elsewhere in the sentence.

// didEverything reports the company insisting it did all it should: "we did
// everything right on our end", "we've done everything we were supposed to",
// "we followed every step of the process", "we followed our procedure".
// Its steps told beside it ("we sent the engineer") insist too, so, unlike
// doneAsItShould, they do not make it a remedy.
func (az *analyzer) didEverything(c *clause) bool {
	if c.actor != actAgent || c.neg || c.aspect != aspDone || c.comp >= c.hi || c.verb < 0 {
		return false
	}
	if c.lemma == "follow" {
		return az.processAt(c.comp, c.hi) // "we followed every step of the returns process"
	}
	toks := az.tok.toks
	if c.lemma != "do" || toks[c.comp].id != idEverything {
		return false
	}
	for j := c.comp + 1; j < c.hi && j <= c.comp+5; j++ {
		if rightlyWords.has(toks[j].id) || everythingRight.has(toks[j].id) {
			return true
		}
	}
	return false
}

// processAt reports, at i, the steps of a process followed in full: "every
// step", "each stage of the process", "the procedure", "our protocol to
// the letter". "Your instructions" are the customer's word, read elsewhere.
func (az *analyzer) processAt(i, hi int) bool {
	toks := az.tok.toks
	if !everyWords.has(toks[i].id) && az.lexAt(i)&(lxDet|lxOurDet) == 0 {
		return false
	}
	for j := i + 1; j < hi && j <= i+2; j++ {
		if processNouns.has(toks[j].id) {
			return everyWords.has(toks[i].id) || processWholes.has(toks[j].id)
		}
	}
	return false
}

// everyWords take in every part; processNouns are a process or its parts,
// of which processWholes are the whole: "every step", "the procedure".
var (
	everyWords    = idSetOf(everyWordsList)
	processNouns  = idSetOf(processNounsList)
	processWholes = idSetOf(processWholesList)
)

const (
	everyWordsList    = "every each all"
	processNounsList  = "step steps stage stages check checks procedure procedures process protocol protocols"
	processWholesList = "procedure procedures process protocol protocols"
)

// everythingRight close "we did everything ...": "right", "by the book", "on our side",
// "we were supposed to", "we should".
var (
	everythingRight = idSetOf(everythingRightList)
	idEverything    = wordID("everything")
)

const everythingRightList = "right book supposed should asked required side end"

// doubtsItIsOurs reports the agent doubting that the fault could be the
// company's: "I don't see how any of this is on us", "I can't understand
// why that would be our fault".
func (az *analyzer) doubtsItIsOurs(c *clause) bool {
	if !c.neg || c.actor != actAgent || c.verb < 0 || c.verb+2 >= c.hi || !c.lemmaIn(doubtVerbs) {
		return false
	}
	toks := az.tok.toks
	if toks[c.verb+1].id != idHow && toks[c.verb+1].id != idWhy {
		return false
	}
	for j := c.verb + 2; j+1 < c.hi; j++ {
		if az.lexAt(j)&(lxOurDet|lxOurs) != 0 || toks[j].id == idOn && az.lexAt(j+1)&lxAgent != 0 {
			return true // "our fault", "on us"
		}
	}
	return az.lexAt(c.hi-1)&lxOurs != 0
}

// doubtVerbs doubt what follows "how" or "why" when negated.
var doubtVerbs = lemmaSetOf("see understand know")

// idWhy is the id of "why".
var idWhy = wordID("why")

// onYourSide reports "your side", "your end" or "your part" in c: "nothing
// has changed on your side" clears the customer when it is negated.
func (az *analyzer) onYourSide(c *clause) bool {
	if c.passive && c.verb >= 0 && c.subj >= 0 && !noOne.has(az.tok.toks[c.subj].id) && az.tok.toks[c.subj].id != idNothing {
		return false // "the sim wasn't activated on your end" denies their act; "nothing was changed on your side" clears them
	}
	return az.pairIn(c, idYour, sideWords)
}

// wellOnYourSide reports all said to be well on the customer's side: "the
// payment went through fine on your side", "it's all working at your end".
// It clears them, as "nothing is wrong on your side" does. The word that
// says so comes within four words after the verb, and the side within three
// after it, so a run-on that says others are fine ("everyone else got it
// fine so idk what's going on ur end") keeps its blame.
func (az *analyzer) wellOnYourSide(c *clause) bool {
	if c.question || c.verb < 0 || !az.onYourSide(c) {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi && i <= c.verb+4; i++ {
		if az.lexAt(i)&lxFine == 0 && !(c.lemma == "go" && toks[i].id == idThrough) {
			continue
		}
		for j := i + 1; j+1 < c.hi && j <= i+3; j++ {
			if toks[j].id == idYour && sideWords.has(toks[j+1].id) {
				return true
			}
		}
	}
	return false
}

// weWorkedOnOurKit reports the company acting on its own system: "we
// updated the system and it broke" tells of our act, whatever broke after.
// Following our procedure works on nothing, and nor does sending our rules
// out or reading them out ("we sent the bag policy out by email", "I did
// read out the terms"): all insist we did our part.
func (az *analyzer) weWorkedOnOurKit(c *clause) bool {
	return c.actor == actAgent && !c.neg && c.comp < c.hi && c.lemma != "follow" && c.lemma != "read" && c.lists&listWarns == 0 && (az.compHas(c, lxRuleNoun) || az.kitIsObject(c))
}

// kitIsObject reports a word of our own kit in c's object, before any
// preposition: "we updated the app", not "we flagged the card in the app",
// where the app is only where it was done.
func (az *analyzer) kitIsObject(c *clause) bool {
	for j := c.comp; j < c.hi; j++ {
		if kitWords.has(az.tok.toks[j].id) {
			return true
		}
		if az.lexAt(j)&lxPrep != 0 {
			return false
		}
	}
	return false
}

// setUpOnOurSide reports a thing set up, switched or turned on at our end:
// "the code hadn't been switched on at our end" was ours to do. What did
// not reach us there ("nothing was ever submitted on our end") was not.
func (az *analyzer) setUpOnOurSide(c *clause) bool {
	if !c.lemmaIn(setUpVerbs) {
		return false
	}
	toks := az.tok.toks
	for i := max(c.verb, c.lo) + 1; i+1 < c.hi; i++ {
		if az.lexAt(i)&lxOurDet != 0 && sideWords.has(toks[i+1].id) {
			return true
		}
	}
	return false
}

// setUpVerbs set a thing up to work: "switched on", "activated", "applied".
var setUpVerbs = lemmaSetOf("switch turn set activate enable apply")

// sideWords follow "your" to name the customer's side; kitWords name the
// company's own software and machines.
var (
	sideWords = idSetOf(sideWordsList)
	kitWords  = idSetOf(kitWordsList)
)

const (
	sideWordsList = "side end part"
	kitWordsList  = "app software computer server servers platform website site database"
)

// setAsideAfter reports a later clause of c's sentence that opens with a
// contrast and takes a step for the customer, or takes one for them at no
// cost: "the terms say no refunds, but I'm making an exception" states the
// rule while helping.
func (az *analyzer) setAsideAfter(c *clause) bool {
	return az.anyClauseAfter(c, func(k int) bool {
		d := &az.clauses[k]
		// "your booking shows the flexible rate, so I can move the dates for you with no fee": the rule read in their favour
		return d.ourStep() && (az.opensContrast(k) || az.forYouWithin(d.lo, d.hi) && az.noCostIn(d))
	})
}

// anyClauseAfter reports whether ok holds for one of the clauses after c in
// its sentence, within reasonReach of it: a sentence says what bears on a
// clause near it, and the bound keeps a sentence of thousands of clauses
// linear.
func (az *analyzer) anyClauseAfter(c *clause, ok func(k int) bool) bool {
	sent, ci := az.tok.toks[c.lo].sent, az.clauseIndex(c)
	for k := ci + 1; k < len(az.clauses) && k <= ci+reasonReach && az.tok.toks[az.clauses[k].lo].sent == sent; k++ {
		if ok(k) {
			return true
		}
	}
	return false
}

// ourReasonAfter reports a reason later in c's sentence that puts it on the
// company: "your card was declined | because our payment system had an
// outage". The trouble is told, and owned, not laid on the customer.
func (az *analyzer) ourReasonAfter(c *clause) bool {
	if c.aspect == aspMust && c.hasHave && c.actor == actCustomer {
		return false // "you must have left it off the form, because our crew had nowhere to stop": the reason is the evidence of the guess
	}
	return az.anyClauseAfter(c, func(k int) bool {
		r := &az.clauses[k]
		if r.causal && r.neg && r.actor == actThing && r.lemmaIn(deliveryVerbs) && !az.yourSide(r) {
			return true // "because the table never turned up": what we were to deliver did not come
		}
		if r.causal && r.neg && (r.lemmaIn(deliveryVerbs) || r.lists&listWorks != 0) && (r.actor == actAgent || az.ourInSubject(r)) {
			return true // "because our booking never reached them", "because our voucher code didn't work"
		}
		return r.causal && !r.neg && (r.actor == actAgent || az.ourInSubject(r) || az.agentInSubject(r)) && az.ourFaultIn(r)
	})
}

// deliveryVerbs tell a delivery coming: "turned up", "arrived", "came".
var deliveryVerbs = lemmaSetOf("arrive turn come show reach")

// ourFaultIn reports a fault in a reason of ours: a verb of failing, a wrong
// or faulty thing, or a word of trouble ("an outage"). "Because we've no
// record of that address" is evidence, not a fault.
func (az *analyzer) ourFaultIn(r *clause) bool {
	return r.lists&(troubleLists|listOurFailure) != 0 || r.bag&(lxWrong|lxFaultNoun) != 0 || az.anyIn(r.lo, r.hi, troubleWords) ||
		az.outOfDateIn(r)
}

// outOfDateIn reports "out of date" in c.
func (az *analyzer) outOfDateIn(c *clause) bool {
	for i := c.lo; i < c.hi; i++ {
		if az.outOfDateAt(i, c.hi) {
			return true
		}
	}
	return false
}

// outOfDateAt reports "out of date" starting at token i, before hi, or
// out of use ("out of order", "out of service"), or "past" a thing's date
// or limit: "well past its service date", "way past their wear markers".
func (az *analyzer) outOfDateAt(i, hi int) bool {
	toks := az.tok.toks
	if i+2 >= hi {
		return false
	}
	if toks[i].id == idPastWord && pastWhose.has(toks[i+1].id) {
		return pastLimits.has(toks[i+2].id) || i+3 < hi && pastLimits.has(toks[i+3].id)
	}
	return toks[i].id == idOutWord && toks[i+1].id == idOf && outOfUse.has(toks[i+2].id)
}

// outOfUse end "out of" when a thing cannot be used: "out of date", "out
// of order", "the lift was out of service".
var outOfUse = idSetOf(outOfUseList)

const outOfUseList = "date order service action commission"

// idPastWord is the id of "past"; pastWhose say whose date or limit is
// passed, and pastLimits name it.
var (
	idPastWord = wordID("past")
	pastWhose  = idSetOf(pastWhoseList)
	pastLimits = idSetOf(pastLimitsList)
)

const (
	pastWhoseList  = "its their the"
	pastLimitsList = "date best markers marker limit expiry"
)

// ourPartUndoneAfter reports a later clause of c's sentence in which the
// company did not do its part: "you're meant to get a confirmation email,
// and I can see we never sent it". What the customer should have had, we
// failed to give; what "should never have been" done after it ("you did
// tick the box, so the oat milk should never have been sent") was ours to
// get right. An earlier one ("we never cancelled it; you did") is a denial,
// and leaves the blame after it.
func (az *analyzer) ourPartUndoneAfter(c *clause) bool {
	return az.anyClauseAfter(c, func(k int) bool {
		r := &az.clauses[k]
		// "we never sent it", not "we can't do much"; nor "we never got a reply", what did not reach us
		return !r.question && (r.actor == actAgent && r.neg && r.aspect == aspDone && r.lists&(stepList|listWarns) != 0 && !az.onlyReceived(r) || az.agentAt(r) ||
			r.should && r.neg && r.passive)
	})
}

// onlyReceived reports a verb of receiving with no customer after it: "we
// never got a reply" tells what did not reach us; "we never got you a
// replacement" a step not taken.
func (az *analyzer) onlyReceived(r *clause) bool {
	return r.lists&listReceive != 0 && !az.compHas(r, lxCustomer)
}

// agentAt reports a clause that reports the company not doing its part
// after a verb of seeing: "I can see | we never sent it", read as one clause
// whose subject is "I".
func (az *analyzer) agentAt(r *clause) bool {
	if r.verb < 0 || az.markAt(r.verb)&lxReport == 0 || r.verb+3 >= r.hi || az.lexAt(r.verb+1)&lxAgent == 0 {
		return false
	}
	return az.lexAt(r.verb+2)&lxNeg != 0 && az.verbAt(r.verb+3).lists&(stepList|listWarns) != 0 // "see we never sent it"
}

// nothingToDoAt reports "nothing to do" just before "with" at i.
func (az *analyzer) nothingToDoAt(i int) bool {
	toks := az.tok.toks
	return i >= 3 && toks[i-1].id == idDo && toks[i-2].id == idTo && toks[i-3].id == idNothing
}

// faultWithOurs reports a fault placed "with" something of ours: "the fault
// was with the part we fitted last week", "the problem lies with our
// installer". The phrase tables read "the fault was with" as blame; what
// follows says whose.
func (az *analyzer) faultWithOurs(c *clause) bool {
	if !c.fault || c.neg && az.anyLexIn(c.lo, c.comp, lxNeg) {
		return false // "the issue didn't start with us" denies it
	}
	toks := az.tok.toks
	for i := c.comp; i < c.hi; i++ {
		if toks[i].id != idWith || i > c.comp && az.lexAt(i-1)&lxNeg != 0 || az.nothingToDoAt(i) {
			continue // "not with us", "nothing to do with our testers" deny it
		}
		ours := false
		for j := i + 1; j < c.hi && j <= i+5 && !toks[j-1].pause; j++ {
			b := az.lexAt(j)
			if b&(lxNeg|lxThirdNoun|lxConj) != 0 {
				break // "with Openreach, not us"; "with our payments provider" is theirs
			}
			ours = ours || b&(lxOurDet|lxAgent) != 0
		}
		return ours && !az.anyLexIn(i+1, min(c.hi, i+6), lxThirdNoun)
	}
	return false
}

// A mistake made by us. "We've made a mistake with your booking", "I made
// an error on your bill", "we caused a mix-up": the object of making is the
// fault itself, so the clause owns it whatever its tense, and it is no step
// taken for the customer.

// madeAMistake reports "make" or "cause" whose object, after its
// determiner and words that only size it ("a real mess", "a big
// mistake"), is a fault: "a mistake", "an error". "Made up the shortfall"
// (a particle) makes good, and "made the issue a priority" names what the
// fault was made into.
func (az *analyzer) madeAMistake(c *clause) bool {
	if c.neg || c.verb < 0 || c.lemma != "make" && c.lemma != "cause" {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi && i <= c.verb+4; i++ {
		b := az.lexAt(i)
		switch {
		case b&lxFaultNoun != 0:
			return !ownerlessFaults.has(toks[i].id) && !(i+1 < c.hi && az.lexAt(i+1)&lxDet != 0)
		case b&(lxDet|lxBadAdj) != 0 && b&lxPrep == 0 || sizingWords.has(toks[i].id):
			continue // "a", "the", "real", "complete"
		default:
			return false
		}
	}
	return false
}

// sizingWords say how big a fault was: "a real mess", "a big mistake".
var sizingWords = idSetOf(sizingWordsList)

const sizingWordsList = "big real complete total huge silly stupid genuine honest serious right proper bit"

// madeWhatWeOwn reports an act of ours that is itself the mistake: one
// madeAMistake reads, a failing verb ("I've messed up your order"), a step
// done wrong ("we've charged you twice"), or one a phrase of owning names at
// its verb ("I've made a pig's ear of this"). Doing it was no step taken
// for the customer; a phrase elsewhere in the clause ("released it on our
// side") owns nothing of the act.
func (az *analyzer) madeWhatWeOwn(c *clause) bool {
	if c.neg || c.verb < 0 {
		return false
	}
	return c.lists&listOurFailure != 0 && !az.droppedACharge(c) || az.madeAMistake(c) || az.ownedAt(c.lo, c.verb) || az.doneWrongly(c)
}

// ownedAt reports an owns-mistake phrase the tables found over token i,
// starting at lo or after it. The kinds found in lo's clause are asked
// first: a phrase starting in it has its kind there (see noteFoundKinds),
// and without one, the scan of every candidate of the turn, which a long
// turn asks of many clauses, is spared.
func (az *analyzer) ownedAt(lo, i int) bool {
	if az.found[az.clauseAt(lo)]&ownsFoundBit == 0 {
		return false
	}
	at := az.tok.toks[i].start
	return az.foundSpan(MarkOwnsMistake, az.tok.toks[lo].start, at+1, at)
}

// ownsFoundBit is owns-mistake's bit in a clause's kinds found.
var ownsFoundBit = kindBit(MarkOwnsMistake)

// droppedACharge reports "drop" with a charge as its object: "I've dropped
// the late fee" waives it, a step for the customer, where "we dropped your
// parcel" is a slip.
func (az *analyzer) droppedACharge(c *clause) bool {
	return c.lemma == "drop" && c.verb >= 0 && az.anyIn(c.verb+1, min(c.verb+4, c.hi), chargeNouns)
}

// letThemKnow reports "let" with "know" after its object: "I've let your
// landlord know" tells them, where "we let you down" is a failure.
func (az *analyzer) letThemKnow(c *clause) bool {
	return c.lemma == "let" && c.verb >= 0 && az.idIn(idKnow, c.verb+2, min(c.verb+5, c.hi))
}

// ownerlessFaults name a fault no one makes: "made the delay worse" is no
// fault of ours to own by this reading, nor "made it our responsibility".
var ownerlessFaults = idSetOf(ownerlessFaultsList)

const ownerlessFaultsList = "blame responsibility doing delay delays fault"
