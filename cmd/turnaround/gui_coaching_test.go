package main

import (
	"context"
	"strings"
	"testing"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/ui"
)

func TestHistoryAdapterMarksAssistedPracticeAndLeavesItOutOfReports(t *testing.T) {
	h := newTestAdapter(t)
	ctx := context.Background()
	sc := &scenarios.Scenario{ID: "late-gift", Title: "Late gift"}
	storeSession(t, h, "Ana", sc, 60)
	practice := storeSession(t, h, "Ana", sc, 95)
	if err := h.s.SetMode(ctx, mustID(t, practice), history.ModePractice); err != nil {
		t.Fatal(err)
	}
	if err := h.s.AddHint(ctx, mustID(t, practice), history.Hint{Turn: 1, Rule: "stalling", Text: "Move it forward."}); err != nil {
		t.Fatal(err)
	}
	got, err := h.Session(ctx, practice)
	if err != nil || !got.Practice || !got.Assisted {
		t.Errorf("practice session reads practice %v, assisted %v (%v)", got.Practice, got.Assisted, err)
	}
	trainees, err := h.Trainees(ctx, ui.ReviewScope{})
	if err != nil || len(trainees) != 1 || trainees[0].Latest != 60 || trainees[0].Sessions != 1 {
		t.Errorf("team overview = %+v, %v; want Ana's one assessment at 60", trainees, err)
	}
	withPractice := ui.ReviewScope{IncludePractice: true}
	trainees, err = h.Trainees(ctx, withPractice)
	if err != nil || len(trainees) != 1 || trainees[0].Latest != 95 || trainees[0].Sessions != 2 {
		t.Errorf("team overview with practice = %+v, %v; want Ana's two sessions, latest 95", trainees, err)
	}
	for _, c := range []struct {
		scope          ui.ReviewScope
		attempts, best int
		points         int
	}{{ui.ReviewScope{}, 1, 60, 1}, {withPractice, 2, 95, 2}} {
		stats, err := h.ScenarioStats(ctx, "Ana", c.scope)
		if err != nil || len(stats) != 1 || stats[0].Attempts != c.attempts || stats[0].Best != c.best {
			t.Errorf("scenario stats %+v = %+v, %v; want %d attempts, best %d", c.scope, stats, err, c.attempts, c.best)
		}
		series, err := h.DimensionSeries(ctx, "Ana", c.scope)
		if err != nil || len(series[scoring.Empathy]) != c.points {
			t.Errorf("series %+v holds %d points (%v); want %d", c.scope, len(series[scoring.Empathy]), err, c.points)
		}
	}
	list, _ := h.Sessions(ctx, "Ana")
	if len(list) != 2 {
		t.Errorf("Ana's session list holds %d, want both sessions", len(list))
	}
	s, _ := h.s.Session(ctx, mustID(t, practice))
	if len(s.Hints) != 1 || s.Hints[0].Rule != "stalling" {
		t.Errorf("stored hints = %+v", s.Hints)
	}
}

func mustID(t *testing.T, id string) history.SessionID {
	t.Helper()
	sid, err := parseID(id)
	if err != nil {
		t.Fatal(err)
	}
	return sid
}

func TestHistoryListAndShowMarkAssistedSessions(t *testing.T) {
	path := seedHistoryFile(t)
	s, err := history.Open(path)
	must(t, err)
	must(t, s.SetMode(context.Background(), 1, history.ModePractice))
	must(t, s.AddHint(context.Background(), 1, history.Hint{Turn: 1, Rule: "stalling", Text: "Move it \x1b[2Jforward."}))
	must(t, s.Close())
	_, stdout, stderr := run(t, "history", "list", "--db", path)
	if !strings.Contains(stdout, "resolved (assisted)") || strings.Count(stdout, "(assisted)") != 1 {
		t.Errorf("list does not mark the one assisted session:\n%s%s", stdout, stderr)
	}
	_, stdout, _ = run(t, "history", "show", "1", "--db", path)
	if !strings.Contains(stdout, "Practice mode, 1 hint shown\n  after turn 1: Move it \\x1b[2Jforward.\n") {
		t.Errorf("show does not list the hint:\n%s", stdout)
	}
}

// TestStoredSessionCarriesItsHintsForResume: a resumed session copies the hints
// of the one a crash left open, so the adapter must hand them over.
func TestStoredSessionCarriesItsHintsForResume(t *testing.T) {
	h := newTestAdapter(t)
	ctx := context.Background()
	id := storeSession(t, h, "Bo", &scenarios.Scenario{ID: "late-gift", Title: "Late gift"}, 50)
	hint := scoring.Hint{Turn: 1, Rule: "stalling", Text: "Move it forward."}
	if err := h.s.AddHint(ctx, mustID(t, id), storedHint(hint)); err != nil {
		t.Fatal(err)
	}
	got, err := h.Session(ctx, id)
	if err != nil || len(got.Hints) != 1 || got.Hints[0] != hint {
		t.Errorf("Session hints = %+v, %v; want %+v", got.Hints, err, hint)
	}
}
