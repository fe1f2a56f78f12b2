package scoring

import "strings"

// Where a clause starts: at a subordinator with its subject, a joining word
// before a new subject, a pause, or a frame that reports what follows ("our
// records show | you logged in", "the reason ... is | that ...").

// afterLikeFrameAt reports a subject pronoun, or "your", at i after "sounds
// like", "looks like" or "seems like" at the start of a sentence.
func (az *analyzer) afterLikeFrameAt(i int) bool {
	// Asked of nearly every word of a turn: the test that turns away all but
	// one word is small enough to inline, and only the rest is a call.
	return i >= 2 && az.tok.toks[i-1].id == idLike && az.afterLikeAt(i)
}

// afterLikeAt is afterLikeFrameAt once the word before i is "like".
func (az *analyzer) afterLikeAt(i int) bool {
	toks := az.tok.toks
	if toks[i-1].sent != toks[i].sent || !likeFrames.has(toks[i-2].id) {
		return false
	}
	return az.subjectOfSupposedAt(i) && !az.madeToSound(i-2)
}

// subjectOfSupposedAt reports a subject at i, after a frame that supposes
// ("looks like", "it seems"), with its verb: "looks like | the courier left
// it", "| we did send the reminder", "| that's on your provider", "| every
// other flat in your block is getting full speed", "| no one else had any
// trouble"; not "sounds like a plan".
func (az *analyzer) subjectOfSupposedAt(i int) bool {
	toks := az.tok.toks
	b := az.lexAt(i)
	return b&(lxCustomer|lxThird|lxAgent) != 0 && b&lxDet == 0 || toks[i].id == idYour || b&(lxDet|lxOurDet) != 0 && az.finiteVerbWithin(i+2, 6) ||
		b&lxThing != 0 && b&lxDet == 0 && (b&auxBits != 0 || az.finiteVerbWithin(i+1, 2)) || // "| it happened after delivery", "| that's on them"
		noOne.has(toks[i].id) && (az.finiteVerbWithin(i+1, 4) || az.verbOfPeopleWithin(i+1, 8)) || // "| nobody else on your street has reported it"
		toks[i].id == idThere && i+1 < len(toks) && az.lexAt(i+1)&lxBe != 0 || // "| there was a power cut"
		az.openerBeforeSubject(i) ||
		(b&lxCustomers != 0 || quantityNouns.has(toks[i].id)) && az.verbOfPeopleWithin(i+1, 5) || // "| people tend to skip it", "| most of our customers manage"
		toks[i].id == idThat && az.verbOfPeopleWithin(i+1, 5) || // "| that voucher glitch is on the app's side", "| that error tends to pop up"
		b&^nounBits == 0 && b != 0 && az.nounThenVerbAt(i) || // "I'm told | snow shut the M6"
		toks[i].id == idNo && i+1 < len(toks) && toks[i+1].id == idOne && az.finiteVerbWithin(i+2, 4) ||
		b == 0 && az.titleCaseName(i) && az.finiteVerbWithin(i+1, 2) || // "sounds like | Outlook is binning them"
		az.bareNounThenAux(i) || // "looks like | keys were dropped back after six"
		(toks[i].id == idWhoever || toks[i].id == idWhatever) && az.finiteVerbWithin(i+1, 6) || // "I'm told | whoever answered the door told the driver", "the desk's a franchise, | whatever they charged you is on them"
		b&^nounBits == 0 && az.bareSubjectThenVerb(i) // "it seems | bank transfers can take up to three days"
}

// bareNounThenAux reports a noun with no determiner at i, of one or two
// words, then "was", "were", "has" or the like: "| keys were dropped back",
// "| auto renew was left on". A plural or a name heads a subject without
// an article; "sounds like fun" has no verb after it. "Can" and "would" do
// not count as its auxiliary here.
func (az *analyzer) bareNounThenAux(i int) bool {
	return az.nounsThenAux(i, lxCan|lxWould)
}

// nounsThenAux reports one or two plain nouns at i, in its sentence and
// with no pause, then an auxiliary of their own that is none of notAux.
func (az *analyzer) nounsThenAux(i int, notAux lex) bool {
	// The auxiliary first, by its bits alone: most words have none one or
	// two words after them, and each word before one is asked whether it
	// looks like a verb.
	if !az.ownAuxAt(i+1, i, notAux) && !az.ownAuxAt(i+2, i, notAux) {
		return false
	}
	toks := az.tok.toks
	for j := i; j < i+3 && j < len(toks) && toks[j].sent == toks[i].sent; j++ {
		if j > i && az.ownAuxAt(j, i, notAux) {
			return true
		}
		if az.lexAt(j)&^nounBits != 0 || toks[j].pause || toks[j].num || az.looksLikeVerb(j) {
			return false
		}
	}
	return false
}

// ownAuxAt reports at j, in the sentence of token i, an auxiliary with no
// subject of its own in it ("was", not "it's") that is none of notAux.
func (az *analyzer) ownAuxAt(j, i int, notAux lex) bool {
	if j >= len(az.tok.toks) || az.tok.toks[j].sent != az.tok.toks[i].sent {
		return false
	}
	b := az.lexAt(j)
	return b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing|notAux) == 0
}

// openerBeforeSubject reports, at i, a word that opens a clause before its
// subject, then the subject and its verb: "it seems | as the policy had
// lapsed, ...", "| unfortunately you went over the allowance", "| had you
// cancelled before midnight, ...".
func (az *analyzer) openerBeforeSubject(i int) bool {
	toks := az.tok.toks
	b := az.lexAt(i)
	if b&lxPrep != 0 && toks[i].id != idTo && b&(lxAgent|lxCustomer|lxThird|lxThing|lxDet|lxConj) == 0 {
		return az.pronounAfterPhrase(i + 1) // "| under our terms you can cancel within 14 days"
	}
	if b&(lxSub|lxCond|lxOpener) == 0 && toks[i].id != idHad || b&(lxAgent|lxCustomer|lxThird|lxThing|lxDet|lxConj) != 0 {
		return false
	}
	return az.subjectFollows(i+1) && az.finiteVerbWithin(i+2, 6)
}

// pronounAfterPhrase reports, within four words from j, a subject pronoun
// with its verb after a short phrase: "under our terms | you can cancel",
// "for the third time this week, | the gate code is".
func (az *analyzer) pronounAfterPhrase(j int) bool {
	toks := az.tok.toks
	for k := j + 1; k < len(toks) && k <= j+4 && toks[k].sent == toks[j].sent; k++ {
		b := az.lexAt(k)
		if b&(lxAgent|lxCustomer|lxThird) != 0 && b&lxDet == 0 || toks[k].id == idIt || b&lxThing != 0 && b&auxBits != 0 && b&lxDet == 0 {
			return b&auxBits != 0 || az.finiteVerbWithin(k+1, 2) // "under the rental agreement | it was up to you", "| it's on you"
		}
		if toks[k-1].pause {
			return az.subjectFollows(k) && az.finiteVerbWithin(k+1, 6)
		}
	}
	return false
}

// idSeems, idAppears and idSeemed are the forms of seeming that open a
// sentence: "it seems", "it appears", "it seemed".
var idSeems, idAppears, idSeemed = wordID("seems"), wordID("appears"), wordID("seemed")

// verbOfPeopleWithin reports, within n tokens from lo, a verb with its own
// tense or a word of habit ("people tend to", "customers often forget").
func (az *analyzer) verbOfPeopleWithin(lo, n int) bool {
	toks := az.tok.toks
	for j := lo; j < len(toks) && j < lo+n && toks[j].sent == toks[lo-1].sent && !toks[j-1].pause; j++ {
		if az.lexAt(j)&lxFreq != 0 || tendForms.has(toks[j].id) {
			return true
		}
	}
	return az.finiteVerbWithin(lo, n)
}

// tendForms say what people usually do: "people tend to skip it".
var tendForms = idSetOf(tendFormsList)

const tendFormsList = "tend tends"

// afterSeemingAt reports a subject at i right after "it seems" opening its
// sentence, with its verb: "it seems | the damp in the basement is why the
// lender down-valued".
func (az *analyzer) afterSeemingAt(i int) bool {
	// Asked of nearly every word: as afterLikeFrameAt, one test first, small
	// enough to inline. "It seems" is by far the commonest of the frames.
	return az.tok.toks[i-1].id == idSeems && az.afterSeemAt(i)
}

// afterSeemAt is afterSeemingAt once the word before i is a form of seem.
func (az *analyzer) afterSeemAt(i int) bool {
	toks := az.tok.toks
	f := i - 1
	if f < 1 || toks[f].sent != toks[i].sent || toks[f].pause || toks[f-1].id != idIt {
		return false
	}
	if lo := az.tok.sents[toks[i].sent].tokLo; f-1 != lo && !az.onlyTalkFrom(lo, f-1) {
		return false
	}
	return az.subjectOfSupposedAt(i)
}

// nounThenVerbAt reports a noun at i and a verb with no subject of its own
// right after it: "item came", "parcel was".
func (az *analyzer) nounThenVerbAt(i int) bool {
	toks := az.tok.toks
	if i+1 >= len(toks) || toks[i+1].sent != toks[i].sent || az.lexAt(i)&^lxIrregular != 0 && az.lexAt(i)&(lxDeliverable|lxThirdNoun|lxFaultNoun) == 0 {
		return false
	}
	b := az.lexAt(i + 1)
	if b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 || b&^lxIrregular == 0 && az.looksLikeVerb(i+1) {
		return true
	}
	// a noun of two words before a plain past: "the survey form came back", "the confirmation text went out"
	return i+2 < len(toks) && toks[i+2].sent == toks[i].sent && b&^(lxIrregular|lxDeliverable|lxThirdNoun|lxFaultNoun) == 0 &&
		!toks[i+1].pause && az.plainPastAt(i+2)
}

// plainPastAt reports a past form at i that is no participle after a
// helper: an irregular past ("came", "went") or a word in "-ed".
func (az *analyzer) plainPastAt(i int) bool {
	b := az.lexAt(i)
	if b&^lxIrregular != 0 {
		return false
	}
	return b&lxIrregular != 0 && az.looksLikeVerb(i) || strings.HasSuffix(az.tok.keyOf(&az.tok.toks[i]), "ed")
}

// madeToSound reports "make it" or "made it" before the frame verb at f:
// "I didn't mean to make it sound like it was your fault" says how it came
// across, not what the agent supposes.
func (az *analyzer) madeToSound(f int) bool {
	toks := az.tok.toks
	return f >= 2 && toks[f-1].id == idIt && madeWords.has(toks[f-2].id)
}

// madeWords are the forms of make.
var madeWords = idSetOf(madeWordsList)

const madeWordsList = "make makes made making"

// idLike is the id of "like", as in "sounds like".
var idLike = wordID("like")

// reasonIsThat reports "that" at i after "the reason ... is": what follows is
// the reason ("the reason you were charged twice is that the payment was
// submitted again").
func (az *analyzer) reasonIsThat(i int) bool {
	return az.frameIsThat(i, reasonNouns)
}

// frameIsThat reports "that" at i after "is", in a sentence whose first few
// words hold one of heads: "the reason ... is | that", "what happened is |
// that we changed the date". What follows is a clause of its own.
func (az *analyzer) frameIsThat(i int, heads idSet) bool {
	// As afterLikeFrameAt: the inlined test turns away every word but "that".
	return i >= 2 && az.tok.toks[i].id == idThat && az.frameAtThat(i, heads)
}

// frameAtThat is frameIsThat once the word at i is "that".
func (az *analyzer) frameAtThat(i int, heads idSet) bool {
	if az.lexAt(i-1)&lxBe == 0 || az.lexAt(i-1)&(lxAgent|lxCustomer|lxThird|lxThing) != 0 {
		return false
	}
	return az.frameHeadBefore(i, heads)
}

// frameHeadBefore reports a word of heads among the first four words of the
// sentence of token i, before the "is" at i-1: "the reason ... is", "what
// happened is"; with frameNouns, also what the agent sees, finds or knows
// after "what" or "all" ("what I can see is").
func (az *analyzer) frameHeadBefore(i int, heads idSet) bool {
	lo := az.frameStart(i)
	hi := min(i-1, lo+4)
	return az.anyIn(lo, hi, heads) || heads == frameNouns && cleftOpeners.has(az.tok.toks[lo].id) && az.anyIn(lo, hi, cleftVerbs)
}

// frameStart returns the first token of the sentence of token i past the
// talk that opens it ("Right, so | what's happened here is ..."), past
// a short clause turned from with "but" ("Sorry, but | the reason ..."),
// and past a frame that supposes ("It seems | the reason ...").
func (az *analyzer) frameStart(i int) int {
	toks := az.tok.toks
	lo := az.tok.sents[toks[i].sent].tokLo
	for j := lo + 1; j < i-1 && j <= lo+5; j++ {
		if az.turnAfterShortClause(j) {
			lo = j // "Sorry about the wait, but | the reason ...": the frame opens after the turn
			break
		}
	}
	for lo < i-1 && az.lexAt(lo)&(lxOpener|lxConj) != 0 && az.lexAt(lo)&(lxAgent|lxCustomer|lxThird|lxThing|lxDet|lxPrep) == 0 {
		lo++
	}
	return lo + az.supposingFrameAt(lo, i-1)
}

