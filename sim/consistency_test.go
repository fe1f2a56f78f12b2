package sim

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// traineeLines are what a seeded random trainee says, from good to poor.
var traineeLines = []string{
	"That was our mistake, and you had to deal with the fallout.",
	"I'm sorry.",
	"I can sort this out for you right now.",
	"You'll see it within 3 days, and I'll check in with you on Friday.",
	"I'll see what I can do.",
	"Per our policy there is nothing more.",
	"I have refunded you.",
	"Is there anything else I can help with?",
	"Okay.",
	"Would you prefer a refund or a credit?",
}

// randomTrainee plays one session with a seeded trainee who mixes words and
// actions from the card (mostly within it), and sometimes quits.
func randomTrainee(t *testing.T, sc *scenarios.Scenario, seed uint64) *Session {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 12))
	clock := &fakeClock{}
	s := NewSession(sc, Options{Clock: clock.Now})
	ctx := context.Background()
	if _, err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	for n := 0; n < 14 && s.Ending() == Ongoing; n++ {
		if r.IntN(20) == 0 {
			s.Quit()
			break
		}
		clock.Advance(time.Duration(5+r.IntN(100)) * time.Second)
		text := traineeLines[r.IntN(len(traineeLines))]
		var a *scoring.Action
		if r.IntN(3) == 0 {
			a = cardAction(r, sc)
		}
		if _, err := s.Submit(ctx, text, a); err != nil {
			t.Fatalf("seed %d turn %d: %v", seed, n, err)
		}
	}
	return s
}

// cardAction is an action from the card: money between a fifth and all of the
// ceiling, or another kind on the card.
func cardAction(r *rand.Rand, sc *scenarios.Scenario) *scoring.Action {
	card := sc.Authority[r.IntN(len(sc.Authority))]
	a := &scoring.Action{Kind: card.Kind}
	if scenarios.IsMoney(card.Kind) {
		a.Amount = float64(int(card.Max*float64(1+r.IntN(5))/5*100)) / 100
		a.Amount = max(a.Amount, scenarios.MinorUnit)
	}
	return a
}

// TestRandomSessionReportsDoNotContradictThemselves plays 200 seeded sessions
// across the built-in library and scores each: the report's ending is the
// simulator's, and no sentence of the report contradicts another.
func TestRandomSessionReportsDoNotContradictThemselves(t *testing.T) {
	library := builtins(t)
	endings := map[Ending]int{}
	for seed := range uint64(200) {
		sc := library[int(seed)%len(library)]
		s := randomTrainee(t, sc, seed)
		tr := s.Transcript()
		rep, err := scoring.Score(tr, sc, nil)
		if err != nil {
			t.Fatalf("seed %d on %s: the simulator's transcript does not score: %v", seed, sc.ID, err)
		}
		endings[s.Ending()]++
		if s.Ending() != Ongoing && rep.Ending != string(s.Ending()) {
			t.Errorf("seed %d on %s: report ending %q, simulator %q", seed, sc.ID, rep.Ending, s.Ending())
		}
		for _, c := range scoring.Contradictions(rep, tr) {
			t.Errorf("seed %d on %s: %s", seed, sc.ID, c)
		}
	}
	for _, e := range []Ending{Resolved, HungUp} {
		if endings[e] == 0 {
			t.Errorf("no random session ended %q (endings %v); the test would not cover it", e, endings)
		}
	}
}
