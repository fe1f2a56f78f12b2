package scoring

import (
	"slices"
	"sync"
	"sync/atomic"
)

// analyzer is the reusable scratch space of one Analyze call. Pooling it keeps a
// call down to a few allocations whatever the number of patterns.
type analyzer struct {
	tok  tokenizer
	hits []match
	// typedSentences is how many sentences the turn was typed in, before
	// splitAfterGrant parted any; splits are the tokens it parted them at,
	// and sentsSpare the sentences' other backing array.
	typedSentences int
	splits         []int32
	sentsSpare     []sentence
	cands          []Marker
	flags          []sentFlags
	cues           []timeCue
	ends           [maxKinds]int // dedupe's scratch space, by kind number
	// clauses are the turn's clauses in order (see clause.go).
	clauses []clause
	candTok []int // per candidate, its first token, or -1 when it was added by bytes
	// candFacts holds, per candidate, what the passes over the candidates
	// ask of its kind (see kindFacts), worked out once when it is added.
	candFacts []kindFacts
	anchors   []int   // per clause, see findAnchors
	nextOr    []int32 // per token, see findOrs; empty until a rule asks
	found     []uint8 // per clause, the clause kinds the phrase tables found (see noteFoundKinds)
	// spanOf is, per clause, the span of its sentence between words of
	// contrast it sits in; spans counts, per span, the clauses that take or
	// promise a step (see noteSentenceClauses).
	spanOf []int32
	spans  []spanSteps
	// resultNext is, per clause, the clause that states its result (see
	// resultAfter), or 0, or resultUnread until a check asks.
	resultNext []int32
	// clausesNoted, resultsNoted and hedgesNoted say noteSentenceClauses,
	// noteResults and noteHedges have run for the turn.
	clausesNoted, resultsNoted, hedgesNoted bool
	// clearWords says the turn holds a word of a plain-to-see frame ("it's
	// clear"): readClauses notes it, so that afterClearFrame, asked at most
	// words, answers at once in the many turns without one.
	clearWords bool
	// limits says whether the turn holds a number and a word that sets a
	// limit ("window", "expired"), once actPastTheLimit first asks: it is
	// asked of every clause of a past act, and most turns have neither.
	limits limitsRead
	// uses is what the passes over the hits do with some hit of the turn
	// (see markCues): a pass that finds nothing for it skips the hits.
	uses ruleUse
	// order is result's scratch space: the candidates to report, by their
	// index in cands, sorted (see sortOrder).
	order []int32
	// markers is what is left of the allocation the answers' markers are
	// cut from (see answerMarkers).
	markers []Marker
	// groups and owned are dropSuppressed's scratch space.
	groups []spanGroup
	owned  []bool
	// unknownVerb is what verbAt answers for a word no verb list names.
	unknownVerb verbInfo
	// suppress is set when a candidate may cancel another (see suppressedBy),
	// so result can skip that pass for the many turns that have none.
	suppress bool
	// candSlots holds the veto slot of each candidate of the turn that has
	// one, as the bit of its facts that tells it (see slotFacts), noted
	// when the clause rules start and as they add: a veto pass skips a turn
	// with no candidate of the slots it reads, without looking at each.
	candSlots kindFacts
	// asks is set when some sentence ends with '?', as dropAgreementTags,
	// the first pass that reads only questions, finds: it and findQuestions
	// skip a turn without one, as most turns are. No pass makes a sentence
	// a question.
	asks bool
}

// sentFlags is what the context checks need to know about one sentence.
type sentFlags struct {
	request bool // holds a request cue ("please", "could you")
	future  bool // speaks of what will happen, so a time in it can be a commitment
	hasTime bool // holds a time commitment
	info    bool // holds an asks-info marker
	filler  bool // holds scripted filler
	apology bool // holds an apology: a plain past in it tells the failure ("sorry, we cancelled it")
	// apologyHi is the token after the sentence's last apology, when it has one (see sorry).
	apologyHi int
	// sorryAfter is set when a bare "sorry" closes the sentence (see
	// sorryAfterward); apology is not set for it.
	sorryAfter bool
	excuse     bool // holds an excuse cue: "that's why", "not us"
	owned      bool // holds an owns-mistake marker (see noteOwnedSentences)
	// blamedElsewhere says it holds a blame candidate on another party or
	// a thing (see noteBlameElsewhere).
	blamedElsewhere bool
	choice          bool // offers a choice (see noteChoiceSentences)
	hedge           bool // holds a hedge the phrase tables found (see noteHedges)
	// How many of its clauses promise a step or tell what was done (see
	// noteSentenceClauses): a check asks whether another clause of the
	// sentence does, without reading the sentence again. Read them through
	// sentenceCounts, which notes them first.
	promiseCount, toldCount int
	// guess and rules say whether the sentence is only a guess ("I'd guess")
	// and names a rule ("non-refundable"); wordsRead whether they are known
	// yet. recapAt is the token after the customer's words told back ("what
	// you've told me"), or -1; it is read with them. cleared and applied
	// are read with them: "no fault of yours" in it (see clearedOutright),
	// and a rule said to apply to this case (see appliedInSentence); read
	// once, as a long sentence asks for each clause.
	guess, rules, wordsRead, cleared, applied bool
	recapAt                                   int
	// amount is the sentence's first money amount, once amountRead (see amountIn).
	amount     float64
	amountRead bool
}

