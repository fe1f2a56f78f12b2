package scoring

// Readings of the customer's side and of third parties: harm after the
// thing left us, a slot or payment the customer missed, a step they chose
// not to take, and a delivery told as handed over.

// leftUsFine reports a clause that says the thing left the company before it
// went wrong, or left it sound: "the box was damaged after it left our
// warehouse", "it left us in perfect condition". Whatever happened, happened
// with someone else.
func (az *analyzer) leftUsFine(c *clause) bool {
	if c.lemma != "leave" || c.neg || c.actor == actAgent || c.comp >= c.hi || az.lexAt(c.comp)&(lxAgent|lxOurDet) == 0 {
		return false
	}
	if c.bag&lxFine != 0 || az.anyIn(c.comp, c.hi, intactWords) {
		return true // "it left us in perfect condition"
	}
	ci := az.clauseIndex(c)
	if !afterWords.has(az.tok.toks[c.lo].id) && !leftSinceWords.has(az.tok.toks[c.lo].id) || ci == 0 ||
		az.tok.toks[az.clauses[ci-1].lo].sent != az.tok.toks[c.lo].sent {
		return false // "faulty | when it left us" was faulty here; "damaged | after it left us" was not
	}
	prev := &az.clauses[ci-1]
	return prev.actor != actAgent && !prev.neg && az.troubledNow(prev) // "was damaged | after it left our warehouse"
}

// heldSince reports a party, by name or by what they do, said to have
// held the thing since a time: "Evri have had it ever since", "the courier
// has had it since Tuesday". Where it has sat lays the wait at their door;
// "they", who may be the customer's own, does not.
func (az *analyzer) heldSince(c *clause) bool {
	if c.lemma != "have" || !c.hasHave || c.passive || c.question || c.cond || c.subj < 0 || c.verb < 0 {
		return false
	}
	if b := az.lexAt(c.subj); b&lxThird != 0 && b&lxDet == 0 {
		return false // "they've had it since Monday"
	}
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi && i <= c.verb+4; i++ {
		if toks[i].id == idSince {
			return i > c.verb+1 && (toks[c.verb+1].id == idIt || az.lexAt(c.verb+1)&lxDet != 0)
		}
	}
	return false
}

// leftSinceWords put a trouble after the thing left us, as "after" does:
// "once it left our depot".
var leftSinceWords = idSetOf("once since")

// intactWords say a thing was sound: "in perfect condition", "intact".
var intactWords = idSetOf(intactWordsList)

const intactWordsList = "perfect intact undamaged good sealed"

// missedYourSlot reports the customer missing what was theirs to keep: a
// slot, a deadline, a payment, an appointment, a delivery or boarding ("you
// missed the delivery slot", "you'd missed two payments", "you missed
// boarding"). Missing a call or a flight can be bad luck, and is told with
// sympathy, so only these things count.
func (az *analyzer) missedYourSlot(c *clause) bool {
	if c.lemma != "miss" || c.neg || c.verb < 0 || az.sorry(c) {
		return false
	}
	return az.anyIn(c.verb+1, min(c.verb+5, c.hi), keptSlots)
}

// keptSlots are what a customer keeps or misses by their own doing.
var keptSlots = idSetOf(keptSlotsList)

const keptSlotsList = "slot slots deadline deadlines window cut-off cutoff payment payments instalment instalments installment " +
	"installments appointment appointments renewal reminder reminders notification notifications warning warnings " +
	"delivery deliveries collection collections boarding check-in cut"

// choseNotTo reports the customer choosing against a step: "you chose not
// to take the warranty", "you opted out of the reminders", "you declined
// the cover".
//
// Whether we act in the sentence is asked last: the count of its steps is
// read for the turn when first asked, and the verbs of choosing are few.
func (az *analyzer) choseNotTo(c *clause) bool {
	if c.actor != actCustomer || c.neg || c.verb < 0 || c.verb+2 >= c.hi {
		return false
	}
	toks := az.tok.toks
	chose := false
	switch c.lemma {
	case "choose", "decide", "elect", "prefer":
		chose = toks[c.verb+1].id == idNot && toks[c.verb+2].id == idTo
	case "opt":
		chose = toks[c.verb+1].id == idOutWord
	case "decline", "refuse", "turn":
		chose = az.anyIn(c.verb+1, min(c.verb+5, c.hi), coverWords)
	}
	return chose && !az.weActInSentence(c) // "you opted out of the reminders, so I've switched them back on" tells it to fix it
}

