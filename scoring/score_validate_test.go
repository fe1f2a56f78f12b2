package scoring

import (
	"errors"
	"testing"
)

func TestValidateTranscript(t *testing.T) {
	tests := []struct {
		name string
		tr   Transcript
		want string
	}{
		{"empty", conv(), "the transcript has no turns"},
		{"unknown role", conv(cust(0, "Hi"), Turn{Role: "bot", Text: "beep", AtMS: 10}),
			`turn 1 has role "bot"; a role is "customer" or "agent"`},
		{"out of time order", conv(cust(5000, "Hi"), agent(4000, "Hello")),
			"turn 1 is at 4000 ms, before turn 0 at 5000 ms; turns must be in time order"},
		{"unknown action kind", conv(cust(0, "Hi"), act(1000, "teleport", 0)),
			`turn 1 uses action kind "teleport", which is neither on the authority card nor a known action (refund, credit, discount, replacement, expedite, escalate, follow-up, restore, reactivate, waive-fee, callback, explain)`},
		{"nothing said or done", conv(cust(0, "Hi"), agent(1000, "  ")), "turn 1 has neither text nor an action"},
		{"customer action", conv(Turn{Role: RoleCustomer, Action: &Action{Kind: "refund"}}),
			"turn 0 is a customer turn with an action; only agents take actions"},
		{"negative time", conv(agent(-1, "Hi")), "turn 0 has a negative at_ms (-1)"},
		{"time past a day", conv(agent(MaxSessionMS+1, "Hi")), "turn 0 has at_ms 604800001, past the week (604800000 ms) a session can last"},
		{"negative amount", conv(act(0, "refund", -5)), "turn 0 has an action amount of -5; an amount is zero or more"},
		{"other scenario", Transcript{Scenario: "lost-parcel", Turns: []Turn{cust(0, "Hi")}},
			`the transcript is for scenario "lost-parcel", not "late-delivery-anniversary"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateTranscript(tt.tr, fixture())
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error = %q\nwant    %q", err, tt.want)
			}
			if !errors.Is(err, ErrInvalidTranscript) {
				t.Error("error does not match ErrInvalidTranscript")
			}
			if _, serr := Score(tt.tr, fixture(), nil); serr == nil || serr.Error() != tt.want {
				t.Errorf("Score error = %v, want the same sentence", serr)
			}
		})
	}
}

func TestValidateTranscriptAcceptsKnownActionOffTheCard(t *testing.T) {
	// A known action kind that is not on the card is scoreable: it is penalised
	// as over-authority, not rejected as input.
	if err := ValidateTranscript(conv(act(0, "discount", 5)), fixture()); err != nil {
		t.Fatalf("err = %v, want nil", err)
	}
}
