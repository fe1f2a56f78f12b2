package sim

import (
	"context"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// TestSessionLeftOpenForDaysStillScores: a window left open past the longest
// session a transcript may record stamps its turns at that bound, so the session
// is still a valid transcript and scores.
func TestSessionLeftOpenForDaysStillScores(t *testing.T) {
	sc := builtin(t, "late-delivery-anniversary")
	elapsed := time.Duration(0)
	s := NewSession(sc, Options{Clock: func() time.Duration { return elapsed }})
	ctx := context.Background()
	if _, err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	elapsed = 10 * 24 * time.Hour
	if _, err := s.Submit(ctx, "I'm sorry, that was our mistake.", nil); err != nil {
		t.Fatal(err)
	}
	tr := s.Transcript()
	last := tr.Turns[len(tr.Turns)-1].AtMS
	if last != scoring.MaxSessionMS {
		t.Errorf("last turn at_ms = %d after ten days, want the bound %d", last, scoring.MaxSessionMS)
	}
	if _, err := scoring.Score(tr, sc, nil); err != nil {
		t.Errorf("a session left open for ten days does not score: %v", err)
	}
}
