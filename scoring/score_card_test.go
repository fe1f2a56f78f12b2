package scoring

import (
	"errors"
	"testing"

	"github.com/turnaround-app/turnaround/scenarios"
)

// The score judges actions with the authority card's own arithmetic
// (scenarios.Ledger), so it never credits what the simulator refused.

// TestRefundInOtherCurrencyEarnsNothing: a refund in EUR on a USD card is refused
// by the card, so it is neither a concrete step nor a remedy, and it is charged
// as an action beyond the card.
func TestRefundInOtherCurrencyEarnsNothing(t *testing.T) {
	tr := conv(cust(0, opening), Turn{Role: RoleAgent, AtMS: 20000, Action: &Action{Kind: "refund", Amount: 25, Currency: "EUR"}})
	rep := mustScore(t, tr, fixture())
	for _, rule := range []string{"early-concrete-action", "acts-within-authority", "remedy-fits-harm"} {
		if p, fired := pointsFor(rep, rule); fired {
			t.Errorf("%s fired for a refused EUR refund (%+d)", rule, p)
		}
	}
	if p, _ := pointsFor(rep, "over-authority-action"); p != -20 {
		t.Errorf("over-authority-action = %d, want -20\n%s", p, evidenceDump(rep))
	}
	if got := GivenIn(tr, fixture()); got.Value != 0 || len(got.Kinds) != 0 {
		t.Errorf("GivenIn = %+v, want nothing", got)
	}
}

// TestRefusedActionEarnsNothing: an action the transcript records as refused
// gives nothing, even when the card would have allowed it.
func TestRefusedActionEarnsNothing(t *testing.T) {
	turn := act(20000, "refund", 12)
	turn.Action.Result = ActionRefused
	rep := mustScore(t, conv(cust(0, opening), turn), fixture())
	if _, fired := pointsFor(rep, "remedy-fits-harm"); fired {
		t.Errorf("remedy-fits-harm fired for a refund recorded as refused")
	}
	if _, fired := pointsFor(rep, "no-remedy"); !fired {
		t.Errorf("no-remedy did not fire\n%s", evidenceDump(rep))
	}
}

// TestPerformedActionTheCardRefusesIsRejected: a transcript that records as
// performed an action the card refuses is invalid, in one sentence naming the turn.
func TestPerformedActionTheCardRefusesIsRejected(t *testing.T) {
	tests := []struct {
		name   string
		action Action
		want   string
	}{
		{"other currency", Action{Kind: "refund", Amount: 25, Currency: "EUR", Result: ActionPerformed},
			"turn 1 records refund of 25 EUR as performed, but the authority card refuses it: your refund ceiling is in USD"},
		{"below a cent", Action{Kind: "refund", Amount: 1e-300, Currency: "USD", Result: ActionPerformed},
			"turn 1 records refund of 1e-300 USD as performed, but the authority card refuses it: the amount 1e-300 is below 0.01, the smallest amount of money"},
		{"above the ceiling", Action{Kind: "credit", Amount: 16, Currency: "USD", Result: ActionPerformed},
			"turn 1 records credit of 16 USD as performed, but the authority card refuses it: your ceiling is 15 USD"},
		{"not on the card", Action{Kind: "discount", Amount: 5, Result: ActionPerformed},
			"turn 1 records discount of 5 as performed, but the authority card refuses it: it is not on your authority card (you may refund, credit, escalate, follow-up, replacement)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.action
			_, err := Score(conv(cust(0, opening), Turn{Role: RoleAgent, AtMS: 1000, Action: &a}), fixture(), nil)
			if err == nil || !errors.Is(err, ErrInvalidTranscript) {
				t.Fatalf("err = %v, want an invalid transcript", err)
			}
			if err.Error() != tt.want {
				t.Errorf("error = %q\nwant    %q", err, tt.want)
			}
		})
	}
}

func TestUnknownActionResultIsRejected(t *testing.T) {
	turn := act(1000, "refund", 12)
	turn.Action.Result = "done"
	err := ValidateTranscript(conv(cust(0, opening), turn), fixture())
	if want := `turn 1 has action result "done"; a result is "performed" or "refused"`; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %q", err, want)
	}
}

// TestRepeatFailureGivingWholeCardIsFair: on a lint-clean repeat failure whose
// fair minimum times the repeat factor is beyond the card, giving everything on
// the card is fair (the floor is capped by the card's reach).
func TestRepeatFailureGivingWholeCardIsFair(t *testing.T) {
	sc := repeatFixture()
	sc.FairRemedy = scenarios.Range{Min: 40, Max: 60} // the card reaches 25 + 15 + 2 = 42; 40 × 1.25 = 50 is beyond it
	tr := conv(cust(0, opening),
		agent(10000, "We missed the delivery you paid express shipping for. That was our mistake."),
		act(20000, "refund", 25), act(25000, "credit", 15),
		Turn{Role: RoleAgent, AtMS: 30000, Text: "I'll check in with you on Thursday.", Action: &Action{Kind: "follow-up"}})
	rep := mustScore(t, tr, sc)
	if _, fired := pointsFor(rep, "repeat-failure-needs-more"); fired {
		t.Errorf("repeat-failure-needs-more fired though the whole card was given\n%s", evidenceDump(rep))
	}
	if p, _ := pointsFor(rep, "remedy-fits-harm"); p != 30 || !rep.Outcomes.Fairness {
		t.Errorf("remedy-fits-harm %d, fairness %v; want +30 and reached\n%s", p, rep.Outcomes.Fairness, evidenceDump(rep))
	}
}

