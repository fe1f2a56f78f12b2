package history

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// t0 is a fixed start time so stored and golden values never depend on the clock.
var t0 = time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)

func sampleMeta(trainee, scenario string, start time.Time) SessionMeta {
	return SessionMeta{
		Trainee: trainee, ScenarioID: scenario, ScenarioHash: "hash-" + scenario,
		ScenarioTitle: "Title of " + scenario, RubricVersion: "1", Voice: "scripted", StartedAt: start,
	}
}

// sampleTurns covers every turn field: text, action, mood and note.
func sampleTurns() []scoring.Turn {
	return []scoring.Turn{
		{Role: scoring.RoleCustomer, Text: "My order was supposed to arrive Friday.", AtMS: 0,
			Mood: &scoring.Mood{Frustration: 70, Trust: 40, Patience: 6}},
		{Role: scoring.RoleAgent, Text: "We missed the delivery window; I'm refunding the shipping now.", AtMS: 14000},
		{Role: scoring.RoleAgent, Action: &scoring.Action{Kind: "refund", Amount: 25, Currency: "USD"}, AtMS: 41000},
		{Role: scoring.RoleCustomer, Text: "Alright. When will I see that?", AtMS: 42000,
			Mood: &scoring.Mood{Frustration: 45, Trust: 55, Patience: 5}, Note: "voice fell back to script"},
	}
}

// sampleReport builds a report with the given scores (report order) and one
// penalty and one gain per dimension.
func sampleReport(total int, scores ...int) *scoring.Report {
	rep := &scoring.Report{Scenario: "late-delivery", RubricVersion: "1", Total: total, Ending: "resolved",
		Dimensions: map[scoring.Dimension]scoring.DimensionScore{}}
	for i, d := range scoring.Dimensions {
		rep.Dimensions[d] = scoring.DimensionScore{Score: scores[i], Weight: 0.25, Evidence: []scoring.Evidence{
			{Turn: 1, Quote: "we missed the delivery window", Rule: string(d) + "-gain", Points: 10},
			{Turn: 2, Quote: "I'll see what I can do", Rule: string(d) + "-loss", Points: -(i + 1)},
		}}
	}
	rep.Outcomes = scoring.Outcomes{Relief: true, Clarity: true}
	return rep
}

// openTemp opens a fresh file store in the test's temp dir.
func openTemp(t *testing.T) *SQLiteStore {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "history.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// openMemory opens a fresh in-memory store, closed when the test ends.
func openMemory(t *testing.T) *SQLiteStore {
	t.Helper()
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// playSession stores a whole session and returns its id.
func playSession(t testing.TB, s Store, m SessionMeta, rep *scoring.Report) SessionID {
	t.Helper()
	ctx := context.Background()
	id, err := s.BeginSession(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	for i, turn := range sampleTurns() {
		if err := s.AppendTurn(ctx, id, i, turn); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.FinishSession(ctx, id, "resolved", rep, m.StartedAt.Add(42*time.Second)); err != nil {
		t.Fatal(err)
	}
	return id
}
