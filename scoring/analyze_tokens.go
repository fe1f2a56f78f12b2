package scoring

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word, number or currency sign of an agent turn. Start and End are
// byte offsets into the original text and into its lowercased copy, where
// tokenizer.key reads the form the pattern tables are written in.
type token struct {
	start, end int
	id         int32 // the word's id in the phrase index, 0 if no pattern uses it
	sent       int32 // index into the sentences of the turn
	num        bool  // digits, optionally with inner '.' or ','
	class      uint8 // bit c set when the token is of class c
	money      bool  // a currency sign: $, €, £ ...
	quoted     bool  // inside double quotes: the agent is quoting, not saying
	colon      bool  // directly followed by ':' ("system:")
	code       bool  // shaped like an error code: letters and digits, '_', or "E-"
	odd        bool  // holds a curly apostrophe or an ASCII capital, so its key is not its text (see tokenizer.key)
	apos       bool  // holds an apostrophe: a contraction ("we've") or a possessive ("courier's")
	pause      bool  // directly followed by a comma, semicolon, colon or dash: a clause may end here
	base       int32 // for an unknown word ending in 's, the id of the word without it
	lex        lex   // the word's clause properties (see clause_lexicon.go), read once here
	clause     int32 // index of the clause holding the token, set by readClauses
}

// sentence is one sentence of a turn: its byte span (end includes the closing
// punctuation) and the half-open range of its tokens.
type sentence struct {
	start, end   int
	tokLo, tokHi int
	question     bool // ends with '?'
}

// tokenizer splits a turn into tokens and sentences in one pass over the bytes.
// Every span it reports can slice the original text; a word's key, the
// lowercased form the pattern tables are written in, is found without
// lowercasing the whole text (see analyze_keys.go).
type tokenizer struct {
	text string
	// buf is scratch space, reused by every call, for lowering one word or
	// the whole text (see lowered).
	buf   []byte
	lower string // the lowered text, once lowered has built it; "" before
	toks  []token
	// words is how many tokens are words or numbers, not currency signs,
	// once the turn is read: all but the moneys, the currency signs, which
	// are counted as they are pushed, so that push, which the other tokens
	// take, counts nothing.
	words, moneys int
	// wordsBefore is how many words there were when the last sentence closed.
	wordsBefore int
	sents       []sentence
	quoted      bool
	// shaped is set when some token is a number or a code, or is followed
	// by a colon, and shapes holds those tokens, in order: the passes that
	// look only at such tokens (timeCues, findShapes) read them alone, where
	// they read every token from the first, and skip a turn without one, as
	// most turns are. See noteShaped.
	shaped bool
	// fillers is set when some token is a filler ("um"), for dropFillers.
	fillers bool
	// apostrophes is set when some word holds an apostrophe: a writer who
	// types them wrote "couriers" as a plural (see barePossessiveAt).
	apostrophes bool
	// cues says which passes that rewrite the turn may act on it (see turnCue).
	cues turnCue
	// respelled holds the keys of words read otherwise than typed (see
	// readBareForms); empty in nearly every turn.
	respelled []respelling
	// acts is scratch space for tidySpeech: what it does with each word from
	// the first it acts on, decided before any token moves.
	acts []uint8
	// cur is the sentence being built: its tokens are those from
	// cur.tokLo, and it is open once it has one (see open). Its start is
	// its first token's, read when it closes: push opens no sentence.
	cur sentence
	// shapes are the shaped tokens, in order (see shaped).
	shapes []int32
	// quotes is set when the turn holds a double quote, so that a token
	// may be quoted: keep, asked of most hits, spares its look at the hit's
	// tokens in a turn without one, as most turns are.
	quotes bool
}

// isWordByte reports an ASCII letter, digit or '_'. It is asked of nearly every
// byte of a turn, so it reads a table rather than making four comparisons.
func isWordByte(c byte) bool { return wordBytes[c] }