// coverWords are what a customer may turn down at the time: "you declined
// the insurance".
var (
	coverWords = idSetOf(coverWordsList)
	idOutWord  = wordID("out")
)

const coverWordsList = "insurance cover warranty protection waiver upgrade excess reminders alerts"

// handedOver reports "left it with" someone, "dropped it off", or "held it
// for you": a delivery or a favour told, not a third party's failure,
// unless something in it went wrong.
func (az *analyzer) handedOver(c *clause) bool {
	if c.verb < 0 || c.bag&lxWrong != 0 {
		return false
	}
	switch c.lemma {
	case "leave":
		return az.anyIn(c.verb+1, min(c.verb+4, c.hi), withOnly)
	case "drop":
		return az.idIn(idOff, c.verb+1, min(c.verb+4, c.hi)) // "dropped it off at noon", not "dropped it"
	case "hold", "keep", "save":
		return az.forYouWithin(c.verb+1, min(c.verb+6, c.hi)) // "they're holding a table for you": a favour
	}
	return false
}

// forYouWithin reports "for you" between lo and hi.
func (az *analyzer) forYouWithin(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i+1 < hi; i++ {
		if toks[i].id == idFor && az.lexAt(i+1)&lxCustomer != 0 {
			return true
		}
	}
	return false
}

// withOnly holds "with", as in "left it with your neighbour".
var withOnly = idSetOf("with")

// toldBackAndPutRight reports a third party's failure told back with "so"
// and taken on in its sentence or the next: with a sorry and a step that
// puts it right ("so the driver left it by the bins in the rain, I'm so
// sorry, I'll send a replacement today", "so the hotel porter dropped your
// case. I'm so sorry; we'll pay for the repair"), or noted by the agent ("so
// the plumber left without finishing — I've noted all of that"). Without
// either ("the airline cancelled, but I've rebooked you") the failure is
// still put on them.
func (az *analyzer) toldBackAndPutRight(c *clause) bool {
	toks := az.tok.toks
	sent := toks[c.lo].sent
	next := min(int(sent)+1, len(az.flags)-1)
	if toks[c.lo].id != idSo && !az.andAfterSo(c) {
		return false
	}
	sorry := az.sorry(c) || az.flags[next].apology
	ci := az.clauseIndex(c)
	for k := ci + 1; k < len(az.clauses) && k <= ci+limitReach && int(toks[az.clauses[k].lo].sent) <= next; k++ {
		d := &az.clauses[k]
		if sorry && d.ourStep() || d.actor == actAgent && !d.neg && (d.lemmaIn(notedVerbs) || az.letMeFix(d)) {
			return true
		}
	}
	return false
}

