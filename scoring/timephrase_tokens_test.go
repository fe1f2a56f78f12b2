package scoring

import "testing"

// TestCandidatesHoldTheirFirstToken checks that every candidate of the
// labelled utterances and bench texts that holds its first token holds the
// one candToken would look up from its bytes: the time commitments, whose
// token parseAt carries through withPreposition, as well as the phrases'.
func TestCandidatesHoldTheirFirstToken(t *testing.T) {
	texts := append(labelledTexts(t), benchTexts...)
	az := new(analyzer)
	times := 0
	for _, text := range texts {
		az.readPhrases(text)
		az.applyClauseRules()
		for i, tok := range az.candTok {
			if tok < 0 {
				continue
			}
			if want := az.tokenAt(az.cands[i].Start); tok != want {
				t.Errorf("%q: candidate %d (%s at %d) holds token %d, not %d", text, i, az.cands[i].Kind, az.cands[i].Start, tok, want)
			}
			if az.candFacts[i]&factTime != 0 {
				times++
			}
		}
	}
	if times == 0 {
		t.Error("no time commitment of the corpus holds its first token")
	}
}