// supposingFrameAt returns how many tokens a frame that supposes what
// follows holds at lo, before hi: "it seems", "it appears", "(it) looks
// like", "seems like", "sounds like"; 0 when there is none. "It seems | the
// reason your card was blocked is ..." frames the reason as "the reason
// ..." does alone.
func (az *analyzer) supposingFrameAt(lo, hi int) int {
	toks := az.tok.toks
	j := lo
	if j < hi && toks[j].id == idIt {
		j++
	}
	if j >= hi || toks[j].pause {
		return 0
	}
	switch {
	case j > lo && (toks[j].id == idSeems || toks[j].id == idAppears || toks[j].id == idSeemed) && j+1 < hi && toks[j+1].id != idTo:
		return j + 1 - lo
	case likeFrames.has(toks[j].id) && j+1 < hi && toks[j+1].id == idLike && !toks[j+1].pause:
		return j + 2 - lo
	}
	return 0
}

// frameIsBare reports a clause at i after a frame's "is" without "that":
// "what happened is, your card expired", "the thing is you never confirmed".
// The frame is short and opens the sentence; a subject follows "is".
func (az *analyzer) frameIsBare(i int) bool {
	// As startsReported: the inlined test turns away every word not after be.
	return i >= 2 && az.tok.toks[i-1].lex&lxBe != 0 && az.bareAfterFrame(i)
}

// bareAfterFrame is frameIsBare past its first test.
func (az *analyzer) bareAfterFrame(i int) bool {
	toks := az.tok.toks
	if az.lexAt(i-1)&(lxAgent|lxCustomer|lxThird) != 0 || toks[i].sent != toks[i-1].sent {
		return false
	}
	if az.lexAt(i)&(lxDet|lxAgent|lxCustomer|lxThird|lxThing) == 0 && !(toks[i-1].pause && az.lexAt(i) == 0) {
		return false
	}
	// a short frame that opens the sentence, past its talk; "at no point was | the holder responsible" is no frame
	return i-1 <= az.frameStart(i)+4 && az.frameHeadBefore(i, frameNouns) && !(i >= 3 && toks[i-3].id == idNo)
}

// reasonIsBare reports a clause at i after "the reason ... is" without
// "that": "the reason it's not working is | you haven't restarted it". The
// reason's own clause may be longer than other frames, so it reaches further.
func (az *analyzer) reasonIsBare(i int) bool {
	// As startsReported: the inlined test turns away every word not after be.
	return i >= 3 && az.tok.toks[i-1].lex&lxBe != 0 && az.bareAfterReason(i)
}

// bareAfterReason is reasonIsBare past its first test.
func (az *analyzer) bareAfterReason(i int) bool {
	toks := az.tok.toks
	if az.lexAt(i-1)&(lxAgent|lxCustomer|lxThird|lxThing) != 0 || toks[i].sent != toks[i-1].sent {
		return false
	}
	if az.lexAt(i)&(lxDet|lxCustomer|lxThird|lxThing) == 0 || az.lexAt(i)&auxBits != 0 {
		return false
	}
	lo := az.frameStart(i) // past talk: "Okay so | the reason ..."
	return i-1 <= lo+reasonFrameReach && lo+1 < i && toks[lo].id == idThe && reasonNouns.has(toks[lo+1].id)
}

// reasonFrameReach is how many words "the reason ..." may run before its "is".
const reasonFrameReach = 10

// reasonNouns make their "is that" give a cause; frameNouns only frame what
// follows ("the thing is that", "what happened is that", and what the
// agent sees, finds or knows after "what" or "all": "what I can see is
// that", "all I know is").
var (
	reasonNouns = idSetOf("reason cause")
	frameNouns  = idSetOf(frameNounsList)
)

const frameNounsList = "reason cause happened thing fact problem issue truth point"

// cleftVerbs frame what follows only after "what" or "all": "what I can
// see is that", "all I know is"; "I found that it's ..." is a clause of its
// own.
var cleftVerbs, cleftOpeners = idSetOf("see found know"), idSetOf("what all")

// byTheTime reports "by the time" at i, which opens a clause of when.
func (az *analyzer) byTheTime(i int) bool {
	toks := az.tok.toks
	return i+3 < len(toks) && toks[i].id == idBy && toks[i+1].id == idThe && toks[i+2].id == idTime &&
		toks[i+3].sent == toks[i].sent
}

// Ids of the words of "by the time".
var idBy, idThe, idTime, idAs = wordID("by"), wordID("the"), wordID("time"), wordID("as")

// thatThen follow "after" or "before" as a time already named: "after that".
var thatThen = idSetOf("that this then")

// afterGuess reports a word right after a verb of guessing: "I wonder whether".
func (az *analyzer) afterGuess(i int) bool {
	return i > 0 && az.markAt(i-1)&lxGuess != 0
}

// clauseOnly are subordinators that always open a clause ("because of" excepted).
var clauseOnly = idSetOf("because cos coz although though whereas")

// idOf is the id of "of", which turns "because" into a preposition.
var idOf = wordID("of")

// clauseJoiners are the conjunctions that join clauses only.
var clauseJoiners = idSetOf("so but")

// idOr is the id of "or": "or so" says about.
var idOr = wordID("or")

// isTagQuestion reports a statement with a question tagged on ("you didn't
// read it, did you?"): it says what it says, and its clauses read as
// statements. A one-word tag ("..., ok?") is taken out with its question
// before (see dropAgreementTags).
func (az *analyzer) isTagQuestion(s *sentence) bool {
	n := s.tokHi - s.tokLo
	if n < 4 {
		return false
	}
	aux, pron := s.tokHi-2, s.tokHi-1
	return az.tok.toks[aux-1].pause && az.lexAt(aux)&auxBits != 0 && az.lexAt(aux)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 &&
		az.lexAt(pron)&(lxAgent|lxCustomer|lxThird|lxThing) != 0 && az.lexAt(pron)&auxBits == 0
}

// nextStartCue returns the first token from i, before hi, at which
// readClauses may end a clause, or hi: in a clause that opens on a
// condition, every token (see mainAfterCondition); otherwise the first at
// which mayStartClause holds, which every joining word passes (see
// andNewSubject). Most words have no cue that some way in of
// mayStartClause needs, and one loop over them, with no call per word,
// passes them by; the few with one are asked it here, so that readClauses
// asks it of none again and a word it turns away costs no round of
// readClauses. A determiner or a pronoun with no pause or frame before it,
// the commonest word with a cue, seldom has what subjectMayStartAt lets
// through ("refunded your fee", "to you"), and the loop asks it of the
// words around it with no call; only one that has it is asked the rest.
// After a frame, mayStartClause hands a subject to subjectMayStartAt.
func (az *analyzer) nextStartCue(i, hi int, cond bool) int {
	if cond {
		return i
	}
	// The word before each is the one the last round read: held, not
	// indexed again, and the slice cut at hi once, not checked at each word.
	toks := az.tok.toks[:hi]
	subjectPass := lxI | auxBits // a subject's own bits that subjectMayStartAt asks of it
	if az.clearWords {
		subjectPass = subjectCueBits // a word of clearness in the turn lets every subject through
	}
	for prev := &toks[i-1]; i < hi; i++ {
		t := &toks[i]
		switch {
		case prev.pause || t.lex&startCueBits != 0:
			return i // mayStartClause's first cases
		case t.id == idBy || t.id == idAs || framesAfter(prev):
			return az.framedCueAt(i, hi)
		case t.lex&subjectCueBits != 0 && (t.lex&subjectPass != 0 || subjectCueNear(toks, i)):
			return az.subjectCueAt(i, hi)
		}
		prev = t
	}
	return hi
}

// framedCueAt is nextStartCue at i, before hi, a word with a cue that only
// mayStartClause itself reads: "by", "as", or a word just after a frame. Asked
// here, with the cue's word passed on, the call leaves nextStartCue's loop
// nothing to hold across it: its values stay in registers at every word,
// where a loop that went on after the call stored them at every word.
func (az *analyzer) framedCueAt(i, hi int) int {
	if az.mayStartClause(i) {
		return i
	}
	return az.nextStartCue(i+1, hi, false)
}

// subjectCueAt is framedCueAt for a subject with no frame before it, that
// subjectMayStartAt may let through.
func (az *analyzer) subjectCueAt(i, hi int) int {
	if az.subjectMayStartAt(i, az.lexAt(i)) {
		return i
	}
	return az.nextStartCue(i+1, hi, false)
}

// startCueBits are the properties of a word that mayStartClause lets
// through with no pause before it, whatever the word before it, with the
// joining words; subjectCueBits those it lets through only as
// subjectMayStartAt does.
const (
	startCueBits   = lxSub | lxCond | lxConj
	subjectCueBits = lxDet | lxOurDet | lxAgent | lxCustomer | lxThird | lxThing
)

// mayStartClause reports whether a clause can begin at token i: after a
// pause, or at a word of the kinds every case of clauseStartsAt needs
// without one. nextStartCue asks it only at a word with a cue, so a new way
// in needs a cue that nextStartCue knows: a pause, a word of startCueBits
// or "by", or just before i a verb of saying or a word of framesBefore; or,
// at a word of subjectCueBits, what subjectMayStartAt lets through.
func (az *analyzer) mayStartClause(i int) bool {
	toks := az.tok.toks
	if toks[i-1].pause {
		return true
	}
	// A word the lexicon does not know starts a clause only after a pause;
	// most prepositions, auxiliaries and adverbs start none without one.
	b := az.lexAt(i)
	if b&startCueBits == 0 && b&subjectCueBits != 0 {
		return az.subjectMayStartAt(i, b)
	}
	return b&(lxSub|lxCond|lxConj) != 0 || b != 0 && toks[i].id == idBy || toks[i-1].id == idLike || b == 0 && toks[i].id == idAs && az.asGivesAReason(i) ||
		toks[i-1].lex&lxReport != 0 && i+1 < len(toks) && toks[i+1].num || // "the log shows | locker 22 was opened"
		toks[i-1].lex&lxReport != 0 && b&^(nounBits|lxCustomers|lxNeg|lxAnyone) == 0 && bareClauseTakers.has(toks[i-1].id) || // "I can confirm | refunds take", "I think | lots of people forget"
		az.afterSeemingAt(i) || // "it seems | people tend to ..."
		i >= 2 && toks[i-2].id == idIt && possibleWords.has(toks[i-1].id) || // "is it possible | notifications were off"
		sureWords.has(toks[i-1].id) && az.afterAreYouSure(i) // the id test spares the call at every other word
}

// asGivesAReason reports "as" at i, with no pause before it, opening a
// reason: the customer, a third party or a thing, and a finite verb soon
// after ("I can't refund it as you've worn it", "it went back as the
// address was incomplete"), told done or as a state. "As soon as", "the
// same as", "such as", "as fast as", "as a goodwill gesture", a time ("as
// you come in") and a comment ("as you know", "as you asked") give none.
func (az *analyzer) asGivesAReason(i int) bool {
	toks := az.tok.toks
	if i < 2 || notReasonBeforeAs.has(toks[i-1].id) || toks[i-2].id == idAs || i+2 >= len(toks) {
		return false
	}
	b := az.lexAt(i + 1)
	if b&(lxCustomer|lxThird|lxDet) == 0 || b&lxAgent != 0 || toks[i+1].id == idA || toks[i+1].id == idAn || !az.subjectFollows(i+1) {
		return false // "put down as an N", "logged as a failed visit": a role or a kind, no reason
	}
	if v := az.verbAt(i + 2); v != nil && commentVerbs.holds(v.lemmaSets) {
		return false // "as you know", "as you asked"
	}
	return az.verbBefore(i) && az.auxSoonAfter(i+1, 4)
}

// auxSoonAfter reports an auxiliary or a form of be in tokens i..i+n-1
// before any pause, the subject's own included ("you've", "the address
// was"): a reason told as done or as a state. "As you come in" tells when.
func (az *analyzer) auxSoonAfter(i, n int) bool {
	toks := az.tok.toks
	for j := i; j < len(toks) && j < i+n && toks[j].sent == toks[i].sent; j++ {
		if az.lexAt(j)&(auxBits|lxBe) != 0 {
			return true
		}
		if toks[j].pause {
			return false
		}
	}
	return false
}

// notReasonBeforeAs are the words before an "as" that compares or times
// ("the same as", "such as", "as soon as"); commentVerbs make "as you ..."
// a comment on what is said ("as you know", "as you asked").
var (
	notReasonBeforeAs = idSetOf(notReasonBeforeAsList)
	commentVerbs      = lemmaSetOf("know say mention ask request expect want wish prefer suggest discuss agree see hear understand remember imagine guess")
)

const notReasonBeforeAsList = "same such well soon long far much just so exactly"