// toldBackWithSo reports a sentence opened with "so" that tells back what a
// third party or a thing did, in its first clause or one joined to it by
// "and", with nothing in the sentence that makes it an
// excuse or refuses on it: "so the driver left it outside in the rain" is
// the customer's account reflected back. "So the courier lost it, nothing we
// can do" and "so the airline cancelled, so we can't refund you" are not;
// nor is a condition ("so if the address had been verified, ...").
func (az *analyzer) toldBackWithSo(c *clause) bool {
	toks := az.tok.toks
	sent := toks[c.lo].sent
	ci := az.clauseIndex(c)
	// "so you booked the 7pm | and the app charged you twice"; but "so your husband rang up | and
	// cancelled it" lays the act at their household
	// "so I've gone through it, | and the address got changed": our own account opens it, not theirs; and
	// "so the alarm went off | while you were at work | and the neighbours kept ringing you" tells theirs back
	so := az.soClauseBefore(c)
	told := az.soOpensSentence(c) || (c.actor == actThing || c.actor == actThird) && c.subj >= 0 && so >= 0 && az.soOpensSentence(&az.clauses[so]) &&
		az.clauses[so].actor != actAgent
	if !told || c.cond || c.neg || c.aspect != aspDone || c.actor != actThird && c.actor != actThing || az.flags[sent].excuse || az.deniesOurPart(c) {
		return false // "so the password was reset from your email, not from our side" denies, it does not tell back
	}
	if c.passive && c.byWho == actNone && c.subjWrong && c.lists&(listDuty|listChoose) != 0 && c.lists&stepList == 0 {
		return false // "so the wrong date got picked on the booking form": what the agent finds, their input, not their account
	}
	if c.actor == actThing && c.byWho == actNone && (c.passive && !c.subjWrong && c.bag&lxWrong != 0 || az.clauseHasWord(c, wordWithout)) &&
		!az.subjectHasLex(c, lxDeliverable) && !az.ourInSubject(c) {
		// "so the, uh, the meter reading was submitted wrong", "so the form came back without a signature": a
		// thing of theirs found done wrong or lacking; but "so the parcel went to the wrong address" and "so the
		// wrong size was sent to you" are their account
		return false
	}
	for k := ci + 1; k < len(az.clauses) && k <= ci+limitReach && toks[az.clauses[k].lo].sent == sent; k++ {
		if az.refusesOrCharges(&az.clauses[k]) {
			return false
		}
	}
	return true
}

// sentenceOpensWithSo reports c's sentence opened with "so", whichever clause
// c is: "so your son's team were left off the draw and he never got to play"
// tells their account back throughout.
func (az *analyzer) sentenceOpensWithSo(c *clause) bool {
	return az.tok.toks[az.tok.sents[az.tok.toks[c.lo].sent].tokLo].id == idSo
}

// soOpensSentence reports a clause opened with "so" that opens its
// sentence, after words of talk at most: "so the driver left it", "right,
// so the driver left it".
func (az *analyzer) soOpensSentence(c *clause) bool {
	toks := az.tok.toks
	lo := az.tok.sents[toks[c.lo].sent].tokLo
	if toks[c.lo].id == idSo && (c.lo == lo || az.onlyTalkFrom(lo, c.lo) || az.afterApology(c.lo)) {
		return true // "so the driver left it", "right, so ...", "I'm sorry, so ..."
	}
	return c.lo > lo && az.recapFrom(lo, c.lo)
}

// toldBackAfterRecap reports c in a sentence opened by words that only say
// the account is told back, set off by a comma: "So, to confirm, ...",
// "Right, ...".
func (az *analyzer) toldBackAfterRecap(c *clause) bool {
	toks := az.tok.toks
	lo := az.tok.sents[toks[c.lo].sent].tokLo
	for i := lo; i < c.lo && i < lo+5; i++ {
		if toks[i].pause {
			return az.recapFrom(lo, i+1)
		}
	}
	return false
}

// recapFrom reports tokens lo..hi that only say the account is being told
// back, set off by a comma: "Right,", "ok got it,", "So, to confirm,".
func (az *analyzer) recapFrom(lo, hi int) bool {
	toks := az.tok.toks
	recap := false
	for i := lo; i < hi; i++ {
		switch {
		case recapWords.has(toks[i].id) || toks[i].id == idSo:
			recap = true
		case i+1 < hi && toks[i].id == idTo && toks[i+1].id == idConfirm:
			recap = true
			i++
		case i+1 < hi && toks[i].id == idGot && toks[i+1].id == idIt:
			i++
		case !az.discourseWord(i):
			return false
		}
	}
	return recap && toks[hi-1].pause
}

// recapWords open an account told back: "Right, the courier left it".
var recapWords = idSetOf(recapWordsList)

const recapWordsList = "right ok okay alright"

