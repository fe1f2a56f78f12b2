package scoring

import "testing"

// TestConditionFirstsHoldEveryOpener checks the shortcut of conditionAt:
// every word of the corpus that timeNounOpener or reasonOpener takes is in
// conditionFirsts, so the set turns away only words both would.
func TestConditionFirstsHoldEveryOpener(t *testing.T) {
	taken := 0
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		for i := c.lo; i < c.hi; i++ {
			if !az.timeNounOpener(i) && !az.reasonOpener(i) {
				continue
			}
			taken++
			if id := az.tok.toks[i].id; !conditionFirsts.has(id) {
				t.Errorf("%q: %q opens a condition, but conditionFirsts lacks it", text, az.tok.keyOf(&az.tok.toks[i]))
			}
		}
	})
	if taken == 0 {
		t.Fatal("no word of the corpus opens a condition")
	}
}
