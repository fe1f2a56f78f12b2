package scoring

import (
	"math/bits"
	"slices"
	"strings"
)

// isReportedStep: a step the agent reports done, not the failure told in the
// past: perfect ("we've sent"), present ("it's unlocked", "I'm sending"), or a
// past by "I" in person ("I refunded it"); and nothing wrong about it. A
// past perfect passive ("the filter had been removed") tells history, as
// "the filter was removed" does.
func (az *analyzer) isReportedStep(c *clause) bool {
	if az.wrongNearVerb(c) || az.noStepObject(c) || az.passiveRule(c) {
		return false
	}
	return c.hasHave && !(c.pastAux && c.passive) || c.aspect == aspNow || !c.pastAux && c.passive || c.personal && !c.passive ||
		c.passive && az.saysJustNow(c)
}

// noStepObject reports a step verb whose object is denied ("I've got no say
// in it"), "got" with a count that says what we have, or a knock that takes
// no money off ("your dish has been knocked out of alignment"; "knocked off"
// does), or a record being read ("I'm looking at your booking"): nothing
// was done for the customer.
func (az *analyzer) noStepObject(c *clause) bool {
	toks := az.tok.toks
	if c.comp < c.hi && toks[c.comp].id == idNo {
		return true
	}
	if c.lemma == "get" && c.hasHave && c.comp < c.hi && (az.countedAt(c.comp) || c.comp+1 < c.hi && roughlyWords.has(toks[c.comp].id) && az.countedAt(c.comp+1) ||
		c.comp+1 < c.hi && quantityNouns.has(toks[c.comp].id) && toks[c.comp+1].id == idOf) {
		return true // "we've got about four hundred homes on that cabinet", "I've got loads of customers on it" has them, it did nothing
	}
	if c.lemma == "get" && c.hasHave && az.anyIn(c.comp, min(c.hi, c.comp+3), powerNouns) {
		return true // "I've got the authority to waive that fee" says what I may do, not what I did
	}
	if c.lemma == "get" && c.hasHave && (az.anyIn(c.comp, min(c.hi, c.comp+3), heldNotes) || az.onRecordIn(c)) {
		return true // "I've got a note here from the driver", "we've still got a no-show on the record": held, not done
	}
	if c.lemma == "put" && az.anyIn(c.comp, min(c.hi, c.comp+2), moneyWord) && az.anyIn(c.comp+1, min(c.hi, c.comp+3), onWord) {
		return true // "I'd put money on it", "I'd put my money on the courier": a bet, no step
	}
	if c.lemma == "look" && c.aspect == aspNow && c.verb+1 < c.hi && toks[c.verb+1].id == idAt {
		return true // "I'm looking at the booking and it's down for the 14th": reading a record, no step
	}
	if c.passive && az.mannerOnlyAt(c.comp, c.hi) {
		return true // "it's just set up that way", "it's been arranged like that since 2019": how things are
	}
	return c.lemma == "knock" && !az.anyIn(c.comp, min(c.hi, c.comp+4), offWord)
}

// mannerOnlyAt reports "that way", "this way", "like that" or "like this"
// at i, or one word after it (a particle): the manner of an arrangement.
func (az *analyzer) mannerOnlyAt(i, hi int) bool {
	toks := az.tok.toks
	for j := i; j < i+2 && j+1 < hi; j++ {
		first, second := toks[j].id, toks[j+1].id
		if (first == idThat || first == idThis) && second == idWay || first == idLike && (second == idThat || second == idThis) {
			return true
		}
	}
	return false
}

// moneyWord and onWord make "put money on it", a bet.
var moneyWord, onWord = idSetOf("money"), idSetOf("on")

// heldNotes are what a record holds: "I've got a note here" has it.
var heldNotes = idSetOf(heldNotesList)

const heldNotesList = "note notes entry entries record records"

// onRecordIn reports "on record", "on the record" or "on file" in c.
func (az *analyzer) onRecordIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.comp; i+1 < c.hi; i++ {
		if toks[i].id != idOn {
			continue
		}
		j := i + 1
		if toks[j].id == idThe && j+1 < c.hi {
			j++
		}
		if toks[j].id == idRecord || toks[j].id == idFile {
			return true
		}
	}
	return false
}

// Ids of "record" and "file" ("on record", "on file").
var idRecord, idFile = wordID("record"), wordID("file")

// powerNouns name a power to act: "the authority", "the discretion".
var powerNouns = idSetOf(powerNounsList)

const powerNounsList = "authority power permission discretion clearance"

// roughlyWords come before a count: "about four hundred".
var roughlyWords = idSetOf(roughlyWordsList)

const roughlyWordsList = "about around roughly nearly over almost some"