// idConfirm reads "to confirm".
var idConfirm = wordID("confirm")

// andAfterSo reports a clause joined with "and" to a clause of its
// sentence opened with "so": "so your sister collected it | and found the
// zip broken" tells the same account back.
func (az *analyzer) andAfterSo(c *clause) bool {
	return az.soClauseBefore(c) >= 0
}

// soClauseBefore returns the index of the clause opened with "so" that c,
// opened with "and", is joined to in its sentence, past clauses of when
// between ("so the alarm went off | while you were at work | and the
// neighbours kept ringing you"), or -1.
func (az *analyzer) soClauseBefore(c *clause) int {
	toks := az.tok.toks
	ci := az.clauseIndex(c)
	if ci == 0 || az.tok.key(toks[c.lo]) != "and" {
		return -1
	}
	k := ci - 1
	for k > 0 && az.clauses[k].temporal && toks[az.clauses[k].lo].sent == toks[c.lo].sent {
		k--
	}
	if prev := &az.clauses[k]; toks[prev.lo].sent == toks[c.lo].sent && toks[prev.lo].id == idSo {
		return k
	}
	return -1
}

// letMeFix reports "let me" putting it right: "let me fix that", "let me
// get that sorted".
func (az *analyzer) letMeFix(d *clause) bool {
	return d.aspect == aspWill && (az.tok.toks[d.lo].id == idLet || lemmeWord.has(az.tok.toks[d.lo].id)) && (d.lemmaIn(fixVerbs) || az.anyIn(d.comp, d.hi, sortedWords))
}

// fixVerbs put a thing right; sortedWords say it is put right.
var (
	fixVerbs    = lemmaSetOf("fix sort correct replace refund repair redo")
	sortedWords = idSetOf(sortedWordsList)
)

const sortedWordsList = "sorted fixed right"

// notedVerbs are the agent taking the customer's account down.
var notedVerbs = lemmaSetOf("note log record")

// heardAsTheirs reports a clause in which the agent says they hear, see or
// understand how or what the customer went through: "I can hear how
// upsetting it was to turn up and find nobody there" tells their experience
// back, whatever it names.
func (az *analyzer) heardAsTheirs(c *clause) bool {
	if c.actor != actAgent || c.neg || c.verb < 0 || !c.lemmaIn(heardVerbs) || c.comp >= c.hi {
		return false
	}
	return howWhat.has(az.tok.toks[c.comp].id)
}

// takenOnInWords reports a sentence that takes the trouble on in so many
// words: "that's for us to sort, not you", "it's ours to fix", "clearing
// the backlog is our job", "putting that right is on us".
func (az *analyzer) takenOnInWords(c *clause) bool {
	si := int(az.tok.toks[c.lo].sent)
	s := az.tok.sents[si]
	lo, hi := max(s.tokLo, c.lo-nearReach), min(s.tokHi, c.hi+nearReach)
	if next, ok := az.sentencePointingBack(si); ok {
		hi = min(next.tokHi, next.tokLo+nearReach) // "The courier's van broke down. | That's our problem to sort."
	}
	toks := az.tok.toks
	for i := lo + 1; i+1 < hi; i++ {
		if az.lexAt(i-1)&lxBe == 0 || az.lexAt(i-1)&lxNeg != 0 || az.tok.key(toks[i-1]) == "being" || az.deniedOrDoubted(az.clauseAt(i)) {
			continue // "that's | for us to sort"; not "for us to look into it", a condition, "isn't ours to reverse",
			// "stops being our responsibility" or "I don't see how any of this is on us"
		}
		if az.lexAt(i)&lxAdverb != 0 && i+2 < hi {
			i++ // "getting it to you is still our job"
		}
		if toks[i].id == idFor && az.lexAt(i+1)&lxAgent != 0 && i+2 < hi && toks[i+2].id == idTo || az.lexAt(i)&lxOurs != 0 && toks[i+1].id == idTo ||
			az.lexAt(i)&lxOurDet != 0 && ourDutyNouns.has(toks[i+1].id) || toks[i].id == idOn && az.lexAt(i+1)&lxAgent != 0 {
			return true // "that's for us to sort", "it's ours to fix", "clearing the backlog is our job", "putting that right is on us"
		}
	}
	return false
}

