package scoring

import (
	"slices"
	"strings"
)

// Reading a reason given for a trouble. Agents deflect most often by
// explaining: "it's blocking you because you're on a VPN", "the policy lapsed
// because the last two premiums bounced", "the reading you sent was off by a
// digit, which is where the estimate came from". Each sentence of this kind
// has two parts, joined by a word of reason: the cause ("because ...", or the
// clause before "which is why", "so"), and the trouble it explains (the rest).
// It blames when the trouble is a trouble, the cause names the customer's
// side or a third party, and the company is not the one acting in it. The
// joining words and the words of trouble are closed sets; the parties are read
// as subjects are, so no sentence needs its own row.

// resultOpeners begin a clause that states a result of the clause before:
// "which is why", "that's what", "so", "hence".
var resultOpeners = idSetOf(resultOpenersList)

const resultOpenersList = "which that this so hence therefore thus that's which's this's"

// resultWhWords follow "which is" or "that's" in a result: "which is why",
// "that's what's holding it up", "which is where the estimate came from",
// "which is when the cover lapsed".
var resultWhWords = idSetOf(resultWhWordsList)

const resultWhWordsList = "why what where how what's when"

// troubleWords say something went wrong for the customer without a verb of
// failing: "the 7:10 is a peak train, so the penalty fare stands", "your
// broadband's slow".
var troubleWords = idSetOf(troubleWordsList)

const troubleWordsList = "late slow fee fees penalty surcharge charge charges charged stands nowhere spike citation citations " +
	"overdraft estimate locked offline outage missing short unpaid arrears debt lapsed released closed " +
	"suspended missed declined rejected refused cancelled canceled expired lost forfeit forfeited excluded " +
	"payable chargeable billable invalid void voids voided held caught suspension hold " +
	// what happens to a thing that was not looked after: "your fish died", "the mount has buckled"
	"died dead faded snapped buckled torn ripped shrank shrunk warped peeled rusted smudged frayed pixelated " +
	"stained escaped jammed leaked cracked broken damaged scratched dented cracking leaking peeling " +
	// what damp and wet leave: "which is why the carpet's still damp"
	"damp soggy sodden mouldy moldy musty waterlogged " +
	// held where it cannot go on: "so the cots are stuck", "so we're stuck till then"
	"stuck stranded pending " +
	// what cannot be read or used: "the signature's unreadable"
	"unreadable illegible blurry blurred unusable " +
	// disputes and fraud on an account: "most of these disputes start when"
	"dispute disputes chargeback chargebacks fraud scam scams " +
	// what was taken off what they get: "which is why the refund was reduced"
	takenOffList

// troubleLists are the verb lists whose verbs tell of something going wrong.
var troubleLists = listGoesWrong | verbs.bit["failures"] | listThirdPartyFailure | listSlip

// blamedCause reports a clause that gives the reason for a trouble and puts
// it on the customer's side or on a third party (see the reading above).
// "Because your card expired, I've sent a new link" reports it to fix it:
// whether we act in the sentence is asked last, as the count of its steps
// is read for the turn when first asked, and most clauses that give a reason
// or have a result put no cause on them.
func (az *analyzer) blamedCause(c *clause) bool {
	ci := az.clauseIndex(c)
	if !(c.temporal && c.actor == actCustomer) && !c.causal && az.resultAfter(ci) == 0 {
		return false // no reason and no result: nothing below can pass, so spare the sentence's counts
	}
	if c.question || c.cond || c.quoted || c.lemma == "thank" || az.howBadForThem(c) {
		// "thanks for your patience. | So the driver ..." thanks, and tells no cause
		return false
	}
	return az.causeLaidOnThem(c, ci) && !az.weActInSentence(c)
}

// causeLaidOnThem is blamedCause for clause c, at ci, once its first tests
// have passed, leaving out whether we act in the sentence, which
// blamedCause asks last.
func (az *analyzer) causeLaidOnThem(c *clause, ci int) bool {
	if c.verb < 0 && c.comp < c.hi && az.lexAt(c.comp)&lxOurDet != 0 {
		return false // "the name on your statement is our payment partner": it names ours, no cause of theirs
	}
	if az.coversInFull(c) {
		return false // "your policy does include accidental damage, so the spill is covered": cover is no cause of trouble
	}
	switch {
	case c.temporal && c.actor == actCustomer && az.byTheTime(c.lo):
		// "by the time you got round to it, the window had closed": their delay; but "So, to confirm, ...
		// it had gone by the time you got home" tells their account back
		return az.reasonExplains(ci) && !az.toldBackAfterRecap(c)
	case c.causal:
		return (az.causeIsOthers(c) || az.unownedPassiveCause(c)) && !az.deniedReason(c) && az.reasonExplains(ci)
	}
	if k := az.resultAfter(ci); k > 0 {
		next := &az.clauses[k]
		if !c.neg && c.verb >= 0 && az.anyIn(c.verb+1, min(c.hi, c.verb+4), foundFineWords) {
			return false // "your router tested fine, so nothing you did caused the drop-outs": found fine, it caused nothing
		}
		if !az.causeIsOthers(c) && az.unownedPassiveCause(c) && !next.question {
			// "the grout was sealed before it had cured, which is why it's cracking": done by
			// nobody named and not by us, the act is laid on their side when a trouble came of it.
			// A plain relative only says what a thing is ("the Saver fare, which cannot be
			// changed"); a result says why: "which is why", "so", "hence"
			return !(next.relative && !az.namesResult(k)) && !az.noCostIn(next) && az.troubledNow(next) &&
				next.bag&(lxAgent|lxOurDet|lxOurs) == 0
		}
		if !az.causeIsOthers(c) || next.question || c.lemmaIn(requestVerbs) && !az.askedLate(c) {
			// "you asked us to hold it, which is why": a wish; but "you'd told the driver to
			// leave it in the bin, so that's where it went" gives the cause, though "tell" reports
			return false
		}
		// "which is why it's choppy", "that's how the ceiling came down": a result named
		// after "why" or "how" explains what the customer complained of, unless it is good
		// news or our own step; a plain result ("which can combine to cause delays") must
		// be a trouble that happened
		// "so there's no change fee" spares them a cost, whatever its words of trouble
		return !az.noCostIn(next) && (az.namesResult(k) && (az.troubled(next) || !next.ourStep() && !az.goodNewsIn(next)) || az.troubledNow(next))
	}
	return false
}

