package scoring

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// The shapes most words of a turn take, read by tokenize without calling
// word: lowercase letters ("refund"), a capital and lowercase letters
// ("Could"), and either with one apostrophe inside ("we've", "I'm"). Each
// reader is word for its shape, with what word would find already known;
// TestWordFastPathsMatchWord holds them to that.

// endsPlainWord reports whether byte c, after a run of lowercase ASCII
// letters, ends the word there: it is ASCII and neither a word byte nor an
// apostrophe, the only ASCII bytes that continue a word that holds a letter
// (see wordContinues).
func endsPlainWord(c byte) bool { return plainWordEnds[c] }

// plainWordEnds holds endsPlainWord's answer for every byte, worked out at
// start-up by endsPlainWordByte: the tokenizer asks it after most words,
// and one load answers what was a table read and three comparisons.
var plainWordEnds = func() (ends [256]bool) {
	for c := range ends {
		ends[c] = endsPlainWordByte(byte(c))
	}
	return ends
}()

// endsPlainWordByte is endsPlainWord worked out from what ends a word.
func endsPlainWordByte(c byte) bool {
	return c < utf8.RuneSelf && !isWordByte(c) && c != '\''
}

// plainWords reads the words from start, whose first byte is a lowercase
// ASCII letter, and pushes each that is lowercase ASCII letters and nothing
// else: most words of a turn. Where a space and another lowercase letter
// follow a word it pushed, it reads on to the next word itself, as most
// words of a sentence follow one another so: tokenize would do nothing but
// step over the space and call it again, a call and a return, and a frame
// set up, for every word. It returns where tokenize
// reads on and whether it pushed the last word it read: past that word, and
// past the space after it too when that space is among the bytes it read (a
// space does nothing but end a word), or, for a word that goes on past its
// run of lowercase letters ("we've", "e7"), which is the caller's, the
// word's start and where the run ends. It is word for each word it pushes,
// where every fact word gathers is known: no digit, capital, apostrophe or
// '_', so the word is its own key, unless it is a typed form ("ur", see
// typedForms), and a code only when a dash follows a short one ("e-mail").
// It reads the first eight bytes itself, not by lowerRunEnd: most words end
// within them, and are looked up by them, packed (see idPacked), with
// neither a call nor a second read of their bytes. The words of its
// commonest case, most of a turn's, are shortWords', which tokenize asks
// before it, and it again after each word it reads itself; start is where
// shortWords stopped.
func (t *tokenizer) plainWords(start int) (wordStart, next int, pushed bool) {
	text := t.text
	for {
		var end int
		var id int32
		var lx lex
		var dashed bool
		var v, notLower uint64
		if start+8 <= len(text) {
			v = packPrefix(text[start:start+8], 8)
			notLower = notLowerBytes(v)
		} else if len(text) >= 8 {
			v = packTail(text, start) // a word near the end of the text
			notLower = notLowerBytes(v)
		}
		if notLower != 0 {
			// The run ends within the eight bytes read, so the byte that ends it
			// is among them too: what it is needs no second read of the text.
			n := uint(bits.TrailingZeros64(notLower)) & 56 // 8 times the letters before the first other byte
			end = start + int(n/8)
			after := byte(v >> n)
			if !endsPlainWord(after) {
				return start, end, false
			}
			slot := index.words.slotPacked(v & (1<<n - 1))
			id, lx = slot.id, slot.lex
			dashed = n <= 16 && after == '-'
			if next = end; after == ' ' {
				next++
			}
		} else if v != 0 {
			// A word of eight letters or more: its run is read on past the
			// eight read, and a word of eight is looked up by them, packed.
			end = lowerRunEnd(text, start+8)
			if end < len(text) && !endsPlainWord(text[end]) {
				return start, end, false
			}
			if end == start+8 {
				slot := index.words.slotPacked(v)
				id, lx = slot.id, slot.lex
			} else {
				id = index.words.id(text[start:end])
				lx = index.lex[id]
			}
			next = end
		} else {
			end = lowerRunEnd(text, start) // a word of a text of under eight bytes
			if end < len(text) && !endsPlainWord(text[end]) {
				return start, end, false
			}
			id = t.idOfPlain(start, end)
			lx = index.lex[id]
			dashed = end-start <= 2 && end < len(text) && text[end] == '-'
			next = end
		}
		tok := t.push(start, end)
		if dashed {
			tok.code = true
			t.noteShaped(len(t.toks) - 1)
		}
		tok.id = id
		tok.lex = lx
		if tok.lex&(lxTyped|lxFiller) != 0 { // one test for the two rare kinds
			if tok.lex&lxFiller != 0 {
				t.fillers = true // "um": see dropFillers
			} else {
				tok.id, tok.lex = typedWord(id) // "ur": its key is its word's (see typedForms)
				tok.odd = true
				readTypedContraction(tok)
			}
		}
		if end-start >= minClassLen { // classOf answers 0 for a shorter word: spare the look-up
			if id != 0 {
				// classOfWord's answer for a known word, asked without cutting
				// the word's key from the text, which it would not read
				tok.class = wordClasses[uint(id)%maxSetWord]
			} else {
				tok.class = classOf(t.text[start:end], false, 0)
			}
		}
		if next == end || next == len(text) || text[next]-'a' >= 26 {
			return start, next, true
		}
		stop, ended := t.shortWords(next) // a space, read, and the next word
		if ended {
			return stop, stop, true
		}
		start = stop // a word shortWords leaves to the reading above
	}
}

