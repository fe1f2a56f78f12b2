package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/ui"
)

func newTestAdapter(t *testing.T) *historyAdapter {
	t.Helper()
	s, err := history.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return &historyAdapter{s: s}
}

// sessionClock starts each stored session an hour after the last, so first
// and best are told apart by time, not by insertion order.
var sessionClock = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)

// storeSession records a two-turn session through the desktop's recorder.
func storeSession(t *testing.T, h *historyAdapter, trainee string, sc *scenarios.Scenario, total int) string {
	t.Helper()
	ctx := context.Background()
	sessionClock = sessionClock.Add(time.Hour)
	at := sessionClock
	rec := history.NewRecorder(h.s, func() time.Time { return at })
	must(t, rec.Begin(ctx, history.SessionMeta{Trainee: trainee, ScenarioID: sc.ID, ScenarioTitle: sc.Title, Voice: "scripted"}, nil))
	turns := []scoring.Turn{{Role: scoring.RoleCustomer, Text: "It came late."}, {Role: scoring.RoleAgent, Text: "That is on us."}}
	for i, turn := range turns {
		must(t, rec.Turn(ctx, i, turn))
	}
	rep := scoring.Report{Scenario: sc.ID, RubricVersion: "1", Total: total, Ending: "resolved",
		Dimensions: map[scoring.Dimension]scoring.DimensionScore{}}
	for _, d := range scoring.Dimensions {
		rep.Dimensions[d] = scoring.DimensionScore{Score: total, Weight: 0.25}
	}
	must(t, rec.Finish(ctx, "resolved", &rep))
	return formatID(rec.Session())
}

func TestHistoryAdapterRoundTrip(t *testing.T) {
	h := newTestAdapter(t)
	sc := &scenarios.Scenario{ID: "late-gift", Title: "Late gift"}
	storeSession(t, h, "Ana", sc, 55)
	last := storeSession(t, h, "Ana", sc, 80)
	ctx := context.Background()

	got, err := h.Session(ctx, last)
	if err != nil {
		t.Fatal(err)
	}
	if got.Trainee != "Ana" || len(got.Transcript.Turns) != 2 || got.Report == nil || got.Report.Total != 80 || !got.Finished {
		t.Errorf("session = %+v, want Ana's finished session with 2 turns and total 80", got.SessionInfo)
	}
	first, best, err := h.FirstVsBest(ctx, "Ana", "late-gift")
	if err != nil || first == nil || best == nil {
		t.Fatalf("first vs best: %v, %v, %v", first, best, err)
	}
	if first.Total != 55 || best.Total != 80 {
		t.Errorf("first %d, best %d; want 55 and 80", first.Total, best.Total)
	}
	stats, err := h.ScenarioStats(ctx, "Ana", ui.ReviewScope{})
	if err != nil || len(stats) != 1 || stats[0].Attempts != 2 || stats[0].First != 55 || stats[0].Best != 80 {
		t.Errorf("stats = %+v, %v; want 2 attempts, first 55, best 80", stats, err)
	}
	var out bytes.Buffer
	var progress float64
	if err := h.Export(ctx, &out, "csv", func(f float64) { progress = f }); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "late-gift") || progress != 1 {
		t.Errorf("export wrote %d bytes, last progress %v; want the scenario and progress 1", out.Len(), progress)
	}
}

func TestHistoryAdapterRejectsABadID(t *testing.T) {
	h := newTestAdapter(t)
	_, err := h.Session(context.Background(), "abc")
	if err == nil || err.Error() != `session id "abc" is not a number` {
		t.Errorf("error = %v, want the id named", err)
	}
}