// sentencePointingBack returns the sentence after sentence si when it opens
// on "that", "this" or "it" alone, which point back at what si told.
func (az *analyzer) sentencePointingBack(si int) (sentence, bool) {
	if si+1 >= len(az.tok.sents) {
		return sentence{}, false
	}
	next := az.tok.sents[si+1]
	if next.tokLo+1 >= next.tokHi || !pointingBack.has(az.tok.toks[next.tokLo].id) || (az.lexAt(next.tokLo)|az.lexAt(next.tokLo+1))&lxBe == 0 {
		return sentence{}, false
	}
	return next, true
}

// pointingBack open a sentence about what the one before told: "That's ours to sort".
var pointingBack = idSetOf(pointingBackList)

const pointingBackList = "that that's this it it's"

// deniedOrDoubted reports clause k negated, opened by "how" or "what", or
// following a clause in which the agent denies: "I don't see | how any of
// this is on us".
func (az *analyzer) deniedOrDoubted(k int) bool {
	d := &az.clauses[k]
	return d.neg || howWhat.has(az.tok.toks[d.lo].id) || k > 0 && az.clauses[k-1].neg && az.clauses[k-1].actor == actAgent
}

// ourDutyNouns, after "is our", take a task on: "is our job".
var ourDutyNouns = idSetOf(ourDutyNounsList)

const ourDutyNounsList = "job problem responsibility task"

var (
	// heardVerbs are the agent taking in what the customer went through.
	heardVerbs = lemmaSetOf("hear see understand imagine know appreciate")
	// howWhat open what the agent hears: "how upsetting it was".
	howWhat = idSetOf(howWhatList)
)

const howWhatList = "how what"

// chargedYouACost reports another party that charged or fined the customer
// a fee or a penalty, or for what it did for them: "your landlord charged
// you a late fee", "your bank fined you £25", "the airline charged you for
// rebooking". Told so, the cost is what the customer was put to, the
// knock-on of a trouble, not the party's own error; charged twice, or in
// error, it is their error again.
func (az *analyzer) chargedYouACost(c *clause) bool {
	if c.verb < 0 || c.neg || c.passive || c.actor != actThird && c.actor != actThing || c.lemma != "charge" && c.lemma != "fine" ||
		c.verb+2 >= c.hi || az.lexAt(c.verb+1)&lxCustomer == 0 {
		return false
	}
	toks := az.tok.toks
	cost := false
	for i := c.verb + 2; i < c.hi; i++ {
		switch id := toks[i].id; {
		case id == idTwice || id == idAgain || doubleWords.has(id) || az.lexAt(i)&lxWrong != 0:
			return false // "charged you twice", "charged you the wrong rate"
		case chargeNouns.has(id) || costNouns.has(id) || toks[i].money || i == c.verb+2 && id == idFor:
			cost = true // "charged you a late fee", "charged you for rebooking"
		}
	}
	return cost
}

// doubleWords say a cost was taken more than once.
var doubleWords = idSetOf(doubleWordsList)

const doubleWordsList = "double duplicate extra"

// triedOnlyToFind reports a clause that ends what the customer's side did
// in finding the trouble: "your family drove three hours only to find the
// course shut", "queuing with a pushchair only to be told the pass wasn't
// valid". The act is told as what it cost them, not as what went wrong.
func (az *analyzer) triedOnlyToFind(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+2 < c.hi; i++ {
		if toks[i].id == idOnly && toks[i+1].id == idTo && foundOutVerbs.has(toks[i+2].id) {
			return true
		}
	}
	return false
}

// foundOutVerbs, after "only to", say the trouble was found.
var foundOutVerbs = idSetOf(foundOutVerbsList)

const foundOutVerbsList = "find discover be hear learn see realise realize"
