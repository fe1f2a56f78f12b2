package scoring

import "strings"

// A count of the customer's repeats, held against them. "This is the fifth
// refund request on your account in two weeks", "this is the fourth time
// this month you've asked us to redeliver", "for the third time this week,
// the gate code is on your booking confirmation": a dig that implies the
// customer keeps causing the trouble. A second time is only a second
// ("the second time you've had to chase us" is what they went through), and
// a count of our own failures ("the third time we've missed your delivery")
// or one said with sorry is not held against them.

// countedAgainstYou reports a clause that counts the customer's repeats
// (see above): opened with "for the third time", or saying "this is the
// third time" or "the fifth request" of the customer's side.
func (az *analyzer) countedAgainstYou(c *clause) bool {
	sent := az.tok.toks[c.lo].sent
	if c.question && !az.asksIsThisTheNth(c) && !az.saidAsStatement(c) || c.cond || az.flags[sent].owned || az.sorry(c) && az.flags[sent].apologyHi > c.lo {
		return false // an apology after the count answers for it; one before ("I'm sorry, this is the third time you've called") does not
	}
	i, second := az.repeatCountAt(c)
	switch {
	case i < 0:
		return false
	case second:
		// "the second time you've brought one of our vans back with the tailgate bent": a second is
		// only a second, unless what the customer did came back damaged
		return c.verb < 0 && az.pronounSubject(c) && az.yoursAfter(i, c.hi) && az.damageWithin(i+1, c.hi)
	case i <= c.headLo+3 && (c.subj < 0 || repeatOrdinals.has(az.tok.toks[c.subj].id)):
		// "for the third time this week, | the gate code is on your confirmation", "third claim on this machine this year";
		// "third missed appointment since March" is read as a subject and its verb
		return !az.weTakeItOn(c)
	}
	if c.verb >= 0 || !az.pronounSubject(c) {
		return false
	}
	// "that's the fourth revision to the seating plan since Tuesday": a change only the customer asks for;
	// "this is the third time this console's come back in with the same drink spilled in it": their trouble back again
	notOurs := !az.oursAfterCount(i, c.hi) && !az.hadToWithin(i+1, c.hi)
	return az.yoursAfter(i, c.hi) || az.ourServiceAfterCount(i+1, c.hi) ||
		notOurs && (theirRepeats.has(az.tok.toks[i].id) || az.troubleBackAgain(i+1, c.hi) || az.anyIn(i+1, c.hi, theirRepeatParticiples) ||
			az.troubleCounted(i))
}

