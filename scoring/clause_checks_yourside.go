package scoring

import "strings"

// Saying the customer's part never reached us. "We never received your
// cancellation request", "there's no record of you calling us in March", "no
// cancellation request was ever submitted through the portal": the silence
// on our side says the customer did not do their part. A part still awaited
// ("we haven't received your documents yet"), one we act on or apologise for
// in the same sentence, and our own deliverable ("there's no record of the
// refund") are not laid on them.

// noRecordOfYours reports a clause that says the customer's part never
// reached the company (see above).
func (az *analyzer) noRecordOfYours(c *clause) bool {
	return az.saysNeverReached(c) && !az.awaitedOrOwned(c)
}

// saysNeverReached reports the words of noRecordOfYours, before the
// exclusions that read the sentence.
func (az *analyzer) saysNeverReached(c *clause) bool {
	if c.actor == actAgent && c.neg && c.aspect == aspDone && c.lemmaIn(neverGotVerbs) {
		return az.yourPartAfter(c.comp, c.hi) // "we never received your form", "we didn't get anything from you"
	}
	toks := az.tok.toks
	for i := c.lo; i+2 < c.hi; i++ {
		switch {
		case toks[i].id == idNo && c.bag&lxBe != 0 && az.yourPartAfter(i+1, min(i+4, c.hi)):
			if az.noneSentAt(i+1, c.hi) {
				return true // "no cancellation request was ever submitted", also inside a frame the reader missed
			}
		case recordNouns.has(toks[i].id) && i > c.lo && (toks[i-1].id == idNo || toks[i-1].id == idAny && c.bag&lxNeg != 0) && toks[i+1].id == idOf:
			return az.yourPartAfter(i+2, c.hi) // "no record of you calling", "can't find any record of your call"
		}
	}
	return false
}

// awaitedOrOwned reports a part still awaited ("yet"), or a sentence that
// apologises, owns a fault, or takes a step.
func (az *analyzer) awaitedOrOwned(c *clause) bool {
	f := &az.flags[az.tok.toks[c.lo].sent]
	return az.sorry(c) || f.owned || az.weActInSentence(c) || az.clauseHasID(c, idYet)
}

// noneSentAt reports, after "no" and the customer's part at i, a passive of
// sending it: "request was ever submitted", "form has been sent in".
func (az *analyzer) noneSentAt(i, hi int) bool {
	j := i
	for j < hi && j < i+4 && az.lexAt(j)&lxBe == 0 {
		j++
	}
	for j < hi && (az.lexAt(j)&(lxBe|lxHave|lxAdverb) != 0 || az.tok.toks[j].id == idEver) {
		j++ // "was ever", "has been"
	}
	return j < hi && az.looksLikeVerb(j) && az.verbAt(j).lists&listDuty != 0
}

// yourPartAfter reports, in the few words from i, the customer or what they
// send: "your form", "you calling", "a request from you", "the claim form".
func (az *analyzer) yourPartAfter(i, hi int) bool {
	toks := az.tok.toks
	for j := i; j < hi && j < i+6; j++ {
		id := toks[j].id
		if id == idYou || id == idYour || partNouns.has(id) || paperwork.has(id) && id != idPayment {
			return true
		}
		if toks[j].pause {
			return false
		}
	}
	return false
}

// clauseHasID reports the word id anywhere in c.
func (az *analyzer) clauseHasID(c *clause, id int32) bool {
	return az.idIn(id, c.lo, c.hi)
}

// idIn reports the word id among tokens lo to hi. Id 0 is every word the
// index does not know, so it is found nowhere: a word looked for by id must
// be one the index knows.
func (az *analyzer) idIn(id int32, lo, hi int) bool {
	if id == 0 {
		return false
	}
	for i := lo; i < hi; i++ {
		if az.tok.toks[i].id == id {
			return true
		}
	}
	return false
}

// neverGotVerbs are what the company does with what the customer sends.
var neverGotVerbs = lemmaSetOf("receive get see hear find have")