// isUnderway: a step said as where things now stand: "your refund has gone
// through", "the replacement is on its way", "the money is back on your card".
func (az *analyzer) isUnderway(c *clause) bool {
	if c.verb >= 0 && c.lemma != "go" && c.lemma != "come" && c.lemma != "be" || c.subj >= 0 && theirsWords.has(az.tok.toks[c.subj].id) {
		return false // and "theirs were back on by teatime" is someone else's, no step of ours
	}
	if c.verb >= 0 && c.lemma != "be" && !c.hasHave && c.aspect != aspNow && !az.saysJustNow(c) {
		return false // "the charge went through on the 9th" tells history, not a step
	}
	var buf [4]string
	words := az.compWords(c, 4, buf[:0])
	if len(words) > 1 && words[0] == "through" && (throughWhat[words[1]] || words[1] != "" && isDigit(words[1][0])) {
		// "it's been through the wash", "we've gone through the logs", "the battery has been
		// through 1,400 charge cycles": passed through a thing, no step done
		return false
	}
	// "the form has come back without a signature" tells what is lacking, not a step done; "out" is
	// sent, once gone, only of what we deliver ("the refund went out this morning", not "the power went
	// out", nor "is going out today", still to come)
	return (startsWithAny(words, &underwayPhrases) || len(words) > 0 && words[0] == "out" && c.lemma == "go" && c.aspect == aspDone && az.subjectHasLex(c, lxDeliverable)) &&
		!az.withoutAPart(c)
}

// throughWhat open what a thing went through, after "through": "through the
// wash", "through your account", "through hundreds of cycles"; so does a
// number ("through 1,400 charge cycles").
var throughWhat = wordSet("the a an your our my his her their all every several many lots hundreds thousands dozens countless")

// phrases splits each phrase into words once, at start-up.
func phrases(ps ...string) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = strings.Fields(p)
	}
	return out
}

// Phrase lists the checks compare the words after a verb with.
var (
	downToPhrases   = phraseListOf("down to", "on", "at", "up to", "because of", "caused by", "with", "a matter", "matter for", "one for", "a question", "question for", "for", "something with", "something on", "something at")
	oursPhrases     = phraseListOf("ours", "mine")
	withUsPhrases   = phraseListOf("on us", "on me", "with us", "with me", "our", "my", "down to us", "down to me")
	theWrongPhrases = phraseListOf("the wrong")
	onUsPhrases     = phraseListOf("on us", "on me", "down to us", "down to me")
	underwayPhrases = phraseListOf("through", "back", "on your account", "on your plan", "on your card", "on its way", "on the way", "in the post", "in the mail", "back on",
		"back in", "back with", "back onto", "back into", "on his way", "on her way", "on their way", "en route", "out for delivery", "all sorted", "sorted", "done", "live", "working again",
		"active again", "back up")
)

// phraseList is a list of phrases, each split into words once, at
// start-up, and filed by the first letter of its first word: startsWithAny
// compares words only with the phrases whose first word begins as words[0]
// does, where it compared them with every phrase of the list, most of them
// to find the first word differs.
type phraseList struct {
	phrases [][]string
	// byFirst holds, by the low five bits of a first word's first byte
	// (a letter's, whatever its case), the phrases whose first word
	// begins so, bit i for phrases[i].
	byFirst [32]uint64
}

// phraseListOf returns the list of the phrases ps.
func phraseListOf(ps ...string) phraseList {
	l := phraseList{phrases: phrases(ps...)}
	if len(l.phrases) > 64 {
		panic("scoring: more than 64 phrases in one list")
	}
	for i, pw := range l.phrases {
		if len(pw) == 0 {
			panic("scoring: an empty phrase in a phrase list")
		}
		l.byFirst[pw[0][0]&31] |= 1 << i
	}
	return l
}

// startsWithAny reports whether words begin with one of the phrases of l.
func startsWithAny(words []string, l *phraseList) bool {
	if len(words) == 0 || words[0] == "" {
		return false // every phrase has a first word, and none is empty
	}
	for m := l.byFirst[words[0][0]&31]; m != 0; m &= m - 1 {
		if startsWith(words, l.phrases[bits.TrailingZeros64(m)]) {
			return true
		}
	}
	return false
}

// startsWith reports whether words begin with the words of phrase pw.
func startsWith(words, pw []string) bool {
	if len(pw) > len(words) {
		return false
	}
	for i := range pw {
		if words[i] != pw[i] {
			return false
		}
	}
	return true
}

