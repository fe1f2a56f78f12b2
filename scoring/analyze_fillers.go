package scoring

import (
	"slices"
	"strings"
)

// dropFillers takes out of the token stream the sounds that fill a pause
// inside a sentence ("the, um, reason it failed", "you chose not, uh, to
// take it"), so that the clause reader sees the words as they were said
// around them. A filler that opens or closes its sentence stays, and so
// does one before a word said again just before it (a false start: "we
// did, um, we did send"), which the clause reader reads as such. Commas
// on both sides of a dropped filler only set it off, and go with it ("the,
// um, reason", "sent, er, us the wrong batch"); a comma on one side stays.
func (t *tokenizer) dropFillers() {
	if !t.fillers {
		return // most turns hold no filler
	}
	toks := t.toks
	first := -1
	for i := range toks {
		if toks[i].lex&lxFiller != 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	w := first
	for i := first; i < len(toks); i++ {
		if toks[i].lex&lxFiller != 0 && w > 0 && t.stutterAround(i, w-1) {
			// "for the, er, the third time", "so I'd, er, I'd need": one word said again past
			// the sound is said once
			w--
			continue
		}
		if toks[i].lex&lxFiller != 0 && t.fillerInside(i) {
			if w > 0 && toks[i].pause && toks[w-1].pause && (!subjectPronoun(toks[i+1]) || toks[w-1].lex&lxPrep != 0 && toks[w-1].lex&(lxSub|lxConj) == 0) {
				// "the, um, reason", "sent, er, us", "by, um, you": the commas only set off the sound; but
				// "a lot of folks, um, they turn up" resumes its subject after the comma
				toks[w-1].pause = false
			}
			continue
		}
		toks[w] = toks[i]
		w++
	}
	t.keepFirst(w)
}

// keepFirst cuts the token stream to its first n tokens, after a pass has
// moved the tokens it keeps to the front, and sets each sentence's token
// range again; with nothing taken out it does nothing.
func (t *tokenizer) keepFirst(n int) {
	if n == len(t.toks) {
		return
	}
	t.toks = t.toks[:n]
	t.resetSentences()
}

// dropAgreementTags takes out the one-word tag that closes a statement
// ("I've refunded the fee, ok?", "the bank holds it for a day, alright?"),
// and with it the question: the tag asks the customer to go along with what
// was said, which stands as said, a step done or a time promised, and is
// no open question to answer. A sentence that opens with its auxiliary or
// a question word asks, tag or not ("can I ring you back, ok?"), and keeps
// both (see opensAsking).
func (az *analyzer) dropAgreementTags() {
	t := &az.tok
	if az.asks = t.anyQuestion(); !az.asks {
		return // no question: most turns
	}
	dropped := false
	for s := range t.sents {
		if n := az.agreementTagLen(&t.sents[s]); n > 0 {
			for i := t.sents[s].tokHi - n; i < t.sents[s].tokHi; i++ {
				t.toks[i].sent = -1 // taken out below
			}
			t.sents[s].question = false
			dropped = true
		}
	}
	if dropped {
		t.dropMarked()
		t.openCues()
	}
}

// anyQuestion reports whether some sentence ends with '?'.
func (t *tokenizer) anyQuestion() bool {
	for i := range t.sents {
		if t.sents[i].question {
			return true
		}
	}
	return false
}

// agreementTagLen returns the length of the tag that closes a question of
// three words or more after a pause, when the question does not open as
// one does: 1 for "..., ok?", 2 for "..., you know?"; 0 when there is none.
func (az *analyzer) agreementTagLen(s *sentence) int {
	toks := az.tok.toks
	if !s.question || s.tokHi-s.tokLo < 3 {
		return 0
	}
	last := s.tokHi - 1
	n := 0
	switch {
	case oneWordTags.has(toks[last].id) && toks[last-1].pause:
		n = 1
	case toks[last].id == idKnow && toks[last-1].id == idYou && s.tokHi-s.tokLo >= 4 && toks[last-2].pause:
		n = 2 // "the courier left it at number 12, you know?" asks them to go along, as "ok?" does
	}
	if n == 0 || az.opensAsking(s.tokLo) {
		return 0
	}
	return n
}

// opensAsking reports a sentence at i that opens as a question does: an
// auxiliary before its subject ("can I ring you back", "is that"; see
// invertedAuxAt), or a question word before an auxiliary ("when can you
// come in"). "Had the meter been read", "can't take them back" and "what
// happened is" state.
func (az *analyzer) opensAsking(i int) bool {
	if askWhat.has(az.tok.toks[i].id) {
		next := az.lexAt(i + 1)
		return next&auxBits != 0 && next&(lxAgent|lxCustomer|lxThird|lxThing) == 0
	}
	return az.invertedAuxAt(i) && az.tok.toks[i].id != idHad
}

// dropMarked takes out of the token stream the tokens a pass marked with
// sentence -1, and sets each sentence's token range again.
func (t *tokenizer) dropMarked() {
	t.toks = slices.DeleteFunc(t.toks, func(tk token) bool { return tk.sent < 0 })
	t.resetSentences()
}

// resetSentences sets each sentence's token range again once tokens have
// been taken out of the stream, and the shaped tokens (see noteShapes).
func (t *tokenizer) resetSentences() {
	t.noteShapes()
	for s := range t.sents {
		t.sents[s].tokLo, t.sents[s].tokHi = -1, -1
	}
	for i := range t.toks {
		s := &t.sents[t.toks[i].sent]
		if s.tokLo < 0 {
			s.tokLo = i
		}
		s.tokHi = i + 1
	}
}

// noteShapes notes the shaped tokens again (see shaped) once tokens have
// been taken out of the stream: they have moved. Only the tokenizer makes a
// token shaped.
func (t *tokenizer) noteShapes() {
	t.shapes = t.shapes[:0]
	for i := range t.toks {
		if tk := &t.toks[i]; tk.num || tk.code || tk.colon {
			t.shapes = append(t.shapes, int32(i))
		}
	}
}

// stutterAround reports a filler at i between the word kept at prev and
// the same word said again after it, set off by a comma: "the, er, the".
// A false start of more words ("we did, um, we did send") ends in another
// word before the filler, and is left to the clause reader.
func (t *tokenizer) stutterAround(i, prev int) bool {
	toks := t.toks
	return i+1 < len(toks) && toks[prev].sent == toks[i].sent && t.saidAgain(toks[prev], toks[i+1]) && t.commaBetween(toks[prev], toks[i])
}

// saidAgain reports b the same word as a, begun again after the pause that
// ends a, in a's sentence: a word that cannot end a clause and is no sound
// (see stutterable). Which commas stand between is the caller's test.
func (t *tokenizer) saidAgain(a, b token) bool {
	return a.pause && b.id == a.id && b.sent == a.sent && a.lex&lxFiller == 0 && t.key(a) == t.key(b) && stutterable(a)
}

// stutterable reports a word that cannot end a clause, so that said again
// after a comma it is the same word begun twice: "the", "to", "was", "I'd",
// "we". "It", "you" and "that" can end one ("doesn't cover it, it must have
// got wet"), and are left as they are.
func stutterable(tok token) bool {
	if demonstratives.has(tok.id) || objectPronouns.has(tok.id) || tok.id == idYou || tok.id == idIt {
		return false
	}
	return tok.lex&(lxDet|lxOurDet|lxYour|lxPrep|lxConj|lxSub|auxBits) != 0 || subjectPronoun(tok)
}

// commaBetween reports a comma, and nothing else but spaces, between tokens
// a and b: "the, the". A dash or a full stop between a word and the same
// word again ("I hear you — you booked") ends a clause.
func (t *tokenizer) commaBetween(a, b token) bool {
	return strings.Trim(t.text[a.end:b.start], " ") == ","
}

// tidySpeech reads a turn's spoken forms as the words they stand for, in
// one pass: it takes out a word said twice with only a comma between ("the,
// the student account", "we're, we're back on it"), "like" and "kind of"
// said to fill or soften (see likeSaidAsFiller, kindOfSaidAsHedge), and
// "you know" or "I mean" set off by commas (see talkAsideAt); and it reads
// "'cause" as "because". A turn with none of these costs a few tests a word.
func (t *tokenizer) tidySpeech() {
	if t.cues&cueTidy == 0 {
		return
	}
	toks := t.toks
	first := -1
	for i := range toks {
		// Most turns hold none of these: find the first before copying a token. The
		// test is mayTidy's, written out for the word most words take.
		id := toks[i].id
		if tidyMask&(1<<(uint(id)&63)) == 0 && !toks[i].pause {
			continue
		}
		if t.mayTidy(i) && t.tidyAt(i) != keepWord {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	t.openCues()
	// Every word is decided before any token moves: the tests read the words
	// before each one as they were said.
	t.acts = append(t.acts[:0], uint8(t.tidyAt(first)))
	for i := first + 1; i < len(toks); i++ {
		act := keepWord
		if t.mayTidy(i) {
			act = t.tidyAt(i)
		}
		t.acts = append(t.acts, uint8(act))
	}
	w := first
	for i := first; i < len(toks); i++ {
		switch t.acts[i-first] {
		case dropWord:
			continue
		case dropWordAndNext:
			i++ // "kind of": "of" goes with it
			continue
		case dropWordAndLast:
			w-- // "so, you know, the transfer ...": the "you" or "I" before it goes too
			continue
		}
		toks[w] = toks[i]
		w++
	}
	t.keepFirst(w) // with only a word read as another ("'cause"), nothing is cut
}

// What tidySpeech does with a word: keep it (perhaps read as another), or
// drop it, alone or with the word after or before it.
const (
	keepWord = iota
	dropWord
	dropWordAndNext
	dropWordAndLast
	readAsAnother
)

// mayTidy reports a word tidySpeech may act on: one of tidyWords, or a word
// said again after a comma. It is the test every word of a turn takes.
func (t *tokenizer) mayTidy(i int) bool {
	toks := t.toks
	id := toks[i].id
	return toks[i].pause && i+1 < len(toks) && toks[i+1].id == id || tidyMask&(1<<(uint(id)&63)) != 0 && tidyWords.has(id)
}

// tidyAt says what tidySpeech does with the word at i, which mayTidy let
// through; reading "'cause" as "because" it does at once.
func (t *tokenizer) tidyAt(i int) int {
	toks := t.toks
	tok := &toks[i]
	switch {
	case tok.id == idCause && apostropheEndsAt(t.text, tok.start):
		tok.id, tok.lex, tok.odd = idBecause, index.lex[idBecause], true // its key is "because"
		return readAsAnother
	case i+1 < len(toks) && t.saidAgain(*tok, toks[i+1]) && t.commaBetween(*tok, toks[i+1]):
		return dropWord
	case tok.pause && tok.id == idLike && t.likeSaidAsFiller(i):
		return dropWord
	case (tok.id == idKind || tok.id == idSort) && t.kindOfSaidAsHedge(i):
		return dropWordAndNext
	case (tok.id == idKnow || tok.id == idMean) && t.talkAsideAt(i):
		return dropWordAndLast
	}
	return keepWord
}

// likeSaidAsFiller reports "like" at i set off by a comma after it, in the
// middle of a clause, as a sound that fills the pause: "it went to like,
// the wrong house", "you're like, the only one". After "looks" or "sounds"
// it is a frame ("looks like, the courier ..."), and after "would" a wish
// ("I'd like, if I can, a refund").
func (t *tokenizer) likeSaidAsFiller(i int) bool {
	toks := t.toks
	if i == 0 || i+1 >= len(toks) || toks[i-1].sent != toks[i].sent || toks[i+1].sent != toks[i].sent || !t.commaBetween(toks[i], toks[i+1]) {
		return false
	}
	prev := toks[i-1]
	return !likeFrames.has(prev.id) && prev.lex&(lxWould|lxCan) == 0 && !strings.HasSuffix(t.key(prev), "'d")
}

// kindOfSaidAsHedge reports "kind of" or "sort of" at i said before a verb
// to soften it: "you kind of agreed to the contract", "the password was
// sort of shared", "the heatwave kind of warped them". What it softens
// stands as said. After a determiner or an adjective it names a kind ("the
// same sort of fault", "what kind of engineer"), and said of us ("I've kind
// of sorted it") it hedges our own step, so it stays there.
func (t *tokenizer) kindOfSaidAsHedge(i int) bool {
	toks := t.toks
	if i == 0 || i+2 >= len(toks) || toks[i+1].id != idOf || toks[i-1].sent != toks[i].sent || toks[i+2].sent != toks[i].sent ||
		toks[i-1].pause || toks[i].pause || toks[i+1].pause {
		return false
	}
	prev, next := toks[i-1], toks[i+2]
	if prev.lex&lxAgent != 0 || i >= 2 && toks[i-2].lex&lxAgent != 0 || next.lex&(lxDet|lxOurDet|lxYour) != 0 || demonstratives.has(prev.id) {
		return false
	}
	if prev.lex&(lxCustomer|lxThird|lxThing|auxBits|lxAdverb) != 0 && prev.lex&lxDet == 0 {
		return true // "you kind of", "was kind of", "must have kind of"
	}
	// "the heatwave kind of warped": a noun, then a verb in the past
	return prev.lex == 0 && (next.lex&lxIrregular != 0 || strings.HasSuffix(t.key(next), "ed"))
}

// tidyWords are the words tidySpeech reads: "'cause", "like", "kind of",
// "sort of", "you know", "I mean".
var tidyWords = idSetOf(tidyWordsList)

const tidyWordsList = "cause like kind sort know mean"

// tidyMask has a bit for each of tidyWords' ids modulo 64: a word whose bit
// is clear is none of them, found with a shift and a mask.
var tidyMask = func() uint64 {
	var m uint64
	for _, w := range strings.Fields(tidyWordsList) {
		m |= 1 << (uint(wordID(w)) & 63)
	}
	return m
}()

// idKind and idSort are the ids of "kind" and "sort", as in "kind of".
var idKind, idSort = wordID("kind"), wordID("sort")

// talkAsideAt reports "know" or "mean" at i after "you" or "I", the two set
// off by commas on both sides: "so, you know, the transfer", "it's not, I
// mean, it's not ours". Said so, they are talk, and the clause goes on
// around them.
func (t *tokenizer) talkAsideAt(i int) bool {
	toks := t.toks
	if i < 2 || i+1 >= len(toks) || toks[i-2].sent != toks[i].sent || toks[i+1].sent != toks[i].sent || !toks[i-2].pause || !toks[i].pause {
		return false
	}
	who := toks[i-1].id
	return (who == idYou && toks[i].id == idKnow || who == idI && toks[i].id == idMean) &&
		t.commaBetween(toks[i-2], toks[i-1]) && t.commaBetween(toks[i], toks[i+1])
}

// idKnow is the id of "know", as in "you know".
var idKnow = wordID("know")

// fillerInside reports a filler at i with words of its sentence on both
// sides, the word after it not one said just before it.
func (t *tokenizer) fillerInside(i int) bool {
	toks := t.toks
	if i == 0 || i+1 >= len(toks) || toks[i-1].sent != toks[i].sent || toks[i+1].sent != toks[i].sent {
		return false
	}
	if toks[i-1].lex&auxBits != 0 && toks[i+1].lex&(lxAgent|lxCustomer|lxThird|lxThing) != 0 {
		return false // "the meter was, uh, it was read", "the thing is, um, you must've": a restart, or a frame and its clause
	}
	next := t.keyOf(&toks[i+1])
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].lex&lxFiller == 0 && t.keyOf(&toks[j]) == next {
			return false // "we did, um, we did send": a false start, read by the clause reader
		}
	}
	return true
}

// subjectPronoun reports a word that can be a subject on its own: "they",
// "we", "it"; not "the", nor "us" or "them".
func subjectPronoun(t token) bool {
	return t.lex&(lxAgent|lxCustomer|lxThird|lxThing) != 0 && t.lex&lxDet == 0 && !objectPronouns.has(t.id)
}

// dropPoliteness takes "I'm afraid" out of the token stream where a clause
// of its sentence follows it: "I'm afraid the courier lost it", "sorry, I'm
// afraid you didn't tick the box". Said first, it softens what follows and
// acts on nothing, so the clause reader reads the clause as it would be
// said without it, and no reading takes its "I" for the company acting.
// Said after, set off by its comma ("..., I'm afraid."), it softens what
// came before, and goes too. Said of something ("I'm afraid of dogs", "I'm
// afraid so", "I'm afraid that ..."), or alone, it stays. "Look," or "Listen,"
// opening a sentence asks to be heard, a greeting ("Hi there,") names who
// is spoken to, and a frame such as "To be honest," vouches for what
// follows: they go too.
func (t *tokenizer) dropPoliteness() {
	if t.cues&cuePolite == 0 {
		return
	}
	toks := t.toks
	first, sent := -1, int32(-1)
	for i := range toks {
		tk := &toks[i]
		opens := tk.sent != sent
		sent = tk.sent
		if !opens && tk.lex&lxI == 0 {
			continue // neither "I" nor a sentence's first word: the test talkAt starts with, spared a call
		}
		if t.talkAt(i, opens) > 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return // most turns hold none
	}
	t.openCues()
	w := first
	chainEnd := -1 // the token after talk that opened its sentence: more talk may open it there ("Just to clarify, I'll be honest, ...")
	for i := first; i < len(toks); i++ {
		opens := i == 0 || toks[i-1].sent != toks[i].sent || i == chainEnd
		if n := t.talkAt(i, opens); n > 0 {
			if opens {
				chainEnd = i + n
			}
			i += n - 1
			continue
		}
		toks[w] = toks[i]
		w++
	}
	t.toks = toks[:w]
	t.resetSentences()
}

// talkAt returns how many tokens of talk that tells nothing start at i (see
// dropPoliteness), or 0; opens says i opens its sentence, or follows talk
// that did. Most words are turned away by a bit test and an id test: only
// "I" and the first word of a sentence can open such talk.
func (t *tokenizer) talkAt(i int, opens bool) int {
	toks := t.toks
	if toks[i].lex&lxI != 0 {
		if n := t.politeFrameAt(i); n > 0 || !opens || i+1 >= len(toks) || !viewFrameSeconds.has(toks[i+1].id) {
			return n
		}
		return t.talkFrameAt(i) // "I have to say, | ..."
	}
	if !opens ||
		!talkOpeners.has(toks[i].id) && !talkFrames.firsts.has(toks[i].id) {
		return 0
	}
	if toks[i].pause && t.attentionAt(i) {
		return 1
	}
	if n := t.greetingAt(i); n > 0 {
		return n
	}
	return t.talkFrameAt(i)
}

// viewFrameSeconds are the second words of the frames that open with "I":
// "I have to say", "I must say", "I've got to say", "I'll be honest". Only
// they send a sentence that opens with "I" to the frame table.
var viewFrameSeconds = idSetOf("have must got be")

// talkOpeners are the first words of a call to listen or a greeting, the
// talk that opens a sentence besides the frames (talkFrames).
var talkOpeners = idSetOf(attentionWordsList + " " + greetingWordsList)

// attentionAt reports a word that only asks to be heard at i, which opens
// its sentence (talkAt has asked), before a comma and more of it: "Look,
// the tenant before you never closed it", "Listen, did anyone else have
// the keys?".
func (t *tokenizer) attentionAt(i int) bool {
	toks := t.toks
	return i+1 < len(toks) && toks[i+1].sent == toks[i].sent && attentionWords.has(toks[i].id)
}

// attentionWords ask to be heard: "look", "listen".
var attentionWords = idSetOf(attentionWordsList)

const attentionWordsList = "look listen"

// talkFrameAt returns how many tokens a frame of talkFrames holds at i,
// which opens its sentence (talkAt has asked), set off by a comma, before
// more of it: "To be honest, | did you read the contract?", "Just so you
// know, | the reason your card was blocked is ...", "From what I can see, |
// the courier left it". It vouches for what follows, or says where it was
// read, and tells nothing itself; 0 when there is none.
func (t *tokenizer) talkFrameAt(i int) int {
	toks := t.toks
	n := talkFrames.at(toks, i, len(toks))
	if n == 0 || i+n >= len(toks) || toks[i+n].sent != toks[i].sent || !toks[i+n-1].pause {
		return 0
	}
	return n
}

// talkFrames are the frames that tell nothing themselves (see talkFrameAt):
// those that vouch for what follows or say it is to explain, and those
// that say what follows is what the agent sees.
var talkFrames = idPhrasesOf(candourFramesList + "|" + evidenceFramesList)

// candourFramesList vouch for what follows them, give it as the agent's
// view, say it is to explain, or that it was said before: "to be honest",
// "in my view", "frankly", "just to clarify",
// "as I mentioned", "the thing is". "Just to confirm" is not among them: it
// checks the customer's account back.

const candourFramesList = "to be honest|to be frank|to be fair|in fairness|just so you know|for what it's worth|for the record|" +
	"honestly|frankly|tbh|tbf|ngl|fwiw|truthfully|admittedly|" +
	"just to clarify|to clarify|just to explain|to explain|just to be clear|to be clear|just so you're aware|just to let you know|" +
	"as i mentioned|as i said|as i say|like i said|as mentioned|as i explained|as i've said|as i've mentioned|the thing is|basically|" +
	"hand on heart|in all honesty|if i'm honest|if i'm being honest|" +
	"i have to say|i must say|i've got to say|i'll be honest|i'll be honest with you|" +
	"in my view|in my opinion|if you ask me|to my mind|as far as i'm concerned|of course|obviously|actually"

// evidenceFramesList say what follows is what the agent sees or can tell:
// "from what I can see", "as far as I can tell".

const evidenceFramesList = "from what i can see|from what i can tell|from what i see|as far as i can see|as far as i can tell|" +
	"from what i can make out|from what i've seen|from what i've found|from where i'm sitting|on my screen|" +
	"looking at your account|looking at the account|looking at your booking|looking at the booking|looking at your order|" +
	"looking at the order|looking at the notes|looking at the system|looking at your history|looking at the history"

// greetingAt returns how many tokens a greeting at i, which opens its
// sentence (talkAt has asked), holds through the comma after it, when more
// of the sentence follows: "Hi there, | the courier ...", "Hi Lewis, | the
// size guide ...", "Dear Mr Patel, | ...". It names who is spoken to and
// tells nothing; 0 when there is none.
func (t *tokenizer) greetingAt(i int) int {
	toks := t.toks
	if !greetingWords.has(toks[i].id) {
		return 0
	}
	if toks[i].id == idGood && (i+1 >= len(toks) || !greetingParts.has(toks[i+1].id)) {
		return 0 // "good news, ...", not a greeting
	}
	for j := i; j < len(toks) && j <= i+3 && toks[j].sent == toks[i].sent; j++ {
		if j > i && toks[j].lex&(auxBits|lxAgent|lxCustomer) != 0 {
			return 0 // "hey, you did ..."; "morning we had ..." opens a clause
		}
		if toks[j].pause {
			if j+1 >= len(toks) || toks[j+1].sent != toks[i].sent {
				return 0
			}
			return j - i + 1
		}
	}
	return 0
}

// greetingWords open a greeting: "hi", "hello", "dear", "good morning".
var greetingWords = idSetOf(greetingWordsList)

const greetingWordsList = "hi hiya hello hey dear morning afternoon evening good"

// politeFrameAt returns how many tokens "I'm afraid", "im afraid" or "I am
// afraid" at i hold, when it opens its sentence or follows a pause or a
// joining word ("but I'm afraid"), and a word of its sentence follows that
// opens a clause; 0 when there is none.
func (t *tokenizer) politeFrameAt(i int) int {
	toks := t.toks
	n := 0
	switch id := toks[i].id; {
	case id == idIm && i+1 < len(toks) && toks[i+1].id == idAfraid: // "im" is read as "i'm" (see typedForms)
		n = 2
	case id == idI && i+2 < len(toks) && toks[i+1].id == idAm && toks[i+2].id == idAfraid:
		n = 3
	case id == idI && i+1 < len(toks) && tailOpinions.has(toks[i+1].id):
		return t.opinionTagAt(i)
	default:
		return 0
	}
	if i > 0 && toks[i-1].sent == toks[i].sent && !toks[i-1].pause && toks[i-1].lex&lxConj == 0 {
		return 0 // "rules are rules I'm afraid: ...": said after a clause, typed without its comma
	}
	j := i + n
	if toks[j-1].sent != toks[i].sent {
		return 0
	}
	if j >= len(toks) || toks[j].sent != toks[i].sent {
		if i > 0 && toks[i-1].sent == toks[i].sent && toks[i-1].pause {
			return n // "the export failed because the CSV had commas in it, I'm afraid": said after, it softens what came before
		}
		return 0 // "I'm afraid." alone
	}
	if politeStops.has(toks[j].id) {
		return 0
	}
	return n
}

// opinionTagAt returns 2 for "I think" or "I reckon" at i said after the
// rest of its sentence, past a comma, when nothing before it is ours to do
// or a time ahead: "the export failed because the CSV had commas in it, I
// think" gives the cause as the agent's view, as "I'm afraid" after it
// softens; "it'll be with you Friday, I think" hedges a promise, and stays.
func (t *tokenizer) opinionTagAt(i int) int {
	toks := t.toks
	if i == 0 || toks[i-1].sent != toks[i].sent || !toks[i-1].pause || i+2 < len(toks) && toks[i+2].sent == toks[i].sent {
		return 0
	}
	for j := i - 1; j >= 0 && j >= i-maxTaggedSentence && toks[j].sent == toks[i].sent; j-- {
		if toks[j].lex&(lxAgent|lxWill|lxCan) != 0 {
			return 0
		}
	}
	return 2
}

// maxTaggedSentence is how far back opinionTagAt looks for a word of ours
// or of a time ahead; a longer sentence keeps its tag.
const maxTaggedSentence = 40

// tailOpinions follow "I" in a tag that gives what was said as a view.
var tailOpinions = idSetOf(tailOpinionsList)

const tailOpinionsList = "think reckon believe suppose guess"

// politeStops after "I'm afraid" make it say something of its own: "I'm
// afraid of dogs", "I'm afraid so", "I'm afraid not", "I'm afraid that ...".
var politeStops = idSetOf(politeStopsList)

const politeStopsList = "of so not to for that"

// idIm, idI, idAm and idAfraid read "I'm afraid" and "I am afraid".
var idIm, idI, idAm, idAfraid = wordID("i'm"), wordID("i"), wordID("am"), wordID("afraid")