// foundFineWords, right after a verb, say a thing was found in order:
// "tested fine", "came back normal".
var foundFineWords = idSetOf(foundFineWordsList)

const foundFineWordsList = "fine ok okay normal"

// coversInFull reports a clause saying a plan covers or includes a thing,
// with no "only" to narrow it: "your policy does include accidental
// damage". "Your policy only covers the frame" still limits.
func (az *analyzer) coversInFull(c *clause) bool {
	return !c.neg && c.lemmaIn(includeVerbs) && !az.idIn(idOnly, c.lo, c.hi) && !az.idIn(idJust, c.lo, c.hi)
}

// includeVerbs say a plan takes a thing in; idJust is the id of "just",
// which narrows as "only" does.
var (
	includeVerbs = lemmaSetOf("cover include")
	idJust       = wordID("just")
)

// askedLate reports a clause told as done late or past a deadline: "you
// requested the upgrade after the cut-off", "the change was asked for late".
// A wish told so is a slip.
func (az *analyzer) askedLate(c *clause) bool {
	if az.toldLate(c) {
		return true
	}
	for i := c.comp; i < c.hi; i++ {
		if az.pastDeadlineAt(i, c.hi) {
			return true
		}
	}
	return false
}

// possessives own the part a thing came without: "without its box".
var possessives = idSetOf("its their his her")

// noCostIn reports "no" before good news in c, or a cost denied or taken
// back: "no charge", "no change fee", "won't cost you anything", "the
// penalty charge has been cancelled".
func (az *analyzer) noCostIn(c *clause) bool {
	if c.neg && c.lemma == "cost" || az.chargeUndone(c) {
		return true // "so this repair won't cost you anything", "so the penalty charge has been cancelled"
	}
	for i := c.lo; i < c.hi; i++ {
		if az.goodNoAt(i, c.hi) || az.clearOfAt(i, c.hi) {
			return true
		}
	}
	return false
}

// clearOfAt reports "clear of", "exempt from" or "spared" a cost at i: "so
// you're clear of July's fee".
func (az *analyzer) clearOfAt(i, hi int) bool {
	toks := az.tok.toks
	if !clearOfWords.has(toks[i].id) || i+1 >= hi || toks[i+1].id != idOf && toks[i+1].id != idFrom {
		return false
	}
	return az.costOrTroubleWithin(i+2, min(hi, i+6))
}

// clearOfWords, before "of" or "from" and a cost, take the cost away.
var clearOfWords = idSetOf(clearOfWordsList)

const clearOfWordsList = "clear exempt free spared"

// resultAfter returns the clause that states the result of clause ci and of
// the clauses before it: a later clause of its sentence that opens a result,
// with no clause of the company acting between them, or the first clause of
// the next sentence when it opens one ("...; that's why no boarding pass was
// issued"). It returns 0 when there is none.
//
// Each clause's answer is read when first asked and kept for the turn
// (resultNext): a turn asks it of few of its clauses, and reading every
// clause's answer up front read the clauses no check asks about. A clause
// whose answer is the next clause's walks on to the first clause whose
// answer is known or settled, and gives that answer to each clause passed,
// so a sentence of thousands of clauses is still read once.
func (az *analyzer) resultAfter(ci int) int {
	if az.resultsNoted {
		if r := az.resultNext[ci]; r != resultUnread {
			return int(r) // small enough to inline: most asks find the answer kept
		}
	}
	return az.readResultsFrom(ci)
}

// readResultsFrom reads resultAfter's answer for clause ci, and for the
// clauses after it whose answer it is, and keeps them.
func (az *analyzer) readResultsFrom(ci int) int {
	if !az.resultsNoted {
		az.noteResults() // once a turn, when a check first asks
	}
	last := ci
	for az.resultNext[last] == resultUnread {
		r, next := az.readResultAfter(last)
		if !next {
			az.resultNext[last] = r
			break
		}
		last++ // readResultAfter passes the answer on only from a clause with one after it
	}
	for k := ci; k < last; k++ {
		az.resultNext[k] = az.resultNext[last]
	}
	return int(az.resultNext[ci])
}

// resultUnread marks, in resultNext, a clause whose answer is not read yet.
const resultUnread = -1

// noteResults marks every clause of the turn unread for resultAfter.
func (az *analyzer) noteResults() {
	az.resultsNoted = true
	n := len(az.clauses)
	az.resultNext = slices.Grow(az.resultNext[:0], n)[:n]
	for ci := range az.resultNext {
		az.resultNext[ci] = resultUnread
	}
}

// readResultAfter reads resultAfter's answer for clause ci from the clause
// after it: that clause, the one after it, or 0; or, when next is true, the
// answer of the clause after it, which then exists.
func (az *analyzer) readResultAfter(ci int) (r int32, next bool) {
	n := len(az.clauses)
	k := ci + 1
	if k >= n {
		return 0, false
	}
	sent, s := az.tok.toks[az.clauses[ci].lo].sent, az.tok.toks[az.clauses[k].lo].sent
	switch {
	case s != sent:
		if s == sent+1 && az.tok.sents[s].tokLo == az.clauses[k].lo && az.opensResult(k) {
			return int32(k), false // "...; that's why no boarding pass was issued"
		}
	case az.opensResult(k):
		if k+1 < n && az.onlyTalk(k) && az.tok.toks[az.clauses[k+1].lo].sent == s {
			return int32(k + 1), false // "you opted for paperless, | so no, | we wouldn't have posted it"
		}
		return int32(k), false
	case az.clauses[k].actor != actAgent || az.clauses[k].temporal:
		// "your insurer | and we both have the notes, | so ...": not past the company, unless only
		// to say when ("you changed the layout | after we'd started, | so the extra labour stands")
		return 0, true
	}
	return 0, false
}

// onlyTalk reports a clause k that holds nothing past its joining word
// but a word of talk: "so no,", "so yeah,". The result it opens is the
// clause after it.
func (az *analyzer) onlyTalk(k int) bool {
	c := &az.clauses[k]
	if c.hi-c.lo > 3 {
		return false // each word is tested below, so a verb read in "so no" counts for nothing
	}
	for i := c.lo + 1; i < c.hi; i++ {
		if !az.discourseWord(i) && !talkWords.has(az.tok.toks[i].id) {
			return false
		}
	}
	return c.hi-c.lo > 1
}

