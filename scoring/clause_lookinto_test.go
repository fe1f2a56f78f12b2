package scoring

import "testing"

// TestLookingIntoGivesItsCue checks that mayLookInto, which spares
// joinerTurnsAt the call to afterLookingInto, holds at every "and" of the
// corpus that afterLookingInto reads as coming after a look.
func TestLookingIntoGivesItsCue(t *testing.T) {
	held := 0
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		for i := c.lo; i < c.hi; i++ {
			if az.tok.toks[i].id != idAnd || !az.afterLookingInto(i) {
				continue
			}
			held++
			if !az.mayLookInto(i) {
				t.Errorf("%q: \"and\" at %d comes after a look, where mayLookInto says it may not", text, i)
			}
		}
	})
	if held == 0 {
		t.Error("no \"and\" of the corpus comes after a look")
	}
}