var analyzerPool = sync.Pool{New: func() any { return new(analyzer) }}

// spareAnalyzer holds the analyzer of the last call that finished while
// none was spare. Taking it and giving it back are one atomic step each,
// where the pool's Get and Put each pin the goroutine to its processor and
// read the processor's list; calls that overlap find it taken and share the
// pool as before. Unlike the pool's, it outlives garbage collections: one
// analyzer's scratch space stays held between turns.
var spareAnalyzer atomic.Pointer[analyzer]

// getAnalyzer returns scratch space for one call: the spare one if it is
// free, else one from the pool.
func getAnalyzer() *analyzer {
	if az := spareAnalyzer.Swap(nil); az != nil {
		return az
	}
	return analyzerPool.Get().(*analyzer)
}

// putAnalyzer gives az back: as the spare if there is none, else to the pool.
func putAnalyzer(az *analyzer) {
	if !spareAnalyzer.CompareAndSwap(nil, az) {
		analyzerPool.Put(az)
	}
}

// Analyze finds the markers in one agent utterance. Each marker carries the exact
// byte span of the words that show it; markers come sorted by Start, then Kind.
// Words, Sentences and ApologySentences are filled. Time commitments are resolved
// against a fixed base (Monday 1 January 2024, 08:00 UTC), never the wall clock,
// so the same text always gives the same Detail ("+4d" for "by Friday").
// Analyze never panics, whatever the text (any language, emoji, invalid UTF-8).
func Analyze(text string) Analysis {
	az := getAnalyzer()
	az.readPhrases(text)
	az.applyClauseRules()
	az.findQuestions()
	a := az.result()
	putAnalyzer(az)
	return a
}

// readPhrases reads text up to its clauses: tokens and sentences, the phrase
// tables' hits and the candidates they keep, times and shapes. The clause
// reader and its rows come after (see applyClauseRules).
func (az *analyzer) readPhrases(text string) {
	az.tok.tokenize(text)
	az.tok.dropFillers()
	az.tok.noteCues()
	az.tok.tidySpeech()
	az.tok.dropPoliteness()
	az.dropAgreementTags()
	az.readBareForms()
	az.dropSeeingFrames()
	az.splitAfterGrant()
	az.hits = matchAll(az.tok.toks, az.tok.sents, az.hits[:0])
	az.cands, az.candTok, az.candFacts, az.suppress = az.cands[:0], az.candTok[:0], az.candFacts[:0], false
	az.flags = slices.Grow(az.flags[:0], len(az.tok.sents))[:len(az.tok.sents)]
	clear(az.flags)
	az.markCues()
	az.findTimes()
	az.applyRules()
	az.findShapes()
}

// AnalyzeTurn analyses the turn's text and adds one MarkAction marker for its
// structured action, if it has one. The action marker has no span (Start and End
// are 0) and comes after the text's markers; its Detail is the action kind, its
// Value the amount, and its Text says the action in words ("refund 25 USD").
func AnalyzeTurn(t Turn) Analysis {
	a := Analyze(t.Text)
	if t.Action != nil {
		a.Markers = append(a.Markers, Marker{
			Kind:   MarkAction,
			Text:   t.Action.String(),
			Value:  t.Action.Amount,
			Detail: t.Action.Kind,
		})
	}
	return a
}

