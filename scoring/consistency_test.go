package scoring

import (
	"slices"
	"strings"
	"testing"
)

// TestGoldenReportsDoNotContradictThemselves scores every golden transcript and
// checks that no sentence of its report contradicts another.
func TestGoldenReportsDoNotContradictThemselves(t *testing.T) {
	for _, g := range loadGoldens(t) {
		rep := mustScore(t, g.tr, g.sc)
		for _, c := range Contradictions(rep, g.tr) {
			t.Errorf("%s: %s", g.name, c)
		}
	}
}

// TestContradictionsFindsEachKind: the checker is able to fail; each broken
// report is caught with its own sentence.
func TestContradictionsFindsEachKind(t *testing.T) {
	tr := conv(honestTurns()...)
	good := mustScore(t, tr, fixture())
	if c := Contradictions(good, tr); len(c) != 0 {
		t.Fatalf("the honest report contradicts itself: %q", c)
	}
	tests := []struct {
		name   string
		break_ func(*Report)
		want   string
	}{
		{"above with equal numbers", func(r *Report) {
			r.Satisfaction.Estimate, r.Satisfaction.Baseline = 78, 78
		}, "paradox is true with an estimate of 78 against a baseline of 78"},
		{"fairness reached beside not fair", func(r *Report) {
			r.Satisfaction.Why = append(r.Satisfaction.Why, "The remedy did not reach a fair level, so it did not go beyond the bare fix.")
		}, "fairness is reached, but the satisfaction reasons say the remedy was not fair"},
		{"outcome flag without a turn", func(r *Report) { r.OutcomeTurns[outcomeClarity] = -1 }, "clarity is reached true, but its turn is -1"},
		{"missed but earned", func(r *Report) {
			d := r.Dimensions[Fairness]
			d.Missed = append(d.Missed, Missed{Rule: "remedy-fits-harm", Title: "Remedy fits the harm", Points: 30, Turn: 2, Why: "x"})
			r.Dimensions[Fairness] = d
		}, "remedy-fits-harm is listed as missed in fairness, but it earned points"},
		{"resolved without relief", func(r *Report) {
			r.Outcomes.Relief, r.OutcomeTurns[outcomeRelief] = false, -1
		}, "the session resolved, but relief is not reached"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := mustScore(t, tr, fixture())
			tt.break_(&rep)
			got := Contradictions(rep, tr)
			if !slices.Contains(got, tt.want) {
				t.Errorf("contradictions %q, want %q among them", got, tt.want)
			}
		})
	}
}

// TestNoFollowUpAskedWhenNoTurnWasLeft: a session that resolved on the remedy's
// own turn left no later turn for a follow-up; the report says so instead of
// "No follow-up was scheduled", and does not contradict itself.
func TestNoFollowUpAskedWhenNoTurnWasLeft(t *testing.T) {
	tr := conv(cust(0, opening), agent(10000, "That was our mistake."), act(20000, "refund", 15))
	tr.Ending = EndingResolved
	rep := mustScore(t, tr, fixture())
	if c := Contradictions(rep, tr); len(c) != 0 {
		t.Errorf("contradictions %q", c)
	}
	want := "The session ended on the remedy's turn, with no follow-up in it; offering one alongside the remedy confirms the fix."
	if !slices.Contains(rep.Satisfaction.Why, want) {
		t.Errorf("satisfaction reasons %q, want %q", rep.Satisfaction.Why, want)
	}
	rep.Satisfaction.Why = append(rep.Satisfaction.Why, "No follow-up was scheduled to confirm the fix.")
	if got := strings.Join(Contradictions(rep, tr), "\n"); !strings.Contains(got, "no turn left to offer one") {
		t.Errorf("contradictions %q, want the no-turn-left one", got)
	}
}