// TestEndingBananaIsRejected: an ending that is not one of the four is invalid.
func TestEndingBananaIsRejected(t *testing.T) {
	tr := conv(honestTurns()...)
	tr.Ending = "banana"
	_, err := Score(tr, fixture(), nil)
	if want := `the transcript's ending "banana" is not one of resolved, escalated, hung-up, abandoned`; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %q", err, want)
	}
}

// TestEndingResolvedInTwoTurnsIsRejected: "resolved" with no remedy performed
// contradicts the turns; the error names the last turn.
func TestEndingResolvedInTwoTurnsIsRejected(t *testing.T) {
	tr := conv(cust(0, opening), agent(10000, "Sorry about that."))
	tr.Ending = "resolved"
	_, err := Score(tr, fixture(), nil)
	want := `turn 1 ends the transcript before any performed remedy reached the fair floor (12 USD), but its ending is "resolved"`
	if err == nil || err.Error() != want || !errors.Is(err, ErrInvalidTranscript) {
		t.Errorf("err = %v, want %q", err, want)
	}
}

func TestEndingContradictingTheTurnsIsRejected(t *testing.T) {
	escalated := conv(cust(0, opening), Turn{Role: RoleAgent, AtMS: 5000, Action: &Action{Kind: "escalate"}}, agent(9000, "Anything else?"))
	gaveUp := conv(append(honestTurns(), Turn{Role: RoleCustomer, Text: "Forget it.", AtMS: 80000, Mood: &Mood{Frustration: 100, Patience: 2}})...)
	tests := []struct {
		name   string
		tr     Transcript
		ending string
		want   string
	}{
		{"escalated without an escalation", conv(honestTurns()...), "escalated",
			`turn 5 ends the transcript with no escalation performed, but its ending is "escalated"`},
		{"resolved after an escalation", escalated, "resolved",
			`turn 1 performs an escalation, which ends the session as escalated, but the transcript's ending is "resolved"`},
		{"a turn after the escalation", escalated, "escalated",
			"turn 2 is an agent turn after the escalation at turn 1 ended the session"},
		{"resolved when the customer gave up", gaveUp, "resolved",
			`turn 6 records a customer who gave up (patience 0 or full frustration), but the transcript's ending is "resolved"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := tt.tr
			tr.Ending = tt.ending
			if _, err := Score(tr, fixture(), nil); err == nil || err.Error() != tt.want {
				t.Errorf("err = %v\nwant %q", err, tt.want)
			}
		})
	}
}

// TestEndingResolvedAtLastPatienceIsKept: a session recorded before the closing
// turn existed resolved on the remedy's turn even when it used the customer's
// last patience; its final mood at patience 0 does not contradict "resolved".
func TestEndingResolvedAtLastPatienceIsKept(t *testing.T) {
	tr := conv(append(honestTurns(), Turn{Role: RoleCustomer, Text: "Fine.", AtMS: 80000, Mood: &Mood{Frustration: 40, Patience: 0}})...)
	tr.Ending = EndingResolved
	if rep := mustScore(t, tr, fixture()); rep.Ending != EndingResolved {
		t.Errorf("ending = %q, want resolved", rep.Ending)
	}
	tr.Turns = append(tr.Turns, agent(90000, "Anything else?"))
	_, err := Score(tr, fixture(), nil)
	want := `turn 6 records a customer who gave up (patience 0 or full frustration), but the transcript's ending is "resolved"`
	if err == nil || err.Error() != want {
		t.Errorf("with an agent turn after patience ran out: err = %v, want %q", err, want)
	}
}

// TestEndingRecordedIsKeptWhenTheTurnsAllowIt: a trainee may quit after a fair
// remedy; the recorded ending stands.
func TestEndingRecordedIsKeptWhenTheTurnsAllowIt(t *testing.T) {
	tr := conv(honestTurns()...)
	tr.Ending = "abandoned"
	if rep := mustScore(t, tr, fixture()); rep.Ending != "abandoned" {
		t.Errorf("ending = %q, want the recorded abandoned", rep.Ending)
	}
}

func TestEndingDerivedFromTheTurns(t *testing.T) {
	tests := []struct {
		name string
		tr   Transcript
		want string
	}{
		{"fair remedy performed", conv(honestTurns()...), "resolved"},
		{"escalation performed", conv(cust(0, opening), Turn{Role: RoleAgent, AtMS: 5000, Action: &Action{Kind: "escalate"}}), "escalated"},
		{"customer at patience 0", conv(cust(0, opening), agent(5000, "Hm."),
			Turn{Role: RoleCustomer, Text: "Bye.", AtMS: 9000, Mood: &Mood{Frustration: 80, Patience: 0}}), "hung-up"},
		{"nothing given", conv(cust(0, opening), agent(5000, "Sorry.")), "abandoned"},
	}
	for _, tt := range tests {
		if rep := mustScore(t, tt.tr, fixture()); rep.Ending != tt.want {
			t.Errorf("%s: ending = %q, want %q", tt.name, rep.Ending, tt.want)
		}
	}
}
