package scoring

import "testing"

// A subject holding a relative clause with no "that" ("the code you gave us")
// ends at the main clause's "didn't", which keeps its negation and tense.
func TestDoAfterContactRelativeIsTheMainAuxiliary(t *testing.T) {
	for _, text := range []string{"The code you gave us didn't work.", "The key safe code you gave us didn't work."} {
		_, c := clauseOf(t, text, "work")
		if !c.neg || c.aspect != aspDone || c.lemma != "work" {
			t.Errorf("%q: neg %v, aspect %d, lemma %q; want negated, done, work", text, c.neg, c.aspect, c.lemma)
		}
	}
}
