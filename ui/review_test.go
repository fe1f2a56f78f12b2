package ui

import (
	"context"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
	// In the store's order by count; Review shows the costliest first.
	return []RuleLoss{{Rule: "hedges", Count: 7, Points: 14}, {Rule: "scripted-apology", Count: 4, Points: 20},
		{Rule: "blames-customer", Count: 2, Points: 30}}, nil
}

func newSeededStore() *seededStore {
	st := &seededStore{}
	st.trainees = []TraineeSummary{
		{Name: "Ana", Latest: 81, Trend: 1, TrendChange: 12.4, TrendSessions: 4, Weakest: scoring.Fairness, Sessions: 4},
		{Name: "Ben", Latest: 58, Trend: -1, TrendChange: -20, TrendSessions: 5, Weakest: scoring.Empathy, Sessions: 9},
		{Name: "Cleo", Latest: 70, Weakest: scoring.Empathy, Sessions: 1},
	}
	st.sessions = []SessionInfo{{ID: "7", Trainee: "Ana", Scenario: "double-charge", Total: 81, Ending: "resolved", Finished: true,
		Started: time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)}}
	return st
}

func TestReviewListsSeededHistory(t *testing.T) {
	r, _, loaded := openReview(t, Deps{History: newSeededStore()}, fyne.NewSize(1100, 700))
	r.Reload()
	waitOn(t, loaded) // trainee list
	waitOn(t, loaded) // team view, selected first
	if got := r.list.Length(); got != 4 {
		t.Fatalf("list has %d rows, want 4 (team, Ana, Ben, Cleo)", got)
	}
	row := r.newRow()
	rows := []struct {
		i                     int
		name, trend, sessions string
	}{
		{0, "Whole team", "3 trainees", "averages and costliest rules"},
		{1, "latest 81", "improving, +12 over the last 4", "4 sessions · weakest: Fairness"},
		{2, "latest 58", "slipping, -20 over the last 5", "9 sessions · weakest: Empathy"},
		{3, "latest 70", "too few sessions for a trend", "1 session · weakest: Empathy"},
	}
	for _, want := range rows {
		r.updateRow(want.i, row)
		for _, text := range []string{want.name, want.trend, want.sessions} {
			if !hasLabel(row, text) {
				t.Errorf("row %d does not read %q", want.i, text)
			}
		}
	}
	if got, want := ruleOrder(r.detail), []string{"blames-customer", "scripted-apology", "hedges"}; !slices.Equal(got, want) {
		t.Errorf("costly rules listed %v, want by points lost %v", got, want)
	}
	r.list.Select(1)
	waitOn(t, loaded)
	if !hasLabel(r.detail, "Ana") {
		t.Error("trainee view does not show Ana's heading")
	}
}

// openReview shows a Review over deps in a test window of the given size
// (none when size is zero) and returns it, the window, and the channel each
// finished load signals on.
func openReview(t *testing.T, deps Deps, size fyne.Size) (*Review, fyne.Window, chan struct{}) {
	t.Helper()
	test.NewTempApp(t)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	r := NewReview(deps, win, func(string) *scenarios.Scenario { return nil })
	loaded := make(chan struct{}, 8)
	r.onLoaded = func() { loaded <- struct{}{} }
	win.SetContent(r.Content())
	if size != (fyne.Size{}) {
		win.Resize(size)
	}
	return r, win, loaded
}

func waitOn(t *testing.T, ch chan struct{}) {
	t.Helper()
	pump(t, "loading", signalled(ch))
}

// ruleOrder lists the rule buttons of the team view from top to bottom.
func ruleOrder(o fyne.CanvasObject) []string {
	var out []string
	for _, c := range test.LaidOutObjects(o) {
		if b, ok := c.(*widget.Button); ok && b.Alignment == widget.ButtonAlignLeading {
			out = append(out, b.Text)
		}
	}
	return out
}