// troubleCounted reports a counted noun that a word of trouble describes,
// and that is not ours to deliver: "that's the third late arrival this
// month", "the fourth declined card this week". "The third late delivery"
// counts what we failed to bring.
func (az *analyzer) troubleCounted(i int) bool {
	toks := az.tok.toks
	if az.lexAt(i)&lxDeliverable != 0 {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-2 && !repeatOrdinals.has(toks[j].id); j-- {
		if troubleWords.has(toks[j].id) {
			return true
		}
	}
	return false
}

// ourServiceAfterCount reports, after a count, a service of ours done for
// them again, with nothing of it gone wrong: "the third time this quarter
// we've had to reissue your card", "the third replacement charger we've sent
// you this year", "the third time we've been out to your address". Counted,
// the service is held against them; a count of what we got wrong ("the third
// time we've missed your delivery") is ours.
func (az *analyzer) ourServiceAfterCount(lo, hi int) bool {
	j := lo
	for j < hi && az.lexAt(j)&(lxAgent|lxOurDet) == 0 {
		j++
	}
	if j >= hi || az.anyLexIn(j, hi, lxWrong|lxNeg|lxFaultNoun) || az.anyIn(j, hi, troubleWords) {
		return false // "the third time our engineer's turned up late"
	}
	for k := j + 1; k < hi && k <= j+serviceReach; k++ {
		if az.tok.toks[k].id == idHad && k+1 < hi && az.tok.toks[k+1].id == idTo || servedAgainWords.has(az.tok.toks[k].id) || az.doneAgainAt(k, hi) {
			return true
		}
	}
	return false
}

// doneAgainAt reports a past form made with "re-" at k, "re-imaged" or
// "reinstalled": a step done for the customer again.
func (az *analyzer) doneAgainAt(k, hi int) bool {
	key := az.tok.key(az.tok.toks[k])
	if key == "re" && k+1 < hi && az.hyphenated(k+1) {
		next := az.tok.key(az.tok.toks[k+1])
		return strings.HasSuffix(next, "ed") && isVerbBase(lemma(next))
	}
	return len(key) > 6 && strings.HasPrefix(key, "re") && strings.HasSuffix(key, "ed") && isVerbBase(lemma(key[2:]))
}

// serviceReach is how far after "we" or "our" a service of ours is looked for:
// "our engineer has had to", "we've been out".
const serviceReach = 4

// servedAgainWords tell a service done for the customer: a thing sent or
// issued to them, or a visit.
var servedAgainWords = idSetOf(servedAgainWordsList)

const servedAgainWordsList = "turned sent issued reissued replaced out visited re-quoted requoted rebooked reinstalled redelivered resent reset reconnected unlocked"

// theirRepeatParticiples, after a count and with no one of ours, tell a
// change only the customer makes: "the third time the moving date's been
// changed this month".
var theirRepeatParticiples = idSetOf(theirRepeatParticiplesList)

const theirRepeatParticiplesList = "changed moved rescheduled swapped amended rearranged postponed reset"

// troubleBackAgain reports, in tokens lo..hi after a count, a thing come back
// or the same trouble, or a wrong thing: "come back in with the same drink
// spilled in it", "come back with the wrong passport number on it".
func (az *analyzer) troubleBackAgain(lo, hi int) bool {
	return az.anyIn(lo, hi, backAgainWords) || az.anyLexIn(lo, hi, lxWrong)
}

// backAgainWords say a thing returned, or the trouble is the same one.
var backAgainWords = idSetOf(backAgainWordsList)

const backAgainWordsList = "back same"

// saidAsStatement reports a clause asked with a question mark in a
// statement's order, its subject before its verb: "this is like the 3rd
// time this month you've reset it?" says the count with a rising voice.
func (az *analyzer) saidAsStatement(c *clause) bool {
	return c.subj >= 0 && c.subj == c.headLo && az.lexAt(c.subj)&auxBits == 0
}

// asksIsThisTheNth reports a count asked as a dig: "is this the third
// ticket you've reported lost since March?", "isn't that the fourth claim?".
func (az *analyzer) asksIsThisTheNth(c *clause) bool {
	toks := az.tok.toks
	i := c.lo
	if i+2 >= c.hi || az.lexAt(i)&lxBe == 0 || !thisThat.has(toks[i+1].id) {
		return false
	}
	j := i + 2
	if toks[j].id == idThe {
		j++
	}
	return j < c.hi && repeatOrdinals.has(toks[j].id) && toks[j].id != idSecond
}

// theirRepeats are changes, calls and claims only the customer makes, and
// warnings only they are given: counted from the third on, they are held
// against them without a "you" in the clause ("the fourth revision to the
// seating plan", "the third call about the same booking today", "the third
// warning about password sharing"), unless they had to ("the third call
// you've had to make").
var theirRepeats = idSetOf(theirRepeatsList)

const theirRepeatsList = "revision revisions change changes swap swaps amendment amendments cancellation cancellations reschedule " +
	"replacement replacements " +
	"warning warnings call calls request requests complaint complaints claim claims chat chats query queries enquiry enquiries ticket tickets"

// repeatCountAt returns the token of a repeat noun counted from the third on in
// c ("the fourth time", "the fifth refund request"), or of any noun counted
// over a period ("the fourth screen this year"), or -1.
func (az *analyzer) repeatCountAt(c *clause) (at int, second bool) {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if !repeatOrdinals.has(toks[i].id) {
			continue
		}
		if toks[i].id == idSecond {
			if j := i + 1; j+1 < c.hi && repeatNouns.has(toks[j].id) || j+1 < c.hi && pairNouns.has(toks[j].id) {
				return j, true // "the second time", "the second pair": read by countedAgainstYou on its own terms
			}
			continue
		}
		for j := i + 1; j < c.hi && j <= i+3; j++ {
			if repeatNouns.has(toks[j].id) || j <= i+2 && az.nounAt(j) && az.thisPeriodWithin(j+1, c.hi) ||
				az.nounAt(j) && j+1 < c.hi && az.lexAt(j+1)&(lxCustomer|lxAgent|lxOurDet) != 0 {
				// "the fourth time", "the fourth screen this year", "the third replacement charger you've asked
				// for", "the third locked door our cleaner's turned up to"
				for !repeatNouns.has(toks[j].id) && !theirRepeats.has(toks[j].id) && !toks[j].pause && j+1 < c.hi && toks[j+1].id != idThis && az.nounAt(j+1) {
					j++ // "the third cracked-screen claim this year": the count is of the last noun, its head
				}
				return j, false
			}
		}
	}
	return -1, false
}