// shortWords pushes the words from start for as long as each is plainWords'
// commonest case: a run of eight lowercase ASCII letters or fewer, which a
// byte that ends a word follows, a dash only after a word of three letters
// or more, and which the vocabulary knows as neither a typed form nor a
// filler, or does not know: the class of an unknown word is read from its
// ending (see suffixClass), inlined, where such a word of five letters or
// more was left to plainWords, to call classOf, and shortWords was called
// again after it. It reads on past a comma and a space after a word too, as
// most commas stand, marking the pause punct would mark. It returns where it
// stopped, and whether the words read on ended there: if so, it is past the
// last word pushed, and the space, or comma and space, after it if they
// follow, and no lowercase letter follows; if not, a word that is not such a
// case starts there, for plainWords to read. It is plainWords for that case
// with no call in its loop, as room for the token is asked first and a word
// that needs any reading but its slot's is left: the calls plainWords makes
// for its other cases, growing the tokens among them, have it keep its
// values in memory, and a word read there cost about twice as much. Whether
// a word follows a word it pushed is read from the eight bytes read for that
// word, at the top of the loop, where a test of the byte after the space, a
// load of its own, was made after every word. It leaves the words of a quote
// to plainWords, as quotes are rare: the quoted flag, stored with every word
// it pushed, held one more value through the loop, and the loop kept more of
// its values in memory. TestWordFastPathsMatchWord holds it to word, and
// TestShortWordsReadCommasAsPunct its commas to punct.
func (t *tokenizer) shortWords(start int) (next int, ended bool) {
	if t.quoted {
		return start, false // a quoted word, pushed by plainWords
	}
	text, toks := t.text, t.toks
	sent := int32(len(t.sents))
	words := &index.words
	for len(toks) < cap(toks) && start+8 <= len(text) {
		v := packPrefix(text[start:start+8], 8)
		notLower := notLowerBytes(v)
		// The letters read, eight when every byte read is one, as no bit of
		// notLower is then set: with no branch for that case, the compiler
		// sees n is at most eight, and reads lowBytes[n] with no bounds test.
		n := uint(bits.TrailingZeros64(notLower)) / 8
		if n == 0 {
			// No lowercase letter opens the bytes read: the words end here.
			t.toks = t.toks[:len(toks)] // the length alone, as push sets it
			return start, true
		}
		end := start + int(n)
		if uint(end) >= uint(len(text)) {
			// Eight letters that end the text, left to plainWords. Tested
			// unsigned, as the bounds test of text[end] is, which it spares.
			break
		}
		// The byte after the letters, loaded, where shifting it out of v
		// wanted the shift's count register, which the loop keeps a value in.
		after := text[end]
		if !endsPlainWord(after) || after == '-' && n <= 2 {
			break // the word goes on, or may be a code (see plainWords)
		}
		slot := words.slotPacked(v & lowBytes[n])
		if slot.lex&(lxTyped|lxFiller) != 0 {
			break
		}
		class := slot.class
		if slot.id == 0 && n >= minClassLen {
			// classOf's answer for an unknown word, which notSteps never holds
			class = suffixClass(text[start:end])
		}
		toks = toks[:len(toks)+1]
		tok := &toks[len(toks)-1] // filled in place, as push fills it
		*tok = token{}
		tok.start, tok.end, tok.sent = start, end, sent
		tok.id, tok.lex, tok.class = slot.id, slot.lex, class
		start = end
		switch {
		case after == ' ':
			start++
		case after == ',' && end+1 < len(text) && text[end+1] == ' ':
			// A comma and a space, read as punct and tokenize read them: the
			// comma marks a pause after the word (see markPause), the space
			// does nothing.
			tok.pause = true
			start += 2
		}
	}
	t.toks = t.toks[:len(toks)]
	return start, start == len(text) || text[start]-'a' >= 26
}