// talkWords answer or fill before a clause and are no words of talk the
// lexicon marks (see discourseWord, which knows "yes", "yeah", "well",
// "right"): "so no, we wouldn't have".
var talkWords = idSetOf(talkWordsList)

const talkWordsList = "no look"

// weActInSentence reports a clause of c's sentence in which the company
// takes a step or promises one, on c's side of any "but". Unlike
// sentenceHasOurStep it asks who acts: "it's blocking you" is under way, but
// nobody's step.
func (az *analyzer) weActInSentence(c *clause) bool {
	return az.spanOfClause(c).ours > 0
}

// ourStepBesideTheAct is weActInSentence without the clauses of when and
// the records: "it was clicked two hours | after we sent it" dates their
// act by ours, and "we've shipped forty thousand of those" counts what we
// did for others; neither takes a step for them.
func (az *analyzer) ourStepBesideTheAct(c *clause) bool {
	return az.ourStepBesideBut(c, nil)
}

// ourStepBesideBut is ourStepBesideTheAct with clause skip left out: a
// frame ("I'm just saying, |") whose verb of telling is no step. What we
// can only do ("we can only deliver to the address we're given") is a
// limit, not a step (see onlyCan).
func (az *analyzer) ourStepBesideBut(c, skip *clause) bool {
	if !az.weActInSentence(c) {
		return false
	}
	span := az.spanOf[az.clauseIndex(c)]
	for k := range az.clauses {
		if d := &az.clauses[k]; d != skip && az.spanOf[k] == span && !d.temporal && d.ourStep() && !az.noStepObject(d) && !az.manyOfTheSame(d) && !az.onlyCan(d) {
			return true
		}
	}
	return false
}

// onlyCan reports a clause of what we can only do: "we can only deliver
// to the address we're given" tells a limit.
func (az *analyzer) onlyCan(d *clause) bool {
	return d.can && az.clauseHasID(d, idOnly)
}

// weDoSomething is weActInSentence for any verb, not only a step: a clause
// near c in its sentence in which the company does, is doing or will do
// anything at all for them: "so I've checked yours", "so I've turned it on for you"; not a
// habit ("we just run the transport") nor what we cannot do.
func (az *analyzer) weDoSomething(c *clause) bool {
	return az.nearInSentence(c, func(d *clause) bool {
		return d.actor == actAgent && !d.neg && (d.aspect == aspDone || d.aspect == aspWill || d.aspect == aspNow)
	})
}

// atOurPlace reports "at our ..." or "in our ..." after c's verb: "at our
// depot", "in our warehouse".
func (az *analyzer) atOurPlace(c *clause) bool {
	toks := az.tok.toks
	for i := max(c.verb, c.comp); i+1 < c.hi; i++ {
		if (toks[i].id == idAt || toks[i].id == idIn) && az.lexAt(i+1)&lxOurDet != 0 {
			return true
		}
	}
	return false
}

// ourStep: the company taking, or promising, a step. What it does as a rule
// ("we move hundreds of pianos a year") takes no step for this customer,
// nor does reading the record as we speak ("I'm just reading it off the
// screen here", "I'm looking at your account now").
func (c *clause) ourStep() bool {
	return c.actor == actAgent && !c.neg && c.aspect != aspHabit &&
		(c.lists&stepList != 0 || c.aspect == aspWill || c.aspect == aspNow && !c.lemmaIn(idleVerbs))
}

// idleVerbs read or look over what is there, or wait on someone else: no
// step is taken by them ("we're just waiting on the supplier").
var idleVerbs = lemmaSetOf("read look see scroll glance wait")

// causeIsOthers reports a cause clause whose acting party is the customer's
// side or a third party, and in which the company does not act: "you're on a
// VPN", "the store you chose", "the courier's van broke down", but not "we
// sent it to your old address", "our driver delivered it" or "the system
// crashed", which names no one.
func (az *analyzer) causeIsOthers(c *clause) bool {
	return az.causeIsOthersOf(c, false)
}

// causeIsOthersOf is causeIsOthers, where heldUs says the result already
// tells us held up by it: then a third party's step for the customer ("the
// planning officer moved the site visit, so we're stuck") is the cause, not
// help.
func (az *analyzer) causeIsOthersOf(c *clause, heldUs bool) bool {
	if c.actor == actAgent && !c.passive || c.byAgent || !c.passive && az.ourInSubject(c) || c.hedged {
		return false // "our driver delivered it"; but "our engineer was turned away" is done to us
	}
	if (c.passive || c.actor == actThing) && az.atOurPlace(c) {
		// "your meal kit was left out of the chiller at our depot", "the label printed with the
		// wrong postcode at our warehouse": done, or gone wrong, in our care
		return false
	}
	if (c.aspect == aspNow || c.aspect == aspWill) && c.lists&stepList != 0 && c.lists&troubleLists == 0 && !c.neg {
		return false // "the manufacturer is sending the part to us, so ...": help, not a fault
	}
	if az.agentInSubject(c) || c.aspect == aspNone && c.verb < 0 && c.bag&(lxBe|lxHave) == 0 {
		return false // "your insurer and we both have the notes"; a fragment says nothing happened
	}
	switch c.actor {
	case actCustomer, actCustomers, actThird:
		// "your bank approved the refund, which is why ...": help; "because they process our payments": their
		// work for us, no fault
		return !(c.actor == actThird && (az.theirStepForYou(c) && !heldUs || az.theirWorkForUs(c)))
	}
	if c.passive && !c.neg && c.lists&(troubleLists|listYourActs) == 0 && az.deliverableSubject(c) && az.subjectHas(c, yourOnly) &&
		!az.anyIn(c.lo, c.hi, givenWords) {
		return false // "your order was split into two parcels": done by us, to what we deliver
	}
	if c.lemma == "bounce" && !c.neg && !c.passive {
		return true // "the direct debit bounced", "the premiums bounced": their money, or their address, turned back
	}
	if c.verb < 0 && !c.neg && az.ageTold(c) && !az.ourInSubject(c) && !az.subjectHas(c, systemNouns) {
		return true // "the boiler is over fifteen years old": the age of the thing they own
	}
	if c.passive && c.lists&listYourActs != 0 || az.upkeepUndone(c) {
		return true // "because the car was being used for commuting": only their side uses it; "because it hadn't been lubed"
	}
	// "the reading that got submitted in March was too high": what they gave us; "the last two
	// premiums bounced", "the address on file had a typo": what they send us went wrong
	if (az.anyIn(c.lo, c.hi, givenWords) || az.subjectHas(c, paperwork) && c.lists&troubleLists != 0 ||
		az.inputNounWithin(c.lo, c.hi, c.hi-c.lo) && (c.bag&lxWrong != 0 || az.offByIn(c))) && !az.ourWithin(c.lo, c.hi, c.hi-c.lo) {
		return true
	}
	if heldUs && az.accessInSubject(c) {
		return true // "the gate was locked, | so the driver couldn't get to the door": the way into their place
	}
	return c.named || c.bag&(lxCustomer|lxYour|lxThird|lxThirdNoun|lxTheirs) != 0 || az.someOtherThingActed(c)
}