// recordNouns say what a search found; partNouns are what a customer sends
// or makes, besides paperwork; a payment may be ours.
var (
	recordNouns = idSetOf(recordNounsList)
	partNouns   = idSetOf(partNounsList)
)

const (
	recordNounsList = "record records trace sign"
	partNounsList   = "request cancellation call complaint claim notice notification return instruction instructions"
)

// Ids of "yet", "any", "payment" and "ever".
var idYet, idAny, idPayment, idEver = wordID("yet"), wordID("any"), wordID("payment"), wordID("ever")

// Naming the customer's own kit as the trouble. "The problem is your
// router", "the culprit's your extension lead", "that's your problem right
// there", "it's an issue with your wiring", "the fault is in your wiring":
// the fault is put in their home.
// What we deliver ("the problem is your refund"), an account or order, and
// anything we act on in the same sentence are not their kit.

// troubleIsYourKit reports a copula that names the customer's kit, or the
// customer, as the trouble (see above).
func (az *analyzer) troubleIsYourKit(c *clause) bool {
	if c.verb >= 0 || c.subj < 0 || az.weActInSentence(c) {
		return false
	}
	toks := az.tok.toks
	if c.comp >= c.hi {
		return az.troubleNounIn(c.subj, c.comp) && az.kitNamedAfter(c) // "the problem is | your router"
	}
	i := az.pastAdverbs(c.comp, c.hi) // "is definitely your router", "is most likely your router"
	if i+1 >= c.hi {
		return false
	}
	troubleSubject := az.troubleNounIn(c.subj, c.comp) || c.bag&lxFaultNoun != 0 && az.anyLexIn(c.subj, c.comp, lxFaultNoun)
	if troubleSubject && toks[i].id == idSomewhere && i+2 < c.hi {
		i++ // "the fault has to be somewhere inside your property"
	}
	if troubleSubject && kitPreps.has(toks[i].id) && toks[i+1].id == idYour {
		return i+2 < c.hi && az.yourKitAt(i+2) // "the fault'll be in your internal wiring", "the problem's with your router"
	}
	if troubleSubject && insideWords.has(toks[i].id) && toks[i+1].id == idYour {
		return i+2 < c.hi && (az.yourKitAt(i+2) || yourPlaces.has(toks[i+2].id)) // "the fault must be inside your property"
	}
	if az.troubleNounIn(c.subj, c.comp) {
		// "the problem is your router", "the noise is your fridge": the trouble named as a thing of
		// theirs, any but what we deliver ("the delay is your order")
		return toks[i].id == idYour && (az.yourKitAt(i+1) || az.nounAt(i+1) && az.lexAt(i+1)&(lxDeliverable|lxCustomer) == 0)
	}
	if !az.pronounSubject(c) {
		return false
	}
	if toks[i].id == idYour {
		return troubleNouns.has(toks[i+1].id) // "that's your problem"
	}
	// "it's a problem with your phone", "an issue in your wiring"
	return i+3 < c.hi && az.lexAt(i)&lxDet != 0 && troubleNouns.has(toks[i+1].id) && kitPreps.has(toks[i+2].id) &&
		toks[i+3].id == idYour && i+4 < c.hi && az.yourKitAt(i+4)
}

// kitNamedAfter reports a frame ("the problem is") whose next clause, in
// its sentence, only names the customer's kit: "| your router". One with a
// verb tells their situation instead: "the issue is | your flight leaves at six".
func (az *analyzer) kitNamedAfter(c *clause) bool {
	ci := az.clauseIndex(c)
	if ci+1 >= len(az.clauses) {
		return false
	}
	next := &az.clauses[ci+1]
	toks := az.tok.toks
	return toks[next.lo].sent == toks[c.lo].sent && toks[next.lo].id == idYour && next.verb < 0 && next.bag&(lxBe|lxHave) == 0 &&
		next.lo+1 < next.hi && az.yourKitAt(next.lo+1)
}