var wordBytes = func() (set [256]bool) {
	for c := range set {
		set[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
	}
	return set
}()

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// tokenize fills t.toks and t.sents for text.
func (t *tokenizer) tokenize(text string) {
	t.text, t.lower = text, ""
	t.toks, t.sents, t.moneys, t.wordsBefore, t.cur = t.toks[:0], t.sents[:0], 0, 0, sentence{}
	t.quoted, t.quotes, t.shaped, t.fillers, t.apostrophes = false, false, false, false, false
	t.shapes = t.shapes[:0]
	t.respelled = t.respelled[:0]
	t.cues = allCues // until noteCues reads the words, every pass may act
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ':
			i++ // the commonest byte between words, and one that does nothing
		case c-'a' < 26:
			// Most words are lowercase letters only: read here, they spare the
			// call to word, whose frame is set up for every kind of word. Most
			// runs of them are shortWords' alone, asked here first, where
			// plainWords asked it, a call and a frame set up more for every run.
			if next, ended := t.shortWords(i); ended {
				i = next
			} else if start, next, pushed := t.plainWords(next); pushed {
				i = next
			} else {
				i = t.wordAfterRun(start, next, false)
			}
		case c-'A' < 26:
			// A capital and lowercase letters, as sentences open ("Could", "I"):
			// read here too.
			if end, pushed := t.knownCapitalWord(i); pushed {
				i = end
			} else if end := lowerRunEnd(text, i+1); end == len(text) || endsPlainWord(text[end]) {
				t.capitalWord(i, end)
				i = end
			} else {
				i = t.wordAfterRun(i, end, true)
			}
		case c-'0' < 10:
			i = t.number(i)
		case isWordByte(c):
			i = t.word(i)
		case c == '@' && !t.open() && i+1 < len(text) && isWordByte(text[i+1]):
			// "@beckyb88 our emails might be landing in your junk folder": a handle
			// opening a sentence names who is spoken to, as "Hi Grace," does
			i = t.word(i + 1)
			t.markPause()
		case c < utf8.RuneSelf:
			t.punct(i, c)
			i++
		default:
			i = t.nonASCII(i)
		}
	}
	t.endSentence(len(text), false)
	t.words = len(t.toks) - t.moneys
}

// word reads a word or number starting at i and returns where it ends. An
// apostrophe joins letters ("we'll"); '.' and ',' join digits ("25.00").
func (t *tokenizer) word(i int) int {
	start := i
	var num, curly, digits, underscore, apos, upper bool = true, false, false, false, false, false
	for i < len(t.text) {
		// Fast path: a run of lowercase letters, the bulk of any text.
		for text := t.text; i < len(text) && text[i]-'a' < 26; i++ {
			num = false
		}
		if i == len(t.text) || t.text[i] == ' ' {
			break // most words end at a space: skip the slower checks
		}
		n := t.wordContinues(i, start, num)
		if n == 0 {
			break
		}
		c := t.text[i]
		upper = upper || c-'A' < 26
		num = num && isDigit(c) || num && (c == '.' || c == ',')
		digits = digits || isDigit(c)
		underscore = underscore || c == '_'
		curly = curly || n > 1 && apostropheLen(t.text, i) > 1
		apos = apos || apostropheLen(t.text, i) > 0
		i += n
	}
	id, key := int32(0), t.text[start:i]
	if curly || upper {
		id, key = t.lookUpOdd(start, i, curly)
	} else {
		id = t.idOfPlain(start, i)
	}
	typed := index.lex[id]&lxTyped != 0
	if typed {
		id, _ = typedWord(id)
		upper = true // a typed form ("ur"): its key is its word's (see typedForms)
	}
	// Only a word that starts with a capital or a digit can be all capitals.
	caps := t.text[start]-'a' >= 26 && isUpperASCII(t.text[start:i])
	dashed := !digits && (i-start <= 2 || caps && i-start <= 5) && i < len(t.text) && t.text[i] == '-'
	acronym := caps && i-start >= 2 && i-start <= 5
	tok := t.push(start, i)
	tok.num, tok.apos, tok.odd = num, apos, curly || upper
	if apos {
		t.apostrophes = true
	}
	tok.code = underscore || dashed || acronym || digits && !num
	if tok.code || num {
		t.noteShaped(len(t.toks) - 1)
	}
	tok.id = id
	tok.lex = index.lex[tok.id]
	t.fillers = t.fillers || tok.lex&lxFiller != 0
	tok.class = classOf(key, num, tok.id)
	if apos {
		readPossessive(tok, key)
	} else if typed {
		readTypedContraction(tok)
	}
	return i
}

