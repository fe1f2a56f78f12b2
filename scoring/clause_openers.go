package scoring

import "strings"

// What opens a clause before its subject: joining words, frames that are not
// the clause ("to be fair", "chances are"), a condition said without "if",
// and the inversion of a question.

// whWords open a question before its auxiliary: "why didn't you ring us?".
var whWords = idSetOf("why how what when")

// readInversion reads the auxiliary a question puts before its subject
// ("did you read it?", "why didn't you ring us?") and returns the subject's
// token, so the clause reads as its statement would ("you didn't ring us").
// In a statement, it reads only a condition said without "if", which
// opens on an auxiliary where inversionAuxAt holds. It is asked only where
// mayInvert holds, which most clauses, statements with no such auxiliary,
// fail: the call is spared them.
func (az *analyzer) readInversion(c *clause, i int) int {
	if !c.question {
		return az.readConditionalInversion(c, i)
	}
	j := i
	if i+2 < c.hi && az.whD(i) &&
		az.lexAt(i+1)&(lxAgent|lxCustomer|lxThird|lxThing) != 0 && az.lexAt(i+1)&(auxBits|lxDet) == 0 {
		az.noteAux(c, lxDo|lxPastAux) // "why'd you leave it unlocked?": the question word and "did" in one
		c.lastAux = i
		return i + 1
	}
	if j < c.hi && whWords.has(az.tok.toks[j].id) {
		j = az.skipHowPhrase(c, j+1)
		if j < c.hi && (az.markAt(j)&lxElse != 0 || az.tok.toks[j].id == idMore) {
			j++ // "what else did you try?", "what more could we have done?"
		}
	}
	subjects := lxAgent | lxCustomer | lxThird | lxThing
	if j+1 >= c.hi || az.lexAt(j)&auxBits == 0 || az.lexAt(j)&subjects != 0 || az.lexAt(j+1)&auxBits != 0 {
		return i
	}
	// "did you", "was it"; or a noun phrase: "was the handset dropped", "has your card expired"
	if az.lexAt(j+1)&(subjects|lxDet|lxOurDet) == 0 && !az.bareNounBeforeParticiple(j+1, c.hi) && !az.shareOf(j+1, c.hi) &&
		!az.anyoneNarrowed(j+1, c.hi) && !(j > i && whyWords[az.tok.key(az.tok.toks[i])] && anyonePronouns.has(az.tok.toks[j+1].id)) {
		// "why wasn't anyone home?" asks of someone who should have been; "did anyone
		// call?" may ask whether anyone at all did, and reads as before
		return i
	}
	az.noteAux(c, az.lexAt(j))
	c.lastAux = j
	return j + 1
}

// anyoneNarrowed reports "anyone" at i narrowed by a phrase or "else": "did
// anyone in the household switch it off", "is anyone else streaming". Bare,
// "did anyone ..." may ask whether anyone at all did it, and reads as before.
func (az *analyzer) anyoneNarrowed(i, hi int) bool {
	return i+2 < hi && az.tok.toks[i].id == idAnyone && (az.lexAt(i+1)&lxPrep != 0 || az.markAt(i+1)&lxElse != 0)
}

// idAnyone is the id of "anyone".
var idAnyone = wordID("anyone")

// bareNounBeforeParticiple reports a bare noun at i followed by a
// participle: "was location turned off", "has autosave been disabled".
func (az *analyzer) bareNounBeforeParticiple(i, hi int) bool {
	if i+1 >= hi || az.lexAt(i) != 0 || az.looksLikeVerb(i) {
		return false
	}
	return az.looksLikeVerb(i+1) || az.tok.keyOf(&az.tok.toks[i+1]) == "been"
}

// shareOf reports a share of a group at i: "one of the kids", "some of
// your staff".
func (az *analyzer) shareOf(i, hi int) bool {
	return i+2 < hi && quantityNouns.has(az.tok.toks[i].id) && az.tok.toks[i+1].id == idOf && az.lexAt(i+2)&(lxDet|lxOurDet) != 0
}

// whD reports "why'd", "how'd", "where'd" at i: a question word and "did".
func (az *analyzer) whD(i int) bool {
	k := az.tok.keyOf(&az.tok.toks[i])
	return strings.HasSuffix(k, "'d") && whBases.has(wordID(k[:len(k)-2]))
}

