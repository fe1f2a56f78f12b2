package ui

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// scopedStore answers Review's summaries by scope: Ben has practised only, so
// he is listed only when practice counts. It records the scopes asked for.
type scopedStore struct {
	seededStore
	mu     sync.Mutex
	scopes []string // "trainees:…" and "losses:…", in call order
}

func (s *scopedStore) record(what string, scope ReviewScope) {
	s.mu.Lock()
	defer s.mu.Unlock()
	word := "assessed"
	if scope.IncludePractice {
		word = "practice"
	}
	s.scopes = append(s.scopes, what+":"+word)
}

func (s *scopedStore) asked() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.scopes)
}

func (s *scopedStore) Trainees(_ context.Context, scope ReviewScope) ([]TraineeSummary, error) {
	s.record("trainees", scope)
	if scope.IncludePractice {
		return s.trainees, nil
	}
	return s.trainees[:1], nil
}

func (s *scopedStore) RuleLosses(ctx context.Context, scope ReviewScope) ([]RuleLoss, error) {
	s.record("losses", scope)
	return s.seededStore.RuleLosses(ctx, scope)
}

func TestReviewPracticeSwitchReloadsTheSummariesWithPractice(t *testing.T) {
	store := &scopedStore{seededStore: *newSeededStore()}
	r, _, loaded := openReview(t, Deps{History: store}, fyne.NewSize(1100, 700))
	r.Reload()
	waitOn(t, loaded) // trainee list
	waitOn(t, loaded) // team view
	if got := r.list.Length(); got != 2 {
		t.Fatalf("by default the list has %d rows, want 2 (team, Ana): practice is left out", got)
	}
	var practice *widget.Check
	for _, o := range test.LaidOutObjects(r.Content()) {
		if c, ok := o.(*widget.Check); ok && c.Text == "Include practice sessions" {
			practice = c
		}
	}
	if practice == nil || practice.Checked {
		t.Fatalf("no unticked \"Include practice sessions\" switch (found %v)", practice)
	}
	tapBox(practice)
	waitOn(t, loaded)
	waitOn(t, loaded)
	if got, want := r.list.Length(), len(store.trainees)+1; got != want {
		t.Errorf("with practice the list has %d rows, want %d (team and every trainee)", got, want)
	}
	tapBox(practice)
	waitOn(t, loaded)
	waitOn(t, loaded)
	want := []string{"trainees:assessed", "losses:assessed", "trainees:practice", "losses:practice",
		"trainees:assessed", "losses:assessed"}
	if got := store.asked(); !slices.Equal(got, want) {
		t.Errorf("scopes asked for = %q\nwant %q", got, want)
	}
	if got := r.list.Length(); got != 2 {
		t.Errorf("with the switch off again the list has %d rows, want 2", got)
	}
}

// tapBox taps a check's box, at the middle of its height: the check answers
// only taps on its box and label, and the top bar is taller than they are.
func tapBox(c *widget.Check) {
	test.TapAt(c, fyne.NewPos(c.MinSize().Height/2, c.Size().Height/2))
}

func TestReviewWithNoAssessmentsPointsToThePracticeSwitch(t *testing.T) {
	r, _, loaded := openReview(t, Deps{History: &fakeStore{}}, fyne.Size{})
	r.Reload()
	waitOn(t, loaded)
	want := `No scored assessment sessions yet. Tick "Include practice sessions" to count practice too.`
	if r.status.Text != want {
		t.Errorf("status = %q, want %q", r.status.Text, want)
	}
}

func TestReviewTraineeWithoutScoredSessionsSaysSoInPlaceOfTheChart(t *testing.T) {
	// Ben has only practised: with practice left out he has no points and no
	// per-scenario figures, only his sessions.
	store := &fakeStore{}
	store.trainees = []TraineeSummary{{Name: "Ben", Latest: 58, Sessions: 2}}
	store.sessions = []SessionInfo{{ID: "3", Trainee: "Ben", Scenario: "double-charge", Total: 58, Ending: "resolved",
		Finished: true, Practice: true, Started: time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)}}
	r, win, loaded := openReview(t, Deps{History: store}, fyne.NewSize(1024, 640))
	r.Reload()
	waitOn(t, loaded)
	waitOn(t, loaded)
	r.list.Select(1)
	waitOn(t, loaded)
	for _, o := range test.LaidOutObjects(r.detail) {
		if img, ok := o.(*canvas.Image); ok && img.Resource == nil {
			t.Errorf("trainee view draws a chart image with no scored sessions")
		}
	}
	assertMarkup(t, "review/no_scored_sessions.xml", win.Canvas())
}
