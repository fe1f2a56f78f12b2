package scoring

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWordFastPathsMatchWord checks that the words tokenize reads without
// calling word (plainWords, shortWords, capitalWord, contraction) come out
// as word reads them, on every word of the validation utterances and on
// edge cases: the fast paths only save time, and a change to word must
// reach them too.
func TestWordFastPathsMatchWord(t *testing.T) {
	set, err := readLabelled(filepath.Join("testdata", "markers"))
	if err != nil {
		t.Fatal(err)
	}
	texts := append([]string{}, benchTexts...)
	for _, l := range set {
		texts = append(texts, l.text)
	}
	texts = append(texts, "a", "I", "I-", "e-mail", "ab-", "hub's", "customer's been", "It's", "I'm",
		"we've", "y'all's", "don't.", "Could", "CouldN't", "x'", "it'", "the owner's", "Ok-", "refunded", "booking",
		"25", "by 2 days", "4 u", "4.99", "1,000", "1, 2", "10:30", "9am", "7_", "3'", "3's", "12-", "5.", "2\u00e9", "0",
		"so um we will see", "and ur parcel is on its way", "we re-sent the e-mail", "the zorbly parcel wibbled off",
		"we sent it", "it is in a box", "so we re-sent", "a b c d e f g h", "um it was ur",
		"we refunded it", "the shipping-fee", "our delivery's late", "it was tracking, then refunded",
		"it was frobbled", "we are zorbing it", "a glorpish one", "the blorked, the blorked")
	checked := 0
	for _, text := range texts {
		var tk tokenizer
		tk.tokenize(text)
		for _, got := range tk.toks {
			if got.money {
				continue // pushed by punct or nonASCII, never by word
			}
			var slow tokenizer
			slow.text = text
			slow.word(got.start)
			want := slow.toks[0]
			// Where the word sits and what follows it are not word's to set.
			want.sent, want.quoted, want.pause, want.colon = got.sent, got.quoted, got.pause, got.colon
			if got != want {
				t.Errorf("%q in %q: tokenize reads %+v, word %+v", text[got.start:got.end], text, got, want)
			}
			checked++
		}
	}
	if checked < 1000 {
		t.Fatalf("checked only %d words", checked)
	}
}

// TestShortWordsReadCommasAsPunct checks the comma and space shortWords
// steps over after a word against punct's reading of them, over every
// labelled utterance: with a space put before each such comma, which
// shortWords leaves to punct, every token comes out the same but for where
// it starts and ends.
func TestShortWordsReadCommasAsPunct(t *testing.T) {
	stepped := 0
	for _, text := range append(labelledTexts(t), benchTexts...) {
		spaced := strings.ReplaceAll(text, ", ", " , ")
		if spaced == text {
			continue
		}
		var got, want tokenizer
		got.tokenize(text)
		want.tokenize(spaced)
		if len(got.toks) != len(want.toks) {
			t.Errorf("%q: %d tokens, %d with its commas spaced", text, len(got.toks), len(want.toks))
			continue
		}
		for i := range got.toks {
			g, w := got.toks[i], want.toks[i]
			g.start, g.end, w.start, w.end = 0, 0, 0, 0
			if g != w {
				t.Errorf("%q: token %d is %+v, with its commas spaced %+v", text, i, g, w)
			}
			if g.pause {
				stepped++
			}
		}
	}
	if stepped < 1000 {
		t.Fatalf("only %d pauses checked", stepped)
	}
}

// TestWordSlotsKeepTheLexicon checks the lexicon bits and the class each
// slot of the word table keeps beside its id against the phrase index's
// lexicon and wordClasses, which they copy: plainWords reads them from the
// slot.
func TestWordSlotsKeepTheLexicon(t *testing.T) {
	for i, s := range index.words.slots {
		if s.lex != index.lex[s.id] {
			t.Errorf("slot %d (%q): lex %x, the lexicon has %x", i, index.words.words[s.id], s.lex, index.lex[s.id])
		}
		if s.class != wordClasses[s.id] {
			t.Errorf("slot %d (%q): class %x, wordClasses has %x", i, index.words.words[s.id], s.class, wordClasses[s.id])
		}
	}
	for id, w := range index.words.words[1:] {
		if s := index.words.slotPacked(packWord(w)); len(w) <= 8 && (s.id != int32(id+1) || s.lex != index.lex[id+1]) {
			t.Errorf("%q: slot has id %d and lex %x, want %d and %x", w, s.id, s.lex, id+1, index.lex[id+1])
		}
	}
}

// TestShapesHoldTheShapedTokens checks that the tokenizer's shapes, which
// timeCues and findShapes read in place of every token, hold exactly the
// tokens that are numbers or codes or are followed by a colon, in order,
// once the phrases of every labelled utterance are read, the passes that
// take tokens out having run.
func TestShapesHoldTheShapedTokens(t *testing.T) {
	texts := append(labelledTexts(t), "Um, 10: the, the E-4012 at 9am, ok?", "system: 1, 2, 3", "$5 um 4.99")
	for _, text := range texts {
		var az analyzer
		az.readPhrases(text)
		var want []int32
		for i, tok := range az.tok.toks {
			if tok.num || tok.code || tok.colon {
				want = append(want, int32(i))
			}
		}
		if !slices.Equal(az.tok.shapes, want) {
			t.Errorf("%q: shapes %v, the shaped tokens are %v", text, az.tok.shapes, want)
		}
	}
}