// mayInvert reports a clause c whose words from i readInversion may read:
// a question, or a statement with an auxiliary at i that may open a
// condition said without "if". It is small enough to be written out where
// readClause asks it, of every clause.
func (az *analyzer) mayInvert(c *clause, i int) bool {
	return c.question || az.inversionAuxAt(c, i)
}

// inversionAuxAt reports an auxiliary that may open a condition said without
// "if" at i, with two words after it in clause c: readConditionalInversion
// reads no other.
func (az *analyzer) inversionAuxAt(c *clause, i int) bool {
	return i+2 < c.hi && inversionAuxesByID[uint(az.tok.toks[i].id)%maxSetWord]
}

// readConditionalInversion reads "had you cancelled", "were it to fail",
// "should you need": a condition said without "if", with its auxiliary
// before the subject, at i, where inversionAuxAt holds. It returns the
// subject's token, or i unchanged.
func (az *analyzer) readConditionalInversion(c *clause, i int) int {
	if i != c.lo && !(i == c.lo+1 && (az.mannerFirst(c) || az.joinedByAnd(c))) && !az.tok.toks[i-1].pause {
		// "had you read it", "honestly, had you read it", "and had the water been turned off", and after a
		// fronted phrase and its comma, "with respect, had the reference been given"
		return i
	}
	if next := az.lexAt(i + 1); (next&(lxCustomer|lxAgent|lxThird|lxThing) == 0 || next&(lxDet|auxBits) != 0) && !az.invertedNounPhrase(i+1, c.hi) {
		return i // but "had the card been reported lost", "should the payment fail": a noun phrase as subject
	}
	c.cond = true
	az.noteAux(c, az.lexAt(i))
	c.lastAux = i
	return i + 1
}

// phraseBeforeInversion returns the token after a short phrase opening c at
// i and set off by its comma, when an auxiliary of a condition told by
// inversion follows it ("with respect, | had the booking reference been
// given"), or 0.
func (az *analyzer) phraseBeforeInversion(c *clause, i int) int {
	toks := az.tok.toks
	for j := i + 1; j < c.hi && j <= i+3; j++ {
		if toks[j-1].pause {
			if inversionAuxes.has(toks[j].id) && j+2 < c.hi {
				return j
			}
			return 0
		}
	}
	return 0
}

// givenFrameEnd returns the subject pronoun of ours or the customer's
// after "given" and what it weighs ("given what happened | I've moved you",
// "given the circumstances | we'll waive it"), within five words, or 0.
func (az *analyzer) givenFrameEnd(i, hi int) int {
	toks := az.tok.toks
	if i+2 >= hi || toks[i+1].id != idWhat && !whatIs.has(toks[i+1].id) && toks[i+1].id != idThe && toks[i+1].id != idThat {
		return 0
	}
	for j := i + 2; j < hi && j <= i+6; j++ {
		if az.lexAt(j)&(lxAgent|lxCustomer) != 0 && az.lexAt(j)&lxDet == 0 {
			return j
		}
	}
	return 0
}

// joinedByAnd reports a clause opened by "and", "but" or "so".
func (az *analyzer) joinedByAnd(c *clause) bool {
	id := az.tok.toks[c.lo].id
	return id == idAnd || clauseJoiners.has(id)
}

// mannerFirst reports a clause opened by a word of manner and its comma:
// "honestly,", "frankly,".
func (az *analyzer) mannerFirst(c *clause) bool {
	t := &az.tok.toks[c.lo]
	b := t.lex
	return t.pause && b&(auxBits|lxNeg|lxAgent|lxCustomer|lxThird|lxThing|lxDet) == 0 && (b&lxAdverb != 0 || az.isLyAdverb(c.lo, az.tok.keyOf(t)))
}

// inversionAuxes open a condition when they come before their subject.
var inversionAuxes = idSetOf("had were should")

// inversionAuxesByID is inversionAuxes laid out by word id, for
// inversionAuxAt, which mayInvert asks of every clause.
var inversionAuxesByID = byID(inversionAuxes)