// subjectMayStartAt is mayStartClause for a determiner or a pronoun at i,
// with lexicon bits b, with no pause before it: the words it is most often
// asked of. Every case of clauseStartsAt that opens at one of them without
// a pause needs "that" at i, or just before i a word that takes a clause (a
// verb of saying or seeing, be, an adverb, a colon, a word of
// framesBefore), or a verb of saying two words back, or a word of
// clearness in the turn; or else it is "I" closing its sentence with "I'm
// afraid", or a subject with its auxiliary run on after a clause. "Refunded
// your fee", "to you", "I've refunded" are none of these, and are turned
// away before the cases.
func (az *analyzer) subjectMayStartAt(i int, b lex) bool {
	toks := az.tok.toks
	return framesAfter(&toks[i-1]) || subjectCueNear(toks, i) || az.clearWords ||
		b&lxI != 0 && az.mayBeAfraid() && az.trailingAfraid(i) || b&auxBits != 0 && az.runOnSubjectAt(i)
}

// framesAfter reports a word, prev, that may frame a clause after it: a
// verb of saying or a word of framesBefore.
func framesAfter(prev *token) bool {
	return prev.lex&lxReport != 0 || framesBeforeByID[uint(prev.id)%maxSetWord]
}

// subjectCueNear is the rest of subjectMayStartAt's test of the words
// around i in toks, which lets a subject of any kind through: "that" itself,
// or before it a colon, a word of guessing, an adverb, be, or a verb of
// saying two words back. The word of guessing is tested apart, so that no
// test needs a constant of 64 bits, which nextStartCue's loop held in a
// register and set again at every word.
func subjectCueNear(toks []token, i int) bool {
	prev := &toks[i-1]
	return toks[i].id == idThat || prev.colon || prev.lex&(lxAdverb|lxBe) != 0 || prev.lex&lxGuess != 0 || i >= 2 && toks[i-2].lex&lxReport != 0
}

// framesBefore are the words that clauseStartsAt and mayStartClause test
// by id just before a clause: "is it possible |", "I can see |", "I think |",
// "I'm sure |", "could it be that |", "sounds like |", "I mean |", "I'm told |",
// "it seems |".
var framesBefore = idSetOf(possibleWordsList + " " + seeingVerbsList + " " + opinionVerbsList + " " + sureWordsList + " be that like mean told seems")

// framesBeforeByID is framesBefore laid out by word id, for nextStartCue,
// which asks it of nearly every word of a turn, and the tests it calls.
var framesBeforeByID = byID(framesBefore)

// byID lays the set s out by word id, for a loop that asks it of nearly
// every word or clause of a turn: one load, masked into range, where asking
// the set reads where its bit is kept before the word's row.
func byID(s idSet) (table [maxSetWord]bool) {
	for _, id := range s.ids() {
		table[id] = true
	}
	return table
}

// afterAreYouSure reports token i right after "are you sure" (or a word of
// sureWords), which takes a whole clause: "are you sure | the valve was
// fully open?", "are you certain | you paid?".
func (az *analyzer) afterAreYouSure(i int) bool {
	toks := az.tok.toks
	return i >= 3 && i < len(toks) && sureWords.has(toks[i-1].id) && az.lexAt(i-2)&lxCustomer != 0 && az.lexAt(i-3)&lxBe != 0 &&
		toks[i].sent == toks[i-3].sent && toks[i].id != idThat
}

// soThenFramedClause reports, at "so" typed without a comma after a clause
// with its verb, a clause opened by a phrase before its subject: "so under
// our policy the deposit is", "so no wonder we couldnt find it".
func (az *analyzer) soThenFramedClause(i int) bool {
	toks := az.tok.toks
	j := i + 1
	if j+2 >= len(toks) || toks[j+2].sent != toks[i].sent {
		return false
	}
	switch {
	case toks[j].id == idNo && az.lexAt(j+1)&lxLicence != 0:
		j += 2 // "no wonder"
	case az.lexAt(j)&lxPrep != 0:
		j++
		if az.lexAt(j)&(lxDet|lxOurDet) != 0 {
			j++ // "under our policy": a noun phrase, then the subject's own determiner
		}
		for j < len(toks) && j <= i+5 && az.lexAt(j)&(lxDet|lxOurDet) == 0 && az.nounAt(j) {
			j++
		}
	default:
		return false
	}
	// the verb before "so", read word by word back, is asked last: most "so"s have no phrase after them
	return j < len(toks) && toks[j].sent == toks[i].sent && az.subjectFollows(j) && az.finiteVerbWithin(j+1, 4) && az.verbBefore(i)
}

// verbBefore reports a verb in the dozen words before i, back to a pause
// or the sentence's start: the clause "and" would close has one.
func (az *analyzer) verbBefore(i int) bool {
	toks := az.tok.toks
	for j := i - 1; j >= 0 && j >= i-12 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].pause {
			return false // "Look, | the tenant before you": a word before the pause is another clause's
		}
		b := az.lexAt(j)
		if b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 || b&^lxIrregular == 0 && az.looksLikeVerb(j) || b == 0 && verbs.bare[az.tok.keyOf(&toks[j])] != 0 {
			// an irregular past ("made", "sent") is a verb as a regular one is
			return true
		}
	}
	return false
}

// verbBeforeNounAt is verbBefore for the noun that ends at i-1, past a
// frame that takes a clause: in "I'm told | the tenant before you never
// closed it", "told" is no verb of the tenant's clause.
func (az *analyzer) verbBeforeNounAt(i int) bool {
	toks := az.tok.toks
	j := i - 1
	for j > 0 && j > i-4 && az.nounAt(j) {
		j--
	}
	if j > 0 && az.lexAt(j)&lxDet != 0 && toks[j-1].sent == toks[i].sent && (bareClauseTakers.has(toks[j-1].id) || toks[j-1].id == idSeems) {
		return false
	}
	return az.verbBefore(i)
}

// seeingVerbs take what was seen as a clause: "I can see | you booked".
var seeingVerbs = idSetOf(seeingVerbsList)

const seeingVerbsList = "see saw notice noticed"

// anyThing are the pronouns a phrase of time may qualify: "anything after
// that", "everything before this".
var anyThing = idSetOf(anyThingList)

const anyThingList = "anything everything something nothing"

// possessivePronouns stand for a thing and its owner: "theirs", "ours".
var possessivePronouns = idSetOf(possessivePronounsList)

const possessivePronounsList = "theirs ours yours mine hers his"

// theirsWords are the possessive pronouns of other people's things.
var theirsWords = idSetOf(theirsWordsList)

const theirsWordsList = "theirs hers his"

// oursBeforePause reports "we", "us", "our" or "ours" among the n tokens
// from i, before a pause or the sentence's end.
func (az *analyzer) oursBeforePause(i, n int) bool {
	toks := az.tok.toks
	for j := i; j < len(toks) && j < i+n && toks[j].sent == toks[i-1].sent; j++ {
		if az.lexAt(j)&(lxAgent|lxOurDet|lxOurs) != 0 {
			return true
		}
		if toks[j].pause {
			return false
		}
	}
	return false
}

// runOnSubjectAt reports a subject with its auxiliary in one word ("it's",
// "we've", "I'm") at i, typed straight after a clause that has had its
// verb, with no comma or stop between: a new sentence run on. After a noun
// the same word most often opens a relative clause ("the third time
// you've called", "something we're responsible for"), so the word before
// must end a clause as no noun does: an object pronoun ("override it |
// that's above my pay grade"), a word of being fine ("the app's fine | it's
// your phone") or a past form ("exactly as quoted | we've done our bit").
// "That's" before "why", "how" or "what" opens one after anything, and
// "it's" and "there's", which seldom open a relative clause, open one after
// a noun too ("hasn't picked it up yet | it's sitting with them"). Every
// word of being fine carries lxFine, so only a word with it is looked up
// (TestListedWordsAreMarked holds the mark to the keys).
func (az *analyzer) runOnSubjectAt(i int) bool {
	toks := az.tok.toks
	t := &toks[i]
	if t.lex&auxBits == 0 || !subjectPronoun(*t) || i < 3 || az.whWordAt(i) {
		return false // and "what's" opens a question or a relative, no new subject
	}
	prev := &toks[i-1]
	endsClause := objectPronouns.has(prev.id) || prev.lex&lxFine != 0 && fineWords[az.tok.keyOf(prev)] || prev.lex&^lxIrregular == 0 && az.looksLikeVerb(i-1) ||
		prev.id == idIt && toks[i-2].lex&(lxAgent|lxCustomer|lxThird|lxThing|lxDet|lxPrep|lxSub|lxConj|lxCond|auxBits) == 0 // "override it | that's above my pay grade"
	if t.id == idThatS && !endsClause {
		return az.whWordAt(i+1) && az.verbBefore(i) // "had an outage Saturday | that's why the deposit came out twice"
	}
	if !endsClause && (t.id == idItS || t.id == idThereS) && prev.lex&^(lxDeliverable|lxRuleNoun|lxThirdNoun|lxCompanyNoun|lxFaultNoun) == 0 && !prev.apos {
		// "it's" and "there's" after a noun seldom open its relative clause ("the box it's in"), and not
		// before "in" or "for"
		return az.verbBefore(i-1) && i+1 < len(toks) && toks[i+1].sent == t.sent && toks[i+1].id != idIn && toks[i+1].id != idFor
	}
	return endsClause && az.verbBefore(i-1)
}

// whWordAt reports "why", "how" or "what" at i, or "what's": "that's why",
// "thats whats making it fail".
func (az *analyzer) whWordAt(i int) bool {
	if i >= len(az.tok.toks) || az.tok.toks[i].sent != az.tok.toks[i-1].sent {
		return false
	}
	k := az.tok.keyOf(&az.tok.toks[i])
	return strings.HasPrefix(k, "why") || strings.HasPrefix(k, "how") || strings.HasPrefix(k, "what")
}

// whichIsWhyAt reports "which is why" (or "was", "how", "what") at i with
// a clause and its verb before it, typed without a comma: "ran out of
// diesel mid-reception | which is why our lights went off".
func (az *analyzer) whichIsWhyAt(i int) bool {
	toks := az.tok.toks
	return toks[i].id == idWhich && i+2 < len(toks) && az.lexAt(i+1)&lxBe != 0 && az.whWordAt(i+2) && az.verbBefore(i)
}

// idThatS, idItS, idThereS and idWhich are the ids of "that's", "it's",
// "there's" and "which".
var idThatS, idItS, idThereS, idWhich = wordID("that's"), wordID("it's"), wordID("there's"), wordID("which")

// idMean reads "I mean", said before a clause as talk.
var idMean = wordID("mean")

// idSure reads "are you sure".
var idSure = wordID("sure")

// startFastPaths lets a test turn off the shortcuts of clauseStartsAt: the
// test it makes once for every frame before a clause, and its first answer
// for a subordinator after a pause.
var startFastPaths = true

// possibleWords, after "it", may take a whole clause: "is it possible your
// son used the card?".
var possibleWords = idSetOf(possibleWordsList)

const possibleWordsList = "possible likely"