// apostropheEndsAt reports an apostrophe, straight or curly, just before
// byte i of s: the one in "'cause".
func apostropheEndsAt(s string, i int) bool {
	return i >= 1 && s[i-1] == '\'' || i >= 3 && s[i-3:i] == "\u2019"
}

// idBecause is the id of "because", which "'cause" stands for.
var idBecause = wordID("because")

// readPossessive reads a word with key key that ends in 's, and that the
// lexicon knows nothing of as it stands, as the word without it too.
func readPossessive(tok *token, key string) {
	if tok.lex&^softBits == 0 && strings.HasSuffix(key, "'s") {
		// "merchant's", "provider's": the clause reader knows the word without
		// its 's, even when a pattern names the possessive itself.
		base := key[:len(key)-2]
		tok.base = index.words.id(base)
		tok.lex |= index.lex[tok.base] // keeping what the possessive itself says: "the customer's" is the customer's own
	}
}

// wordContinues returns how many bytes at i continue the word that began at
// start (0 if it ends there): a digit, '_', a non-ASCII letter, '.' or ','
// inside a number, or an apostrophe between letters ("we'll").
func (t *tokenizer) wordContinues(i, start int, num bool) int {
	if i >= len(t.text) {
		return 0
	}
	c := t.text[i]
	if isWordByte(c) {
		return 1
	}
	if n := letterLen(t.text, i); n > 0 {
		return n
	}
	if (c == '.' || c == ',') && num && i > start && i+1 < len(t.text) && isDigit(t.text[i+1]) {
		return 1
	}
	if n := apostropheLen(t.text, i); n > 0 && i+n < len(t.text) && (isWordByte(t.text[i+n]) || letterLen(t.text, i+n) > 0) {
		return n
	}
	return 0
}

// isUpperASCII reports whether s is made only of ASCII capitals and digits, with
// at least one capital: "MPAN", "OLT", "E7".
func isUpperASCII(s string) bool {
	caps := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			caps = true
		case c < '0' || c > '9':
			return false
		}
	}
	return caps
}

// apostropheLen returns the byte length of an apostrophe at i, or 0.
func apostropheLen(s string, i int) int {
	if s[i] == '\'' {
		return 1
	}
	if strings.HasPrefix(s[i:], "\u2019") {
		return len("\u2019")
	}
	return 0
}

// letterLen returns the byte length of a non-ASCII letter or digit at i, or 0.
func letterLen(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return size
	}
	return 0
}

// push appends a token for bytes start..end to the sentence being built and
// returns it for the caller to fill in. Filling it in place matters: a token
// built field by field and then copied whole (into the slice, or into a call
// such as key) stalls the CPU on every word, as the wide reads of the copy wait
// for the narrow field stores to land. word works from locals for that reason.
//
// In room, push sets only the length of the tokens: an append stored the
// whole slice again, its pointer too, which the garbage collector must be
// told of, for every token.
func (t *tokenizer) push(start, end int) *token {
	n := len(t.toks)
	if n == cap(t.toks) {
		t.toks = append(t.toks, token{})
	}
	t.toks = t.toks[:n+1]
	tok := &t.toks[n]
	*tok = token{}
	tok.start, tok.end, tok.sent, tok.quoted = start, end, int32(len(t.sents)), t.quoted
	return tok
}

