package scoring

import "strings"

// A word's key is the lowercased form the pattern tables are written in.
// Most words are their own key, a slice of the turn's text; a word with a
// capital or a curly apostrophe is keyed by the vocabulary's own string for
// it, and only a word the vocabulary does not know is cut from a lowered
// copy of the text, built as a string on demand. Lowering only ASCII letters
// keeps every byte offset valid for any input. Nearly every turn starts with
// a capital, and most of its capitalised words are known, so most turns are
// never lowered whole: that spared a pass over the text and an allocation,
// with the collections it brings.

// lowered returns the turn's text with ASCII letters lowercased, building it
// the first time a call asks for it. Text with no capitals is its own
// lowered form.
func (t *tokenizer) lowered() string {
	if t.lower == "" {
		if hasUpperASCII(t.text) {
			t.buf = appendLowerASCII(t.buf[:0], t.text)
			t.lower = string(t.buf)
		} else {
			t.lower = t.text
		}
	}
	return t.lower
}

// lowerSpan returns bytes start..end of the lowered text. A span with no
// capital is its own lowered form, so only a span with one has the whole
// text lowered: "by tomorrow at 9am" in a turn that starts with a capital
// needs no copy.
func (t *tokenizer) lowerSpan(start, end int) string {
	if w := t.text[start:end]; !hasUpperASCII(w) {
		return w
	}
	return t.lowered()[start:end]
}

// lowerIn reports whether the lowered bytes start..end are a word of set,
// without building the lowered text: the word is lowered into buf, and
// indexing a map by string(bytes) does not allocate.
func (t *tokenizer) lowerIn(set map[string]bool, start, end int) bool {
	w := t.text[start:end]
	if !hasUpperASCII(w) {
		return set[w]
	}
	t.buf = appendLowerASCII(t.buf[:0], w)
	return set[string(t.buf)]
}

// hasUpperASCII reports whether s holds an ASCII capital.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'A' < 26 {
			return true
		}
	}
	return false
}

// lowerPacked lowercases the ASCII capitals of a word packed by packPrefix,
// all eight bytes at once, as appendLowerASCII does byte by byte.
func lowerPacked(v uint64) uint64 {
	const ones, high, low7 = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	// With the top bit of each byte cleared no sum carries into the next
	// byte; the top bit of v itself rules out non-ASCII bytes.
	x := v & low7
	atLeastA := x + (0x80-'A')*ones
	pastZ := x + (0x80-'Z'-1)*ones
	upper := atLeastA &^ pastZ &^ v & high
	return v | upper>>2 // 0x80>>2 is 0x20, the bit between 'A' and 'a'
}

// appendLowerASCII appends s to b with its ASCII letters lowercased.
func appendLowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// key is the lowercased word the pattern tables are written in. Most words
// are their own key, a slice of the text; a word with a capital is keyed by
// the vocabulary's copy of it (see oddKey). It is kept small enough to
// inline, so callers pass a token without copying it.
func (t *tokenizer) key(tok token) string {
	if tok.odd {
		return t.oddKey(tok.start, tok.end, tok.id)
	}
	return t.text[tok.start:tok.end]
}

// oddKey is the key of a word with a curly apostrophe or a capital: the
// vocabulary's string for a word it knows (by its id), or else the lowered
// text with its apostrophes straightened. Kept out of line so that key
// stays cheap enough to inline.
//
//go:noinline
func (t *tokenizer) oddKey(start, end int, id int32) string {
	if id != 0 {
		return index.words.words[id]
	}
	if k, ok := t.respelledKey(start); ok {
		return k
	}
	return straightened(t.lowered()[start:end])
}

// lookUpOdd returns the vocabulary id and the key of the word at bytes
// start..end, which holds a capital or a curly apostrophe. A word with a
// capital is looked up by its lowered bytes, so that the lowered text is
// built as a string only for a word the vocabulary does not know.
func (t *tokenizer) lookUpOdd(start, end int, curly bool) (int32, string) {
	if n := end - start; !curly && n <= 8 && start+8 <= len(t.text) {
		// Most such words are short and open a sentence ("Could", "I've"):
		// packed and lowered in one integer, they are looked up as idOfPlain
		// looks up a word, with no copy and no byte loop.
		if id := index.words.idPacked(lowerPacked(packPrefix(t.text[start:start+8], n))); id != 0 {
			return id, index.words.words[id]
		}
	} else if !curly {
		t.buf = appendLowerASCII(t.buf[:0], t.text[start:end])
		if id := index.words.idOfBytes(t.buf); id != 0 {
			return id, index.words.words[id]
		}
	}
	key := t.oddKey(start, end, 0)
	if id := index.words.id(key); id != 0 {
		return id, index.words.words[id] // the vocabulary's string, which key will answer from now on
	}
	return 0, key
}

// straightened replaces curly apostrophes with straight ones; a word with
// none comes back as it is, without a copy.
func straightened(k string) string { return strings.ReplaceAll(k, "\u2019", "'") }

// idOfPlain returns the vocabulary id of the word at bytes start..end, which
// has no capital or curly apostrophe and so is its own key. A word of up to 8
// bytes with 8 bytes of text from its start is packed by packPrefix: packing
// byte by byte was a fifth of the lookup of every word of a turn.
func (t *tokenizer) idOfPlain(start, end int) int32 {
	if n := end - start; n <= 8 && start+8 <= len(t.text) {
		return index.words.idPacked(packPrefix(t.text[start:start+8], n))
	}
	return index.words.id(t.text[start:end])
}

// keyOf is key for the token tok points to, read in place. key takes its
// token by value, and a token is too large for the compiler to keep in
// registers, so every call to key copies all of its bytes; the clause
// reader asks for keys often enough for the copies to show.
func (t *tokenizer) keyOf(tok *token) string {
	if tok.odd {
		return t.oddKey(tok.start, tok.end, tok.id)
	}
	return t.text[tok.start:tok.end]
}