// clauseStartsAt reports whether a new clause begins at token i: after a pause
// when a subject, conjunction or "done" follows; at a subordinating word; or
// at "and"/"but"/"so" followed by a subject pronoun ("..., or I can send").
// The caller has asked mayStartClause: a new case that opens at a determiner
// or a pronoun with no pause before it must be one subjectMayStartAt lets
// through. The cases are asked in order, the first that holds answering;
// runs of them that each need a pause or a frame before i sit under one
// test of that, which most words, read with neither, fail at once.
func (az *analyzer) clauseStartsAt(i int) bool {
	toks := az.tok.toks
	b := az.lexAt(i)
	prevPause := toks[i-1].pause
	if !prevPause && b == 0 && toks[i].id == idAs {
		return az.asGivesAReason(i) // "I can't refund it | as you've worn it": no other case opens at it
	}
	switch {
	case prevPause && (b&(lxAgent|lxCustomer|lxThird|lxThing|lxDet|lxConj) != 0 && b&(lxSub|lxCond) == 0 || startFastPaths && b&lxSub != 0 && b&lxTemporal == 0 && toks[i].id != idCause) &&
		toks[i-1].id != idOr && !az.fillerNear(i):
		// ", | we", ", | and": a subject or a joining word after a pause, the commonest start, asked first;
		// every case that turns a start away needs a subordinator ("cause", "after", "before", "when"),
		// "so" after "or", or a filler near, so none of them can hold. ", | which", ", | who": a
		// subordinator after a pause starts a clause at "b&lxSub != 0 && prevPause" below, and only
		// "cause", one of time or a filler near can be turned away before it
		return true
	case toks[i].id == idCause && (az.lexAt(i-1)&auxBits != 0 || toks[i-1].id == idTo):
		return false // "your machine didn't cause this", "it may cause delays": the verb, not "'cause"
	case toks[i].id == idSo && toks[i-1].id == idOr:
		return false // "for a day or so, it left us yesterday": "or so" says about, it joins nothing
	}
	// Every case of this run needs what the test below asks (after a pause), so
	// one test passes over the run at every other word.
	if prevPause {
		switch {
		case prevPause && b&lxWrong != 0 && toks[i].id != idTwice && az.wrongThingThenVerb(i):
			return true // "ur aids take size 312 not 13, | wrong pack was ticked at checkout": a wrong thing, its article left out
		case prevPause && i >= 2 && toks[i-1].id == idKnow && toks[i-2].id == idYou && i+1 < len(toks) && toks[i+1].sent == toks[i].sent:
			return true // "so, uh, you know, | seat selection was never included": "you know" is talk, and a clause follows
		}
	}
	switch {
	case (toks[i].lex|toks[i-1].lex)&lxFiller != 0 && az.wordSaidAgain(i):
		return false // "nothing we can do about the, er, | the cold snap": the clause goes on where it was said again
	case az.fillerNear(i) && (az.fillerBridges(i) || i >= 2 && toks[i-1].pause && az.fillerBridges(i-1)):
		return false // "so this is, | uh, | the third time": a clause left open across a filler goes on after it
	}
	// Each frame that takes a clause after it ("I can see |", "it seems |",
	// "I think |") ends in a verb of saying or a word of framesBefore: most
	// words have neither before them, and the frames' cases are turned away
	// by this one test rather than each by its own. It is worked out only
	// here, where the first case, the commonest start, has not answered.
	framed := !startFastPaths || toks[i-1].lex&lxReport != 0 || framesBeforeByID[uint(toks[i-1].id)%maxSetWord]
	if startFastPaths && !prevPause && !framed && !toks[i-1].colon && b&joinerOnlyBits == lxConj {
		// "... and | ...", "... so | ..." with nothing before: of the cases below only
		// the joiners' can hold, and each of those says yes (see joinerOnlyBits)
		return az.joinerOpensAt(i, b, prevPause) || az.joinerTurnsAt(i, b, prevPause)
	}
	// Every case of this run needs what the test below asks (after a pause or a frame), so
	// one test passes over the run at every other word.
	if prevPause || framed {
		switch {
		case framed && i >= 2 && toks[i-2].id == idIt && possibleWords.has(toks[i-1].id) && (az.subjectFollows(i) || az.bareSubjectAfterPossible(i)):
			return true // "is it possible | your satnav took you to the old entrance?"
		case framed && (toks[i-1].id == idBe || toks[i-1].id == idThat) && az.tok.sents[toks[i].sent].question && az.afterCouldItBe(i) && az.subjectFollows(i):
			return true // "could it be that | the router was switched off?": a subject follows, which mayStartClause lets through
		case framed && sureWords.has(toks[i-1].id) && az.afterAreYouSure(i) && az.subjectFollows(i): // the id test spares the call
			return true // "are you sure | the valve under the sink was fully open?"
		case prevPause && toks[i].id == idHence:
			return true // "several guests complained, | hence the warning"
		}
	}
	switch {
	case az.afterApology(i) && (b&(lxPrep|lxConj|auxBits) == 0 && !strings.HasSuffix(az.tok.keyOf(&toks[i]), "ing") &&
		(az.finiteVerbWithin(i, 6) || az.subjectOfSupposedAt(i)) || az.openerBeforeSubject(i)):
		// "I'm sorry, | heavy snow closed the line": the apology is said, and a clause of its own follows;
		// not "sorry, was the data left on?" or "sorry, being targeted like that is frightening"; a subject
		// as the frames read one ("I'm sorry, | people tend to rush the form"); and "I'm sorry, | under our
		// terms you can cancel within 14 days": a phrase, then the clause's subject
		return true
	}
	// Every case of this run needs what the test below asks (after a pause), so
	// one test passes over the run at every other word.
	if prevPause {
		switch {
		case prevPause && az.suggestionOpensAt(i, az.tok.sents[toks[i].sent].tokHi):
			return true // "nobody else on your street had a late box, | maybe check with your neighbours"
		case prevPause && (toks[i].id == idLet && i+1 < len(toks) && az.lexAt(i+1)&lxAgent != 0 || lemmeWord.has(toks[i].id) || letsWord.has(toks[i].id)):
			return true // "I'm sorry, | let me get a replacement out"
		}
	}
	switch {
	case az.byTheTime(i) && az.subjectFollows(i+3):
		return true // "it'll be fixed | by the time you get back from work"
	}
	// Every case of this run needs what the test below asks (after a frame), so
	// one test passes over the run at every other word.
	if framed {
		switch {
		case framed && az.lexAt(i)&(lxCustomer|lxThird) != 0 && seeingVerbs.has(toks[i-1].id) && az.lexAt(i)&lxDet == 0 && az.finiteVerbWithin(i+1, 2):
			return true // "I can see | you booked the wrong date": what was seen is a clause of its own; not "I'll see you Friday"
		case framed && seeingVerbs.has(toks[i-1].id) && az.lexAt(i)&lxDet != 0 && az.lexAt(i)&lxCustomer == 0 && toks[i].id != idYour && az.nounThenVerbAt(i+1):
			return true // "I can see | the item came back without its box"; not "I can see the email you sent"
		case framed && toks[i-1].lex&lxReport != 0 && factVerbs.has(toks[i-1].id) && (az.subjectAfterSeeing(i) || az.bareSubjectThenVerb(i)):
			// "I can see | your doorway's just too narrow", "I can confirm | refunds to a card normally take 3 to
			// 5 days": a subject with its determiner, or a bare plural, and its verb
			return true
		}
	}
	switch {
	case az.timeAfterThat(i) && (anyThing.has(toks[i-1].id) || az.linkNotPassiveAt(i+2)):
		// "anything after that | is between you and them", "whatever happened after that is their
		// doing": the phrase qualifies what comes before it; but "after that is done" is a clause
		return false
	case b&(lxSub|lxCond) != 0 && b&lxThing == 0 && az.peopleThenVerb(i+1):
		return true // "mistakes creep in | when people order flooring", "double bookings happen | when staff edit the calendar"
	case b&(lxSub|lxCond) != 0 && b&lxThing == 0 && az.subjectFollows(i+1) && (b&lxTemporal == 0 && toks[i].id != idSince || az.finiteVerbWithin(i+2, az.beforeJoin(i+2, 5))):
		// "before your guests arrive", not "before 5pm", "before hand-in", "until the 30th to return it" or "since the
		// update"; and "the direct debit bounced, which is | when the cover lapsed" is one result clause; and "the
		// tenant before you never closed it" has no verb before "before": "before you" says which tenant
		return !(toks[i].id == idWhen && i >= 2 && toks[i-2].id == idWhich && az.lexAt(i-1)&lxBe != 0) &&
			!(b&lxTemporal != 0 && az.nounAt(i-1) && !az.verbBeforeNounAt(i) && az.lexAt(i+1)&lxCustomer != 0 && i+2 < len(toks) && az.lexAt(i+2)&(lxNeg|lxFreq) != 0)
	case b&lxSub != 0 && prevPause: // ", which will show"
		return true
	case prevPause && toks[i].id == idAs && az.subjectFollows(i+1) && az.finiteVerbWithin(i+2, 6):
		return true // "we must decline the refund, | as the fare you chose was marked non-refundable"
	case b&lxSub != 0 && clauseOnly.has(toks[i].id) && i+1 < len(toks) && toks[i+1].sent == toks[i].sent && toks[i+1].id != idOf:
		return true // "because online check-in was not completed": a clause follows, whatever its subject
	case (!startFastPaths || b&lxConj != 0) && az.joinerOpensAt(i, b, prevPause):
		return true // "... and we", "so any delay is theirs" (the test of lxConj spares the call at every other word)
	}
	// Every case of this run needs what the test below asks (after a pause), so
	// one test passes over the run at every other word.
	if prevPause {
		switch {
		case prevPause && b&(lxAgent|lxCustomer|lxThird|lxThing|lxDet|lxConj) != 0:
			return true
		case prevPause && b&lxOpener != 0 && b&lxAdverb == 0 && az.subjectFollows(i+1) && !az.discourseWord(i-1) && !clauseJoiners.has(toks[i-1].id):
			return true // "it's annoying, | however the payment was stopped", "..., | unfortunately your card"
		case prevPause && az.hedgeOpener(i, az.tok.sents[toks[i].sent].tokHi) > 0:
			n := az.hedgeOpener(i, az.tok.sents[toks[i].sent].tokHi)
			return az.subjectFollows(i + n) // "buffering like that, | nine times out of ten it's the wifi"
		case prevPause && b&lxOurs != 0 && az.finiteVerbWithin(i+1, 6):
			return true // "..., | ours is working fine"; "whatever" and "whoever" are read as the frames read them, below
		}
	}
	switch {
	case toks[i-1].colon && !toks[i].num && b&(lxPrep|auxBits) == 0 && az.finiteVerbWithin(i+1, 4):
		return true // "it's in the terms you ticked: | cosmetic damage isn't covered": a clause after a colon
	case !prevPause && toks[i].id == idWhich && az.whichIsWhyAt(i):
		return true // "the generator ran out of diesel | which is why our lights went off"
	case b&lxI != 0 && az.mayBeAfraid() && az.trailingAfraid(i):
		return true // "which means the change fee applies | I'm afraid": said after, typed without a comma
	case toks[i-1].colon && !toks[i-1].num && az.orderAfterColon(i):
		return true // "the sign's right there above the machine: | pay at the kiosk"
	}
	// Every case of this run needs what the test below asks (after a pause), so
	// one test passes over the run at every other word.
	if prevPause {
		switch {
		case prevPause && az.invertedAuxAt(i):
			return true // "I've refunded the fee, | is that OK?": a question put after a statement
		case prevPause && toks[i].id == idNot && az.notMuchAt(i, min(len(toks), i+3)) == i && az.finiteVerbWithin(i+2, 5):
			return true // "your ISP throttles video, | not a lot we can do about that"
		case prevPause && (noOne.has(toks[i].id) || toks[i].apos && noOne.has(toks[i].base)) && (toks[i].apos || az.finiteVerbWithin(i+1, 6)):
			// "which our engineer has replaced; | none of your equipment was at fault", "the courier lost
			// it, | nothing's gone wrong on our side": "'s" is the clause's own verb
			return true
		case prevPause && b == 0 && quantityNouns.has(toks[i].id) && i+1 < len(toks) && (az.lexAt(i+1)&(lxDet|lxOurDet) != 0 || toks[i+1].id == idOf) &&
			az.finiteVerbWithin(i+1, 6):
			return true // "blame the rain, | half our drivers were stuck in traffic"
		case prevPause && b&lxCustomers != 0 && az.finiteVerbWithin(i+1, 6):
			return true // "pursuant to the terms, | passengers who arrive late forfeit"
		case prevPause && toks[i].id == idSorry && az.sorryClosesAt(i):
			return true // "we did text you twice the day before, | sorry": said after, it softens, and is no part of the clause
		}
	}
	if (!startFastPaths || b&lxConj != 0) && az.joinerTurnsAt(i, b, prevPause) {
		return true // "I'm sorry but | Royal Mail lost it", "is on its way and arrives Thursday"
	}
	// Every case of this run needs what the test below asks (after a pause or a frame), so
	// one test passes over the run at every other word.
	if prevPause || framed {
		switch {
		case prevPause && b&^nounBits == 0 && b&(lxThirdNoun|lxCompanyNoun) != 0 && !az.looksLikeVerb(i) && az.finiteVerbWithin(i+1, 3):
			return true // "it left us on Monday; | Evri have had it ever since", "..., | DPD lost it": a party by its name
		case prevPause && b == 0 && az.afterSemicolon(i) && !az.looksLikeVerb(i) && az.finiteVerbWithin(i+1, 3):
			return true // "asked to cancel on 2 July; | refunds close 14 days before": a semicolon parts two clauses
		case framed && az.afterSeemingAt(i):
			return true // "it seems | the damp in the basement is why": what seems so is a clause of its own
		case framed && b&(lxDet|lxOurDet|lxAgent|lxCustomer|lxThird|lxThing) == 0 && az.afterLikeFrameAt(i):
			return true // "sounds like | Outlook is binning our confirmations", "looks like | people often forget": before the frames below turn it away
		case prevPause && toks[i].id == idNothing && i+1 < len(toks) && toks[i+1].sent == toks[i].sent && az.lexAt(i+1)&lxWrong != 0 &&
			az.oursBeforePause(i+2, 8):
			return true // "that error's coming off your router, | nothing wrong with the line from our end": a verbless denial of our part
		case framed && b&(lxDet|lxOurDet|lxAgent|lxCustomer|lxThird|lxThing) == 0 && toks[i-1].lex&lxReport != 0 && i+1 < len(toks) && toks[i+1].num:
			return az.startsReported(i) // "the log shows | locker 22 was opened": a numbered thing, its article left out
		case prevPause && b&(lxPrep|lxConj|lxSub|lxCond|auxBits) == 0 && az.subjectOfSupposedAt(i):
			// "having looked into it, | refunds go back to the card", "as far as I'm aware, | Royal Mail lost
			// it", "for the umpteenth time, | online orders are collected round the back": after a pause, a
			// subject as the frames that suppose read one, with its verb, opens a clause of its own
			return true
		case prevPause && b&(lxConj|auxBits) == 0 && az.afterFrontedParticiple(i) && az.openerBeforeSubject(i):
			return true // "having checked, | under your plan you're covered": a phrase, then the clause's subject
		case framed && b&(lxDet|lxOurDet|lxAgent|lxCustomer|lxThird|lxThing) == 0 && (opinionVerbs.has(toks[i-1].id) || toks[i-1].id == idTold) && az.startsReported(i):
			return true // "I think | lots of people forget to cancel", "I'm told | snow shut the M6": a bare subject after an opinion or hearsay
		}
	}
	switch {
	case b&(lxDet|lxOurDet|lxAgent|lxCustomer|lxThird|lxThing) == 0 && (b != 0 || !prevPause):
		return false // each frame below opens at a subject, or at a bare noun after a pause
	case framed && !prevPause && i >= 2 && toks[i-1].id == idMean && az.lexAt(i-2)&lxI != 0 && b&(lxDet|lxOurDet) != 0 && az.finiteVerbWithin(i+1, 6):
		return true // "I mean | the card we put through your door did have the number on it": "I mean" is talk before a clause
	case !prevPause && b&auxBits != 0 && az.runOnSubjectAt(i):
		return true // "nah the app's fine | it's your phone", "we replaced the pads as quoted | we've done our bit"
	case !prevPause && az.afterClearFrame(i) && az.finiteVerbWithin(i+1, 4):
		return true // "it's clear from the photos | the seal was broken": what is plain, said without "that"
	case framed && i >= 2 && sureWords.has(toks[i-1].id) && az.beSureBefore(i-1) && toks[i-1].sent == toks[i].sent && !prevPause &&
		az.finiteVerbWithin(i+1, 4):
		return true // "you're sure | the cheque didn't go in the wrong envelope", "I'm certain | it was sent", "are you sure | you"
	case az.startsReported(i):
		return true // "you have to understand | that it was your agent who booked it"
	case az.frameIsBare(i), az.reasonIsBare(i):
		return true // "what's happened here is | your router ...", "the fact is, | roaming was switched on"
	case az.frameIsThat(i, frameNouns):
		return true // "the reason the room wasn't ready is | that you arrived early", "what happened is | that we ..."
	case framed && az.afterLikeFrameAt(i):
		return true // "sounds like | you skipped the verification step"
	}
	return false
}