// troubleNounIn reports a trouble noun among tokens lo..hi-1: "the problem",
// "the real culprit", "the lag's" (a noun whose 's says "is"), or a symptom
// the customer complained of ("the buffering", "the outage", "the dent").
func (az *analyzer) troubleNounIn(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		if id, base := toks[i].id, toks[i].base; troubleNouns.has(id) || troubleNouns.has(base) || symptomNouns.has(id) ||
			symptomNouns.has(base) || damageNouns.has(id) || damageNouns.has(base) {
			return true
		}
		if i+1 < hi && toks[i].id == idHold && az.hyphenated(i+1) && strings.HasPrefix(az.tok.key(toks[i+1]), "up") {
			return true // "the hold-up", which the tokenizer splits at its hyphen
		}
	}
	return false
}

// idHold is the id of "hold", as in "hold-up".
var idHold = wordID("hold")

// symptomNouns are troubles a customer reports, named by what they notice.
var symptomNouns = idSetOf(symptomNounsList)

// yourKitAt reports the customer's own device or fittings at i, or within
// the next word: "router", "old router", "own cable".
func (az *analyzer) yourKitAt(i int) bool {
	toks := az.tok.toks
	for j := i; j < len(toks) && j <= i+1 && toks[j].sent == toks[i].sent; j++ {
		if az.lexAt(j)&lxDeliverable != 0 {
			return false // "your refund", "your booking"
		}
		if ownMeans.has(toks[j].id) || kitNouns.has(toks[j].id) {
			return true
		}
	}
	return false
}

// troubleNouns name what is wrong; kitNouns are the customer's fittings
// beside their devices (ownMeans); kitPreps put a trouble in them.
var (
	troubleNouns = idSetOf(troubleNounsList)
	kitNouns     = idSetOf(kitNounsList)
	kitPreps     = idSetOf(kitPrepsList)
)

const (
	troubleNounsList = "problem issue culprit trouble glitch delay delays holdup"
	kitNounsList     = "wiring settings plumbing electrics boiler heating heater firmware connection extension lead adapter software " +
		"antivirus firewall vpn filter fuse socket modem setup browser pipework"
	kitPrepsList = "with in on"
)

// Pointing at what the customer was given in writing. "You were informed of
// this in the confirmation email", "as was stated quite clearly on the
// booking", "the deadline stated in your confirmation email": the term was
// set before them, so the outcome is theirs. "As I explained in my email"
// only refers back, and a sentence that owns a fault, or promises or takes a
// step, is not laid on them.

// setOutInWriting reports a clause that says a term was told or shown to
// the customer in a document (see above).
func (az *analyzer) setOutInWriting(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo + 1; i+2 < c.hi; i++ {
		end := az.setOutEndsAt(i)
		if end < 0 || az.lexAt(i-1)&(lxAgent|lxI) != 0 {
			continue // "as we explained in our letter" refers back
		}
		for j := end; j+1 < c.hi && j <= end+3; j++ {
			if toks[j].pause {
				break
			}
			if printedOnPreps.has(toks[j].id) && (az.documentAt(j+1, c.hi) || az.docPartAt(j+1, c.hi) || pageWords.has(toks[j+1].id)) {
				// "stated on the booking", "informed of this in the confirmation email"; but "the policy
				// number is printed on the front" shows them where to look
				return !az.flags[toks[c.lo].sent].owned && !az.weActInSentence(c) && !az.laterPromise(c) && !az.anyIn(c.lo, i, lookupNouns)
			}
		}
	}
	return false
}

// pageWords name a page of a document, said without an article: "printed
// on page one of the house rules".
var pageWords = idSetOf(pageWordsList)

const pageWordsList = "page pages"

// docPartAt reports a side of what the customer was given, at i after its
// article: "printed on the back", "right there under the barcode".
func (az *analyzer) docPartAt(i, hi int) bool {
	return i+1 < hi && az.lexAt(i)&lxDet != 0 && docParts.has(az.tok.toks[i+1].id)
}

