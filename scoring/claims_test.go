package scoring

import "testing"

// TestClaimedRefundWithoutActionCostsTrust: "I have refunded 25 USD" without the
// action is charged as claims-remedy-not-given, earns no concrete step and gives
// no remedy.
func TestClaimedRefundWithoutActionCostsTrust(t *testing.T) {
	rep := mustScore(t, conv(cust(0, opening), agent(10000, "That was our mistake. I have refunded 25 USD.")), fixture())
	if p, _ := pointsFor(rep, "claims-remedy-not-given"); p != -15 {
		t.Errorf("claims-remedy-not-given = %d, want -15\n%s", p, evidenceDump(rep))
	}
	if _, fired := pointsFor(rep, "early-concrete-action"); fired {
		t.Errorf("an unbacked claim earned early-concrete-action\n%s", evidenceDump(rep))
	}
	if _, fired := pointsFor(rep, "no-remedy"); !fired {
		t.Errorf("no-remedy did not fire: words gave a remedy\n%s", evidenceDump(rep))
	}
}

// TestClaimBackedByAnActionIsNotCharged: the same words with the action, or
// after it, are the truth.
func TestClaimBackedByAnActionIsNotCharged(t *testing.T) {
	same := Turn{Role: RoleAgent, AtMS: 10000, Text: "I have refunded 25 USD.", Action: &Action{Kind: "refund", Amount: 25, Currency: "USD"}}
	later := conv(cust(0, opening), act(10000, "refund", 20), agent(20000, "Your refund has been processed."))
	for name, tr := range map[string]Transcript{"same turn": conv(cust(0, opening), same), "later turn": later} {
		if _, fired := pointsFor(mustScore(t, tr, fixture()), "claims-remedy-not-given"); fired {
			t.Errorf("%s: claims-remedy-not-given fired for a performed refund", name)
		}
	}
}

// TestAnnouncedRefundNowIsNotAClaim: "I'll refund the duplicate now" announces
// the step; it scored like "I'll refund the duplicate" (a promise) plus a
// claims-remedy-not-given charge, so adding "now" cost 15 points even when the
// refund followed on the next turn.
func TestAnnouncedRefundNowIsNotAClaim(t *testing.T) {
	for _, words := range []string{"I'll refund the duplicate now.", "I'm going to refund that right away."} {
		tr := conv(cust(0, opening), agent(10000, words), cust(11000, "ok"), act(20000, "refund", 20))
		rep := mustScore(t, tr, fixture())
		if _, fired := pointsFor(rep, "claims-remedy-not-given"); fired {
			t.Errorf("%q: claims-remedy-not-given fired for an announced step\n%s", words, evidenceDump(rep))
		}
		if p, _ := pointsFor(rep, "early-concrete-action"); p != 20 {
			t.Errorf("%q: early-concrete-action = %d, want 20\n%s", words, p, evidenceDump(rep))
		}
	}
}

func TestClaimedRemedy(t *testing.T) {
	tests := []struct {
		text string
		kind string
		ok   bool
	}{
		{"I have refunded 25 USD.", "refund", true},
		{"I've issued a 15 USD credit to your account.", "credit", true},
		{"I've sent a replacement.", "replacement", true},
		{"I've issued 10 USD to your card.", "", true},
		{"I'll refund you today.", "", false},
		{"I'll refund the duplicate now.", "", false},
		{"I'm going to refund that right away.", "", false},
		{"I'm refunding the 25 USD now.", "refund", true},
		{"I've sent you the tracking link.", "", false},
	}
	for _, tt := range tests {
		c, ok := ClaimedRemedy(tt.text, AnalyzeTurn(Turn{Role: RoleAgent, Text: tt.text}))
		if ok != tt.ok || c.Kind != tt.kind {
			t.Errorf("ClaimedRemedy(%q) = %+v, %v; want kind %q, %v", tt.text, c, ok, tt.kind, tt.ok)
		}
	}
}
