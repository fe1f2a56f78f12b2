package scoring_test

import (
	"fmt"

	"github.com/turnaround-app/turnaround/scoring"
)

// Analyze reports what an agent's words did, each marker with the exact words
// that show it. Time commitments carry how far ahead they are in Detail.
func ExampleAnalyze() {
	a := scoring.Analyze("I'm so sorry, we missed the delivery window. I've refunded the $25 shipping fee, " +
		"and I'll email you by Friday to confirm.")
	for _, m := range a.Markers {
		fmt.Printf("%-16s %q", m.Kind, m.Text)
		if m.Detail != "" {
			fmt.Print(" ", m.Detail)
		}
		fmt.Println()
	}
	fmt.Println(a.Words, "words,", a.Sentences, "sentences,", a.ApologySentences, "apologising")
	// Output:
	// apology          "I'm so sorry"
	// owns-mistake     "we missed"
	// concrete-action  "I've refunded"
	// follow-up        "I'll email you"
	// time-commitment  "by Friday" +4d
	// 22 words, 2 sentences, 1 apologising
}