// unownedPassiveCause reports a cause told in the passive with nobody
// named as its doer and nothing of ours in it: "the grout was sealed before
// it had cured", "nothing was labelled by room". Told as the reason for a
// trouble, such an act is one the agent does not take as the company's; a
// step we take on what we deliver ("your order was split into two
// parcels") and anything done at our place or by our people are ours.
func (az *analyzer) unownedPassiveCause(c *clause) bool {
	if !c.passive || c.byWho != actNone || c.byAgent || c.actor == actAgent || c.question || c.cond {
		return false
	}
	if az.ourInSubject(c) || az.atOurPlace(c) || az.ourWithin(c.lo, c.hi, c.hi-c.lo) || az.agentInSubject(c) {
		return false
	}
	if az.goodNewsIn(c) || az.costWaived(c) || az.noCostIn(c) || az.costLifted(c) {
		return false // "the duplicate charge has been voided", "a cancelled show is refunded": done for them
	}
	return !(c.lists&stepList != 0 && az.deliverableSubject(c))
}

// ageTold reports an age in years or months after the clause's verb or be: "is over
// fifteen years old", "is 18 years old".
func (az *analyzer) ageTold(c *clause) bool {
	toks := az.tok.toks
	for i := c.comp + 1; i+1 < c.hi; i++ {
		if ageUnits.has(toks[i].id) && toks[i+1].id == idOld {
			return true
		}
	}
	return false
}

// ageExplains reports the age of a thing not ours told as what a trouble
// follows from: "the boiler is over fifteen years old, so breakdowns like
// this are to be expected", "it's 18 years old, which is why it failed".
func (az *analyzer) ageExplains(c *clause) bool {
	if c.verb >= 0 || c.question || !az.ageTold(c) || !az.causeIsOthers(c) {
		return false
	}
	k := az.resultAfter(az.clauseIndex(c))
	if k == 0 {
		return false
	}
	d := &az.clauses[k]
	return !d.ourStep() && !az.goodNewsIn(d) && (az.troubled(d) || az.troubledNow(d) || az.troubleSubject(d))
}

// ageUnits measure an age: "years old"; idOld reads "old".
var (
	ageUnits = idSetOf(ageUnitsList)
	idOld    = wordID("old")
)

const ageUnitsList = "years months decades"

// theirStepForYou reports a third party's step taken for the customer, on
// them or on what they are owed, with nothing wrong in it: "your bank
// approved the refund", "the airline has moved you to an earlier flight".
func (az *analyzer) theirStepForYou(c *clause) bool {
	// "the airline changed the schedule" is a step of theirs, but not one for the customer
	return c.faultlessStep() && az.compHas(c, lxDeliverable|lxCustomer)
}

// faultlessStep reports a step, not denied, with no word of trouble, wrong
// or fault in it: "approved the refund", "process our payments".
func (c *clause) faultlessStep() bool {
	return !c.neg && c.lists&stepList != 0 && c.lists&troubleLists == 0 && c.bag&(lxWrong|lxFaultNoun) == 0
}

// theirWorkForUs reports a third party's step done for the company, with
// nothing wrong in it: "they process our payments", "they deliver our
// parcels in your area".
func (az *analyzer) theirWorkForUs(c *clause) bool {
	return c.faultlessStep() && (c.aspect == aspPresent || c.aspect == aspHabit) && az.compHas(c, lxOurDet)
}

// agentInSubject reports "we" or "I" among the words of c's subject: "your
// insurer and we". Not as the holder of a record: "the card we had on
// file", "the address I have for you" are the customer's details, kept.
func (az *analyzer) agentInSubject(c *clause) bool {
	lo, hi := c.subjectSpan()
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		if k := az.tok.key(toks[i]); (k == "we" || k == "i") && !(i+1 < hi && holdingWords.has(toks[i+1].id)) {
			return true // not "us": "the reading you sent us" names the company as who got it
		}
	}
	return false
}

// holdingWords, after "we" inside a subject, say we keep the thing on
// record: "the card we had on file", "the number we hold".
var holdingWords = idSetOf(holdingWordsList)

const holdingWordsList = "had have hold held keep kept"

// deniedReason reports a reason denied or merely reported: "not because of
// anything you did", "as you said", "as you asked".
func (az *analyzer) deniedReason(c *clause) bool {
	if c.lo > 0 && az.lexAt(c.lo-1)&lxNeg != 0 {
		return true
	}
	if c.verb >= 0 && az.markAt(c.verb)&lxReport != 0 {
		// "because you told us so" reports; "because the damage was reported eleven weeks after it
		// happened" gives the lateness as the cause
		return !az.reportedAfterALength(c)
	}
	return c.lists&listAskAFact != 0 || c.lemmaIn(requestVerbs)
}

// reportedAfterALength reports a length of time after c's verb with
// "after" or "later" right behind it: "was reported eleven weeks | after it
// happened", "was flagged a month later".
func (az *analyzer) reportedAfterALength(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi; i++ {
		if durationNouns.has(toks[i].id) && az.afterFollows(i) {
			return true
		}
	}
	return false
}

// requestVerbs give a wish as the reason, which is no fault: "that's because
// you asked for the express option", "since you'd like to spread it".
var requestVerbs = lemmaSetOf("ask request want prefer like wish")

// goodNewsIn reports a word of good news in c: "that's why it came so
// quickly", "which is why it was free".
func (az *analyzer) goodNewsIn(c *clause) bool {
	return az.anyIn(c.lo, c.hi, goodNews) || c.bag&lxFine != 0 || az.noCostIn(c) // "so there's no charge"
}