// pushMoney pushes a currency sign at bytes start..end, and counts it (see
// words).
func (t *tokenizer) pushMoney(start, end int) {
	t.moneys++
	t.push(start, end).money = true
}

// open reports whether the sentence being built has a token.
func (t *tokenizer) open() bool { return len(t.toks) > t.cur.tokLo }

// noteShaped records token i as a number or a code, or followed by a
// colon (see shaped). Tokens are read in order, and i is the last read, so
// shapes stays in order, and a token noted twice (a number followed by a
// colon, "10:") is the last noted.
func (t *tokenizer) noteShaped(i int) {
	if n := len(t.shapes); n == 0 || t.shapes[n-1] != int32(i) {
		t.shapes = append(t.shapes, int32(i))
	}
	t.shaped = true
}

// punct handles one ASCII byte that is not part of a word.
func (t *tokenizer) punct(i int, c byte) {
	switch c {
	case '$':
		t.pushMoney(i, i+1)
	case '"':
		t.quoted, t.quotes = !t.quoted, true
	case ':':
		if n := len(t.toks); n > 0 && t.toks[n-1].end == i {
			t.toks[n-1].colon = true
			t.noteShaped(n - 1)
		}
		t.markPause()
	case ',', ';':
		t.markPause()
	case '-':
		if i > 0 && t.text[i-1] == ' ' {
			t.markPause() // a spaced dash: "Done - the credit is back"
		}
	case '\n':
		t.endSentence(i, false)
	case '?', '!', '.':
		if (i+1 == len(t.text) || !isWordByte(t.text[i+1])) && !(c == '.' && t.afterTitle(i)) {
			t.endSentence(i+1, c == '?')
		}
	}
}

// afterTitle reports a full stop at i right after a title ("Dr.", "Mrs."):
// the name goes on in the same sentence ("Dr. Morales is running behind").
func (t *tokenizer) afterTitle(i int) bool {
	n := len(t.toks)
	return n > 0 && t.toks[n-1].end == i && titleWords.has(t.toks[n-1].id) && i+2 < len(t.text) && t.text[i+1] == ' ' &&
		t.text[i+2]-'A' < 26
}

// titleWords are titles written with a full stop before a name.
var titleWords = idSetOf(titleWordsList)

const titleWordsList = "dr mr mrs ms mx prof rev"

// nonASCII handles one multi-byte rune: letters and digits extend words,
// currency signs become money tokens, curly double quotes toggle quoting, and
// everything else (emoji, dashes) separates words.
func (t *tokenizer) nonASCII(i int) int {
	r, size := utf8.DecodeRuneInString(t.text[i:])
	switch {
	case r == '\u201c':
		t.quoted, t.quotes = true, true
	case r == '\u201d':
		t.quoted = false
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return t.word(i)
	case unicode.Is(unicode.Sc, r):
		t.pushMoney(i, i+size)
	case r == '\u2014' || r == '\u2013':
		t.markPause() // em or en dash
	case unicode.Is(unicode.So, r):
		t.emojiEnds(i + size)
	}
	return i + size
}

// emojiEnds closes the open sentence at an emoji or symbol that a capital
// letter follows after a space ("we've handed it over 📦 We've reopened the
// claim"): in chat it ends a sentence as a full stop would. Otherwise it is
// a pause.
func (t *tokenizer) emojiEnds(end int) {
	j := end
	for j < len(t.text) && (t.text[j] == ' ' || t.text[j] >= utf8.RuneSelf && !startsLetter(t.text[j:])) {
		if t.text[j] >= utf8.RuneSelf {
			_, n := utf8.DecodeRuneInString(t.text[j:])
			j += n
			continue
		}
		j++ // spaces, and more emoji or variation selectors
	}
	if j > end && j < len(t.text) && t.text[j] >= 'A' && t.text[j] <= 'Z' {
		t.endSentence(end, false)
		return
	}
	t.markPause()
}