// isDownToThem: "that's down to your bank", "it's the courier's fault", "that's
// on them". The third party must come within the first few words, before any
// "us": "that's on us, not the courier" owns the mistake.
func (az *analyzer) isDownToThem(c *clause) bool {
	trouble := az.troubleSubject(c) // "the socket failing", "the damp in the bedroom"
	if !az.pronounSubject(c) && !c.fault && !anyWhatever.has(az.tok.toks[max(c.subj, 0)].id) && !trouble && !az.downToAfterNoun(c) {
		return false // "whatever they charged you is on them", "any delay is down to them"
	}
	if az.handsAChoice(c) {
		return false // "that's down to you to decide"
	}
	var buf [2]string
	w := az.compWords(c, 2, buf[:0])
	from := trouble && len(w) > 0 && w[0] == "from" // "the damp is from your tumble dryer"; not "the letter is from your landlord"
	if !startsWithAny(w, &downToPhrases) && !from && !az.compHas(c, lxFaultNoun) || len(w) > 0 && w[0] == "at" && !trouble && !c.fault {
		return false // "the hold-up is at the depot" places the trouble; "it's at the depot" places a parcel
	}
	if len(w) > 0 && w[0] == "for" && !az.idIn(idTo, c.comp+2, min(c.hi, c.comp+6)) {
		return false // "that's for them to answer" hands it on; "that's for the courier" may be a parcel's label
	}
	// "down to the customer's wifi", "caused by your extension lead"; but "up to you" offers a choice
	yoursCounts := len(w) > 0 && (w[0] == "down" || w[0] == "because" || w[0] == "caused" || from)
	reach := 5
	if yoursCounts {
		reach = 8 // "down to the old cabling behind your kitchen units"
	}
	for i := c.comp; i < c.hi && i < c.comp+reach; i++ {
		b := az.lexAt(i)
		switch {
		case (az.tok.toks[i].id == idCompany || az.tok.toks[i].apos && az.tok.key(az.tok.toks[i]) == "company's") && i > c.comp && az.lexAt(i-1)&(lxDet|lxOurDet) == 0 && !ourTrades.has(az.tok.toks[i-1].id):
			return true // "down to the scaffolding company", "the locker company's fault": another firm, as "the train company" is
		case b&(lxAgent|lxOurDet) != 0:
			return b&(lxThird|lxThirdNoun) != 0
		case b&(lxThird|lxThirdNoun) != 0:
			return true
		case b == 0 && az.namedParty(i):
			return true // "that's on QuickDrop", "the hold-up is at Hopwell"
		case yoursCounts && (b&lxCustomer != 0 || az.markAt(i)&lxYour != 0):
			return true
		case yoursCounts && b == 0 && az.actInIngAt(i):
			return true // "the mould is down to condensation from drying washing indoors": an act, its doer left out
		case yoursCounts && (holderRoles[az.tok.key(az.tok.toks[i])] || az.tok.toks[i].id == idWhoever):
			return true // "down to the traveller", "down to whoever holds the card": the customer by their role
		}
		if az.tok.toks[i].pause {
			return false // the party named before the pause is the one it is down to: "down to the traveller, not the airline"
		}
	}
	// a trouble put down to a cause that names nothing of ours: "the damp is down to a slow leak under
	// the sink", "the breakdown's down to its age"
	return trouble && len(w) > 0 && w[0] == "down" && !az.ourWithin(c.comp, c.hi, c.hi-c.comp)
}

// actInIngAt reports an -ing form at i that is a verb with its object or
// place after it, not after a determiner: "drying washing indoors",
// "leaving the heating on"; not "the old wiring".
func (az *analyzer) actInIngAt(i int) bool {
	toks := az.tok.toks
	k := az.tok.key(toks[i])
	if len(k) <= 5 || !strings.HasSuffix(k, "ing") || i+1 >= len(toks) || toks[i+1].sent != toks[i].sent || toks[i].pause ||
		az.lexAt(i-1)&(lxDet|lxOurDet) != 0 || az.markAt(i-1)&lxYour != 0 {
		return false
	}
	return isVerbBase(lemma(k)) && (az.lexAt(i+1)&(lxDet|lxOurDet|lxThing) != 0 || az.plainNounAt(i+1))
}

// downToAfterNoun reports "down to" right after be, with a subject that is
// no step or thing of ours: "the slowdown is down to your router", "the
// timing is down to the courier". Unlike "on" or "with", "down to" places a
// cause whatever the subject names; "the return shipping is on us" is a remedy.
func (az *analyzer) downToAfterNoun(c *clause) bool {
	return c.verb < 0 && c.comp+1 < c.hi && az.tok.toks[c.comp].id == idDown && az.tok.toks[c.comp+1].id == idTo &&
		c.subj >= 0 && !az.ourInSubject(c) && c.actor != actAgent
}

// isDownToAName: "that's down to Royal Mail", "the delay is down to Evri": a
// firm named as the cause, which the lexicon cannot know.
func (az *analyzer) isDownToAName(c *clause) bool {
	toks := az.tok.toks
	if !az.pronounSubject(c) && !c.fault && !az.troubleSubject(c) || c.comp+2 >= c.hi || toks[c.comp].id != idDown || toks[c.comp+1].id != idTo {
		return false
	}
	return az.lexAt(c.comp+2) == 0 && az.namedParty(c.comp+2)
}

// idDown is the id of "down", as in "down to".
var idDown = wordID("down")

// troubleSubject reports a subject that names the trouble: "the damp in
// the bedroom", "the socket failing", "the breakdown".
func (az *analyzer) troubleSubject(c *clause) bool {
	lo, hi := c.subjectSpan()
	if hi <= lo || az.ourInSubject(c) {
		return false
	}
	// "the breakdown's", "the Wi-Fi dropping"
	return az.idOrBaseIn(lo, hi, failingWords) || az.troubleNounIn(lo, hi) || az.goingWrongIn(lo+1, hi)
}

// goingWrongIn reports, in lo..hi, an "-ing" form of a verb of going wrong
// after its noun: "the Wi-Fi dropping", "the app crashing".
func (az *analyzer) goingWrongIn(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if k := az.tok.keyOf(&az.tok.toks[i]); len(k) <= 4 || !strings.HasSuffix(k, "ing") {
			continue
		}
		if v := az.verbAt(i); v != nil && v.lists&listGoesWrong != 0 {
			return true
		}
	}
	return false
}

