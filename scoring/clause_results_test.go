package scoring

import "testing"

// TestResultAfterReadLazily checks resultAfter, which reads a clause's
// answer when first asked and walks on through the clauses that pass theirs
// on, against every clause's answer read in one pass from the end of the
// turn, over every labelled utterance and bench text, asked in turn order
// and in reverse.
func TestResultAfterReadLazily(t *testing.T) {
	texts := append(labelledTexts(t), benchTexts...)
	texts = append(texts, gateExamples...)
	az := new(analyzer)
	for _, text := range texts {
		az.readPhrases(text)
		az.readTurnClauses()
		n := len(az.clauses)
		want := make([]int32, n)
		for ci := n - 1; ci >= 0; ci-- {
			r, next := az.readResultAfter(ci)
			if next {
				r = want[ci+1]
			}
			want[ci] = r
		}
		for _, order := range []func(i int) int{func(i int) int { return i }, func(i int) int { return n - 1 - i }} {
			az.resultsNoted = false
			for i := range n {
				ci := order(i)
				if got := az.resultAfter(ci); got != int(want[ci]) {
					t.Fatalf("%q: clause %d: resultAfter = %d, want %d", text, ci, got, want[ci])
				}
			}
		}
	}
}