// skipOpeners passes over the words that join a clause to what came before
// ("and", "so", "which", "if") and discourse words ("well", "good news"),
// noting a condition or a relative clause.
func (az *analyzer) skipOpeners(c *clause) int {
	i := c.lo
	spoken := c.bag&lxFiller != 0 // without a filler ("um") there is no false start to pass
	for ; i < c.hi; i++ {
		if spoken {
			if r := az.falseStartEnd(i, c.hi); r > 0 {
				i = r // "we did, um, | we did send you three letters": the clause is what was said again
			}
		}
		b := az.lexAt(i)
		if i == c.lo && az.tok.toks[i].pause && i+1 < c.hi && az.mannerFirst(c) {
			continue // "honestly, had you read it", "frankly, for the third time": a word of manner said first, then the clause
		}
		// "I" is asked first, ahead of the fast path: no hedge opens on it, and
		// past "I'm afraid" no case below takes it.
		if b&lxI != 0 && az.mayBeAfraid() {
			if a := az.afraidAt(i, c.hi); a >= 0 && a+1 < c.hi && (a == i+1 || b&auxBits == 0) { // not "I'd be afraid"
				i = a // "I'm afraid that's on you", "I am afraid the error originated with our provider": politeness, not the clause
				continue
			}
		}
		if openerFastPath && b != 0 && !openerFirsts[uint(az.tok.toks[i].id)%maxSetWord] {
			if b&openerBits == 0 {
				return i // most clauses open at their subject: no case below can take it
			}
			if k := az.tok.keyOf(&az.tok.toks[i]); b&joinerBits != 0 && b&^(joinerBits|lxAdverb) == 0 && !strings.HasSuffix(k, "ly") {
				az.noteJoiner(c, i, k) // "and", "but", "so", "who": only the last case below takes a word of these bits alone
				continue
			}
		}
		if n := az.hedgeOpener(i, c.hi); n > 0 {
			i += n - 1 // "to be fair, the restaurant's the one who forgot", "though to be fair you did": the frame is not the clause
			continue
		}
		if i == c.lo && az.tok.toks[i].id == idNext && i+2 < c.hi && az.tok.toks[i+1].id == idTime && az.lexAt(i+2)&(lxAgent|lxCustomer|lxThing) != 0 {
			i++ // "Next time it's worth checking in online": the frame, said without its comma
			continue
		}
		if az.tok.toks[i].id == idAccording && i+2 < c.hi && az.tok.toks[i+1].id == idTo {
			if end := az.frontedPhraseEnd(c, i+1); end > 0 {
				i = end - 1 // "according to our records, | refunds go back to the card": where it was read
				continue
			}
		}
		if viewOpeners.has(az.tok.toks[i].id) && i+1 < c.hi && az.lexAt(i+1)&lxPrep != 0 {
			if end := az.frontedPhraseEnd(c, i+1); end > 0 {
				i = end - 1 // "going by the entry log | your fob was swiped", "looking at the photos | that crack starts"
				continue
			}
		}
		if b&lxPrep != 0 || frontPreps.has(az.tok.toks[i].id) {
			if end := az.frontedPhraseEnd(c, i); end > 0 {
				i = end - 1 // "by then | the courier had closed the trace": the phrase says when or where
				continue
			}
			if end := az.phraseBeforeInversion(c, i); end > 0 {
				i = end - 1 // "with respect, | had the reference been given": a condition told by inversion
				continue
			}
		}
		k := az.tok.keyOf(&az.tok.toks[i])
		if k == "as" && i+2 < c.hi && az.tok.keyOf(&az.tok.toks[i+1]) == "such" && az.lexAt(i+2)&(lxDet|lxOurDet|lxAgent|lxCustomer|lxThird|lxThing) != 0 {
			i++ // "and as such the claim could not be progressed": formal for "so"
			continue
		}
		switch {
		case az.tok.toks[i].id == idLike && i == c.lo && i+2 < c.hi && az.lexAt(i+1)&lxAgent != 0 && az.lexAt(i+1)&lxDet == 0 &&
			az.tellingAfter(i+2, c.hi):
			// "like I said the last time you called, ...": "like" says "as"
		case az.tok.toks[i].id == idLike && i > c.lo && clauseJoiners.has(az.tok.toks[c.lo].id) && az.discourseThenSubject(c.lo+1):
			// "so like | you'll need to send it back": "like" is talk, not a verb
		case k == "afraid" && i == c.lo && i+2 < c.hi && az.lexAt(i+1)&(lxDet|lxThing|lxThird|lxCustomer) != 0:
			// "afraid the delay's at the freeholder's end": "I'm afraid", clipped, is politeness, not the clause
		case k == "of" && i+2 < c.hi && az.tok.keyOf(&az.tok.toks[i+1]) == "course":
			i++ // "so of course the units don't fit now": the phrase grants what follows, it is not the clause
		case k == "going" && i+2 < c.hi && az.tok.toks[i+1].id == idForward:
			i++ // "going forward you should keep the receipt": the frame says when
		case k == "given" && az.givenFrameEnd(i, c.hi) > 0:
			i = az.givenFrameEnd(i, c.hi) - 1 // "given what happened | I've still moved you": the frame weighs, it acts on nothing
		case az.tok.toks[i].id == idAgain && i+1 < c.hi && az.tok.toks[i].pause:
			// "again, tickets bought through a resale site aren't ours": the word says it is said again
		case k == "once" && i+2 < c.hi && az.tok.toks[i+1].id == idAgain:
			i++ // "once again the side gate was padlocked": a repeat told, not a clause of when
		case k == "that" && i > c.lo && az.lexAt(i-1)&lxConj != 0 && i+1 < c.hi && az.lexAt(i+1)&(lxDet|lxOurDet|lxAgent|lxCustomer|lxThird|lxThing) != 0 &&
			az.lexAt(i+1)&auxBits == 0:
			// "the meter was read correctly and that the high consumption reflects usage": a second "that" clause
		case k == "that" && i == c.lo && i > 0 && groundsNouns.has(az.tok.toks[i-1].id):
			c.causal = true // "on the grounds that the item was used": the reason
		case k == "that" && i == c.lo && i > 0 && az.startsReported(i):
			// "you have to understand | that it was your agent": the "that" only joins
		case k == "that" && i == c.lo && az.frameIsThat(i, frameNouns):
			c.causal = c.causal || az.reasonIsThat(i) // "the reason it failed is | that you ...": the reason itself
		case i+1 < c.hi && (strings.HasSuffix(k, "ly") || k == "either") && (b&lxAdverb != 0 && b&(auxBits|lxAgent|lxThing|lxPrep) == 0 || az.isLyAdverb(i, k)) &&
			az.lexAt(i+1)&(lxDet|lxOurDet|lxAgent|lxCustomer|lxThird|lxThing) != 0 && az.lexAt(i+1)&lxPrep == 0 && !az.tok.toks[i].pause:
			// "clearly the parcel wasn't checked", "either the code was mistyped or ...": the adverb colours the clause
		case b&lxFreq != 0 && az.tok.toks[i].pause:
			c.freq = true // "Generally, people who check the size guide ...": the frame says how often
		case k == "as" && az.roleFrameEnd(i, c.hi) > 0:
			i = az.roleFrameEnd(i, c.hi) - 1 // "as the main account holder, | it's on you to": the role frames the clause, it gives no reason
		case k == "as" && i+1 < c.hi && az.lexAt(i+1)&(lxCustomer|lxThird|lxDet) != 0 && az.lexAt(i+1)&lxAgent == 0:
			c.causal = true // "as you paid by transfer", "as the window was left open": "as you said" reads the same and names no duty
		case b&lxCond != 0 && !az.afterGuess(i):
			c.cond = true
		case b&lxCond != 0:
			// "I do wonder whether someone moved it": a guess, not a condition
		case az.byTheTime(i):
			c.temporal = true // "by the time you land" says when, as "when" does
			i += 2
		case b&lxTemporal != 0 && i+2 < c.hi && thatThen.has(az.tok.toks[i+1].id) && az.lexAt(i+2)&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) != 0:
			i++ // "after that it's down to the courier": "after that" only says when
		case b&lxTemporal != 0:
			c.temporal = true
		case i == c.lo && az.timeNounOpener(i) && i+2 < c.hi && az.lexAt(i+2)&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) != 0:
			c.temporal = true // "last time this happened", "every time you reset it": a clause of when
			i++
		case b&lxSub != 0 && b&lxThing != 0 && i+1 < c.hi && az.lexAt(i+1)&(lxAgent|lxCustomer|lxThird|lxDet) == 0:
			c.relative = true // "which will show": the relative word is the subject
			return i
		case b&lxSub != 0 && b&lxThing != 0 && i+1 < c.hi && az.lexAt(i+1)&(lxAgent|lxCustomer|lxThird) != 0 && az.lexAt(i+1)&lxDet == 0:
			// "which you didn't": the relative word is the object, the pronoun the subject
		case b&lxSub != 0 && b&lxThing != 0 && i+2 < c.hi && az.lexAt(i+1)&(lxDet|lxOurDet) != 0 && az.lexAt(i+1)&(lxThing|auxBits) == 0:
			// "which our engineer has replaced": the relative word is the object, the noun phrase the subject
		case b&joinerBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) == 0:
			az.noteJoiner(c, i, k)
		default:
			return i
		}
	}
	return i
}

