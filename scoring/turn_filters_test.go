package scoring

import "testing"

// TestTurnFiltersHold checks, on every labelled turn, what the passes that
// skip a whole turn assume of its candidates: that candSlots holds the veto
// slot of each candidate the veto passes read (see vetoCandidates), and
// that each apology candidate comes from a hit that apologises (see
// copyKept). A candidate added where neither is noted would be skipped
// silently; this fails instead.
func TestTurnFiltersHold(t *testing.T) {
	texts := append(labelledTexts(t), benchTexts...)
	az := new(analyzer)
	apologies := 0
	for _, text := range texts {
		az.readPhrases(text)
		az.applyClauseRules()
		for i, f := range az.candFacts {
			if f&slotFacts&^az.candSlots != 0 {
				t.Errorf("%q: candidate %s has a veto slot candSlots does not hold", text, az.cands[i].Kind)
			}
			if f.kind() == apologyKind {
				apologies++
				if az.uses&useApology == 0 {
					t.Errorf("%q: an apology candidate in a turn with no hit that apologises", text)
				}
			}
		}
	}
	if apologies == 0 {
		t.Error("no labelled turn has an apology candidate: the test proves nothing")
	}
}