// lookupNouns are what a customer looks up on what they hold: "the policy
// number is printed on the front".
var lookupNouns = idSetOf(lookupNounsList)

const lookupNounsList = "number code reference serial pin id password"

// printedOnPreps place a term on what was given: "stated on the booking",
// "printed in the newsletter", "under the barcode"; docParts are the sides
// of a card, a ticket or a label it is printed on.
var (
	printedOnPreps = idSetOf(printedOnPrepsList)
	docParts       = idSetOf(docPartsList)
)

const (
	printedOnPrepsList = "in on under at"
	docPartsList       = "back front reverse bottom top barcode label"
)

// setOutEndsAt returns the token after a word of setting out at i
// ("stated", "explained") or a phrasal one ("set out", "laid out", "spelled
// out"), or -1.
func (az *analyzer) setOutEndsAt(i int) int {
	toks := az.tok.toks
	switch {
	case setOutWords.has(toks[i].id):
		return i + 1
	case i+1 < len(toks) && toks[i+1].id == idOut && setOutVerbs.has(toks[i].id):
		return i + 2
	}
	return -1
}

// setOutVerbs set a thing out in writing with "out": "set out", "laid out".
var setOutVerbs = idSetOf(setOutVerbsList)

const setOutVerbsList = "set laid spelled spelt"

// asPerTheDocument reports a clause that is only "as per" and a document
// sent to the customer, before another clause of its sentence: "as per the
// email we sent on the 2nd, | the price went up". "As per your request" and
// "as per our terms" are a request met and a rule, and a step of ours in
// the sentence puts it right.
func (az *analyzer) asPerTheDocument(c *clause) bool {
	toks := az.tok.toks
	i := c.lo
	if i+2 >= c.hi || toks[i].id != idAs || toks[i+1].id != idPer || az.lexAt(i+2)&lxOurDet != 0 || toks[i+2].id == idYour {
		return false
	}
	ci := az.clauseIndex(c)
	if ci+1 >= len(az.clauses) || toks[az.clauses[ci+1].lo].sent != toks[c.lo].sent {
		return false
	}
	return az.documentAt(i+2, c.hi) && !az.weActInSentence(c) && !az.sorry(c)
}

// idPer is the id of "per" ("as per").
var idPer = wordID("per")

// documentAt reports a document the customer was given, within a
// determiner and two words from i: "the confirmation email", "your booking".
func (az *analyzer) documentAt(i, hi int) bool {
	toks := az.tok.toks
	if i >= hi || az.lexAt(i)&(lxDet|lxOurDet) == 0 {
		return false
	}
	for j := i + 1; j < hi && j <= i+3; j++ {
		if documentNouns.has(toks[j].id) {
			return true
		}
	}
	return false
}

// laterPromise reports "will" or "would" from c on in its sentence: "you
// were told in the email that it would arrive Friday" tells back what we
// promised.
func (az *analyzer) laterPromise(c *clause) bool {
	toks := az.tok.toks
	hi := min(az.tok.sents[toks[c.lo].sent].tokHi, c.hi+promiseReach)
	for i := c.lo; i < hi; i++ {
		if az.lexAt(i)&(lxWill|lxWould) != 0 {
			return true
		}
	}
	return false
}

// promiseReach bounds how far laterPromise reads: a promise told back
// follows the document it was made in closely, and a bound keeps a sentence
// of thousands of words linear.
const promiseReach = 16

// setOutWords tell or show a term; documentNouns are what the customer was
// given before or when they chose.
var (
	setOutWords   = idSetOf(setOutWordsList)
	documentNouns = idSetOf(documentNounsList)
)

const (
	setOutWordsList   = "explained stated shown mentioned informed told advised notified detailed outlined printed written"
	documentNounsList = "email emails letter letters confirmation text texts message messages contract agreement terms " +
		"booking page website site listing description manual instructions notice leaflet brochure print " +
		"ticket tickets receipt voucher label newsletter menu invoice itinerary itineraries"
)