// markCues records which sentences ask for something and which speak of the future.
// Each flag is only ever set here, never cleared, so a hit that does not
// raise one leaves it alone rather than storing it again; and the hits are
// read in place, as a copy of one whose address is taken lives in memory.
// The hits, flags and tokens are held in locals: a flag set through f might,
// for all the compiler knows, have changed az's fields, which it loaded
// again at every hit.
func (az *analyzer) markCues() {
	var uses ruleUse
	hits, flags, toks := az.hits, az.flags, az.tok.toks
	for i := range hits {
		h := &hits[i]
		u := h.r.use
		uses |= u
		if u&(useRequest|useFuture|useApology|useExcuse) == 0 {
			continue
		}
		f := &flags[toks[h.lo].sent]
		if u&useRequest != 0 {
			f.request = true
		}
		if u&useFuture != 0 && !f.future && !az.looksToNoTime(h) {
			f.future = true
		}
		switch {
		case u&useApology == 0:
		case az.sorryAfterward(h.lo, h.hi):
			f.sorryAfter = true
		default:
			f.apology, f.apologyHi = true, max(f.apologyHi, h.hi)
		}
		if u&useExcuse != 0 {
			f.excuse = true
		}
	}
	az.uses = uses
}

// looksToNoTime reports a hit of the future whose words, read whole, name
// no time ahead: "by" in "by the looks of it" guesses, and "is on us" or
// "is free" says a cost is borne now ("the taxi is on us", "the wait today
// is on us").
func (az *analyzer) looksToNoTime(h *match) bool {
	switch az.tok.toks[h.lo].id {
	case idBy:
		return h.r.kind == cueFuture && az.byTheLooksAt(h.lo)
	case idIs:
		return h.r.kind == MarkPromise && bornNowWords.has(az.tok.toks[h.hi-1].id)
	}
	return false
}

// idIs is the id of "is"; bornNowWords end "is on us" and "is free": a
// cost said to be borne, now, by us.
var (
	idIs         = wordID("is")
	bornNowWords = idSetOf("us me free charge cost")
)

// byTheLooksAt reports "by the look of" or "by the looks of" at i, a guess
// from what can be seen, where "by" names no time.
func (az *analyzer) byTheLooksAt(i int) bool {
	toks := az.tok.toks
	if i+3 >= len(toks) || toks[i].id != idBy || toks[i+1].id != idThe || toks[i+3].id != idOf {
		return false
	}
	k := az.tok.key(toks[i+2])
	return k == "look" || k == "looks"
}

// sorryAfterward reports an apology at tokens lo..hi that is a bare "sorry"
// set off at the end of its sentence: "the printers had a fault, which is
// why it came out late, sorry" softens what was said and takes nothing on
// that is not ours (see sorry); it is still an apology.
func (az *analyzer) sorryAfterward(lo, hi int) bool {
	toks := az.tok.toks
	return lo > 0 && hi > lo && toks[lo].id == idSorry && toks[lo-1].pause && toks[lo-1].sent == toks[lo].sent && az.sorryClosesAt(lo)
}

// applyRules turns the trie hits into candidate markers, dropping those whose
// context check fails. Time rows were handled by findTimes.
func (az *analyzer) applyRules() {
	for _, h := range az.hits {
		r := h.r
		if r.use&useCandidate == 0 {
			continue // a cue, or a time findTimes has handled
		}
		if !az.keep(h) {
			continue
		}
		m := az.addTokensAs(r.kind, r.facts, h.lo, h.hi)
		m.Detail = r.detail
		if r.check&takesAmount != 0 {
			m.Value = az.amountIn(int(az.tok.toks[h.lo].sent))
		}
	}
}

// add appends a candidate marker for bytes start..end and returns it for the
// caller to finish. It is filled in place, as a Marker built and then copied in
// stalls the CPU the way a copied token does (see tokenizer.push).
func (az *analyzer) add(k MarkerKind, start, end int) *Marker {
	return az.addAs(k, factsOf(k), start, end, -1)
}

// addAs is add for a kind whose facts f the caller knows, and whose first
// token is tok, or -1 when the caller has only its bytes.
func (az *analyzer) addAs(k MarkerKind, f kindFacts, start, end, tok int) *Marker {
	if f&factSuppresses != 0 {
		az.suppress = true // set, never cleared, for the turn: most candidates leave it be
	}
	az.cands = append(az.cands, Marker{})
	az.candTok = append(az.candTok, tok)
	az.candFacts = append(az.candFacts, f)
	m := &az.cands[len(az.cands)-1]
	m.Kind, m.Start, m.End = k, start, end // Text is cut when the marker is kept (see result)
	return m
}

// addTokens adds a candidate marker covering tokens lo..hi-1.
func (az *analyzer) addTokens(k MarkerKind, lo, hi int) *Marker {
	return az.addTokensAs(k, factsOf(k), lo, hi)
}

