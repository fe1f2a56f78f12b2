package sim

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// randomTexts are what a random trainee says beside (or instead of) an action.
var randomTexts = []string{
	"", "I'm sorry.", "That was our mistake, and you had to deal with it.",
	"I'll see what I can do.", "I've refunded you.", "I'll check in with you on Friday.",
	"Per our policy we cannot do more.", "Okay.", "Is there anything else?",
}

// randomAction draws an action a careless or probing trainee might take: any
// known kind, amounts around and beyond the ceiling, odd currencies, amounts that
// are not money at all.
func randomAction(r *rand.Rand, sc *scenarios.Scenario) *scoring.Action {
	a := &scoring.Action{Kind: scenarios.ActionKinds[r.IntN(len(scenarios.ActionKinds))]}
	if r.IntN(2) == 0 && len(sc.Authority) > 0 {
		a.Kind = sc.Authority[r.IntN(len(sc.Authority))].Kind
	}
	if !scenarios.IsMoney(a.Kind) {
		return a
	}
	card, _ := sc.AuthorityFor(a.Kind)
	ceiling := max(card.Max, 10)
	amounts := []float64{ceiling, ceiling + 1, ceiling / 2, 0.01, float64(r.IntN(int(ceiling*100)+1)) / 100,
		sc.FairFloor(), 1e-300, math.NaN(), -5, 12.345, math.Inf(1)}
	a.Amount = amounts[r.IntN(len(amounts))]
	a.Currency = []string{"", card.Currency, "EUR", "usd", "GBP"}[r.IntN(5)]
	return a
}

// TestScoreAndSimAgreeOnWhatWasGiven plays seeded random action sequences through
// the simulator on every built-in scenario and scores each transcript: the score
// must accept it and must agree with the simulator on the value given, the kinds
// given, which actions were performed, and the ending.
func TestScoreAndSimAgreeOnWhatWasGiven(t *testing.T) {
	const seeds = 40
	ctx := context.Background()
	for _, sc := range builtins(t) {
		for seed := range uint64(seeds) {
			t.Run(fmt.Sprintf("%s/%d", sc.ID, seed), func(t *testing.T) {
				r := rand.New(rand.NewPCG(seed, 13))
				clock := &fakeClock{}
				s := NewSession(sc, Options{Clock: clock.Now})
				if _, err := s.Open(ctx); err != nil {
					t.Fatal(err)
				}
				for n := 0; n < 12 && s.Ending() == Ongoing; n++ {
					clock.Advance(time.Duration(r.IntN(120)) * time.Second)
					var a *scoring.Action
					if r.IntN(3) > 0 {
						a = randomAction(r, sc)
					}
					text := randomTexts[r.IntN(len(randomTexts))]
					if a == nil && text == "" {
						text = "Okay."
					}
					if _, err := s.Submit(ctx, text, a); err != nil && scenarios.AmountProblem(a.Amount) == "" {
						t.Fatalf("turn %d: %v", n, err)
					}
				}
				if r.IntN(4) == 0 {
					s.Quit()
				}
				tr := s.Transcript()
				got := scoring.GivenIn(tr, sc)
				if got.Value != s.Given() || !slices.Equal(got.Kinds, s.GivenKinds()) {
					t.Fatalf("score says %v %v given, the simulator %v %v", got.Value, got.Kinds, s.Given(), s.GivenKinds())
				}
				rep, err := scoring.Score(tr, sc, nil)
				if err != nil {
					t.Fatalf("the simulator's own transcript does not score: %v", err)
				}
				if s.Ending() != Ongoing && rep.Ending != string(s.Ending()) {
					t.Errorf("report ending %q, simulator %q", rep.Ending, s.Ending())
				}
				for i, turn := range tr.Turns {
					if a := turn.Action; a != nil && a.Result != scoring.ActionPerformed && a.Result != scoring.ActionRefused {
						t.Errorf("turn %d: action %s has no result recorded", i, a)
					}
				}
			})
		}
	}
}

// TestSubmitRefusesAmountsThatAreNotMoney: NaN, ±Inf, negative, zero, below a
// cent and over-precise amounts are refused at the door with a reason, and
// nothing is recorded, so the session can always be saved and scored.
func TestSubmitRefusesAmountsThatAreNotMoney(t *testing.T) {
	sc := builtin(t, "late-delivery-anniversary")
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), -5, 0, 1e-300, 12.345} {
		s := play(t, sc, nil, Options{})
		_, err := s.Submit(context.Background(), "", &scoring.Action{Kind: "refund", Amount: v})
		if want := "refund not sent: " + scenarios.AmountProblem(v); err == nil || err.Error() != want {
			t.Errorf("Submit(refund %v) = %v, want %q", v, err, want)
		}
		if s.Turns() != 1 {
			t.Errorf("refund %v: %d turns recorded, want only the opening", v, s.Turns())
		}
	}
}

// TestActionResultIsRecorded: the transcript says whether each action was
// performed or refused.
func TestActionResultIsRecorded(t *testing.T) {
	sc := builtin(t, "late-delivery-anniversary")
	s := play(t, sc, lines(t, "/refund 25 EUR Here you go.", "/refund 10 Here you go."), Options{})
	turns := s.Transcript().Turns
	if got := turns[1].Action.Result; got != scoring.ActionRefused {
		t.Errorf("EUR refund on a USD card recorded as %q, want refused", got)
	}
	if got := turns[3].Action.Result; got != scoring.ActionPerformed {
		t.Errorf("10 USD refund recorded as %q, want performed", got)
	}
}