// afterPerfect reports a clause that follows, in its sentence, a clause with
// a have auxiliary: "it's been stuck | since ...", "nothing has moved | since ...".
func (az *analyzer) afterPerfect(c *clause) bool {
	n := len(az.clauses)
	if n < 2 || &az.clauses[n-1] != c {
		return false
	}
	p := &az.clauses[n-2]
	return az.tok.toks[p.lo].sent == az.tok.toks[c.lo].sent && p.bag&lxHave != 0
}

// hedgeOpeners frame a clause without being it: "to be fair, ...", "chances
// are your bank flagged it", and the spoken "hang on did you press confirm?".
var hedgeOpeners = phrases(strings.Split(hedgeOpenerList, "|")...)

const hedgeOpenerList = "to be fair|to be honest|to be frank|in fairness|chances are|odds are|the odds are|just so you know|" +
	"not being funny but|for what it's worth|for the record|given that|nine times out of ten|more often than not|" +
	"in most cases|most of the time|in my experience|as a rule|pretty sure|fairly sure|any chance|is there any chance|" +
	"strictly speaking|technically speaking|frankly speaking|generally speaking|legally speaking|honestly speaking|" +
	"hang on a sec|hang on a second|hang on|hold on a sec|hold on a second|wait a sec|wait a second|hang about"