// addTokensAs is addTokens for a kind whose facts f the caller knows: a
// phrase rule's, worked out when the tables were compiled.
func (az *analyzer) addTokensAs(k MarkerKind, f kindFacts, lo, hi int) *Marker {
	return az.addAs(k, f, az.tok.toks[lo].start, az.tok.toks[hi-1].end, lo)
}

// kindFacts are what the passes over a turn's candidates ask of a
// candidate's kind: its bit among the clause kinds (kindBit), whether it is
// a time commitment, whether it may cancel another marker, and the kind's
// number (see kindID) in the bits from kindShift up. Each pass reads every
// candidate, and comparing kinds, which are strings, cost more than the
// rest of the pass. Two candidates' facts are equal exactly when their
// kinds are, as the number tells the kind.
type kindFacts uint16

const (
	factTime       kindFacts = 1 << 8 // MarkTimeCommitment
	factSuppresses kindFacts = 1 << 9 // a kind that may cancel another (see suppressedBy)
	kindShift                = 10     // the kind's number sits above the bits above
)

// kind returns the number of the kind f is the facts of.
func (f kindFacts) kind() kindID { return kindID(f >> kindShift) }

// factsOf returns the facts of kind k, which must be in candidateKinds.
// Most kinds' facts are worked out when the tables are compiled; of the
// kinds added by name as a turn is read, the time commitment, added most
// often, is answered from timeFacts, without looking its number up.
func factsOf(k MarkerKind) kindFacts {
	if k == MarkTimeCommitment {
		return timeFacts
	}
	return factsOfKind(k)
}

// timeFacts are the facts of MarkTimeCommitment.
var timeFacts = factsOfKind(MarkTimeCommitment)

// factsOfKind works out the facts of kind k, which must be in candidateKinds.
func factsOfKind(k MarkerKind) kindFacts {
	f := kindFacts(kindBit(k)) | kindFacts(idOfKind(k))<<kindShift
	switch k {
	case MarkTimeCommitment:
		f |= factTime
	case cueCancel, MarkHedge, MarkBlame, MarkFiller:
		f |= factSuppresses
	}
	return f
}

// drop marks candidate i vetoed: result leaves it out.
func (az *analyzer) drop(i int) {
	az.cands[i].Kind, az.candFacts[i] = cueDropped, droppedFacts
}

// droppedFacts are the facts of cueDropped: its number, and no kind bit.
var droppedFacts = factsOf(cueDropped)

// candToken returns the first token of candidate i.
func (az *analyzer) candToken(i int) int {
	if lo := az.candTok[i]; lo >= 0 {
		return lo
	}
	return az.tokenAt(az.cands[i].Start)
}

// findQuestions marks each sentence that ends in '?' and neither asks for a
// detail (that is asks-info) nor is scripted filler ("anything else I can help with?").
func (az *analyzer) findQuestions() {
	if !az.asks {
		return // no question: most turns
	}
	for i, facts := range az.candFacts {
		if k := facts.kind(); k == asksInfoKind || k == fillerKind {
			f := &az.flags[az.sentenceAt(az.cands[i].Start)]
			f.info = f.info || k == asksInfoKind
			f.filler = f.filler || k == fillerKind
		}
	}
	for i, s := range az.tok.sents {
		f := az.flags[i]
		if !s.question || f.info || f.filler || az.tok.toks[s.tokLo].quoted {
			continue
		}
		az.addAs(MarkQuestion, questionFacts, s.start, s.end, -1)
	}
}

// questionFacts are the facts of MarkQuestion.
var questionFacts = factsOf(MarkQuestion)

// sentenceAt returns the index of the sentence holding byte offset off.
func (az *analyzer) sentenceAt(off int) int {
	// Searched by hand, as tokenAt is: slices.BinarySearchFunc called its
	// comparison through a func value, with a copy of the sentence, each step.
	sents := az.tok.sents
	lo, hi := 0, len(sents)
	for lo < hi {
		if mid := int(uint(lo+hi) >> 1); sents[mid].end <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return min(lo, len(sents)-1)
}

// tokenAt returns the index of the first token starting at or after byte off.
func (az *analyzer) tokenAt(off int) int {
	// By hand: slices.BinarySearchFunc copied a whole token into its
	// comparison, through a func value, at every step.
	toks := az.tok.toks
	lo, hi := 0, len(toks)
	for lo < hi {
		if mid := int(uint(lo+hi) >> 1); toks[mid].start < off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