// capitalWord pushes the word at bytes start..end, an ASCII capital and then
// lowercase ASCII letters only. It is word for that case: the word has a
// capital, so its key is the vocabulary's (see lookUpOdd), and it is all
// capitals, which can make it a code before a dash, only when it is one letter.
func (t *tokenizer) capitalWord(start, end int) {
	id, key := t.lookUpOdd(start, end, false)
	dashed := end-start <= 2 && end < len(t.text) && t.text[end] == '-'
	tok := t.push(start, end)
	tok.odd = true
	typed := index.lex[id]&lxTyped != 0
	if typed {
		id, _ = typedWord(id)
		key = index.words.words[id] // "Ur", "Dont" (see typedForms)
	}
	if dashed {
		tok.code = true
		t.noteShaped(len(t.toks) - 1)
	}
	tok.id = id
	tok.lex = index.lex[id]
	if typed {
		readTypedContraction(tok)
	}
	t.fillers = t.fillers || tok.lex&lxFiller != 0 // "Um, ..."
	tok.class = classOfWord(key, id)
}

// knownCapitalWord pushes the word at start, whose first byte is an ASCII
// capital, when it is capitalWord's shape, a capital and lowercase ASCII
// letters, of at most seven bytes, and the vocabulary knows it and not as
// a typed form: most words that open a sentence ("Could", "Your", "I"), and,
// by knownContraction, a contraction of such letters ("I'm", "That's"). It
// returns whether it pushed the word, and where it ends. It is capitalWord for
// that case, read as plainWords reads a word: its first eight bytes at
// once, packed and lowered together (see lowerPacked), and looked up by
// them, with neither a call to find where its letters end nor a second
// read of its bytes; the word's slot gives its lexicon bits too.
func (t *tokenizer) knownCapitalWord(start int) (end int, pushed bool) {
	text := t.text
	if start+8 > len(text) {
		return 0, false
	}
	v := packPrefix(text[start:start+8], 8)
	notLower := notLowerBytes(v) &^ 0x80 // the capital that opens it is no end
	if notLower == 0 {
		return 0, false // a longer word
	}
	n := uint(bits.TrailingZeros64(notLower)) & 56 // 8 times the bytes of the word
	after := byte(v >> n)
	if !endsPlainWord(after) {
		if after == '\'' {
			return t.knownContraction(start, start+int(n/8), true) // "I'm", "That's"
		}
		return 0, false
	}
	slot := index.words.slotPacked(lowerPacked(v) & (1<<n - 1))
	if slot.id == 0 || slot.lex&lxTyped != 0 {
		return 0, false
	}
	end = start + int(n/8)
	tok := t.push(start, end)
	tok.odd = true
	if after == '-' && n <= 16 {
		tok.code = true // a one-letter word before a dash: see capitalWord
		t.noteShaped(len(t.toks) - 1)
	}
	tok.id, tok.lex = slot.id, slot.lex
	t.fillers = t.fillers || slot.lex&lxFiller != 0 // "Um, ..."
	tok.class = slot.class
	return end, true
}

