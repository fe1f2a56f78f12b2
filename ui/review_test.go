package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// seededStore is a fake history with two trainees and a few sessions.
type seededStore struct{ fakeStore }

func (s *seededStore) DimensionSeries(context.Context, string, ReviewScope) (map[scoring.Dimension][]Point, error) {
	at := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	out := map[scoring.Dimension][]Point{}
	for i, d := range scoring.Dimensions {
		for day := 0; day < 4; day++ {
			out[d] = append(out[d], Point{At: at.AddDate(0, 0, day), Value: float64(50 + 5*i + 6*day)})
		}
	}
	return out, nil
}

func (s *seededStore) ScenarioStats(context.Context, string, ReviewScope) ([]ScenarioStat, error) {
	return []ScenarioStat{{Scenario: "double-charge", Attempts: 3, Average: 68, First: 55, Best: 81},
		{Scenario: "late-delivery", Attempts: 1, Average: 72, First: 72, Best: 72}}, nil
}

func (s *seededStore) RuleLosses(context.Context, ReviewScope) ([]RuleLoss, error) {
	return []RuleLoss{{Rule: "hedges", Count: 7, Points: 42}, {Rule: "scripted-apology", Count: 4, Points: 20}}, nil
}

func newSeededStore() *seededStore {
	st := &seededStore{}
	st.trainees = []TraineeSummary{
		{Name: "Ana", Latest: 81, Trend: 1, Weakest: scoring.Fairness, Sessions: 4},
		{Name: "Ben", Latest: 58, Trend: -1, Weakest: scoring.Empathy, Sessions: 2},
	}
	st.sessions = []SessionInfo{{ID: "7", Trainee: "Ana", Scenario: "double-charge", Total: 81, Ending: "resolved", Finished: true,
		Started: time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)}}
	return st
}

func TestReviewListsSeededHistory(t *testing.T) {
	test.NewTempApp(t)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	r := NewReview(Deps{History: newSeededStore()}, win, func(string) *scenarios.Scenario { return nil })
	loaded := make(chan struct{}, 8)
	r.onLoaded = func() { loaded <- struct{}{} }
	win.SetContent(r.Content())
	win.Resize(fyne.NewSize(1100, 700))
	r.Reload()
	waitOn(t, loaded) // trainee list
	waitOn(t, loaded) // team view, selected first
	if got := r.list.Length(); got != 3 {
		t.Fatalf("list has %d rows, want 3 (team, Ana, Ben)", got)
	}
	row := r.newRow()
	r.updateRow(1, row)
	if want := "Ana   81"; !hasLabel(row, want) {
		t.Errorf("Ana's row does not read %q", want)
	}
	if !hasLabel(row, "4 sessions · improving · weakest: Fairness") {
		t.Error("Ana's row does not say she is improving")
	}
	r.updateRow(2, row)
	if !hasLabel(row, "2 sessions · slipping · weakest: Empathy") {
		t.Error("Ben's row does not say he is slipping, weakest on Empathy")
	}
	if !hasLabel(r.detail, "hedges") && !hasButton(r.detail, "hedges") {
		t.Error("team view does not list the most-lost rule")
	}
	r.list.Select(1)
	waitOn(t, loaded)
	if !hasLabel(r.detail, "Ana") {
		t.Error("trainee view does not show Ana's heading")
	}
}

func waitOn(t *testing.T, ch chan struct{}) {
	t.Helper()
	pump(t, "loading", signalled(ch))
}
