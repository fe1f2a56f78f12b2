package scoring

import "testing"

// TestVerbFormsHoldEveryKnownForm holds verbForms to what verbAt assumes when
// it reads a word verbForms lacks by lemmaByRule: that irregularVerbs and
// knownForms, which lemma looks in first, hold none of it.
func TestVerbFormsHoldEveryKnownForm(t *testing.T) {
	for _, forms := range []map[string]string{irregularVerbs, knownForms} {
		for form, base := range forms {
			if _, ok := verbForms[form]; !ok {
				t.Errorf("verbForms lacks %q (base %q)", form, base)
			}
		}
	}
}

// TestRegularPastsHold holds looksLikeVerb's reading by id to what it
// assumes of every such token in the corpus: that a token the index knows,
// not marked odd, is typed exactly as its word, so that the answer found
// for the word at start-up is the one its text would give.
func TestRegularPastsHold(t *testing.T) {
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		for i := c.lo; i < c.hi; i++ {
			tok := az.tok.toks[i]
			if tok.id == 0 || tok.odd {
				continue
			}
			if k := az.tok.key(tok); k != index.words.words[tok.id] || len(k) != tok.end-tok.start {
				t.Errorf("%q: token %d is typed %q, keyed %q, but its id names %q", text, i, az.tok.text[tok.start:tok.end], k, index.words.words[tok.id])
			}
		}
	})
}
