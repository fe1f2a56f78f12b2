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

// A penalty told as the result of the customer's slip ("so the ticket got
// cancelled", "so your spot got released") is what the slip brought, in
// any form of the passive, and earns no credit as a step of ours; a
// cancellation asked for, or one we take back, is still a step.
func TestPenaltyAfterTheirSlipIsNoStep(t *testing.T) {
	for _, tc := range []struct {
		text string
		step bool
	}{
		{"You booked through a reseller we don't work with, so the ticket got cancelled.", false},
		{"You missed two payments, so the policy has been cancelled.", false},
		{"You were twenty minutes late to the class, so your spot got released.", false},
		{"As you asked, your order has been cancelled.", true},
		{"You missed two payments, so I've cancelled the late fee as a goodwill gesture.", true},
	} {
		if got := slices.Contains(markerKinds(Analyze(tc.text)), MarkConcreteAction); got != tc.step {
			t.Errorf("%q: concrete action %v, want %v", tc.text, got, tc.step)
		}
	}
}
