package scoring

import "strings"

// A question put after a statement in one sentence, and what it leaves of
// the statement (see readClauses).

// invertedAuxAt reports, in a sentence that asks, an auxiliary at i put
// before its subject: "is that OK?", "are we still pulling it out by the
// tube?", "does that work for you?".
func (az *analyzer) invertedAuxAt(i int) bool {
	toks := az.tok.toks
	b := az.lexAt(i)
	s := &az.tok.sents[toks[i].sent]
	if b&auxBits == 0 || b&(lxAgent|lxCustomer|lxThird|lxThing) != 0 || !s.question || i+2 >= s.tokHi {
		return false // and not a tag, "didn't you?", which leaves its statement as it is (see isTagQuestion)
	}
	return az.lexAt(i+1)&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) != 0
}

// lastQuestionStart returns the last auxiliary of sentence s put before its
// subject after a pause ("I've refunded the fee, | is that OK?"), or a
// suggestion put there without a subject (see suggestionOpensAt), or -1.
func (az *analyzer) lastQuestionStart(s *sentence) int {
	for i := s.tokHi - 1; i > s.tokLo; i-- {
		if i = lastNearPause(az.tok.toks, s.tokLo, i); i == s.tokLo {
			break
		}
		if az.tok.toks[i-1].pause && az.suggestionOpensAt(i, s.tokHi) {
			return i // "nobody else on your street had a late box, | maybe check with your neighbours?"
		}
		if az.asksAfterSemicolon(i) {
			return i // "the link expires after 24 hours and yours was opened on Thursday; | what email should the new one go to?"
		}
		if i > s.tokLo+1 && az.tok.toks[i-2].pause && questionJoiners.has(az.tok.toks[i-1].id) && (az.invertedAuxAt(i) || whBases.has(az.tok.toks[i].id)) &&
			!az.checksBack(i, s.tokHi) {
			// "every other order from that batch arrived sealed, | so can you send me a photo?", "the photo
			// shows the box in your porch, | so how could it have gone missing?"
			return i - 1
		}
		if az.tok.toks[i-1].pause && az.invertedAuxAt(i) {
			if az.checksBack(i, s.tokHi) {
				return -1 // "so the rider left it at the wrong flat, | is that right?": their account, asked back
			}
			return i
		}
	}
	return -1
}

// lastNearPause returns the last token from i down, after lo, right after
// a pause or a word after one, where every start of lastQuestionStart is,
// or lo: two past the last pause before i, or i itself. Its loop asks one
// thing of each word and makes no call, so that it keeps its values in
// registers as it passes the words between.
func lastNearPause(toks []token, lo, i int) int {
	k := i - 1
	for k >= lo && !toks[k].pause {
		k--
	}
	if k < lo {
		return lo
	}
	return min(i, k+2)
}

// questionJoiners may join a question to the statement before it: "...,
// so can you send me a photo?", "..., and could you check the box?".
var questionJoiners = idSetOf("so and but")

// asksAfterSemicolon reports a question word at i right after a semicolon:
// what follows the semicolon asks, as a sentence of its own would, and what
// comes before it states.
func (az *analyzer) asksAfterSemicolon(i int) bool {
	prev := &az.tok.toks[i-1]
	if !prev.pause || prev.end >= len(az.tok.text) || az.tok.text[prev.end] != ';' {
		return false
	}
	id := az.tok.toks[i].id
	return whBases.has(id) || id == idWhich
}

// askedAt reports token i inside what its sentence asks: anywhere in a
// question, but after the semicolon when a question follows one ("I'll
// ring you by 5pm; which number is best?" states its time).
func (az *analyzer) askedAt(i int) bool {
	s := &az.tok.sents[az.tok.toks[i].sent]
	if !s.question {
		return false
	}
	for k := s.tokHi - 1; k > i; k-- {
		if az.asksAfterSemicolon(k) {
			return false
		}
	}
	return true
}