// joinerOnlyBits are the properties that tell which cases of clauseStartsAt
// a word may meet. A joining word (lxConj) with none of the others, with no
// pause, colon or frame before it, meets only the cases of joinerOpensAt and
// joinerTurnsAt: every other case needs a pause, a colon or a frame before
// it, or a word with one of these properties ("after that", "by the time"
// and "which is why" are a subordinator's and a preposition's, a lone "I" is
// an agent), and the last case, which turns away a word with none of the
// subjects' properties, answers no for it. TestClauseStartFastPathsHold
// holds this over the corpus.
const joinerOnlyBits = lxConj | lxSub | lxCond | lxPrep | lxDet | lxOurDet | lxAgent | lxCustomer | lxThird | lxThing

// joinerOpensAt reports a joining word at i, of properties b, that opens a
// clause before the subject and verb that follow it; prevPause says a pause
// comes before it. Each case needs a joining word, "and" and "so" being ones.
// All but the cases of "and" and "so" by their ids need the word of a
// joining word's properties and a word after it in its sentence, and
// what they ask of that word and of "so" and "but" is read once.
func (az *analyzer) joinerOpensAt(i int, b lex, prevPause bool) bool {
	toks := az.tok.toks
	if b&lxConj != 0 && i+1 < len(toks) && toks[i+1].sent == toks[i].sent {
		next, nextID, joiner := az.lexAt(i+1), toks[i+1].id, clauseJoiners.has(toks[i].id)
		switch {
		case (next&(lxAgent|lxCustomer|lxThird|lxThing) != 0 || next&lxNeg != 0 && noOne.has(nextID)) && !az.pairAfterBetween(i):
			return true // "... and we", "... and nobody answered"
		case joiner && next&lxDet != 0:
			return true // "so any delay is theirs": "so" and "but" join clauses, not nouns
		case i+2 < len(toks) && toks[i+2].sent == toks[i].sent && possessivePronouns.has(nextID) && az.lexAt(i+2)&auxBits != 0:
			return true // "other houses had the same storm | and theirs were back on by teatime"
		case i+2 < len(toks) && toks[i+2].sent == toks[i].sent && nextID == idThere && az.lexAt(i+2)&lxBe != 0:
			return true // "the broadcaster pulled the feed | and there was nothing we could do"
		case joiner && az.bareSubjectAfterJoiner(i):
			return true // "the sensor's been triggered so | warranty doesnt cover it": a bare noun and its verb, typed without a comma
		case joiner && az.discourseThenSubject(i+1):
			return true // "so yeah | a week is normal", "so basically you'll": talk before the subject
		}
	}
	switch id := toks[i].id; {
	case id == idAnd && i+3 < len(toks) && az.andOpensAClause(i):
		return true // "custom cakes need 72 hours and | your order came in with 48", "and | the money is back"
	case id == idSo && !prevPause && az.soThenFramedClause(i):
		return true // "u rebooked 2 hrs before | so under our policy the deposit is non refundable", "| so no wonder we couldnt find it"
	}
	return false
}

// joinerTurnsAt reports a joining word at i, of properties b, after which
// a clause goes on to what was found or done, whatever follows; prevPause
// says a pause comes before it. Each case needs a joining word, "and" and
// "but" being ones.
func (az *analyzer) joinerTurnsAt(i int, b lex, prevPause bool) bool {
	toks := az.tok.toks
	switch {
	case toks[i].id == idBut && !prevPause && az.grantOpensBefore(i):
		return true // "I'm sorry but | Royal Mail lost it", "I understand but | people tend to ...": as with its comma
	case toks[i].id == idAnd && i+1 < len(toks) && toks[i+1].sent == toks[i].sent && az.mayLookInto(i) && az.afterLookingInto(i):
		return true // "I've checked and | a lot of members forget to turn it off": what the look found
	case b&lxConj != 0 && i+1 < len(toks) && toks[i+1].sent == toks[i].sent && az.startsPredicate(az.pastFillers(i+1)):
		return true // "is on its way and arrives Thursday", "I've gone ahead and, um, cancelled it"
	}
	return false
}

// auxBeforeAnySubject reports an auxiliary within n words of i, before any
// subject: "everything on our end | was done right", not "everything you
// sent us", whose verb is its own relative clause's.
func (az *analyzer) auxBeforeAnySubject(i, n int) bool {
	toks := az.tok.toks
	for j := i; j < len(toks) && j < i+n && toks[j].sent == toks[i-1].sent && !toks[j-1].pause; j++ {
		b := az.lexAt(j)
		if b&(lxAgent|lxCustomer|lxThird) != 0 {
			return false
		}
		if b&auxBits != 0 {
			return true
		}
	}
	return false
}

// afterSemicolon reports a semicolon right after the word before i.
func (az *analyzer) afterSemicolon(i int) bool {
	end := az.tok.toks[i-1].end
	return end < len(az.tok.text) && az.tok.text[end] == ';'
}

// objectAtEnd reports "you" at i ending its stretch of speech, or before a
// preposition: "the driver couldn't find you.", "we couldn't reach you at
// the address": the verb's object, with no clause of its own.
func (az *analyzer) objectAtEnd(i int) bool {
	toks := az.tok.toks
	return i+1 >= len(toks) || toks[i+1].sent != toks[i].sent || toks[i].pause ||
		az.lexAt(i)&auxBits == 0 && az.lexAt(i+1)&(lxPrep|lxConj) != 0 && az.lexAt(i+1)&auxBits == 0
}

// pairAfterBetween reports "and" at i joining the pair after "between":
// "that's between you and them" is one clause.
func (az *analyzer) pairAfterBetween(i int) bool {
	return i >= 2 && az.tok.toks[i].id == idAnd && betweenWord.has(az.tok.toks[i-2].id)
}

// betweenWord holds "between", as a list so the lexicon interns it.
var betweenWord = idSetOf(betweenWordList)

const betweenWordList = "between"

// beSureBefore reports be just before the word of sureness at i, or asked
// before its subject: "you're sure", "are you sure".
func (az *analyzer) beSureBefore(i int) bool {
	if az.lexAt(i-1)&lxBe != 0 || i >= 2 && sureDegrees.has(az.tok.toks[i-1].id) && az.lexAt(i-2)&lxBe != 0 {
		return true // "I'm sure", "I'm pretty sure"
	}
	return i >= 2 && az.lexAt(i-2)&lxBe != 0 && az.lexAt(i-1)&(lxAgent|lxCustomer|lxThird) != 0 && az.lexAt(i-1)&lxBe == 0
}

// sureDegrees may sit between be and "sure": "I'm pretty sure".
var sureDegrees = idSetOf(sureDegreesList)

const sureDegreesList = "pretty fairly quite absolutely"

// reportingVerbs take a clause of their own after "that": what is known, said or seen.
var reportingVerbs = wordSet("understand know see say mean think believe realise realize note appreciate " +
	"confirm explain show find appear seem promise guarantee swear assure point advise remind inform notify tell " +
	"reflect establish clarify consider indicate suggest determine conclude verify stress mention report")

// startsReported reports a reported clause opening at i, after a verb of
// knowing or saying: "that" before a subject pronoun ("I can see that you
// paid"), or "you" itself ("our records show you paid").
func (az *analyzer) startsReported(i int) bool {
	// Every case needs "that" here, or a verb of knowing, saying or guessing,
	// or an adverb, just before: most words have neither, and the test that
	// says so is small enough to inline, so only the rest is a call.
	toks := az.tok.toks
	return (toks[i-1].lex&(lxReport|lxGuess|lxAdverb) != 0 || toks[i].id == idThat || i >= 2 && toks[i-2].lex&(lxReport|lxGuess) != 0) && az.reportedOpensAt(i)
}