// wordAfterRun reads the word starting at start whose letters, after a
// capital if upper is set, run to end and are followed by something that
// does not end a plain word, and returns where the word ends. A contraction
// of lowercase letters ("we've", "I'm", "doesn't") is read by contraction;
// any other word by word.
func (t *tokenizer) wordAfterRun(start, end int, upper bool) int {
	text := t.text
	if text[end] == '\'' && end+1 < len(text) && text[end+1]-'a' < 26 {
		if after, pushed := t.knownContraction(start, end, upper); pushed {
			return after
		}
		if after := lowerRunEnd(text, end+1); after == len(text) || endsPlainWord(text[after]) {
			t.contraction(start, after, upper)
			return after
		}
	}
	return t.word(start)
}

// knownContraction pushes the word at start whose letters, after a capital
// if upper is set, run to an apostrophe at apos, when it is contraction's
// shape, one more run of lowercase letters after the apostrophe, within
// its first eight bytes, and the vocabulary knows it and not as a typed
// form: most contractions ("I'm", "we've", "doesn't", "that's"). It
// returns whether it pushed it, and where it ends. It is contraction for
// that case, read as knownCapitalWord reads a word: its eight bytes packed
// (and lowered, for a capital) at once and looked up by them, where
// lowerRunEnd, and lookUpOdd or idOfPlain, each read them again.
func (t *tokenizer) knownContraction(start, apos int, upper bool) (end int, pushed bool) {
	text := t.text
	if start+8 > len(text) {
		return 0, false
	}
	v := packPrefix(text[start:start+8], 8)
	head := uint(apos-start+1) * 8 // the bits of the letters before the apostrophe, and of it
	notLower := notLowerBytes(v) >> head << head
	if notLower == 0 {
		return 0, false // a longer word
	}
	n := uint(bits.TrailingZeros64(notLower)) & 56 // 8 times the bytes of the word
	if n == head || !endsPlainWord(byte(v>>n)) {
		return 0, false // no letter after the apostrophe, or more than letters
	}
	if upper {
		v = lowerPacked(v)
	}
	slot := index.words.slotPacked(v & (1<<n - 1))
	if slot.id == 0 || slot.lex&lxTyped != 0 {
		return 0, false
	}
	end = start + int(n/8)
	tok := t.push(start, end)
	tok.apos, tok.odd = true, upper
	t.apostrophes = true
	tok.id, tok.lex = slot.id, slot.lex
	tok.class = slot.class
	readPossessive(tok, index.words.words[slot.id])
	return end, true
}

// contraction pushes the word at bytes start..end: ASCII letters, lowercase
// after a first one that is a capital if upper is set, with one straight
// apostrophe inside. It is word for that case: the word is no code, as it
// holds an apostrophe and is at least three bytes long.
func (t *tokenizer) contraction(start, end int, upper bool) {
	var id int32
	key := t.text[start:end]
	if upper {
		id, key = t.lookUpOdd(start, end, false)
	} else {
		id = t.idOfPlain(start, end)
	}
	if index.lex[id]&lxTyped != 0 {
		id, _ = typedWord(id)
		key, upper = index.words.words[id], true // "u'd", "u'll" (see typedForms)
	}
	tok := t.push(start, end)
	tok.apos, tok.odd = true, upper
	t.apostrophes = true
	tok.id = id
	tok.lex = index.lex[id]
	tok.class = classOfWord(key, id)
	readPossessive(tok, key)
}