// failingWords name a failure in a subject: "the socket failing", "the
// double booking".
var failingWords = idSetOf(failingWordsList)

const failingWordsList = "failing breakdown breakdowns failure failures double duplicate"

// anyWhatever open a subject that stands for whatever happened.
var anyWhatever = idSetOf("whatever anything any")

// pronounSubject reports a clause whose subject is "it", "this" or "that": the
// situation, not a thing named ("the return shipping is on us" is a remedy).
func (az *analyzer) pronounSubject(c *clause) bool {
	return c.subj >= 0 && az.lexAt(c.subj)&lxThing != 0 && az.lexAt(c.subj)&lxDet == 0
}

// isFaultOurs: "the mistake here is ours entirely", "the blame lies with us",
// "the hotel mix-up is ours, fully", "that delay is ours to own".
func (az *analyzer) isFaultOurs(c *clause) bool {
	if c.verb >= 0 && c.lemma != "lie" && c.lemma != "sit" && c.lemma != "rest" || c.actor == actCustomer {
		return false
	}
	var buf [3]string
	w := az.compWords(c, 3, buf[:0])
	if startsWithAny(w, &oursPhrases) {
		return true
	}
	return c.fault && startsWithAny(w, &withUsPhrases)
}

// isOurFault: "that's entirely our fault", "the double charge is entirely our
// doing", "this one is totally on us"; "on us" only of the situation or of
// something wrong ("selling you a faulty kettle is on us"), since "the return
// shipping is on us" is a remedy.
func (az *analyzer) isOurFault(c *clause) bool {
	var buf [3]string
	w := az.compWords(c, 3, buf[:0])
	if len(w) >= 2 && (w[0] == "our" || w[0] == "my") && az.compHas(c, lxFaultNoun) {
		return true
	}
	return (az.pronounSubject(c) || c.subjWrong || c.fault) &&
		startsWithAny(w, &onUsPhrases)
}

// makesItOurs reports a clause that makes the fault ours: "they're our
// courier and that makes it our problem", "which makes it my mistake".
func (az *analyzer) makesItOurs(c *clause) bool {
	if c.lemma != "make" || c.neg || c.question || c.cond {
		return false
	}
	var buf [3]string
	w := az.compWords(c, 3, buf[:0])
	return len(w) == 3 && w[0] == "it" && (w[1] == "our" || w[1] == "my") && az.compHas(c, lxFaultNoun)
}

// wrongNearVerb reports "wrong" in the subject or in the object right after the
// verb ("we sent you the wrong size"), not in a phrase further on ("recalled
// from the wrong account").
func (az *analyzer) wrongNearVerb(c *clause) bool {
	if c.subjWrong {
		return true
	}
	for i := c.comp; i < c.hi && i < c.comp+4; i++ {
		b := az.lexAt(i)
		if az.tok.toks[i].id == idWith && az.partTakenOffAfter(i+1, c.hi) {
			return true // "entered with two digits swapped"
		}
		if b&lxWrong != 0 {
			// "charged you twice" is wrong; "the engineer has been out twice" only counts
			return c.verb >= 0 || az.tok.toks[i].id != idTwice
		}
		if b&lxPrep != 0 && particles.has(az.tok.toks[i].id) && i+1 < c.hi && az.lexAt(i+1)&lxWrong != 0 && az.tok.toks[i+1].id != idTwice {
			return true // "keyed the code in wrong", "filled the form out wrong": the particle after its object, then how
		}
		if b&lxPrep != 0 && !(i == c.comp && particles.has(az.tok.toks[i].id) && i+1 < c.hi && az.lexAt(i+1)&lxDet != 0) &&
			!(c.lists&listChoose != 0 && choicePreps.has(az.tok.toks[i].id)) {
			// "put in the wrong reference": a particle, not a phrase; "booked for the wrong date": what was
			// chosen is wrong, whatever the preposition
			break
		}
	}
	// "the form was sent back to us unsigned": a wrong state ending the clause
	return c.verb >= 0 && c.hi-1 > c.comp && az.lexAt(c.hi-1)&lxWrong != 0 && az.tok.toks[c.hi-1].id != idTwice
}

// choicePreps name what a choice was made for: "booked for the wrong
// date", "booked under the wrong name".
var choicePreps = idSetOf(choicePrepsList)

const choicePrepsList = "for under as"

// particles complete a verb before its object: "put in", "filled out".
var particles = idSetOf(particlesList)

const particlesList = "in out up down"

// inputNouns are what the customer gives: an address, a form, a PIN.
var inputNouns = wordSet("address postcode zip details form pin password number name email card information " +
	"info box field reading date passport booking order spelling code reference dates names numbers codes readings time size account flat house documents documentation evidence paperwork receipts proof")

// inputFaults are what is wrong with it.
var inputFaults = wordSet("incomplete unsigned incorrect invalid expired wrong blank mismatched missing unreadable illegible blurry blurred insufficient inaccurate inadequate")