// goodNewsInSentence reports a word of good news near c in its sentence:
// "you booked the express slot, which is why it came so quickly".
func (az *analyzer) goodNewsInSentence(c *clause) bool {
	lo, hi := az.nearC(c)
	return az.anyIn(lo, hi, goodNews)
}

// nearC returns the tokens of c's sentence within nearReach words of c: a
// sentence says its outcome near its cause, and the bound keeps a sentence of
// thousands of clauses linear.
func (az *analyzer) nearC(c *clause) (lo, hi int) {
	s := az.tok.sents[az.tok.toks[c.lo].sent]
	return max(s.tokLo, c.lo-nearReach), min(s.tokHi, c.hi+nearReach)
}

// nearReach is how many words around a clause nearC reads.
const nearReach = 24

// goodNews are results nobody complains of.
var goodNews = idSetOf(goodNewsList)

const goodNewsList = "early earlier quickly quick fast faster sooner free cheaper discount upgraded upgrade " +
	"refund refunded credit credited bonus extra safe safely great good"

// reasonExplains reports that the clauses a reason clause explains tell of
// a trouble: those before it in its sentence, or, when it opens the sentence,
// those after it ("because the form came back unsigned, the claim was held").
func (az *analyzer) reasonExplains(ci int) bool {
	sent := az.tok.toks[az.clauses[ci].lo].sent
	lo, hi := ci, ci
	for lo > 0 && lo > ci-reasonReach && az.tok.toks[az.clauses[lo-1].lo].sent == sent {
		lo--
	}
	if lo == ci || az.clauses[ci-1].headLo >= az.clauses[ci-1].hi || turnWords.has(az.tok.toks[az.clauses[ci].lo].id) {
		// first in its sentence, or after a bare "and" or a "but": "..., and | since you cancelled on Monday |
		// it's on its way back to you" explains what follows it
		for hi+1 < len(az.clauses) && hi < ci+reasonReach && az.tok.toks[az.clauses[hi+1].lo].sent == sent {
			hi++
		}
		lo, hi = ci+1, hi+1
	}
	for k := lo; k < hi; k++ {
		e := &az.clauses[k]
		if az.troubledNow(e) || k == ci-1 && (az.bareThat(e) || az.namesAParty(&az.clauses[ci]) && az.plainlyExplained(e)) {
			return true
		}
	}
	return false
}

// plainlyExplained reports a clause just before a reason that is neither
// good news nor a step of ours, nor anything we can or will do: "video is
// choppy | because your provider throttles it". A reason put on the
// customer's side or a third party explains what went wrong for them.
func (az *analyzer) plainlyExplained(e *clause) bool {
	return e.actor != actAgent && !e.question && !e.neg && !e.ourStep() && !az.goodNewsIn(e) && !e.promises() && !e.obliged &&
		e.aspect != aspWill && e.aspect != aspCould && e.bag&lxAgent == 0
}

// upkeepUndone reports upkeep said not to have been done: "it hadn't been
// lubed", "the water wasn't cycled", "the clip wasn't fastened", by no one
// ("nobody had topped it up", "no one had serviced the boiler"), or, with
// the upkeep as a noun, "the boiler hadn't had its annual service".
func (az *analyzer) upkeepUndone(c *clause) bool {
	if c.passive {
		return c.neg && c.verb >= 0 && c.byWho == actNone && c.lemmaIn(upkeepLemmas)
	}
	if c.neg && c.verb >= 0 && az.noOneDid(c) {
		return c.lemmaIn(upkeepLemmas) && !az.subjectHasLex(c, lxOurDet|lxOurs|lxAgent) // not "nobody from our team"
	}
	return c.neg && c.lemma == "have" && c.actor == actThing && c.aspect == aspDone && az.upkeepNounAfter(c)
}

// noOneDid reports a clause whose subject is "nobody" or "no one".
func (az *analyzer) noOneDid(c *clause) bool {
	if c.subj < 0 {
		return false
	}
	toks := az.tok.toks
	return nobodyWords.has(toks[c.subj].id) || toks[c.subj].id == idNo && c.subj+1 < c.hi && toks[c.subj+1].id == idOne
}

// upkeepNounAfter reports an upkeep noun as the object of c's verb, after at
// most a determiner and two words: "had | its annual service", "had an MOT".
func (az *analyzer) upkeepNounAfter(c *clause) bool {
	toks := az.tok.toks
	for i := c.comp; i < c.hi && i <= c.comp+3; i++ {
		if upkeepNouns.has(toks[i].id) {
			return true
		}
		if az.looksLikeVerb(i) {
			return false
		}
	}
	return false
}

// upkeepNouns name an owner's upkeep of a thing as a noun.
var upkeepNouns = idSetOf(upkeepNounsList)

const upkeepNounsList = "service servicing mot check-up checkup inspection maintenance upkeep"

// upkeepTheRulesRequire reports upkeep said not to have been done, with the
// rule that asks for it right after: "the shed wasn't locked, | which the
// policy requires". A rule applied to what they left undone.
func (az *analyzer) upkeepTheRulesRequire(c *clause) bool {
	if !az.upkeepUndone(c) {
		return false
	}
	d := az.nextInSentence(c)
	if d == nil {
		return false
	}
	id := az.tok.toks[d.lo].id
	return (id == idWhich || id == idAs) && (d.ruleSubj || az.subjectHasLex(d, lxRuleNoun)) && d.lemmaIn(ruleAskVerbs)
}

// prevInSentence returns the clause before c when it is in c's sentence,
// or nil: nextInSentence's other side.
func (az *analyzer) prevInSentence(c *clause) *clause {
	ci := az.clauseIndex(c)
	if ci == 0 {
		return nil
	}
	p := &az.clauses[ci-1]
	if az.tok.toks[p.lo].sent != az.tok.toks[c.lo].sent {
		return nil
	}
	return p
}

// earlierInSentence returns the nearest of the reach clauses before c, in
// c's sentence, that test passes, or nil.
func (az *analyzer) earlierInSentence(c *clause, reach int, test func(*clause) bool) *clause {
	toks := az.tok.toks
	ci := az.clauseIndex(c)
	for k := ci - 1; k >= 0 && k >= ci-reach && toks[az.clauses[k].lo].sent == toks[c.lo].sent; k-- {
		if p := &az.clauses[k]; test(p) {
			return p
		}
	}
	return nil
}