// checksBack reports a question at i that asks whether what came before was
// heard right: "is that right?", "have I got that correct?".
func (az *analyzer) checksBack(i, hi int) bool {
	for j := i + 1; j < hi && j <= i+4; j++ {
		if id := az.tok.toks[j].id; id == idRight || id == idCorrect {
			return true
		}
	}
	return false
}

// idCorrect is the id of "correct".
var idCorrect = wordID("correct")

// statesBefore reports a clause lo..hi of a sentence that asks, ending
// before the question starts at asks, that does not open asking itself: a
// statement put before the question ("I've refunded the fee, | is that
// OK?", "third call this week about the tubing — | are we still pulling it
// out?") states, as it would with a full stop. "Did you tick the box, | or
// did you skip it?" asks in both.
func (az *analyzer) statesBefore(lo, hi, asks int) bool {
	return asks > 0 && hi <= asks && !az.invertedAuxAt(lo) && !whBases.has(az.tok.toks[lo].id) && az.tok.toks[lo].id != idWhich
}

// asksUnmarked reports a sentence typed without a question mark that opens,
// after any words of talk, with an auxiliary before its subject: "did you,
// um, did you actually read the contract before you signed it." Spoken lines
// are often written down with a full stop; the order of the words still
// asks. "Had", "were" and "should" there open a condition ("had you told us,
// we'd have held it"), and "can" or "could" a request, so only the
// auxiliaries of asking count.
func (az *analyzer) asksUnmarked(s *sentence) bool {
	i := s.tokLo
	for i < s.tokHi && (az.discourseWord(i) || i == s.tokLo && clauseJoiners.has(az.tok.toks[i].id)) { // "so, um, have you ..."
		i++
	}
	if i+2 >= s.tokHi || !askingAuxes.has(az.tok.toks[i].id) {
		return false
	}
	b := az.lexAt(i + 1)
	return b&(lxAgent|lxCustomer|lxThird|lxThing) != 0 && b&auxBits == 0
}

// mayAskUnmarked reports a sentence whose first word may open what
// asksUnmarked reads: a word of talk or a joining word, words of talk
// after which it passes, or an auxiliary of asking. readClauses asks it of
// every sentence typed with a full stop, and most open on none of them: a
// subject with its auxiliary ("I'm", "it's") asks nothing. It is small
// enough to be inlined, sparing the call to asksUnmarked there.
func (az *analyzer) mayAskUnmarked(s *sentence) bool {
	b := az.lexAt(s.tokLo)
	return b&(lxOpener|lxConj) != 0 || b&auxBits != 0 && askingAuxes.has(az.tok.toks[s.tokLo].id)
}

// askingAuxes open a question when they come before their subject.
var askingAuxes = idSetOf("did do does have has is are was")

// suggestionOpensAt reports, at i before hi, a suggestion said without its
// subject: "maybe" or "perhaps" before a base verb ("maybe check with your
// neighbours?"), "might be worth" ("might be worth giving them a ring?"), or
// "worth" before an -ing form. After a statement and a comma it asks
// nothing of what came before.
func (az *analyzer) suggestionOpensAt(i, hi int) bool {
	toks := az.tok.toks
	switch {
	case i+1 >= hi:
		return false
	case suggestOpeners.has(toks[i].id):
		return az.lexAt(i+1)&(lxAgent|lxCustomer|lxThird|lxThing|lxDet|auxBits) == 0 && isVerbBase(az.tok.keyOf(&toks[i+1]))
	case toks[i].id == idWorth:
		return strings.HasSuffix(az.tok.keyOf(&toks[i+1]), "ing")
	}
	return i+2 < hi && az.lexAt(i)&(lxCan|lxWould|lxWill) != 0 && az.lexAt(i)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 &&
		toks[i+1].id == idBe && toks[i+2].id == idWorth
}

// suggestOpeners open a suggestion without a subject: "maybe check".
var (
	suggestOpeners = idSetOf(suggestOpenersList)
	idWorth        = wordID("worth")
)

const suggestOpenersList = "maybe perhaps"
