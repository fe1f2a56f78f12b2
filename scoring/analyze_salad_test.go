package scoring

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// saladWords are the words the clause reader knows by name: the lexicon, the
// verb lists and every id-set list. Turns made of them, cut off anywhere,
// reach the edges of the reader's look-ahead far more often than random
// bytes do.
func saladWords() []string {
	seen := map[string]bool{}
	add := func(list string) {
		for _, w := range strings.FieldsFunc(list, func(r rune) bool { return r == ' ' || r == '|' || r == '_' }) {
			seen[w] = true
		}
	}
	for _, e := range lexicon {
		add(e.words)
	}
	for _, list := range clauseVerbs {
		add(list)
	}
	for _, list := range idSetLists {
		add(list)
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	slices.Sort(words) // a fixed order, so a seed gives the same turns every run
	return words
}

// saladTurn builds a turn of n words drawn by r, with now and then a comma,
// a full stop or a question mark after a word.
func saladTurn(r *rand.Rand, words []string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[r.IntN(len(words))])
		switch r.IntN(12) {
		case 0:
			b.WriteByte(',')
		case 1:
			b.WriteByte('.')
		case 2:
			b.WriteByte('?')
		}
	}
	return b.String()
}

// TestAnalyzeWordSaladNeverPanics runs Analyze over 30,000 turns of known
// words, one to fourteen long, and checks each marker's span as FuzzAnalyze
// does. A reading that looks past the last word of a turn panics here.
func TestAnalyzeWordSaladNeverPanics(t *testing.T) {
	words := saladWords()
	if len(words) < 1000 {
		t.Fatalf("only %d known words; the lists did not load", len(words))
	}
	r := rand.New(rand.NewPCG(11, 2026))
	for range 30000 {
		text := saladTurn(r, words, 1+r.IntN(14))
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("Analyze(%q) panicked: %v", text, p)
				}
			}()
			for _, m := range Analyze(text).Markers {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
					t.Fatalf("Analyze(%q): %s has span %d..%d, text %q", text, m.Kind, m.Start, m.End, m.Text)
				}
			}
		}()
	}
}

// FuzzAnalyzeWords is FuzzAnalyze over turns of known words: each byte of
// the input picks a word, so the fuzzer explores word orders, not bytes.
func FuzzAnalyzeWords(f *testing.F) {
	words := saladWords()
	f.Add([]byte{1, 2, 3})
	f.Add([]byte("the owner set"))
	f.Fuzz(func(t *testing.T, picks []byte) {
		if len(picks) > 40 {
			picks = picks[:40]
		}
		parts := make([]string, len(picks))
		for i, p := range picks {
			parts[i] = words[(int(p)*131+i*7)%len(words)]
		}
		text := strings.Join(parts, " ")
		for _, m := range Analyze(text).Markers {
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("Analyze(%q): %s Text %q is not its span", text, m.Kind, m.Text)
			}
		}
	})
}