// nextInSentence returns the clause right after c when it is in c's
// sentence, or nil.
func (az *analyzer) nextInSentence(c *clause) *clause {
	ci := az.clauseIndex(c)
	if ci+1 >= len(az.clauses) {
		return nil
	}
	d := &az.clauses[ci+1]
	if az.tok.toks[d.lo].sent != az.tok.toks[c.lo].sent {
		return nil
	}
	return d
}

// ruleAskVerbs say what a rule asks for.
var ruleAskVerbs = lemmaSetOf("require say state specify ask demand")

// upkeepLongUndone reports upkeep not done for a span told with it: "the
// boiler hadn't been serviced in three years", "the filter hasn't been
// cleaned for months", "not serviced since 2019". So long undone, it is the
// owner's neglect, with or without a trouble said beside it.
func (az *analyzer) upkeepLongUndone(c *clause) bool {
	if !az.upkeepUndone(c) || az.weActInSentence(c) {
		return false
	}
	toks := az.tok.toks
	for i := max(c.verb, c.lo) + 1; i+1 < c.hi; i++ {
		if spanWords.has(toks[i].id) && (toks[i].id == idSince || az.durationWithin(i+1, c.hi)) {
			return true
		}
	}
	return false
}

// durationWithin reports a length of time within three words from i: "three
// years", "months", "a couple of years".
func (az *analyzer) durationWithin(i, hi int) bool {
	for j := i; j < hi && j <= i+3; j++ {
		if durationNouns.has(az.tok.toks[j].id) || longDurations.has(az.tok.toks[j].id) {
			return true
		}
	}
	return false
}

// spanWords open a span of time: "in three years", "for months", "since
// 2019". longDurations are lengths durationNouns leaves out.
var (
	spanWords     = idSetOf(spanWordsList)
	longDurations = idSetOf(longDurationsList)
)

const (
	spanWordsList     = "in for since"
	longDurationsList = "ages decade decades"
)

// upkeepUndoneExplains reports a reason of upkeep not done that explains a
// trouble: "the chain snapped | because it hadn't been lubed all winter".
func (az *analyzer) upkeepUndoneExplains(c *clause) bool {
	return c.causal && !c.question && az.upkeepUndone(c) && !az.weActInSentence(c) && az.reasonExplains(az.clauseIndex(c))
}

// namesAParty reports a reason whose subject is the customer, customers, a
// third party or the customer's own thing, or a passive of what only their
// side does: "because your provider throttles it", "because the door was
// overloaded", not "because it covered 35 days".
func (az *analyzer) namesAParty(c *clause) bool {
	return c.actor == actCustomer || c.actor == actCustomers || c.actor == actThird || az.yourSide(c) ||
		c.passive && c.byWho == actNone && (c.lists&listYourActs != 0 || az.upkeepUndone(c)) // "because the door was overloaded", "because it hadn't been lubed": only their side does it
}

// bareThat reports a clause that is only "that's" or "it's" before a
// reason: "that's cos you've got adblock on" explains the trouble the
// customer raised, whatever it was.
func (az *analyzer) bareThat(c *clause) bool {
	return c.verb < 0 && c.comp >= c.hi && !c.neg && az.pronounSubject(c)
}

// reasonReach is how many clauses a reason reaches to the trouble it
// explains: a sentence says its trouble near its reason, and a bound keeps a
// sentence of thousands of clauses linear.
const reasonReach = 6

// opensResult reports a clause that states the result of the one before it:
// "which is why the payment was missed", "that's what's holding this up",
// "so the driver had nowhere to leave it", "which held everything up".
func (az *analyzer) opensResult(k int) bool {
	c := &az.clauses[k]
	if !az.mayOpenResult(c) {
		return false
	}
	i := c.lo
	if i < c.hi && az.lexAt(i)&lxConj != 0 && az.tok.key(az.tok.toks[i]) == "and" {
		i++ // "and that's what's holding this up"
	}
	if i+2 < c.hi && az.tok.toks[i].id == idAs && az.tok.toks[i+1].id == idSuch {
		return c.subj > i+1 // "and as such the claim could not be progressed": formal for "so"
	}
	if i+1 < c.hi && consequentlyWords.has(az.tok.toks[i].id) {
		return c.subj > i // "consequently your booking lapsed"
	}
	if p := k - 1; p >= 0 && az.clauses[p].lo+1 == az.clauses[p].hi && c.lo == az.clauses[p].hi && consequentlyWords.has(az.tok.toks[az.clauses[p].lo].id) {
		return c.subj >= 0 // "consequently, | the claim could not be progressed": the word set off by its comma
	}
	if i >= c.hi || !resultOpeners.has(az.tok.toks[i].id) {
		return false
	}
	k0 := az.tok.key(az.tok.toks[i])
	if k0 == "hence" && i+1 < c.hi && az.lexAt(i+1)&lxDet != 0 {
		return true // "hence the burn mark": the result named by a noun
	}
	if k0 == "so" || k0 == "hence" || k0 == "therefore" || k0 == "thus" {
		// "so the driver had nowhere": a clause of its own follows; "so no, | we wouldn't have": it follows the talk
		return i+1 < c.hi && (c.subj > i || k0 == "so" && az.onlyTalk(k) && k+1 < len(az.clauses))
	}
	b := az.lexAt(i)
	j := i + 1
	if b&lxBe == 0 && j < c.hi && az.lexAt(j)&lxBe != 0 {
		j++ // "which is", "that was"
	} else if b&lxBe == 0 {
		return k0 == "which" && i > 0 && az.tok.toks[i-1].pause && c.verb >= 0 // ", which held everything up"
	}
	if j+2 < c.hi && !resultWhWords.has(az.tok.toks[j].id) && az.isAdverbAt(j) && !onlyHowWords.has(az.tok.toks[j].id) &&
		whyHow.has(az.tok.toks[j+1].id) {
		// "which is definitely why", "that's probably why"; but "that's just how card holds work" tells how
		// things are, and "that's exactly what the button is for" what a thing is for
		j++
	}
	return j < c.hi && resultWhWords.has(az.tok.toks[j].id)
}