// isInputWrong: "the address was incomplete", "your postcode was wrong",
// "the form was half empty".
func (az *analyzer) isInputWrong(c *clause) bool {
	if c.subj < 0 || az.pronounSubject(c) || !inputNouns[az.tok.key(az.tok.toks[c.comp-1])] && !az.subjectHasNoun(c, inputNouns) || az.ourInSubject(c) ||
		az.subjectHasLex(c, lxAgent) && !az.givenToUsInSubject(c) {
		return false // "the allergen info on our website was out of date" is ours to have kept up, as is "the code we sent"
	}
	var buf [4]string
	w := az.compWords(c, 4, buf[:0])
	if len(w) > 2 && w[0] == "only" {
		w = w[1:]
	}
	if len(w) > 1 && w[0] == "half" && (halfDoneWords[w[1]] || inputFaults[w[1]]) {
		return true // "the form was half empty", "only half filled in": left incomplete; not "half price"
	}
	return len(w) > 0 && inputFaults[w[0]] || startsWithAny(w, &outOfDate)
}

// halfDoneWords, after "half", leave a thing the customer gives incomplete.
var halfDoneWords = wordSet("empty filled done completed complete finished")

// givenToUsInSubject reports a subject that names us only as the ones a
// thing was given to: "the gate code we were given", "the address we were
// sent", "the details I was provided". What we were handed came from the
// customer's side, as "the code you gave us" does; "the code we sent" is ours.
func (az *analyzer) givenToUsInSubject(c *clause) bool {
	lo, hi := c.subjectSpan()
	toks := az.tok.toks
	for j := lo; j+2 < hi; j++ {
		if az.lexAt(j)&lxAgent != 0 {
			return az.lexAt(j+1)&lxBe != 0 && givenForms.has(toks[j+2].id)
		}
	}
	return false
}

// givenForms are the participles of handing a thing over: "we were given".
var givenForms = idSetOf("given sent provided supplied handed")

// wrongInputAlone reports a clause with no subject or verb that names what
// the customer gave us as wrong: "wrong account number, I'm afraid",
// "incorrect postcode on the order". "Wrong item sent" names what we sent.
func (az *analyzer) wrongInputAlone(c *clause) bool {
	if c.subj >= 0 || c.verb >= 0 || c.headLo >= c.hi || az.lexAt(c.headLo)&lxWrong == 0 {
		return false
	}
	f := az.flags[az.tok.toks[c.lo].sent]
	if az.sorry(c) || f.owned {
		return false
	}
	for i := c.headLo + 1; i < c.hi && i <= c.headLo+2; i++ {
		if inputNouns[az.tok.key(az.tok.toks[i])] {
			return true
		}
	}
	return false
}

// subjectHasNoun reports a word of set in the subject.
func (az *analyzer) subjectHasNoun(c *clause, set map[string]bool) bool {
	for i := c.subj; i >= 0 && i < c.comp && i < c.hi; i++ {
		if set[az.tok.key(az.tok.toks[i])] {
			return true
		}
	}
	return false
}

// isToldFailure: "we cancelled your seat without telling you", "sorry, we
// renewed your plan after you'd cancelled it": a plain past by the company in
// a sentence that apologises or says what was wrong.
func (az *analyzer) isToldFailure(c *clause) bool {
	if c.personal || c.hasHave || c.passive {
		return false
	}
	return az.sorry(c) && !az.warnedNothingWrong(c) && !(az.insistsOnIt(c) && !c.neg) || az.clauseHasWord(c, wordWithout) || az.doneWrongly(c)
}

// insistsOnIt reports a clause that insists with "did", or whose subject is
// left out after one that does: "we did ring you at 9.15 and | left a
// voicemail" insists on both.
func (az *analyzer) insistsOnIt(c *clause) bool {
	if az.insistsWithDid(c) {
		return true
	}
	if c.subj >= 0 {
		return false
	}
	a := az.anchorOf(c)
	return a != nil && az.insistsWithDid(a)
}

// warnedNothingWrong reports a clause in which we told or warned the
// customer, nothing wrong in it: with an apology on either side, "we did
// text you twice the day before, sorry" and "I'm sorry, we sent the
// reminder by email and by letter" insist we did our part, and the "sorry"
// softens that; "our app sent you the wrong date, and I'm sorry" owns it.
// After the apology, "we didn't text you" owns the omission, and sending
// anything but a word is a step like any other.
func (az *analyzer) warnedNothingWrong(c *clause) bool {
	if c.lists&listWarns == 0 || az.clauseHasAny(c, wronglyWords) {
		return false
	}
	if f := &az.flags[az.tok.toks[c.lo].sent]; f.apologyHi > c.hi || !f.apology && f.sorryAfter {
		return true
	}
	// "I'm sorry, we sent you a toy that was on our recall list" sent no word
	return !c.neg && (c.lemma != "send" || c.verb < 0 || az.messageWithin(c.verb+1, c.hi))
}

// doneWronglyNeed is the need bit of doneWrongly's words (see checkWords).
var doneWronglyNeed = needOf["done wrongly"]