// damageWithin reports, in tokens lo..hi, a thing come back damaged or
// worn: "with the tailgate bent", "that's clearly been worn".
func (az *analyzer) damageWithin(lo, hi int) bool {
	return az.anyIn(lo, hi, damagedWords) || az.anyLexIn(lo, hi, lxWrong)
}

// pairNouns count what is bought in pairs: "the second pair you've brought back".
var pairNouns = idSetOf(pairNounsList)

const pairNounsList = "pair pairs"

// yoursAfter reports the customer's side in tokens i..hi, before any word
// of ours or of what they had to do: "you've asked us", "on your account",
// not "we've missed your delivery", "you've had to call" or "your parcel has
// been lost".
func (az *analyzer) yoursAfter(i, hi int) bool {
	toks := az.tok.toks
	for j := i; j < hi; j++ {
		switch {
		case az.lexAt(j)&(lxAgent|lxOurDet) != 0:
			return false
		case toks[j].id == idHad && j+1 < hi && toks[j+1].id == idTo:
			return false
		case az.lexAt(j)&lxCustomer != 0:
			return !az.hadToWithin(j+1, hi) // "you've asked us", not "you've had to call"
		case toks[j].id == idYour && az.lexAt(j-1)&lxPrep != 0:
			return true // "on your account"; but "your parcel has been lost" is ours to deliver

		}
	}
	return false
}

// hadToWithin reports "had to" within two words from i: "you have had to".
func (az *analyzer) hadToWithin(i, hi int) bool {
	toks := az.tok.toks
	for j := i; j+1 < hi && j <= i+2; j++ {
		if toks[j].id == idHad && toks[j+1].id == idTo {
			return true
		}
	}
	return false
}

var (
	// repeatNouns are what a count of repeats counts.
	repeatNouns = idSetOf(repeatNounsList)
	idSecond    = wordID("second")
)

const repeatNounsList = "time times return returns redelivery " + theirRepeatsList

// againAsADig reports "Again?" asked as a sentence of its own, or a short
// question like it (see againFragment), before a
// sentence that neither apologises nor owns the trouble: "Again? You only had
// the replacement last Thursday." Asked before sorry ("Again? Oh no, I'm so
// sorry") it shares the customer's dismay.
func (az *analyzer) againAsADig(c *clause) bool {
	toks := az.tok.toks
	si := int(toks[c.lo].sent)
	s := az.tok.sents[si]
	if !c.question || si+1 >= len(az.tok.sents) || !az.againFragment(s) {
		return false
	}
	return !az.flags[si+1].apology && !az.flags[si+1].owned
}

// againFragment reports a short question with no one in it that ends on
// "again" or opens on "another": "Again?", "Wrong address again?",
// "Another fob gone?". "It failed again?" has its subject, and shares the
// surprise.
func (az *analyzer) againFragment(s sentence) bool {
	toks := az.tok.toks
	n := s.tokHi - s.tokLo
	if n > 4 || az.anyLexIn(s.tokLo, s.tokHi, lxAgent|lxCustomer|lxThing|lxThird) {
		return false
	}
	return toks[s.tokHi-1].id == idAgain || n > 1 && toks[s.tokLo].id == idAnother
}

// oursAfterCount reports a word of ours among tokens lo..hi, other than
// "us" as where a thing came back to: "the third plant this season that's
// come back to us dried out" counts their trouble, not ours.
func (az *analyzer) oursAfterCount(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		if az.lexAt(i)&(lxAgent|lxOurDet) != 0 && !(i > lo && toks[i-1].id == idTo && az.lexAt(i)&lxOurDet == 0) {
			return true
		}
	}
	return false
}