// troubledNow reports a trouble that happened or happens, not one that may:
// "the window had closed", "your card gets declined", not "which can all
// combine to create delays". What a thing could not do did not happen: "so
// the scanner couldn't read the barcode" is a trouble.
func (az *analyzer) troubledNow(c *clause) bool {
	return (c.aspect != aspCould || az.ourPeopleBlocked(c) || c.neg && c.actor == actThing || az.remedyRefused(c)) && c.aspect != aspWould && az.troubled(c)
}

// ourPeopleBlocked reports the company's people, named without "I" or "we",
// kept from doing their part: "the engineer couldn't get access", "our driver
// wasn't able to get in". They met a trouble, whoever caused it.
func (az *analyzer) ourPeopleBlocked(c *clause) bool {
	return c.actor == actAgent && c.neg && c.bag&lxAgent == 0 && c.bag&lxCompanyNoun != 0
}

// mayOpenResult reports whether c holds a word that opens a result where
// opensResult looks for one: first, after a first "and", or set off just
// before c. noteResults asks it of every clause of a turn, and most hold
// none of these words, so one id test each turns them away before the
// readings that take the clause apart.
func (az *analyzer) mayOpenResult(c *clause) bool {
	for i := max(c.lo-1, 0); i < c.hi && i <= c.lo+1; i++ {
		if resultLeads.has(az.tok.toks[i].id) {
			return true
		}
	}
	return false
}

// resultLeads are the words opensResult finds a result by: the openers,
// "consequently" and the like, and the "as" of "as such".
var resultLeads = unionOf(resultOpeners, consequentlyWords, idSetOf("as"))

// consequentlyWords open a result, as "so" does, in formal writing; idSuch
// is the id of "such", as in "as such".
var (
	consequentlyWords = idSetOf(consequentlyWordsList)
	idSuch            = wordID("such")
)

const consequentlyWordsList = "consequently accordingly"

// namesResult reports a result clause that names its result after "why",
// "what" or "where" ("which is why the payment was missed"), whose own verb
// is only the "is" of the link.
func (az *analyzer) namesResult(k int) bool {
	c := &az.clauses[k]
	for i := c.lo; i < c.hi && i < c.lo+4; i++ {
		if resultWhWords.has(az.tok.toks[i].id) || az.tok.toks[i].id == idHence && i+1 < c.hi && az.lexAt(i+1)&lxDet != 0 {
			return true // "which is why ...", "hence the burn mark"
		}
	}
	return false
}

// showsAs reports a verb of showing with "as" after it: "so your council
// tax shows as unpaid" tells the state a thing is in, not what someone saw.
func (az *analyzer) showsAs(c *clause) bool {
	return c.verb+1 < c.hi && az.tok.toks[c.verb+1].id == idAs
}

// idHence is the id of "hence".
var idHence = wordID("hence")

// troubled reports a clause that tells of something going wrong for the
// customer: a failing verb, a denial, a wrong or missing thing, a fee or a
// penalty. What the company does, cannot do or knows is no trouble of theirs.
func (az *analyzer) troubled(c *clause) bool {
	switch {
	case az.remedyRefused(c):
		// "so we can't take it back", "so I can't refund the night": a remedy refused them is
		// what the cause brought on them, as "so the return was refused" is
		return true
	case c.actor == actAgent && !az.ourPeopleBlocked(c) || c.bag&lxAgent != 0 && c.bag&lxCan != 0:
		// "so there's nothing I can do": the company's inability is a rule, not a fault; but our
		// engineer who "couldn't get access" met a trouble, whoever caused it
		return false
	case c.obliged && c.neg, c.neg && c.lemma == "need":
		return false // "so you don't have to deal with them", "you don't need the receipt": a relief
	case c.should:
		return false // "so the fee should never have been added": what ought to have been, our error
	case c.lists&listAskAFact != 0 || c.verb >= 0 && az.markAt(c.verb)&lxReport != 0 && !(c.neg && c.actor == actCustomer) && !az.showsAs(c):
		return false // "so you know", but "so you won't have seen them" is a trouble
	case c.neg && az.nothingMore(c):
		return false // "so there's nothing extra to pay": good news
	case az.costWaived(c):
		return false // "so the fee doesn't apply": good news
	case az.favourAgreed(c):
		return false // "the hotel have agreed to hold the room": what they agreed to do is a favour
	}
	if c.neg || c.verb < 0 && c.bag&lxNeg != 0 || c.lists&troubleLists != 0 || c.bag&(lxWrong|lxFaultNoun|lxBadAdj) != 0 || az.outOfDateIn(c) || az.phrasalRefusal(c) ||
		az.withoutAPart(c) || az.putOnTheBill(c) {
		// a copula's clause runs on past its link, so a negation in it is the
		// result's own: "that's why the pass won't scan"; "so the map was out of date"
		return true
	}
	for i := c.lo; i < c.hi; i++ {
		if troubleWords.has(az.tok.toks[i].id) && !az.afterNo(i, c.lo) || az.troubleVerbAt(i) || az.badNoAt(i, c.hi) || c.verb < 0 && az.turnedDownAt(i, c.hi) {
			return true
		}
	}
	return false
}

// putOnTheBill reports a thing said to be on the bill or the invoice, with
// no good news in it: "so it's on the bill" charges them; "the discount is
// on your invoice" does not.
func (az *analyzer) putOnTheBill(c *clause) bool {
	if c.verb >= 0 || c.comp+2 >= c.hi || az.tok.toks[c.comp].id != idOn {
		return false
	}
	return billNouns.has(az.tok.toks[c.comp+2].id) && az.lexAt(c.comp+1)&lxDet != 0 && !az.goodNewsIn(c)
}

// remedyRefused reports us unable to give a remedy of a purchase, with no
// other step of ours in the sentence: "so we can't take it back", "so I
// can't refund the night"; but "we can't swap it for free, but I'll send a
// discount code" makes up for it.
func (az *analyzer) remedyRefused(c *clause) bool {
	return c.actor == actAgent && c.neg && c.aspect == aspCould && c.lemmaIn(takenBackVerbs) && !az.ourStepBeside(c)
}

// takenBackVerbs are the remedies a purchase may be refused: "we can't
// refund it", "we can't take it back", "I can't exchange it".
var takenBackVerbs = lemmaSetOf("refund accept take exchange replace return swap")