// hedgeOpenerIDs are hedgeOpeners as word ids, compared without reading text.
var hedgeOpenerIDs = idPhrasesOf(hedgeOpenerList)

// hedgeOpener returns how many tokens a frame at i takes, or 0.
func (az *analyzer) hedgeOpener(i, hi int) int {
	return az.phraseAt(&hedgeOpenerIDs, i, hi)
}

// idPhrases are phrases as word ids, with the ids of their first words, so
// that a token which opens none is turned away with one test.
type idPhrases struct {
	ids    [][]int32
	firsts idSet
}

// idPhrasesOf reads the "|"-separated phrases of list, each word one the
// phrase index knows (see idSetLists).
func idPhrasesOf(list string) idPhrases {
	var p idPhrases
	var firsts []string
	for _, phrase := range strings.Split(list, "|") {
		words := strings.Fields(phrase)
		var ids []int32
		for _, w := range words {
			if wordID(w) == 0 {
				panic("scoring: " + w + " is not a word the phrase index knows") // see idSetLists
			}
			ids = append(ids, wordID(w))
		}
		p.ids = append(p.ids, ids)
		firsts = append(firsts, words[0])
	}
	p.firsts = idSetOf(strings.Join(firsts, " "))
	return p
}

// phraseAt returns how many tokens one of p's phrases takes at i, before
// hi, or 0.
func (az *analyzer) phraseAt(p *idPhrases, i, hi int) int {
	return p.at(az.tok.toks, i, hi)
}

// at returns how many of toks one of p's phrases takes at i, before hi, or
// 0: phraseAt's test, for the tokenizer's passes as well as the clause
// reader's.
func (p *idPhrases) at(toks []token, i, hi int) int {
	first := toks[i].id
	if !p.firsts.has(first) {
		return 0 // most words open no phrase: one look, not one per phrase
	}
	for _, ids := range p.ids {
		if ids[0] != first || i+len(ids) > hi {
			continue
		}
		n := 1
		for n < len(ids) && toks[i+n].id == ids[n] {
			n++
		}
		if n == len(ids) {
			return n
		}
	}
	return 0
}

// doneWords are the words of a clause that only reports a step finished.
var doneWords = idSetOf(doneWordsList)

const doneWordsList = "done all sorted fixed that's it's everything's and now there there's we're you're all's"

// onlySaysDone reports a clause such as "Done", "All sorted" or "That's done".
// Asked of every clause, it is only the test of length, which turns away
// nearly all of them, small enough to be written out where it is asked; the
// words are read by saysOnlyDone.
func (az *analyzer) onlySaysDone(lo, hi int) bool {
	return hi-lo <= 3 && lo < hi && az.saysOnlyDone(lo, hi)
}