// reportedOpensAt is startsReported past its first test.
func (az *analyzer) reportedOpensAt(i int) bool {
	toks := az.tok.toks
	b := az.lexAt(i)
	switch {
	case (opinionVerbs.has(toks[i-1].id) || toks[i-1].id == idDoubt) && b&(lxDet|lxOurDet|lxThird|lxThing|lxCustomer|lxAgent) != 0 && az.deniedOpinionBefore(i) && az.finiteVerbWithin(i+1, 4):
		return true // "I don't think | the courier lost it", "I doubt | it's anything on our side": the clause the denial reaches
	case b&lxDet != 0 && az.evidenceShows(i-1) && az.finiteVerbWithin(i+1, az.beforeJoin(i+1, 6)):
		return true // "the server logs show | the files were deleted from your laptop", not "the records show a no-show, and"
	case b&lxDet != 0 && b&lxOurDet == 0 && !toks[i].quoted && az.partySays(i-1) && az.finiteVerbWithin(i+1, az.beforeJoin(i+1, 6)):
		return true // "the kitchen says | the order went out right", "Kwame says | the agency didn't certify it"
	case b&(lxDet|lxOurDet) != 0 && az.markAt(i-1)&lxReport|az.lexAt(i-1)&lxAdverb != 0 && az.reportedNounClause(i):
		return true // "the photos clearly show | the screen was cracked", "the damage suggests | the phone was used"
	case toks[i].id == idThat && i >= 2 && groundsNouns.has(toks[i-1].id) && az.subjectFollows(i+1):
		return true // "declined on the basis | that the policy excludes wear and tear": the reason
	case toks[i].id == idThat && i >= 2 && clearWords.has(toks[i-1].id) && az.lexAt(i-2)&lxBe != 0:
		return true // "it is clear | that you were advised of the fee"
	case az.markAt(i-1)&lxGuess != 0 && b&(lxDet|lxThird|lxCustomer|lxThing) != 0 && b&lxAgent == 0:
		return true // "I'd guess | the dog sitter took it in", "I suspect | your router"
	case i >= 3 && az.lexAt(i-1)&lxBe != 0 && az.markAt(i-2)&lxGuess != 0 && toks[i-3].id == idMy && b&(lxDet|lxThird|lxCustomer|lxThing) != 0 && b&lxAgent == 0:
		return true // "my guess is | the form's sitting in your outbox": read as after "I'd guess"
	case toks[i-1].id == idTold && az.toldToUs(i-1) && b&lxAgent == 0 && az.subjectOfSupposedAt(i):
		return true // "I'm told | the courier left it at the wrong house": hearsay, read as after "it seems"
	case opinionVerbs.has(toks[i-1].id) && i >= 2 && az.lexAt(i-2)&lxAgent != 0 && b&lxAgent == 0 && az.subjectOfSupposedAt(i):
		// "I think | your landlord's old wiring is probably what's tripping it": an opinion of their thing;
		// "I think | the alarm went off because ...": of what happened, read as after "it seems"; but
		// "I think we can refund it" hedges our own step, and stays one clause
		return true
	case opinionVerbs.has(toks[i-1].id) && i >= 2 && az.lexAt(i-2)&lxI != 0 && b&lxAgent != 0 && b&lxDet == 0 && az.pastAfterUs(i):
		return true // "I think | we sent three reminders": what we did, told as we recall it; "I think we can refund it" hedges a step
	case b&lxAgent != 0 && b&lxDet == 0 && (az.evidenceShows(i-1) || az.partySays(i-1)) && az.finiteVerbWithin(i+1, 3):
		// "our records show | we sent two reminders": what our own evidence shows we did; "the note on
		// your account says | I've blocked the card": what a note or a party says we did
		return true
	case b&lxThird != 0 && b&lxDet == 0 && i+1 < len(toks) && az.lexAt(i+1)&lxNeg != 0 && (az.evidenceShows(i-1) || az.partySays(i-1)):
		// "the engineer's notes say | he couldn't get in": what another could not do, told as the
		// obstacle; "the driver says he knocked" is hearsay of their act, and stays one claim
		return true
	case b&(lxAgent|lxThird|lxThing) != 0 && b&lxDet == 0 && b&auxBits != 0 && i >= 2 && objectPronouns.has(toks[i-1].id) && az.markAt(i-2)&lxReport != 0:
		return true // "the mechanic tells me | he's never had one go", "they told us | it was collected"
	case b&(lxDet|lxOurDet) != 0 && b&lxThing == 0 && i >= 3 && objectPronouns.has(toks[i-1].id) && az.markAt(i-2)&lxReport != 0 &&
		az.lexAt(i-3)&(lxNeg|lxCustomer|lxMust) == 0 && az.ownVerbAfterNoun(i+1, 5):
		// "my colleague tells me | the courier left it next door"; not "let me tell you the options we
		// have", whose verb is a relative clause's, nor what went untold ("nobody told us the lift was
		// out", "should've told us the meter was changed") or what the customer told us, which stay one
		// claim
		return true
	case b&(lxAgent|lxCustomer|lxThird|auxBits) == 0 && i+2 < len(toks) && toks[i+1].num && toks[i+2].sent == toks[i].sent && az.lexAt(i+2)&auxBits != 0 &&
		az.lexAt(i+2)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 && az.markAt(i-1)&lxReport != 0:
		return true // "the log shows | locker 22 was opened": a numbered thing, then its verb
	case b&(lxCustomer|lxThing) == 0:
		return false
	case b&lxCustomer != 0 && b&lxDet == 0 && i >= 3 && objectPronouns.has(toks[i-1].id) && az.markAt(i-2)&lxReport != 0 &&
		az.lexAt(i-3)&(lxNeg|lxCustomer|lxAgent|lxMust) == 0 && (b&auxBits != 0 || az.finiteVerbWithin(i+1, 2)):
		return true // "my colleague tells me | you ticked no", "the driver told us | you weren't in": what another told us of them
	case b&lxCustomer != 0 && b&lxDet == 0 && toks[i].id != idYourself:
		// "our logs show | you logged in", "I can see | you skipped it"; but "we've
		// guaranteed you a slot" gives "you" something; and "the driver couldn't find you." has no clause after it
		return az.markAt(i-1)&lxReport != 0 && !az.tokenIn(&givingVerbs, i-1) && !az.objectAtEnd(i)
	case b&(lxAgent|lxThird|lxThing) != 0 && b&auxBits != 0 && az.markAt(i-1)&lxReport != 0:
		return true // "I promise | it'll be with you", "I can see | it's been dropped"
	case indefinites.has(toks[i].id) && az.markAt(i-1)&lxReport != 0 && !az.tokenIn(&givingVerbs, i-1) && az.auxBeforeAnySubject(i+1, 5):
		return true // "I can honestly say | everything on our end was done right"
	case b&(lxAgent|lxThird|lxThing) != 0 && b&lxDet == 0 && i+1 < len(toks) && toks[i+1].sent == toks[i].sent &&
		az.lexAt(i+1)&auxBits != 0 && az.lexAt(i+1)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 && az.markAt(i-1)&lxReport != 0:
		return true // "the log says | it was your login", "I can see | they were sent"
	case toks[i].id != idThat || i+1 >= len(toks) || toks[i+1].sent != toks[i].sent:
		return false
	}
	next := az.lexAt(i + 1)
	// "I can see that you paid", "we've been told that the parcel was misrouted":
	// before a determiner, "that" cannot be one itself
	// "our records show that no request was made": "no" before a noun opens a subject too
	if next&(lxAgent|lxCustomer|lxThird|lxThing) != 0 || next&lxDet != 0 || az.noBeforeNoun(i+1) {
		return az.reportedBefore(i)
	}
	// "our records show that | air traffic control restrictions held the plane", "| whoever answered
	// the door": a subject as the frames that suppose read one
	return az.reportedBefore(i) && az.subjectOfSupposedAt(i+1)
}

// pastAfterUs reports "we" or "I" at i before a verb group in the past: "we
// sent", "we did", "we've done", "we definitely emailed"; not "we can", "we
// will", nor "we had to", which is a duty.
func (az *analyzer) pastAfterUs(i int) bool {
	toks := az.tok.toks
	if toks[i].apos {
		return az.lexAt(i)&lxHave != 0 && i+1 < len(toks) && toks[i+1].id != idTo // "we've done"
	}
	j := i + 1
	for j < len(toks) && j < i+3 && toks[j].sent == toks[i].sent && az.adverbAt(j) {
		j++ // "we definitely sent", "we also did"
	}
	if j >= len(toks) || toks[j].sent != toks[i].sent || j+1 < len(toks) && toks[j+1].id == idTo {
		return false
	}
	return pastHelpers.has(toks[j].id) || az.lexAt(j)&^lxIrregular == 0 && az.plainPastAt(j)
}

// pastHelpers put the verb after "we" in the past: "we did", "we have",
// "we had", "we were".
var pastHelpers = idSetOf("did have had were was")

// ownVerbAfterNoun reports, within n words from lo, a verb with its own
// tense before any pronoun that could be a subject of its own: "the
// courier | left it", not "the options | we have".
func (az *analyzer) ownVerbAfterNoun(lo, n int) bool {
	toks := az.tok.toks
	for j := lo; j < len(toks) && j < lo+n && toks[j].sent == toks[lo-1].sent && !toks[j-1].pause; j++ {
		if az.lexAt(j)&(lxAgent|lxCustomer|lxThird|lxThing) != 0 && az.lexAt(j)&lxDet == 0 {
			return false
		}
		if az.finiteVerbWithin(j, 1) {
			return true
		}
	}
	return false
}

// deniedOpinionBefore reports a verb of opinion just before i, denied by the
// one who holds it: "I don't think", "we do not believe", "I didn't reckon".
// Said so, the denial is of the clause that follows: "I don't think it was
// our fault" says it was not.
func (az *analyzer) deniedOpinionBefore(i int) bool {
	toks := az.tok.toks
	if i < 2 {
		return false
	}
	if toks[i-1].id == idDoubt {
		// "I doubt | it's the app" denies as "I don't think" does; "I don't doubt" does not
		return az.lexAt(i-2)&lxAgent != 0 && az.lexAt(i-2)&lxNeg == 0
	}
	if i < 3 || !opinionVerbs.has(toks[i-1].id) {
		return false
	}
	j := i - 2
	if toks[j].id == idNot {
		j-- // "do not think"
	}
	return j >= 0 && az.lexAt(j)&lxDo != 0 && az.lexAt(j)&lxNeg != 0 || toks[j+1].id == idNot && az.lexAt(j)&lxDo != 0
}

// idDoubt is the id of "doubt": "I doubt it's the app" holds the view denied.
var idDoubt = wordID("doubt")

// toldToUs reports "told" at i said of us in the passive: "I'm told", "we
// were told", "I've been told".
func (az *analyzer) toldToUs(i int) bool {
	toks := az.tok.toks
	j := i - 1
	if j >= 1 && (toks[j].id == idBeen || toks[j].id == idWas || toks[j].id == idWere || toks[j].id == idAm) {
		j-- // "I've been told", "we were told", "I am told"
	}
	return j >= 0 && toks[j].sent == toks[i].sent && az.lexAt(j)&lxAgent != 0 && (j < i-1 || az.lexAt(j)&(lxBe|lxHave) != 0)
}

var idTold, idWas = wordID("told"), wordID("was")

// opinionOrDoubtIDs are the words one of which a sentence needs before an
// opinion can deny what follows it.
var opinionOrDoubtIDs = append(opinionVerbs.ids(), idDoubt)

// opinionVerbs hold a view that a denial before them passes to the clause
// after them.
var opinionVerbs = idSetOf(opinionVerbsList)

const opinionVerbsList = "think believe reckon suppose feel"

// clearWords say a thing is plain before "that": "it is clear that".
var clearWords = idSetOf(clearWordsList)

// "it's just that", "it's more that", "it's simply that" frame what follows the same way.
const clearWordsList = "clear evident apparent obvious plain just more simply only"

// evidenceShows reports a verb of showing at i after a record of what
// happened: "the logs show", "our records confirm", "the tracking says".
func (az *analyzer) evidenceShows(i int) bool {
	toks := az.tok.toks
	return i > 0 && toks[i].sent == toks[i-1].sent && az.markAt(i)&lxReport != 0 && evidenceNouns.has(toks[i-1].id)
}

// partySays reports a verb that passes on what a party said at i, right
// after the party: "the kitchen says", "our courier partner reports".
func (az *analyzer) partySays(i int) bool {
	toks := az.tok.toks
	return i > 0 && partySayForms.has(toks[i].id) && toks[i].sent == toks[i-1].sent && (az.nounAt(i-1) || az.lexAt(i-1)&(lxThirdNoun|lxCompanyNoun) != 0)
}

// partySayForms pass on what someone said, as a report of it.
var partySayForms = idSetOf(partySayFormsList)

const partySayFormsList = "says said reports reported confirms confirmed claims claimed insists insisted"

// evidenceNouns are records an agent reads what happened from.
var evidenceNouns = idSetOf(evidenceNounsList)

const evidenceNounsList = "logs log records record tracking history photo photos scan scans report notes recording app " +
	"footage data statement statements audit review investigation findings system systems gps cctv camera cameras image images picture pictures screenshot screenshots timestamp tracker trail inventory diagnostics diagnostic inspection survey"

// reportedBefore reports a verb of knowing or saying just before token i, or
// before its particle or its "by" phrase: "I'd point out | that", "we were
// told by the courier | that".
func (az *analyzer) reportedBefore(i int) bool {
	if az.markAt(i-1)&lxReport != 0 {
		return true
	}
	if az.tok.toks[i].id == idThat && addedWords.has(az.tok.toks[i-1].id) {
		return true // "we would add | that reminders were sent", "I'd stress | that"
	}
	if i >= 2 && objectPronouns.has(az.tok.toks[i-1].id) && az.markAt(i-2)&lxReport != 0 {
		return true // "the mechanic told us | that the seal had been cut": told to someone
	}
	if i >= 2 && az.tok.keyOf(&az.tok.toks[i-1]) == "out" && az.markAt(i-2)&lxReport != 0 {
		return true
	}
	// "we have been informed by our logistics partner | that ...": a short
	// "by" phrase between the verb and "that"
	toks := az.tok.toks
	for j := i - 1; j >= 2 && j >= i-5 && toks[j].sent == toks[i].sent && !toks[j].pause; j-- {
		if toks[j].id == idBy || az.lexAt(j)&lxPrep != 0 && toks[j].id != idTo && toks[j].id != idOf {
			return az.markAt(j-1)&lxReport != 0 // "we can see from the logs | that ..."
		}
	}
	return false
}

// addedWords say a thing on top of what was said; they tell what follows only
// before "that", as "I'll add the credit" tells no report.
var addedWords = idSetOf(addedWordsList)

const addedWordsList = "add adds added emphasise emphasised emphasize emphasized highlight highlighted underline"

// finiteVerbWithin reports a verb that has its own tense within n tokens
// from lo in the sentence: an auxiliary, a past form, or an -s verb the
// lists know, not one after "to".
func (az *analyzer) finiteVerbWithin(lo, n int) bool {
	toks := az.tok.toks
	for j := lo; j < len(toks) && j < lo+n && toks[j].sent == toks[lo-1].sent; j++ {
		if j > 0 && toks[j-1].id == idTo {
			continue
		}
		b := az.lexAt(j)
		if b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 || b == 0 && (az.looksLikeVerb(j) || az.verbAfterNoun(j)) || b&(lxAgent|lxCustomer|lxThird|lxThing) != 0 && b&auxBits != 0 {
			return true
		}
		if b == 0 && verbs.bare[az.tok.keyOf(&toks[j])] != 0 && az.lexAt(j-1)&(lxDet|lxOurDet) == 0 && !az.hyphenated(j) {
			return true // "before your guests arrive": a base verb after its subject, not "the last day" or "a no-show"
		}
		if b&lxIrregular != 0 && b&^lxIrregular&^lxAdverb == 0 {
			return true // "when you bought it", "before you went out"
		}
	}
	return false
}