// startsLetter reports whether s starts with a letter.
func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// markPause records that the last token of the open sentence is followed by
// punctuation where a clause can end.
func (t *tokenizer) markPause() {
	if n := len(t.toks); t.open() {
		t.toks[n-1].pause = true
	}
}

// endSentence closes the sentence being built at byte end, if it has tokens.
func (t *tokenizer) endSentence(end int, question bool) {
	// A sentence needs a word: "$!$" or "£?" runs on into the next one.
	words := len(t.toks) - t.moneys
	if !t.open() || words == t.wordsBefore && end < len(t.text) {
		return
	}
	t.wordsBefore = words
	t.cur.start = t.toks[t.cur.tokLo].start
	t.cur.end, t.cur.tokHi, t.cur.question = end, len(t.toks), question
	t.sents = append(t.sents, t.cur)
	t.cur.tokLo = len(t.toks)
}

// Token classes a pattern can name instead of a word (see analyze_match.go).
const (
	classNum = iota // a number
	classEd         // "-ed" past participle of a step: "reopened", "traced"
	classIng        // "-ing" present participle of a step: "freezing", "booking"
	classCount
)

// notSteps are "-ed" and "-ing" words that say what the agent thinks, sees or
// tries rather than a step taken for the customer: "I've checked", "I'm hoping".
// They are asked about by word id (see idSetLists), as classOf runs on every
// word of a turn.
var notSteps = idSetOf(notStepsList)

const notStepsList = "checked looked noticed tried listened learned realised realized wondered " +
	"noted reviewed received seemed needed wanted hoped experienced explained mentioned answered " +
	"heard asked talked worked waited called emailed messaged stated assumed guessed " +
	"trying hoping looking checking wondering waiting having seeing thinking going working reading " +
	"feeling guessing assuming hearing struggling being getting understanding talking calling " +
	"asking speaking writing saying telling sending"

// minClassLen is the length of the shortest word that can be of the "-ed"
// or "-ing" class.
const minClassLen = 5

// classOfWord is classOf for a word that is no number, with key k and id
// id: for a word the vocabulary knows, whose key is the vocabulary's own
// string, the class worked out for its id at start-up (see wordClasses).
func classOfWord(k string, id int32) uint8 {
	if id != 0 {
		return wordClasses[uint(id)%maxSetWord]
	}
	return classOf(k, false, id)
}

// wordClasses is, by word id, the class bits of the word with that id:
// classOf is asked of most words of five letters or more, and most of them
// the vocabulary knows. It is an array, as wordCues is.
var wordClasses = classesOfWords()

// classesOfWords works out wordClasses, and copies each word's class into
// its slot of the word table, where the tokenizer reads it (see wordSlot).
func classesOfWords() (classes [maxSetWord]uint8) {
	for id, w := range index.words.words {
		classes[id] = classOf(w, false, int32(id))
	}
	index.words.noteClasses(&classes)
	return classes
}

// classOf returns the class bits of a word token with key k and word id id.
func classOf(k string, num bool, id int32) uint8 {
	switch {
	case num:
		return 1 << classNum
	case len(k) < minClassLen || notSteps.has(id):
		return 0
	}
	return suffixClass(k)
}

// suffixClass returns the class bits a word of minClassLen bytes or more,
// and none of notSteps, has by how it ends: "-ed" or "-ing". The tokenizer
// asks it of an unknown word, which classOf would ask of it, without the
// call.
func suffixClass(k string) uint8 {
	switch {
	case strings.HasSuffix(k, "ed"):
		return 1 << classEd
	case strings.HasSuffix(k, "ing"):
		return 1 << classIng
	}
	return 0
}