// saysOnlyDone is onlySaysDone for a clause of one to three words.
func (az *analyzer) saysOnlyDone(lo, hi int) bool {
	if hi-lo == 1 && az.tok.toks[lo].pause && az.looksLikeVerb(lo) && inVerbList(lemma(az.tok.keyOf(&az.tok.toks[lo])), "step") {
		return true // "Restored: your folder is back"
	}
	said := false
	for i := lo; i < hi; i++ {
		k := az.tok.keyOf(&az.tok.toks[i])
		if !doneWords.has(az.tok.toks[i].id) {
			return false
		}
		said = said || k == "done" || k == "sorted" || k == "fixed"
	}
	return said
}

// frontPreps open a phrase before the subject though the lexicon does not
// list them as prepositions: "under their policy a no-show forfeits".
var frontPreps = idSetOf(frontPrepsList)

const frontPrepsList = "under per following despite"

// openerBits and openerFirsts are what a word needs for some case of
// skipOpeners to take it: one of the lexicon's properties the cases test
// (an adverb or an opener for an "-ly" word the lexicon knows), or to be a
// word a case names. A word the lexicon knows with neither opens the clause
// itself, so skipOpeners stops there without trying each case, as it would
// after trying them all. TestFastPathsHold holds the cases to that.
// openerFirsts is laid out by word id (see byID), as skipOpeners asks it of
// the first word of nearly every clause.
const openerBits = lxPrep | lxFreq | lxCond | lxTemporal | lxSub | lxConj | lxOpener | lxAdverb

// openerFirsts are the words of openerBits' test that a case names, by id.
var openerFirsts = byID(unionOf(hedgeOpenerIDs.firsts, frontPreps, timeNounFirsts,
	idSetOf("going that either as by the again once like"), viewOpeners)) // "the" opens "the moment you ..." (timeNounOpener)

// viewOpeners open a phrase that says what a reading is based on: "going
// by the log", "looking at the photos", "judging by the marks".
var viewOpeners = idSetOf(viewOpenersList)

const viewOpenersList = "going looking judging based"

// tellingAfter reports a verb of telling at j, or after one auxiliary
// there: "said", "have said", "'ve told".
func (az *analyzer) tellingAfter(j, hi int) bool {
	if j < hi && az.lexAt(j)&auxBits != 0 {
		j++
	}
	return j < hi && tellingVerbs[lemma(az.tok.keyOf(&az.tok.toks[j]))]
}

// joinerBits mark the words that join a clause to what came before, or
// open it as talk: "and", "because", "which", "well".
const joinerBits = lxSub | lxConj | lxOpener

// noteJoiner notes what a joining word at i, with key k, says of the clause
// it opens: a guess ("maybe"), or a reason ("because").
func (az *analyzer) noteJoiner(c *clause, i int, k string) {
	c.hedged = c.hedged || hedgeWords.has(az.tok.toks[i].id)
	c.causal = c.causal || k == "because" || k == "since" || k == "cause" || k == "cos" || k == "coz"
}

// openerFastPath lets a test turn the fast path of skipOpeners off.
var openerFastPath = true

// roleFrameEnd returns the token after "as the account holder" at i: "as", a
// determiner, up to two words and a customer's role (see holderRoles); or 0.
func (az *analyzer) roleFrameEnd(i, hi int) int {
	toks := az.tok.toks
	if i+2 >= hi || toks[i].id != idAs || az.lexAt(i+1)&lxDet == 0 || az.lexAt(i+1)&lxOurDet != 0 {
		return 0
	}
	for j := i + 2; j < hi && j <= i+4; j++ {
		if holderRoles[az.tok.keyOf(&toks[j])] && j+1 < hi {
			return j + 1
		}
		if az.lexAt(j) != 0 {
			return 0
		}
	}
	return 0
}

// falseStartEnd returns where the speaker starts again after breaking off a
// few words from i with a filler: "we did, um, we did send", "did you, um,
// did you read it", "the card was, um, it was used". The words said again
// show it: the first word, or the last before the filler, comes back, and
// what follows is the clause. It returns -1 when no false start is there.
func (az *analyzer) falseStartEnd(i, hi int) int {
	toks := az.tok.toks
	for f := i + 1; f < hi-1 && f <= i+falseStartReach; f++ {
		if toks[f-1].pause && fillerWords.has(toks[f].id) {
			r := f + 1
			if toks[r].id == toks[i].id || r+1 < hi && toks[r+1].id == toks[f-1].id {
				return r
			}
			return -1
		}
		if toks[f-1].pause {
			return -1 // a pause with no filler ends the words that could be broken off
		}
	}
	return -1
}

// falseStartReach is how many words a broken-off start may run to.
const falseStartReach = 4