// A trouble said to happen only when someone slips. "Water damage like this
// only happens when a phone's been dropped in something", "that happens when
// the app isn't updated", "it happens when people forget to descale it":
// the general rule puts the cause on the
// customer's side. "It happens when our servers are busy" names no slip.

// happensWhenSlipped reports a clause of when, after a clause that says
// something happens, in which a slip is done or a part left undone.
func (az *analyzer) happensWhenSlipped(c *clause) bool {
	if !c.temporal || c.byAgent || c.bag&(lxAgent|lxOurDet) != 0 || c.actor == actAgent {
		return false // "when our courier drops it"
	}
	ci := az.clauseIndex(c)
	if ci == 0 {
		return false
	}
	prev := &az.clauses[ci-1]
	toks := az.tok.toks
	if toks[prev.lo].sent != toks[c.lo].sent || !az.saysHappens(prev) {
		return false
	}
	switch {
	case c.lists&listSlip != 0 && !c.neg:
		return c.passive || c.actor == actCustomer || c.actor == actCustomers // "dropped", "people forget"
	case c.neg && (c.lists&listDuty != 0 || c.verb >= 0 && c.lemmaIn(upkeepLemmas)):
		return true // "the app isn't updated", "you don't restart it", "the filter isn't cleaned"
	case c.neg && c.lemma == "do" && (c.actor == actCustomer || c.actor == actCustomers):
		return true // "flea treatments only fail when owners don't do the pets too": their part, left undone
	case (c.actor == actCustomer || c.actor == actCustomers) && az.inARush(c):
		return true // "mistakes happen when people book in a rush"
	case prev.fault && (c.actor == actCustomer || c.actor == actCustomers) && !c.cond:
		return true // "mistakes happen when people measure it at home": the fault comes of what they do
	}
	return false
}

// inARush reports "in a rush" or "in a hurry" in c: an act done carelessly.
func (az *analyzer) inARush(c *clause) bool {
	toks := az.tok.toks
	for i := c.comp; i+2 < c.hi; i++ {
		if toks[i].id == idIn && az.lexAt(i+1)&lxDet != 0 && rushNouns.has(toks[i+2].id) {
			return true
		}
	}
	return false
}

// rushNouns say an act was hurried: "in a rush", "in a hurry".
var rushNouns = idSetOf(rushNounsList)

const rushNounsList = "rush hurry"

// saysHappens reports a form of "happen" or "occur" in c: "this only happens".
func (az *analyzer) saysHappens(c *clause) bool {
	// "it only happens when", "flea treatments only fail when": a trouble told as a rule
	return az.anyIn(c.lo, c.hi, happenWords) || (c.aspect == aspHabit || c.aspect == aspPresent) && c.lists&troubleLists != 0 && !az.ourInSubject(c)
}

// upkeepWords are the past forms of upkeepBases, which a clause must hold
// for a reading of upkeep left undone to be tried (see checkWords);
// TestUpkeepWordsAreUpkeep keeps the two lists the same verbs.
var upkeepWords = idSetOf(upkeepWordsList)

const upkeepWordsList = "cleaned serviced descaled emptied charged maintained lubed oiled greased watered fed brushed cycled fastened locked primed sealed treated defrosted drained topped"

// upkeepBases are the owner's upkeep of a thing, by the verb's base form,
// read from a clause's lemma in any voice: "the filter isn't cleaned", "when
// people don't water them in". Not in the duty list, since "the room wasn't
// cleaned" is ours to do.
var upkeepBases = wordSet("clean service descale empty charge maintain lube oil grease water feed brush cycle fasten lock prime seal treat rinse defrost drain top")

// upkeepLemmas is upkeepBases for asking a clause's main verb.
var upkeepLemmas = lemmaSetFrom(upkeepBases)