// doneWrongly reports a step said to have gone wrong: "we took it to the
// wrong house", "we charged you twice". What we do to reach the customer is
// read by the rows of telling, wrong or not ("we sent the reminder to the
// wrong address"), unless what was sent is a thing ("we've sent you the
// wrong size"). Done twice, that and checking our work are diligence, not a
// slip: "we sent the reminder twice", "I knocked twice", "our packers
// checked every bag twice"; checking the wrong one is still a slip ("our
// engineer tested the wrong circuit").
//
// The words it looks for are its need in checkWords, which the clause's
// need bits already say it lacks, with no look at its words: the rows that
// name the check are turned away by that bit before the call, and the
// checks that ask it themselves (of every clause of ours an owns-mistake
// veto reads) are spared the pass over the clause.
func (az *analyzer) doneWrongly(c *clause) bool {
	if c.words&doneWronglyNeed == 0 {
		return false
	}
	twice := false
	for i := c.lo; i < c.hi; i++ { // one pass for both: the check runs on every clause of ours
		if az.tokenIn(&wronglyWords, i) && !(i > c.lo && (az.tok.toks[i-1].id == idNothing || az.tok.toks[i-1].id == idNo)) {
			// but "our engineer found nothing wrong" denies a slip; sending a thing, not a message, is a step
			// ("we've sent you the wrong size")
			return c.lists&(listWarns|listAttempts) == 0 || c.lemma == "send" && c.verb >= 0 && !az.messageWithin(c.verb+1, c.hi)
		}
		twice = twice || az.tok.toks[i].id == idTwice
	}
	return twice && !az.diligentTwice(c)
}

// diligentTwice reports a step that, done twice, is diligence: telling the
// customer, trying to reach them, checking our work, chasing another party
// for them. Sending is telling only when what was sent is a message: "we
// sent the reminder twice", not "our app sent the payment twice".
func (az *analyzer) diligentTwice(c *clause) bool {
	if c.lists&listDiligence == 0 {
		return c.lemmaIn(chasingVerbs) // "we've chased them twice": pressing another on their behalf
	}
	if c.lemma != "send" || c.verb < 0 || az.messageWithin(c.verb+1, c.hi) {
		return true
	}
	return !az.anyLexIn(c.verb+1, c.hi, lxDeliverable) && !az.anyIn(c.verb+1, c.hi, chargeNouns)
}

// chasingVerbs press another party on the customer's behalf.
var chasingVerbs = lemmaSetOf("chase escalate nudge pursue")

// exclaimsBad: "What an awful way to start a holiday.", "How disappointing that must have been."
func (az *analyzer) exclaimsBad(c *clause) bool {
	i := c.headLo
	if i+1 >= c.hi {
		return false
	}
	switch az.tok.key(az.tok.toks[i]) {
	case "what":
		return az.lexAt(i+1)&lxDet != 0 && az.compHas(c, lxBadAdj) || az.lexAt(i+1)&lxBadAdj != 0
	case "how":
		return az.lexAt(i+1)&lxBadAdj != 0 || az.lexAt(i+1)&lxAdverb != 0 && i+2 < c.hi && az.lexAt(i+2)&lxBadAdj != 0
	}
	return false
}

// wronglyWords say a step went wrong: "we took it to the wrong house".
// "Twice" (idTwice) says it was done twice, which doneWrongly weighs.
var wronglyWords = wordsByID("wrong wrongly incorrect incorrectly mistakenly")

// pairIn reports the word first followed by a word of then, in c: "by
// mistake", "your side".
func (az *analyzer) pairIn(c *clause, first int32, then idSet) bool {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if toks[i].id == first && then.has(toks[i+1].id) {
			return true
		}
	}
	return false
}

// anyIn reports a token of lo..hi-1 whose word is in set.
func (az *analyzer) anyIn(lo, hi int, set idSet) bool {
	for i := lo; i < hi; i++ {
		if set.has(az.tok.toks[i].id) {
			return true
		}
	}
	return false
}

// subjectHas reports a word of set among the words of c's subject.
func (az *analyzer) subjectHas(c *clause, set idSet) bool {
	lo, hi := c.subjectSpan()
	return az.anyIn(lo, hi, set)
}

// realOr returns the first "or" at or after token from in the sentence that
// joins alternatives, or -1: not "or not", "or so", "sooner or later".
func (az *analyzer) realOr(from int) int {
	if len(az.nextOr) == 0 {
		az.findOrs()
	}
	return int(az.nextOr[from])
}

// findOrs sets, for each token, the first "or" at or after it in its sentence
// that joins alternatives (or -1), in one backward pass over the turn.
func (az *analyzer) findOrs() {
	toks := az.tok.toks
	az.nextOr = slices.Grow(az.nextOr[:0], len(toks))[:len(toks)]
	last := len(toks) - 1 // past the last "or" every token has none
	for last >= 0 && toks[last].lex&lxOr == 0 {
		az.nextOr[last] = -1
		last--
	}
	next := int32(-1)
	for i := last; i >= 0; i-- {
		if i+1 < len(toks) && toks[i+1].sent != toks[i].sent {
			next = -1
		}
		if az.lexAt(i)&lxOr != 0 && !az.orJoinsNothing(i) {
			next = int32(i)
		}
		az.nextOr[i] = next
	}
}

