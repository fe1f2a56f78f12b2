package ui

import (
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// waitFor polls cond on the test goroutine; the shell's loads run on goroutines.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	pump(t, what, cond)
}

func overlayButton(win fyne.Window, text string) *widget.Button {
	top := win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	return nil
}

func TestShellOffersToResumeAnUnfinishedSession(t *testing.T) {
	a := test.NewTempApp(t)
	sc := testScenario("late-gift", "The anniversary gift that arrived late", 2, "late-delivery")
	store := &fakeStore{unfinished: []SessionInfo{{ID: "41", Trainee: "Ana", Scenario: "late-gift",
		Started: time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)}},
		transcript: scoring.Transcript{Scenario: "late-gift", Turns: []scoring.Turn{
			{Role: scoring.RoleCustomer, Text: "My order is late."}}}}
	var resumed scoring.Transcript
	deps := fakeDeps(sc)
	deps.History = store
	deps.Resume = func(sc *scenarios.Scenario, from StoredSession) (Conversation, error) {
		resumed = from.Transcript
		c := newFakeConv(sc)
		c.turns = append(c.turns, from.Transcript.Turns...)
		return c, nil
	}
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	win.Resize(fyne.NewSize(1100, 700))
	s := NewShell(a, win, deps)
	win.SetContent(s.Content())
	waitFor(t, "the recovery dialog", func() bool { return overlayButton(win, "Resume") != nil })
	test.Tap(overlayButton(win, "Resume"))
	waitFor(t, "the resumed session", func() bool { return s.practice.session != nil })
	if resumed.Scenario != "late-gift" || len(resumed.Turns) != 1 {
		t.Errorf("resumed from %q with %d turns, want late-gift's stored opening", resumed.Scenario, len(resumed.Turns))
	}
	waitFor(t, "closing the old record", func() bool { return len(store.closedIDs()) == 1 })
	if got := store.closedIDs()[0]; got != "41" {
		t.Errorf("closed session %q, want 41", got)
	}
	if got := s.practice.session.chat.rows(); got != 1 {
		t.Errorf("resumed chat shows %d bubbles, want the stored opening line", got)
	}
}

// TestResumedSessionKeepsItsTraineeModeAndHints: resuming Bo's practice
// session while Ana was selected and assessment ticked stored the rest of it as
// Ana's assessment, without the hint Bo had been shown, so it lost its
// "assisted" mark and counted in the team lead's reports. The conversation
// Deps.Resume builds is recorded for the stored session's trainee, and the
// screen has it record the stored mode and hints.
func TestResumedSessionKeepsItsTraineeModeAndHints(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(PrefTrainee, "Ana")
	sc := testScenario("late-gift", "The anniversary gift that arrived late", 2, "late-delivery")
	hint := scoring.Hint{Turn: 1, Rule: "stalling", Text: "Move it forward."}
	store := &fakeStore{
		unfinished: []SessionInfo{{ID: "41", Trainee: "Bo", Scenario: "late-gift", Practice: true, Assisted: true,
			Started: time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)}},
		stored: &StoredSession{SessionInfo: SessionInfo{ID: "41", Trainee: "Bo", Scenario: "late-gift", Practice: true, Assisted: true},
			Transcript: scoring.Transcript{Scenario: "late-gift", Turns: []scoring.Turn{{Role: scoring.RoleCustomer, Text: "My order is late."}}},
			Hints:      []scoring.Hint{hint}}}
	deps := fakeDeps(sc)
	deps.History = store
	var mu sync.Mutex
	var resumedFor string
	var conv *reportCatcher
	deps.Resume = func(sc *scenarios.Scenario, from StoredSession) (Conversation, error) {
		c := newFakeConv(sc)
		c.turns = append(c.turns, from.Transcript.Turns...)
		mu.Lock()
		defer mu.Unlock()
		resumedFor, conv = from.Trainee, &reportCatcher{Conversation: c}
		return conv, nil
	}
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	win.Resize(fyne.NewSize(1100, 700))
	s := NewShell(a, win, deps)
	win.SetContent(s.Content())
	s.practice.SetMode(ModeAssessment)
	waitFor(t, "the recovery dialog", func() bool { return overlayButton(win, "Resume") != nil })
	test.Tap(overlayButton(win, "Resume"))
	waitFor(t, "the resumed record", func() bool {
		mu.Lock()
		defer mu.Unlock()
		if conv == nil {
			return false
		}
		practice, hints := conv.coaching()
		return practice == 1 && len(hints) == 1
	})
	mu.Lock()
	defer mu.Unlock()
	if resumedFor != "Bo" {
		t.Errorf("resumed session recorded for %q, want Bo, whose session it was", resumedFor)
	}
	if _, hints := conv.coaching(); hints[0] != hint {
		t.Errorf("resumed record's hints %+v; want %+v", hints, hint)
	}
}

func TestShellRemembersTheLastScreen(t *testing.T) {
	a := test.NewTempApp(t)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	s := NewShell(a, win, Deps{History: &fakeStore{}})
	s.Show(ScreenSettings)
	if got := a.Preferences().String(PrefLastScreen); got != ScreenSettings {
		t.Fatalf("last screen = %q, want settings", got)
	}
	again := NewShell(a, win, Deps{History: &fakeStore{}})
	if again.settings == nil || again.tabs.SelectedIndex() != 3 {
		t.Errorf("a new shell opened on tab %d, want Settings (3)", again.tabs.SelectedIndex())
	}
}