// happenWords say a trouble comes about, as a rule: "it happened when the
// parcel was dropped" tells one event, which anyone may have caused.
var happenWords = idSetOf(happenWordsList)

const happenWordsList = "happen happens occur occurs"

// symptomNounsList holds the words of symptomNouns.
const symptomNounsList = "lag lagging buffering dropouts drop-outs noise interference slowness outage outages " +
	"leak leaks damp mould mold smell disruption spike spikes surge"

// yourKitNeedsUpkeep reports the customer's own kit said to need work: "your
// router needs replacing, it's ancient", "your boiler needs servicing every
// year": the trouble is its age or its care. Said while we do the work
// ("your router needs replacing, so I'm sending a new one") it is a remedy.
func (az *analyzer) yourKitNeedsUpkeep(c *clause) bool {
	if c.lemma != "need" || c.neg || c.question || c.verb < 0 || c.verb+1 >= c.hi || az.weActInSentence(c) {
		return false
	}
	if !az.yourSide(c) || !az.kitInSubject(c) {
		return false
	}
	return strings.HasSuffix(az.tok.key(az.tok.toks[c.verb+1]), "ing") // "needs replacing", "needs servicing"
}

// kitInSubject reports the customer's kit among the words of c's subject.
func (az *analyzer) kitInSubject(c *clause) bool {
	lo, hi := c.subjectSpan()
	for i := lo; i < hi; i++ {
		if az.tok.toks[i].id == idYour && az.yourKitAt(i+1) {
			return true
		}
	}
	return false
}

// troubleIsThem reports a copula that names another party as the trouble:
// "the delay is the courier", "honestly, the hold-up is the repairer",
// "the problem is just the airline", or with its article left out, "the
// buffering is just Friday-night traffic". The party heads what follows
// "is"; one of ours ("the hold-up is our courier") or a thing of the
// party's told as ours is no blame.
func (az *analyzer) troubleIsThem(c *clause) bool {
	if c.verb >= 0 || c.subj < 0 || c.comp >= c.hi || !az.troubleNounIn(c.subj, c.comp) || az.weActInSentence(c) {
		return false
	}
	i := az.pastAdverbs(c.comp, c.hi) // "is just the airline", "is definitely the courier"
	if i >= c.hi || az.lexAt(i)&(lxOurDet|lxAgent) != 0 {
		return false
	}
	if az.lexAt(i)&lxDet == 0 {
		// a bare noun phrase, its article left out: "is just Friday-night traffic", "is roadworks"
		if az.lexAt(i)&^(lxThirdNoun|lxIrregular) != 0 || az.looksLikeVerb(i) {
			return false
		}
		i-- // the phrase's first word may be the party itself
	}
	for j := i + 1; j < c.hi && j <= i+3; j++ {
		if az.lexAt(j)&(lxOurDet|lxAgent|lxOurs) != 0 {
			return false
		}
		if az.lexAt(j)&(lxThird|lxThirdNoun) != 0 {
			return true
		}
	}
	return false
}

// insideWords place a trouble within the customer's place; yourPlaces are
// the places of theirs a trouble can be inside; idSomewhere leaves the spot
// open: "the fault has to be somewhere inside your property".
var (
	insideWords = idSetOf(insideWordsList)
	yourPlaces  = idSetOf(yourPlacesList)
	idSomewhere = wordID("somewhere")
)

const (
	insideWordsList = "inside within"
	yourPlacesList  = "property home house flat building premises network household"
)

// yourKitIsOld reports the customer's thing told as old or out of date:
// "your router's probably an older model", "your app is an outdated
// version". Where we then replace or update it for them, it is help.
func (az *analyzer) yourKitIsOld(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.cond || c.aspect == aspWill || c.subj < 0 || az.tok.toks[c.subj].id != idYour || az.weActInSentence(c) {
		return false
	}
	toks := az.tok.toks
	for i := c.comp; i < c.hi && i <= c.comp+3; i++ {
		if !oldWords.has(toks[i].id) {
			continue
		}
		// "an older model", "an old software version", "it's outdated"; not "back to the old price"
		return i+1 == c.hi || modelNouns.has(toks[i+1].id) || i+2 < c.hi && modelNouns.has(toks[i+2].id)
	}
	return false
}

