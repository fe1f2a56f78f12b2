package scoring

import (
	"slices"
	"testing"
)

// A check runs only on a clause holding the words its need names (see
// checkWords), so a need narrower than the check hides what the check
// reads: "none of them" says nobody else had the trouble as "nobody else"
// does, and "not a lot we can do" disowns as "nothing we can do" does.
func TestWordNeedsHoldWhatTheChecksRead(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"We've got hundreds of customers on the same tariff and none of them have had a problem with the meter.", []MarkerKind{MarkBlame}},
		{"I've had calls from loads of people on that estate and none of them's had a problem with the signal.", []MarkerKind{MarkBlame}},
		// what none of the others will meet compares nothing
		{"We've got hundreds of customers on the same tariff and none of them will be affected by the change.", nil},
	})
	for _, tc := range []struct{ text, evidence string }{
		{"The venue pulled out at the last minute and there's not a lot we can do when that happens.", "there's not a lot we can do"},
		{"It's the supplier that discontinued the part, so there's not a lot we can do on our end.", "there's not a lot we can do on our end"},
	} {
		var got []string
		for _, m := range Analyze(tc.text).Markers {
			if m.Kind == MarkBlame {
				got = append(got, m.Text)
			}
		}
		if !slices.Contains(got, tc.evidence) {
			t.Errorf("%q: blame evidence %q, want it to hold %q", tc.text, got, tc.evidence)
		}
	}
}