// orJoinsNothing reports an "or" that offers no alternative: "or not", "or so",
// "or was this a one-off?"
func (az *analyzer) orJoinsNothing(i int) bool {
	toks := az.tok.toks
	if i+1 >= len(toks) || toks[i+1].sent != toks[i].sent {
		return false
	}
	b := az.lexAt(i + 1)
	return az.tokenIn(&notAlternatives, i+1) || b&(lxBe|lxDo|lxHave) != 0 && b&lxAgent == 0
}

var notAlternatives = wordsByID("not so later less another other two three")

// offersAlternatives: this clause offers something and an "or" follows it in
// the sentence: "I can put it back on your card or hold it as credit".
func (az *analyzer) offersAlternatives(c *clause) bool {
	if c.verb < 0 && !(c.actor == actCustomer && az.clauseHasWord(c, wordWelcome)) {
		return false
	}
	return az.realOr(c.lo) >= 0 && !az.asksFact(c)
}

// asksWhich: a question that puts alternatives to the customer: "Shall I refund
// it or credit it?", "Would a morning or afternoon slot be better?"
func (az *analyzer) asksWhich(c *clause) bool {
	s := az.tok.sents[az.tok.toks[c.lo].sent]
	if !c.question || c.lo != s.tokLo && !az.onlyTalkFrom(s.tokLo, c.lo) && !az.onlyTalkBefore(s.tokLo, c.lo) && !az.afterApology(c.lo) ||
		az.realOr(c.lo) < 0 || az.asksFact(c) {
		return false // but "Well, | shall I ...", "So, | would you ...", "I'm sorry, | would you ..." ask all the same
	}
	first := az.pastJoiningTalk(c.lo, c.hi) // "so shall I ..."
	switch az.tok.key(az.tok.toks[first]) {
	case "which":
		// "which date did you place the order" asks what was done; "which did you want" still offers
		return !az.anyLexIn(first+1, min(c.hi, first+4), lxPastAux) || az.anyIn(first+1, c.hi, wantForms)
	case "shall", "should", "would", "do", "will", "want", "prefer":
		return true
	}
	return false
}

// wantForms ask what the customer would have: "which did you want".
var wantForms = idSetOf(wantFormsList)

const wantFormsList = "want prefer like fancy"

// pastJoiningTalk returns the first token from lo, before hi's last, that
// is neither talk nor a joining word: the clause's own first word in "so,
// um, shall I ...", "so how could ...".
func (az *analyzer) pastJoiningTalk(lo, hi int) int {
	for lo+1 < hi && (az.discourseWord(lo) || clauseJoiners.has(az.tok.toks[lo].id)) {
		lo++
	}
	return lo
}

// afterApology reports token i right after an apology set off by a comma:
// "I'm sorry, | would you like ...".
func (az *analyzer) afterApology(i int) bool {
	toks := az.tok.toks
	return i > 0 && toks[i-1].pause && apologyHeads.has(toks[i-1].id) && toks[i-1].sent == toks[i].sent
}

// asksFact reports a clause that asks for a fact ("can you confirm whether it
// was card or PayPal?") rather than offering a choice.
func (az *analyzer) asksFact(c *clause) bool {
	return c.lists&listAskAFact != 0
}

// isTheRule: "that's the rule", "it's just the regulations".
func (az *analyzer) isTheRule(c *clause) bool {
	if !az.pronounSubject(c) {
		return false
	}
	for i := c.comp; i < c.hi && i < c.comp+4; i++ {
		if az.lexAt(i)&lxRuleNoun != 0 && az.tok.key(az.tok.toks[i]) != "system" && az.tok.key(az.tok.toks[i-1]) != "under" {
			return true // "that's the system" describes how it works, "under guarantee" covers; neither is a rule
		}
	}
	return false
}

// isYourCallAlone: a short clause that hands the choice over: "..., your call."
func (az *analyzer) isYourCallAlone(c *clause) bool {
	if c.hi-c.headLo > 3 || c.headLo+1 >= c.hi || az.tok.key(az.tok.toks[c.headLo]) != "your" {
		return false
	}
	switch az.tok.key(az.tok.toks[c.headLo+1]) {
	case "call", "choice", "pick", "decision":
		return true
	}
	return false
}

// isLicensedFeeling: a word that grants the feeling, then the feeling: "no
// wonder you're upset", "you've every right to be cross", "it's understandable
// you're frustrated".
// The licence may stand in a short clause of its own before: "Of course, you're upset."
func (az *analyzer) isLicensedFeeling(c *clause) bool {
	from := c.lo
	if k := az.clauseIndex(c); k > 0 {
		if p := &az.clauses[k-1]; p.hi == c.lo && p.hi-p.lo <= 3 && az.tok.toks[p.lo].sent == az.tok.toks[c.lo].sent {
			from = p.lo
		}
	}
	licensed := false
	for i := from; i < c.hi; i++ {
		b := az.lexAt(i)
		if b&lxLicence != 0 && !az.deniedLicence(i) && !(b&lxOpener != 0 && az.setOffFirst(i)) {
			// not "Right, | your landlord gave a poor reference": set off first, it only turns to what follows
			licensed = true
		}
		if licensed && b&(lxFeeling|lxBadAdj) != 0 {
			return true
		}
	}
	return false
}