// modelNouns name what kind of thing it is: "an older model".
var modelNouns = idSetOf(modelNounsList)

const modelNounsList = "model models version versions firmware software device handset one type generation"

// oldWords tell a thing as past its time.
var oldWords = idSetOf(oldWordsList)

const oldWordsList = "old older outdated obsolete ancient"

// onlyReachedUsLate reports the customer's part told to have reached us
// "only" at a time: "we only got the photos yesterday", "your form only
// reached us on Friday". "Only" before the verb puts the time late, as
// "didn't get them until yesterday" does; what we only got from a supplier,
// or a sentence that apologises or takes a step, is not.
func (az *analyzer) onlyReachedUsLate(c *clause) bool {
	if c.neg || c.question || c.cond || c.verb < 1 || c.aspect != aspDone || az.tok.toks[c.verb-1].id != idOnly {
		return false
	}
	var yours bool
	switch {
	case c.actor == actAgent && c.lemmaIn(neverGotVerbs):
		yours = az.yourPartAfter(c.comp, c.hi) // "we only got the photos yesterday"
	case c.lists&listArrive != 0 && c.actor != actAgent:
		yours = az.subjectHas(c, paperwork) && !az.ourInSubject(c) // "the form only reached us on Friday"
	}
	if !yours || !az.datedWithin(c.verb+1, c.hi) || az.sorry(c) || az.flags[az.tok.toks[c.lo].sent].owned {
		return false
	}
	return !az.ourStepBesideBut(c, c) // "we got" is itself no step
}

// datedWithin reports a day or a time named in tokens lo..hi-1: a day or
// month by name ("on Friday", "in March"), "yesterday", "last week", "this
// morning", a day of the month ("on the 3rd"), or a figure after "at" or
// "on" ("at 4", "on 12 May"). A count ("we only got 3 of the photos") dates
// nothing.
func (az *analyzer) datedWithin(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		switch {
		case calendarNames.has(toks[i].id), whenWords.has(toks[i].id):
			return true
		case toks[i].code && dayOfMonth(az.tok.key(toks[i])) > 0:
			return true
		case toks[i].num && i > lo && (toks[i-1].id == idAt || toks[i-1].id == idOn):
			return true
		}
	}
	return false
}

// yourPartUndoneInRelative reports, after c's verb, a thing and a relative
// clause with no comma that tells the customer did not do their part with
// it: "it needed a signature you didn't send", "the claim needed a form
// that you never sent back". The reader keeps such a relative inside the
// clause, as it keeps "the address you gave us"; a part of ours ("the code
// you didn't get") is no duty of theirs, and a sentence that apologises or
// takes a step is left out.
func (az *analyzer) yourPartUndoneInRelative(c *clause) bool {
	if c.question || c.cond || c.verb < 0 {
		return false
	}
	toks := az.tok.toks
	for j := c.verb + 2; j+2 < c.hi; j++ {
		if toks[j].id != idYou || !(az.nounAt(j-1) || toks[j-1].id == idThat && j >= 3 && az.nounAt(j-2)) {
			continue
		}
		k := j + 1
		if az.lexAt(k)&(auxBits|lxNeg) == auxBits {
			k++ // "you did not send"
		}
		if k+1 >= c.hi || az.lexAt(k)&lxNeg == 0 || az.lexAt(k)&(lxCan|lxWould) != 0 {
			continue // "you didn't", "you never"; not "two months you couldn't use", what they could not do
		}
		if v := az.verbAt(k + 1); v != nil && v.lists&listDuty != 0 {
			return !az.sorry(c) && !az.flags[toks[c.lo].sent].owned && !az.weActInSentence(c)
		}
	}
	return false
}