// givingVerbs report a promise, or tell something, and take the customer as
// who it is made or told to: "I'll tell you what happened" does not report "you".
var givingVerbs = wordsByID("promise promised guarantee guaranteed assure assured swear tell told tells")

// idTo is the id of "to", before which a verb has no tense of its own.
var idTo = wordID("to")

// subjectFollows reports whether token i can start a subject.
func (az *analyzer) subjectFollows(i int) bool {
	toks := az.tok.toks
	return i < len(toks) && toks[i].sent == toks[i-1].sent &&
		az.lexAt(i)&(lxAgent|lxCustomer|lxThird|lxThing|lxDet|lxCustomers|lxAnyone) != 0 && !az.objectOnlyAt(i)
}

// peopleThenVerb reports people named without a determiner at i, then a
// verb in its base form: "people order", "staff edit", "customers forget".
// Said of people, "order" is what they do, not what they bought.
func (az *analyzer) peopleThenVerb(i int) bool {
	toks := az.tok.toks
	return i+1 < len(toks) && toks[i+1].sent == toks[i].sent && az.lexAt(i)&(lxCustomers|lxCompanyNoun) != 0 && az.lexAt(i)&(lxDet|auxBits) == 0 &&
		!toks[i].pause && verbs.bare[az.tok.keyOf(&toks[i+1])] != 0
}

// bareSubjectAfterPossible reports a clause's subject with no determiner
// after "is it possible": a share ("one of your staff") or a bare noun
// ("notifications for our app"). "Is it possible to", "for you to", "at
// all", "yet" go on the frame.
func (az *analyzer) bareSubjectAfterPossible(i int) bool {
	toks := az.tok.toks
	if i >= len(toks) || toks[i].sent != toks[i-1].sent || toks[i].pause || toks[i-1].pause {
		return false
	}
	return az.shareOf(i, az.tok.sents[toks[i].sent].tokHi) || az.lexAt(i) == 0 && !az.looksLikeVerb(i) && !toks[i].num
}

// objectOnlyAt reports a pronoun at i that cannot be a subject: "the firm you
// used before us | scratched it" has no clause at "us". "Her" may own a noun.
func (az *analyzer) objectOnlyAt(i int) bool {
	return objectPronouns.has(az.tok.toks[i].id) && az.lexAt(i)&lxDet == 0 && az.tok.toks[i].id != idHer
}

// idHer is the id of "her", which may be a determiner.
var idHer = wordID("her")

// startsPredicate reports a second verb sharing the subject before it:
// "arrives", "has", "will", "refunded".
func (az *analyzer) startsPredicate(i int) bool {
	b := az.lexAt(i)
	if b&(lxWill|lxHave|lxCan) != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
		return true
	}
	if b&lxBe != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 && i+1 < len(az.tok.toks) && az.looksLikeVerb(i+1) {
		return true // "was not initiated by us | but was requested by the previous occupant", "arrived | and is signed for"
	}
	if b&^lxIrregular != 0 || az.tok.toks[i].num { // "they had it and lost it": an irregular past is a verb too
		return false
	}
	k := az.tok.keyOf(&az.tok.toks[i])
	return az.looksLikeVerb(i) || strings.HasSuffix(k, "s") && sharedSubjectVerbs[lemma(k)] || az.samePastThenObject(i)
}

// samePastThenObject reports at i a verb whose past is its base ("cut",
// "put", "set"), then the start of its object or its particle: "the council
// dug up the road and | cut the line", "I'll check the stock and | put one
// aside". Alone such a word may be a noun ("a cut"), so it needs what follows.
func (az *analyzer) samePastThenObject(i int) bool {
	toks := az.tok.toks
	if !samePast.has(toks[i].id) || i+1 >= len(toks) || toks[i+1].sent != toks[i].sent || toks[i].pause {
		return false
	}
	n := toks[i+1].id
	return az.lexAt(i+1)&lxDet != 0 || n == idIt || n == idOne || objectPronouns.has(n) || particleAfterVerb.has(n) || particles.has(n)
}

// sharedSubjectVerbs are present-tense verbs that often follow "and" with the
// subject left out: "it's on its way and arrives Thursday".
var sharedSubjectVerbs = wordSet("arrive reach land show appear take go come get need")

// groundsNouns before "that" give the reason for what was done: "on the
// basis that", "on the grounds that".
var groundsNouns = idSetOf(groundsNounsList)

const groundsNounsList = "basis grounds"

// discourseThenSubject reports one or two words of talk at i that say
// nothing of the clause ("yeah", "basically", "um", "like"), then a subject:
// after "so" or "but" they open a clause as the subject alone would.
func (az *analyzer) discourseThenSubject(i int) bool {
	toks := az.tok.toks
	j := i
	for ; j < len(toks) && j < i+2 && toks[j].sent == toks[i-1].sent && az.discourseWord(j); j++ {
	}
	if j == i || j >= len(toks) || toks[j].sent != toks[i-1].sent {
		return false
	}
	return az.lexAt(j)&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) != 0
}

// discourseWord reports a word of talk that may sit between a joining word
// and its clause's subject: an opener that is no subject or joining word
// itself ("yeah", "basically", "um"), or "like".
func (az *analyzer) discourseWord(j int) bool {
	b := az.lexAt(j)
	return b&lxOpener != 0 && b&(lxConj|lxAgent|lxCustomer|lxThird|lxThing|lxDet) == 0 || az.tok.toks[j].id == idLike
}

// sureWords after be take a clause of what is held true: "you're sure the
// cheque went in", "we're aware the fee applies".
var sureWords = idSetOf(sureWordsList)

const sureWordsList = "sure certain positive aware convinced"

// beforeJoin returns how many of the n tokens from lo come before a joining
// word or a pause: a time's own verb comes before them ("till the last day
// | and then wonder" has none).
func (az *analyzer) beforeJoin(lo, n int) int {
	toks := az.tok.toks
	for j := lo; j < len(toks) && j < lo+n; j++ {
		if az.lexAt(j)&lxConj != 0 || j > lo && toks[j-1].pause {
			return j - lo
		}
	}
	return n
}

// idSince is the id of "since", a time ("since the update") unless a verb follows.
var idSince = wordID("since")

// afterClearFrame reports token i right after "it's clear" or "it's
// obvious" and the short phrase saying what shows it ("from the photos"),
// with no pause between.
func (az *analyzer) afterClearFrame(i int) bool {
	// As startsReported: most turns have no word of clearness at all.
	return az.clearWords && az.clearFrameBefore(i)
}

// clearFrameBefore is afterClearFrame in a turn with a word of clearness.
func (az *analyzer) clearFrameBefore(i int) bool {
	toks := az.tok.toks
	for j := i - 1; j >= 1 && j >= i-5 && toks[j].sent == toks[i].sent && !toks[j].pause; j-- {
		if clearFrameWords.has(toks[j].id) {
			if az.lexAt(j-1)&lxBe == 0 {
				return false
			}
			return j == i-1 || j < i-2 && az.lexAt(j+1)&lxPrep != 0 && az.lexAt(i-1)&(lxDet|lxOurDet|lxPrep) == 0 && az.nounAt(i-1)
		}
		if az.lexAt(j)&^(lxPrep|lxDet|lxOurDet) != 0 && !az.nounAt(j) {
			return false
		}
	}
	return false
}

// clearFrameWords after be say a thing is plain to see: "it's clear".
var clearFrameWords = idSetOf(clearFrameWordsList)

const clearFrameWordsList = "clear obvious evident apparent"

// fillerNear reports a filler, or a "what" that may fill a pause, at i or
// just before it: fillerBridges can pass only then, and the bit test spares
// its call at every other word.
func (az *analyzer) fillerNear(i int) bool {
	toks := az.tok.toks
	return (toks[i].lex|toks[i-1].lex)&lxFiller != 0 || toks[i].id == idWhat || toks[i-1].id == idWhat
}

// fillerBridges reports a filler at f ("um", "uh") set off after a pause
// that left its clause open, on an auxiliary, a preposition or a
// determiner: "this is, uh, the third time", "it was, um, dropped". A
// "what" set off on both sides fills the same pause ("this is, what, the
// third time"). Spoken, the clause goes on after it.
func (az *analyzer) fillerBridges(f int) bool {
	toks := az.tok.toks
	isFiller := fillerWords.has(toks[f].id) || toks[f].id == idWhat && toks[f].pause // "this is, what, the third time"
	return f >= 1 && toks[f-1].pause && isFiller && f+1 < len(toks) && toks[f+1].sent == toks[f].sent &&
		az.lexAt(f-1)&(lxBe|lxHave|lxDo|lxWill|lxCan|lxPrep|lxDet) != 0 && az.lexAt(f-1)&(lxAgent|lxCustomer|lxThird) == 0 &&
		toks[f+1].id != toks[f-1].id && // "so the, uh, the meter reading": said again, the clause starts afresh
		!az.personThenVerbAt(f+1) // "the thing is, um, | you must've put the old sort code in"
}

// personThenVerbAt reports "I", "we" or "you" at i and a finite verb just
// after it, other than a word of talk ("you know", "I mean"): after a
// filler, the clause left open has been given up and a new one starts.
func (az *analyzer) personThenVerbAt(i int) bool {
	toks := az.tok.toks
	return i+1 < len(toks) && toks[i+1].sent == toks[i].sent && az.lexAt(i)&(lxAgent|lxCustomer) != 0 && az.lexAt(i)&lxDet == 0 &&
		!talkAsideVerbs.has(toks[i+1].id) && az.finiteVerbWithin(i+1, 2)
}

// talkAsideVerbs after "you" or "I" make talk, not a clause: "you know",
// "I mean", "I guess".
var talkAsideVerbs = idSetOf(talkAsideVerbsList)

const talkAsideVerbsList = "know mean guess suppose think reckon see"

// wordSaidAgain reports a word at i said again after a filler: "about the,
// er, | the cold snap", "so I'd, er, | I'd need you to". The clause goes on;
// one that opens this way is read from where it is said again (see
// falseStartEnd).
func (az *analyzer) wordSaidAgain(i int) bool {
	toks := az.tok.toks
	if fillerWords.has(toks[i].id) && i+1 < len(toks) && toks[i+1].sent == toks[i].sent {
		i++ // at the filler itself: "about the, | er, the cold snap"
	}
	return i >= 2 && toks[i-2].id == toks[i].id && fillerWords.has(toks[i-1].id) && toks[i-2].pause
}

// pastFillers returns the first token from i that is not a filler of its
// sentence ("um", "uh"): spoken, "and, um, cancelled it" goes on as "and
// cancelled it" would.
func (az *analyzer) pastFillers(i int) int {
	toks := az.tok.toks
	for i+1 < len(toks) && fillerWords.has(toks[i].id) && toks[i+1].sent == toks[i].sent {
		i++
	}
	return i
}

// fillerWords are sounds that fill a pause in speech.
var fillerWords = idSetOf(fillerWordsList)

const fillerWordsList = "um umm uh erm er"

// bareSubjectAfterJoiner reports, after "so" or "but" at i, a bare noun
// and then its verb, with a verb in the clause before: "it's been
// triggered so | warranty doesnt cover it", "we tried twice but | payment
// failed". A verb right after the joiner ("so check the box") is an order,
// no subject. The noun may be one the lexicon marks ("warranty", "payment").
func (az *analyzer) bareSubjectAfterJoiner(i int) bool {
	toks := az.tok.toks
	if i+2 >= len(toks) || toks[i+2].sent != toks[i].sent || az.lexAt(i+1)&^nounBits != 0 || toks[i+1].apos || toks[i].pause ||
		az.looksLikeVerb(i+1) {
		return false
	}
	b := az.lexAt(i + 2)
	finite := b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 || b == 0 && az.looksLikeVerb(i+2)
	// the base verbs, a map keyed by the word, are asked only of a noun a verb follows
	return finite && verbs.bare[az.tok.keyOf(&toks[i+1])] == 0 && az.verbBefore(i)
}

// subjectAfterSeeing reports at i, after a verb of seeing or confirming, a
// noun phrase with its determiner and then its verb: "I can see | your
// doorway's just too narrow", "I can see | your router was reset", "I can
// confirm | the parcel went out on Monday". The noun is at most three words,
// and its verb comes straight after it, so "I can see the email you sent"
// keeps its object. After "to" ("I'll ring you to confirm the part has
// arrived") what follows is yet to be checked, and stays inside its clause.
func (az *analyzer) subjectAfterSeeing(i int) bool {
	toks := az.tok.toks
	if az.lexAt(i)&(lxDet|lxOurDet) == 0 && toks[i].id != idYour || i >= 2 && toks[i-2].id == idTo {
		return false // "to confirm the part has arrived": what is yet to be checked
	}
	hi := az.tok.sents[toks[i].sent].tokHi
	for j := i + 1; j < hi && j <= i+3; j++ {
		if toks[j].pause {
			return false
		}
		if endsInApostropheS(az.tok.keyOf(&toks[j])) {
			rest := clause{lo: i, hi: hi}
			return j+1 < hi && az.verbAfterApostropheS(j+1, &rest) // "your doorway's just too narrow"
		}
		b := az.lexAt(j)
		switch {
		case b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0:
			return j > i+1 // "your router was reset"
		case az.looksLikeVerb(j):
			return j > i+1 && az.plainPastAt(j) // "the parcel went out"
		case b&^nounBits != 0:
			return false
		}
	}
	return false
}

