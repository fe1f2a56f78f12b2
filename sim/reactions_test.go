package sim

import (
	"slices"
	"testing"
)

// TestReactionTableIsReadable: every reaction has a unique name, a reason a
// trainer can read, and changes something.
func TestReactionTableIsReadable(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range reactions {
		if r.Name == "" || seen[r.Name] || r.Why == "" || r.When == nil {
			t.Errorf("reaction %q: want a unique name, a Why and a When", r.Name)
		}
		if r.Frustration == 0 && r.Trust == 0 && r.Patience == 0 {
			t.Errorf("reaction %q changes nothing", r.Name)
		}
		seen[r.Name] = true
	}
	if got := ReactionNames(); !slices.Equal(got[:2], []string{"action-given", "remedy-fair"}) {
		t.Errorf("ReactionNames starts %v, want table order", got[:2])
	}
}

// TestRepeatFailureIsHarderToCalm: the same turns calm a customer less after a
// repeat failure, and the repeat customer needs a bigger remedy.
func TestRepeatFailureIsHarderToCalm(t *testing.T) {
	repeat := *builtin(t, "late-delivery-anniversary")
	repeat.Failure.Repeat = true
	first := builtin(t, "late-delivery-anniversary")
	script := lines(t, "We missed the delivery, and you had to buy another gift. That's on us.", "/refund 16 I've refunded 16 USD now.", "It shows within 3 days.")
	once, twice := play(t, first, script, Options{}), play(t, &repeat, script, Options{})
	if once.Ending() != Resolved || twice.Ending() == Resolved {
		t.Errorf("endings: first failure %q, repeat %q; want resolved and not resolved", once.Ending(), twice.Ending())
	}
	if f1, f2 := once.State().Frustration, twice.State().Frustration; f2 <= f1 {
		t.Errorf("frustration after the same turns: first failure %d, repeat %d; want the repeat higher", f1, f2)
	}
	if got, want := repeat.FairFloor(), 15*1.25; got != want {
		t.Errorf("repeat fair floor %v, want %v", got, want)
	}
}

// TestPhoneSilenceIsFeltSooner: the same 30-second pause costs patience on the
// phone and not in a chat.
func TestPhoneSilenceIsFeltSooner(t *testing.T) {
	for _, tt := range []struct {
		channel string
		want    []string
	}{{"chat", []string{"no-progress"}}, {"phone", []string{"no-progress", "slow-reply"}}} {
		sc := *builtin(t, "late-delivery-anniversary")
		sc.Channel = tt.channel
		s := play(t, &sc, lines(t, "+30s Okay."), Options{})
		if got := s.Trace()[0].Why; !slices.Equal(got, tt.want) {
			t.Errorf("%s: reactions %v, want %v", tt.channel, got, tt.want)
		}
	}
}

// TestWaitReasonsQuoteTheWaitLimits: the slow-reply reasons are written from
// waitLimits, so they say what the rule does.
func TestWaitReasonsQuoteTheWaitLimits(t *testing.T) {
	want := map[string]string{
		"slow-reply":      "the customer waited too long for an answer (over 90 s in a chat, 20 s on the phone)",
		"very-slow-reply": "the customer waited far too long (over 4 min in a chat, 1 min on the phone)",
	}
	for _, r := range reactions {
		if w, ok := want[r.Name]; ok && r.Why != w {
			t.Errorf("%s: why %q, want %q", r.Name, r.Why, w)
		}
	}
}

// TestClaimedRefundIsNotAccepted: "I have refunded 25 USD" without the action
// makes the customer say they see nothing, costs trust, and never resolves.
func TestClaimedRefundIsNotAccepted(t *testing.T) {
	sc := builtin(t, "late-delivery-anniversary")
	s := play(t, sc, lines(t, "We missed the delivery and you had to buy another gift. That's on us.", "I have refunded 25 USD."), Options{})
	trace := s.Trace()
	last := trace[len(trace)-1]
	if last.Beat != "on_claim_unseen" || !slices.Contains(last.Why, "claim-unseen") {
		t.Fatalf("last step %+v, want the on_claim_unseen beat and the claim-unseen reaction", last)
	}
	if got := s.Transcript().Turns[4].Text; got != "I don't see anything yet. Has it actually gone through?" {
		t.Errorf("customer said %q", got)
	}
	if last.State.Trust >= trace[0].State.Trust || s.Ending() != Ongoing || s.Given() != 0 {
		t.Errorf("trust %d after %d, ending %q, given %v; want trust down, ongoing, nothing given", last.State.Trust, trace[0].State.Trust, s.Ending(), s.Given())
	}
}