// favourAgreed reports another party that agreed or offered to do
// something: "the hotel have agreed to hold the room until you arrive".
func (az *analyzer) favourAgreed(c *clause) bool {
	return c.actor == actThird && !c.neg && c.verb >= 0 && c.verb+1 < c.hi && az.tok.toks[c.verb+1].id == idTo &&
		(c.lemma == "agree" || c.lemma == "offer")
}

// troubleVerbAt reports a participle of failing anywhere in a clause, for
// the verbs the verb group does not reach: "the upload keeps failing", "it
// ended up cancelled", "pushed an update that broke the add-in".
func (az *analyzer) troubleVerbAt(i int) bool {
	if az.lexAt(i)&^lxIrregular != 0 {
		return false
	}
	if az.lexAt(i) != 0 {
		// an irregular past ("broke", "froze") of a verb that goes wrong, not one that only may
		// tell of a failure ("said", "left")
		return az.verbAt(i).lists&(listGoesWrong|listSlip) != 0
	}
	t := &az.tok.toks[i]
	k := az.tok.key(*t)
	return (strings.HasSuffix(k, "ing") || az.looksLikeVerb(i)) && az.verbAt(i).lists&troubleLists != 0
}

// phrasalRefusal reports c's verb with a particle that turns it into a
// refusal or a stop: "your application was turned down", "the referee
// called the game off", "they turned us away". Turned down or away, it is
// said of a person or of what they asked.
func (az *analyzer) phrasalRefusal(c *clause) bool {
	if c.verb < 0 || c.lemma != "turn" && c.lemma != "call" {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi && i <= c.verb+4; i++ {
		switch {
		case refusalParticles.has(toks[i].id):
			// "was turned down", "turned us away"; not "turn the heating down", a setting
			return c.lemma == "turn" && (c.passive || i == c.verb+2 && az.lexAt(c.verb+1)&(lxAgent|lxCustomer|lxThird) != 0)
		case toks[i].id == idOff:
			return c.lemma == "call"
		}
	}
	return false
}

// turnedDownAt reports "turned down" or "turned away" at i after be, in a
// result with no verb of its own: "which is why the claim has been turned
// down" is the refusal phrasalRefusal reads in a clause with its verb.
func (az *analyzer) turnedDownAt(i, hi int) bool {
	toks := az.tok.toks
	return turnedWords.has(toks[i].id) && i+1 < hi && refusalParticles.has(toks[i+1].id) && az.lexAt(i-1)&lxBe != 0
}

// turnedWords holds "turned", and refusalParticles the particles that make
// it a refusal, here and in phrasalRefusal.
var (
	turnedWords      = idSetOf(turnedWordsList)
	refusalParticles = idSetOf(refusalParticlesList)
)

const (
	turnedWordsList      = "turned"
	refusalParticlesList = "down away"
)

// withoutAPart reports "without" and then a part of what was sent, handed
// in or done, after c's verb: "the form was handed in without the
// countersigned photo", "it came in without the doctor's signature", or
// "with" a part and its taking off: "came back with the tags removed". What
// comes without a charge or a delay ("without any fee") is good news.
func (az *analyzer) withoutAPart(c *clause) bool {
	toks := az.tok.toks
	for i := max(c.verb+1, c.comp); i+1 < c.hi; i++ {
		if toks[i].id == idWith && az.partTakenOffAfter(i+1, c.hi) {
			return true // "it came back with the tags removed"
		}
		if toks[i].id != idWithout {
			continue
		}
		for j := i + 1; j < c.hi && j <= i+3; j++ {
			if goodNews.has(toks[j].id) || chargeNouns.has(toks[j].id) || costNouns.has(toks[j].id) || az.lexAt(j)&lxFaultNoun != 0 {
				return false // "without any fee", "without delay"
			}
		}
		return az.lexAt(i+1)&(lxDet|lxOurDet) != 0 || toks[i+1].id == idYour || toks[i+1].apos || possessives.has(toks[i+1].id) // "without its box"
	}
	return false
}

// partTakenOffAfter reports, from i on, a part ("the tags", "its seal") and
// then a word of its taking off, within four words: "with the tags
// removed", "with the seal broken".
func (az *analyzer) partTakenOffAfter(i, hi int) bool {
	if i >= hi || az.lexAt(i)&(lxDet|lxOurDet) == 0 && az.tok.toks[i].id != idYour && !possessives.has(az.tok.toks[i].id) &&
		!az.tok.toks[i].num && !manyWords.has(az.tok.toks[i].id) {
		return false // "with the tags removed", "with two digits swapped"
	}
	for j := i + 1; j < hi && j <= i+4; j++ {
		if takenOffWords.has(az.tok.toks[j].id) {
			return true
		}
		if az.tok.toks[j].pause {
			return false
		}
	}
	return false
}

// takenOffWords say a part was taken off or spoiled: "with the tags removed".
var takenOffWords = idSetOf(takenOffWordsList)

const takenOffWordsList = "removed missing detached broken ripped torn cut swapped transposed"

// whyHow are the words of a result an adverb may come before.
var whyHow = idSetOf("why how")

// onlyHowWords say a thing is only how things are: "that's just how it works".
var onlyHowWords = idSetOf("just simply only")

// isAdverbAt reports an adverb at i: one the lexicon lists, or any word in
// "-ly" ("definitely", "exactly"), or a common misspelling of "definitely".
func (az *analyzer) isAdverbAt(i int) bool {
	k := az.tok.key(az.tok.toks[i])
	return az.lexAt(i)&lxAdverb != 0 || az.isLyAdverb(i, k) || k == "definately" || k == "defo"
}

// offByIn reports a count and its unit, then "off" or "out", in c: "the
// postcode was one digit off", "a digit out". What is off by so much is
// wrong.
func (az *analyzer) offByIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.comp + 2; i < c.hi; i++ {
		if offOrOut.has(toks[i].id) && countUnits.has(toks[i-1].id) && (toks[i-2].num || numberWords.has(toks[i-2].id) || toks[i-2].id == idA) {
			return true
		}
	}
	return false
}

// offOrOut say by how much a detail misses; countUnits are what it misses
// by.
var (
	offOrOut   = idSetOf(offOrOutList)
	countUnits = idSetOf(countUnitsList)
)

const (
	offOrOutList   = "off out"
	countUnitsList = "digit digits number numbers letter letters character characters day days"
)