// andOpensAClause reports "and" at i, after a clause with its verb, before
// a subject of its own and its verb: "custom cakes need 72 hours and | your
// order came in with 48", "we made a mistake and | the money is back in your
// account" (a noun and its own auxiliary). "Maybe the payment cleared and
// the bank is holding it" is one guess, whole.
func (az *analyzer) andOpensAClause(i int) bool {
	toks := az.tok.toks
	if toks[i+1].id == idYour {
		return az.finiteVerbWithin(i+3, 2) && az.verbBefore(i)
	}
	return az.lexAt(i+1)&lxDet != 0 && az.nounsThenAux(i+2, 0) && az.verbBefore(i) && !guessAdverbs.has(toks[az.tok.sents[toks[i].sent].tokLo].id)
}

// bareSubjectThenVerb reports at i a bare plural subject, or up to two
// plain words before it, with a short phrase it carries and an adverb, and then its
// verb: "refunds to a card normally take", "faster payments usually arrive".
// The plural is what tells it from the object of the verb before ("I can
// confirm the refund", "I can see refunds on your account").
func (az *analyzer) bareSubjectThenVerb(i int) bool {
	toks := az.tok.toks
	hi := az.tok.sents[toks[i].sent].tokHi
	j := i
	for j+1 < hi && j < i+3 && az.plainNounAt(j) && !strings.HasSuffix(az.tok.keyOf(&toks[j]), "s") {
		j++ // "replacement buses", "tool hire deposits", "air traffic control restrictions"
	}
	k := az.tok.keyOf(&toks[j])
	if j+1 >= hi || toks[j].apos || toks[j].pause || az.lexAt(j)&^nounBits != 0 || !strings.HasSuffix(k, "s") || strings.HasSuffix(k, "ss") || len(k) < 4 {
		// "as required under ..." has no plural: a plural noun has at least four letters
		return false
	}
	j, finite := az.verbAfterSubjectPhrase(j+1, i, hi)
	// the head is plural, so a base form is its present ("refunds usually take")
	return finite || j < hi && j > i && az.lexAt(j) == 0 && verbs.bare[az.tok.keyOf(&toks[j])] != 0
}

// verbAfterSubjectPhrase returns the token after the short phrase and the
// adverbs that follow a subject at i, from from on ("everything | on our
// side | checks out", "refunds | to a card normally | take"), and whether it
// is a verb that subject can have.
func (az *analyzer) verbAfterSubjectPhrase(from, i, hi int) (int, bool) {
	j := az.phraseAfterSubject(from, hi)
	for j < hi && az.adverbAt(j) {
		j++
	}
	return j, j < hi && j > i && az.finiteAfterSubject(j, i, hi)
}

// bareClauseTakers may take a clause whose subject is a bare noun, with no
// "that" before it: the verbs of fact, opinion ("I think | lots of people
// forget to cancel") and hearsay ("I'm told | snow shut the M6").
var bareClauseTakers = idSetOf(seeingVerbsList + " confirm confirmed " + opinionVerbsList + " told")

// factVerbs take a fact as their object, which may be a whole clause:
// seeing verbs, and "confirm" ("I can confirm refunds take five days").
var factVerbs = idSetOf(seeingVerbsList + " confirm confirmed")

// afterCouldItBe reports token i right after "could it be" or "might it be",
// with or without "that", which takes a whole clause as "is it possible"
// does: "could it be that | the router was switched off?".
func (az *analyzer) afterCouldItBe(i int) bool {
	toks := az.tok.toks
	if i >= len(toks) || toks[i].id == idThat {
		return false // the clause starts after "that", not at it
	}
	j := i - 1
	if toks[j].id == idThat {
		j--
	}
	return j >= 2 && toks[j].id == idBe && toks[j-1].id == idIt && az.lexAt(j-2)&(lxCan|lxWould) != 0 && toks[j-2].sent == toks[i].sent
}

// idBe is the id of "be".
var idBe = wordID("be")

// oneWordTags ask for agreement after a statement: "..., ok?". "Yeah?" and
// "right?" after one check what was told back ("so the driver left it by
// the bins, yeah?"), and stay questions.
var oneWordTags = idSetOf("ok okay alright")

// wrongThingThenVerb reports a word of wrongness at i, a plain noun, then
// a verb: "wrong pack was ticked", "old address got used". Typed fast, the
// article is left out, and the clause starts at the adjective.
func (az *analyzer) wrongThingThenVerb(i int) bool {
	toks := az.tok.toks
	return i+2 < len(toks) && toks[i+2].sent == toks[i].sent && az.lexAt(i)&(auxBits|lxPrep|lxDet) == 0 && az.nounAt(i+1) &&
		az.finiteVerbWithin(i+2, 2)
}

// linkNotPassiveAt reports a form of be at i with no participle after it:
// the "is" of "after that is their doing", not of "after that is done".
func (az *analyzer) linkNotPassiveAt(i int) bool {
	toks := az.tok.toks
	return i+1 < len(toks) && az.lexAt(i)&lxBe != 0 && az.lexAt(i)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 &&
		toks[i+1].sent == toks[i].sent && !az.looksLikeVerb(i+1)
}

// orderAfterColon reports an order at i, after a colon: a verb in its
// base form and then a preposition or a determiner ("pay at the kiosk",
// "bring the receipt").
func (az *analyzer) orderAfterColon(i int) bool {
	toks := az.tok.toks
	return i+1 < len(toks) && toks[i+1].sent == toks[i].sent && az.isBareVerb(i) && az.lexAt(i)&(lxPrep|auxBits) == 0 &&
		az.lexAt(i+1)&(lxPrep|lxDet|lxOurDet) != 0
}

// afraidCue is the cue the word "afraid" gives its turn (see noteCues): a
// turn without it holds no "afraid", and the readings of "I'm afraid" pass
// it by (see mayBeAfraid). TestAfraidGivesItsCue holds it to a cue noteCues
// keeps as the word gives it.
var afraidCue = wordCues[uint(idAfraid)%maxSetWord]

// mayBeAfraid reports a turn that may hold "afraid": in most there is none,
// and "I" is asked nothing of "I'm afraid" there.
func (az *analyzer) mayBeAfraid() bool {
	return az.tok.cues&afraidCue != 0
}

// trailingAfraid reports "I'm afraid" at i closing its sentence: the
// politeness is said after the clause, not inside it.
func (az *analyzer) trailingAfraid(i int) bool {
	hi := az.tok.sents[az.tok.toks[i].sent].tokHi
	a := az.afraidAt(i, hi)
	return a >= 0 && a+1 == hi && az.lexAt(a-1)&lxBe != 0
}

// afraidAt returns the token of "afraid" after "I" at i, in "I'm afraid"
// or "I am afraid" said in full, before hi; or -1.
func (az *analyzer) afraidAt(i, hi int) int {
	a := i + 1
	if az.lexAt(i)&lxBe == 0 && a < hi && az.lexAt(a)&lxBe != 0 && az.lexAt(a)&lxAgent == 0 {
		a++ // "I am afraid"
	}
	if a >= hi || az.tok.toks[a].id != idAfraid { // the word's id, not its key: the vocabulary holds "afraid"
		return -1
	}
	return a
}

// afterLookingInto reports "and" at i right after we looked into it: "I've
// checked and", "we looked into it and", "I've had a quick look and", "I've
// checked your account and", "I've spoken to the team and". What
// follows is what the look found, a clause of its own whatever its subject.
func (az *analyzer) afterLookingInto(i int) bool {
	toks := az.tok.toks
	// The verb of looking first, by its id alone: most "and"s have none before them.
	v := -1
	for j := i - 1; j >= 1 && j >= i-lookReach; j-- {
		if lookedIntoForms.has(toks[j].id) || toks[j].id == idHad && j+1 < i && lookNouns.has(toks[i-1].id) {
			v = j
			break
		}
	}
	if v < 0 || toks[v].sent != toks[i].sent || toks[v].pause || az.lexAt(v-1)&lxAgent == 0 {
		return false
	}
	for j := v + 1; j < i; j++ {
		if toks[j].pause || !lookObjects.has(toks[j].id) && !lookNouns.has(toks[j].id) && !az.lookedAtWhat(j) {
			return false
		}
	}
	return true
}

// lookReach is how far before "and" afterLookingInto looks for the verb of
// looking.
const lookReach = 4

// mayLookInto reports whether afterLookingInto may hold at "and" at i. Its
// verb of looking comes just after "I" or "we", which gives the turn the cue
// cueSeeing (see placedCue), unless the verb opens its sentence, the agent
// closing the one before: then i is within lookReach of the sentence's first
// word. A turn with neither is passed by with no look back at the words
// before each "and". TestLookingIntoGivesItsCue holds it to afterLookingInto.
func (az *analyzer) mayLookInto(i int) bool {
	return az.tok.cues&cueSeeing != 0 || i-az.tok.sents[az.tok.toks[i].sent].tokLo <= lookReach
}

// afterFrontedParticiple reports token i right after a short phrase that
// opens its sentence on a participle and ends in a pause: "Having looked
// into it, | ...", "Checking the system, | ...". The phrase says how we
// found out; what follows is a clause of its own.
func (az *analyzer) afterFrontedParticiple(i int) bool {
	toks := az.tok.toks
	lo := az.tok.sents[toks[i].sent].tokLo
	if i-lo < 2 || i-lo > 7 {
		return false
	}
	if k := az.tok.keyOf(&toks[lo]); k != "having" && (az.lexAt(lo)&^lxIrregular != 0 || !strings.HasSuffix(k, "ing") || len(k) < 6) {
		return false
	}
	for j := lo; j < i-1; j++ {
		if toks[j].pause {
			return false
		}
	}
	return true
}

// lookedAtWhat reports a word at j of what or whom we looked into or
// asked: "checked | your account", "spoken | to the team", "looked | at the
// photos".
func (az *analyzer) lookedAtWhat(j int) bool {
	b := az.lexAt(j)
	if b&(lxAgent|lxCustomer|lxThird|lxThing|auxBits) != 0 {
		return false
	}
	return b&(lxDet|lxOurDet|lxPrep|lxCompanyNoun|lxThirdNoun) != 0 || az.nounAt(j)
}

// lookedIntoForms are the past forms of looking into something; lookObjects
// may follow them before "and": "looked into it", "had a quick look".
var (
	lookedIntoForms = idSetOf(lookedIntoFormsList)
	lookObjects     = idSetOf(lookObjectsList)
)

const (
	lookedIntoFormsList = "checked looked investigated examined inspected reviewed spoken spoke talked"
	lookObjectsList     = "it this that into a quick proper"
)

// grantOpensBefore reports the words of i's sentence before i as only a
// short apology or grant, "I'm so sorry", "I understand", "I hear you",
// "apologies": a "but" after them, typed without its comma, turns to what
// is said, as it does with the comma.
func (az *analyzer) grantOpensBefore(i int) bool {
	toks := az.tok.toks
	lo := az.tok.sents[toks[i].sent].tokLo
	if i == lo || i-lo > 5 || i+1 >= len(toks) || toks[i+1].sent != toks[i].sent {
		return false
	}
	granted := false
	for j := lo; j < i; j++ {
		switch {
		case grantHeads.has(toks[j].id):
			granted = true
		case !grantWords.has(toks[j].id):
			return false
		}
	}
	return granted
}

// idBut is the id of "but".
var idBut = wordID("but")

// grantHeads apologise or grant; grantWords may stand beside them: "I'm so
// sorry", "I totally get that".
var (
	grantHeads = idSetOf(grantHeadsList)
	grantWords = idSetOf(grantWordsList)
)

const (
	grantHeadsList = apologyHeadsList + " " + grantingFormsList
	grantWordsList = "i i'm am so really very truly terribly awfully totally completely fully do you that this it"
)

// sorryClosesAt reports "sorry" at i closing its sentence, alone or with
// "about that": "..., sorry.", "..., sorry about that".
func (az *analyzer) sorryClosesAt(i int) bool {
	toks := az.tok.toks
	end := az.tok.sents[toks[i].sent].tokHi
	return i+1 == end || i+3 == end && toks[i+1].id == idAbout && toks[i+2].id == idThat
}

// apologyHeads end an apology said in so many words: "I'm sorry", "my
// apologies", "I apologise".
var apologyHeads = idSetOf(apologyHeadsList)

const apologyHeadsList = apologyNounsList + " apologise apologize"

// apologyNounsList are the words of an apology that stand alone, or end
// "I'm so sorry", "my apologies": both an apology and a grant before "but".
const apologyNounsList = "sorry apologies"

// idSorry is the id of "sorry".
var idSorry = wordID("sorry")