// deniedLicence reports a licence word after "no" or "not" that takes the
// licence back ("there's no reason to be angry"), unlike "no wonder".
func (az *analyzer) deniedLicence(i int) bool {
	k := az.tok.key(az.tok.toks[i])
	if k == "wonder" || k == "surprise" || i == 0 {
		return false
	}
	prev := az.tok.key(az.tok.toks[i-1])
	return prev == "no" || prev == "not" || az.lexAt(i-1)&lxNeg != 0
}

// isCleftOnThem: "it's your card provider that declined it", "it was the
// courier who left it": a third party put first, not the company.
func (az *analyzer) isCleftOnThem(c *clause) bool {
	if c.subj < 0 || !az.cleftIt(c.subj) {
		return false
	}
	third := false
	for i := c.comp; i < c.hi && i < c.comp+6; i++ {
		b := az.lexAt(i)
		switch k := az.tok.key(az.tok.toks[i]); {
		case b&(lxOurDet|lxAgent) != 0:
			return false
		case b&(lxThird|lxThirdNoun) != 0 || k == "your":
			third = true // "it was the courier who", "it was your own standing order that"
		case third && (az.cleftLink(i) || k == "which"):
			return az.deedAfterCleft(i) // "it's the one in your basket that's best" names no deed
		case third && b&lxCustomer != 0 && b&lxDet == 0:
			return true // "it's the bank you need to talk to", "it's them you need to chase"
		}
	}
	return false
}

// isHeadline: a step said as a headline, a bare noun and its participle:
// "Refund processed.", "Voucher sent to your inbox."
func (az *analyzer) isHeadline(c *clause) bool {
	return c.subj >= 0 && c.subj == c.headLo && c.verb == c.subj+1 && !c.hasHave && !c.pastAux &&
		az.lexAt(c.subj)&(lxDet|lxThing) == 0 && az.looksLikeVerb(c.verb)
}

// doneStates say a step is finished, as a state: "the refund is complete",
// "your booking is confirmed", "the new price is live".
var doneStates = wordSet("complete completed confirmed processed approved active live cleared reinstated " +
	"restored unlocked reconnected booked reserved scheduled arranged applied waived cancelled refunded")

// isDoneState: a thing of the customer's case said to be in a finished state
// now, not a plan ("will be complete") and not history ("was confirmed on the 2nd").
func (az *analyzer) isDoneState(c *clause) bool {
	if c.pastAux || c.aspect == aspWill || c.subj < 0 || az.lexAt(c.subj)&lxThing != 0 && az.lexAt(c.subj)&lxDet == 0 && !c.yourThing {
		return false
	}
	return doneStates[az.firstCompWord(c)]
}

// passiveRule reports a present passive said as what always happens, not a
// step taken: done "automatically", or "once", "when" or "whenever"
// something happens ("the late fee is applied automatically once the
// deadline passes").
func (az *analyzer) passiveRule(c *clause) bool {
	if !c.passive || c.hasHave || c.pastAux {
		return false
	}
	if az.clauseHasWord(c, wordAutomatically) {
		return true
	}
	ci := az.clauseIndex(c)
	if ci+1 >= len(az.clauses) {
		return false
	}
	d := &az.clauses[ci+1]
	return d.temporal && az.tok.toks[d.lo].sent == az.tok.toks[c.lo].sent && (d.aspect == aspPresent || d.aspect == aspHabit) &&
		ruleTimeWords.has(az.tok.toks[d.lo].id)
}

// wordAutomatically says a thing is done with no one deciding; ruleTimeWords
// open the moment a rule applies.
var (
	wordAutomatically = checked("automatically")
	ruleTimeWords     = idSetOf("once when whenever")
)

// sorry reports that c's sentence apologises for what c tells: it holds an
// apology, and no "but" or "however" turns from it before c. "Sorry, the
// upload failed because the page timed out" takes the trouble on; "I do
// apologise; however, the warranty was voided when the casing was opened"
// apologises, then lays the trouble elsewhere.
func (az *analyzer) sorry(c *clause) bool {
	f := &az.flags[az.tok.toks[c.lo].sent]
	if !f.apology {
		// "our app crashed at checkout, sorry about that" owns it; "the
		// printers had a fault, sorry" does not take the printers' fault on
		return f.sorryAfter && (c.actor == actAgent || az.ourInSubject(c))
	}
	for i := f.apologyHi; i <= c.lo && i < len(az.tok.toks); i++ {
		if turnWords.has(az.tok.toks[i].id) {
			return false
		}
	}
	// "I'm sorry, the other club double-booked the pitch", "I'm sorry, you cancelled a day
	// late", "I'm sorry, a lot of people forget to ...": an apology before it takes on what
	// went wrong, not what the customer, customers or another party did; one after it ("she
	// didn't show, I'm sorry") answers for what was said
	return f.apologyHi > c.lo || c.actor != actCustomer && c.actor != actCustomers && c.actor != actThird || az.ourInSubject(c)
}

// turnWords turn from what was said before them.
var turnWords = idSetOf(turnWordsList)

const turnWordsList = "but however"