// number reads the word at start, whose first byte is an ASCII digit, and
// returns where it ends. A run of digits that ends there ("25", "30") is
// pushed here; any other word ("9am", "4.99", "1,000") is word's. It is word
// for that case: a number, no code, keyed by its text unless it is a typed
// form ("2" for "to", see typedForms).
func (t *tokenizer) number(start int) int {
	text := t.text
	end := start + 1
	for end < len(text) && text[end]-'0' < 10 {
		end++
	}
	if end < len(text) && !endsNumber(text, end) {
		return t.word(start)
	}
	id := t.idOfPlain(start, end)
	lx := index.lex[id]
	tok := t.push(start, end)
	tok.num = true
	t.noteShaped(len(t.toks) - 1)
	typed := lx&lxTyped != 0
	if typed {
		id, lx = typedWord(id)
		tok.odd = true // its key is its word's
	}
	tok.id, tok.lex, tok.class = id, lx, 1<<classNum
	t.fillers = t.fillers || lx&lxFiller != 0
	if typed {
		readTypedContraction(tok)
	}
	return end
}

// endsNumber reports whether byte end of s, after a run of digits, ends the
// word there (see wordContinues): it is ASCII and neither a word byte nor
// an apostrophe, nor a '.' or ',' with a digit after it ("4.99").
func endsNumber(s string, end int) bool {
	c := s[end]
	return endsPlainWord(c) && !((c == '.' || c == ',') && end+1 < len(s) && isDigit(s[end+1]))
}

// lowBytes[i] masks the first i of eight bytes packed by packPrefix, as
// packPrefix masks them: shortWords, which reads words of up to eight
// letters, masks a word's bytes by a load, where a shift by as many bits
// as eight bytes hold would be tested for that width first.
var lowBytes = func() (masks [9]uint64) {
	for i := 1; i <= 8; i++ {
		masks[i] = ^uint64(0) >> (64 - 8*i)
	}
	return masks
}()

// packTail packs the bytes of s from i, fewer than eight, as packPrefix
// packs eight: s holds at least eight bytes, and its last eight are read
// at once and shifted down past those before i. The zero bytes that fill
// the top stand for the text's end: a zero byte is no lowercase letter
// (see notLowerBytes), and ends a word (see endsPlainWord), as the text's
// end does.
func packTail(s string, i int) uint64 {
	return packPrefix(s[len(s)-8:], 8) >> (8 * uint(i+8-len(s)))
}

// lowerRunEnd returns where the run of lowercase ASCII letters starting at i
// ends. It tests eight bytes at a time: each byte of a word is otherwise a
// load, a comparison and a branch of its own.
func lowerRunEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if notLower := notLowerBytes(packPrefix(s[i:i+8], 8)); notLower != 0 {
			return i + bits.TrailingZeros64(notLower)/8
		}
	}
	for i < len(s) && s[i]-'a' < 26 {
		i++
	}
	return i
}

// notLowerBytes returns the top bit of each byte of v, eight bytes of text
// packed by packPrefix, that is no lowercase ASCII letter.
func notLowerBytes(v uint64) uint64 {
	const ones, high, low7 = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	// With the top bit of each byte cleared no sum below carries into the
	// next byte; the top bit of v rules out non-ASCII bytes.
	x := v & low7
	atLeastA := x + (0x80-'a')*ones
	pastZ := x + (0x80-'z'-1)*ones
	return (^atLeastA | pastZ | v) & high
}

// readTypedContraction gives a typed form of a word with an apostrophe
// ("nothings" for "nothing's", "theyve" for "they've") what the word has
// when typed with it: the apostrophe, and the word an 's is built on (see
// readPossessive), so every reading that asks for them reads both alike.
func readTypedContraction(tok *token) {
	w := index.words.words[tok.id]
	if strings.IndexByte(w, '\'') < 0 {
		return
	}
	tok.apos = true
	readPossessive(tok, w)
}
