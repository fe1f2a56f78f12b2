package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestSettingsCheckHidesTheBusyDotWhenDone checks the connection as the button
// does and looks for the activity indicator once the answer is shown.
func TestSettingsCheckHidesTheBusyDotWhenDone(t *testing.T) {
	a := test.NewTempApp(t)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	s := NewSettings(a, Deps{LLM: fakeLLM{}})
	win.SetContent(s.Content())
	win.Resize(fyne.NewSize(1024, 640))
	s.check()
	if !s.busy.Visible() {
		t.Fatal("no activity indicator while the connection is checked")
	}
	pump(t, "the check's answer", func() bool { return strings.HasPrefix(s.status.Text, "Ollama 0.17.4 is up") })
	if s.busy.Visible() {
		t.Errorf("activity indicator still visible after the check ended (status %q)", s.status.Text)
	}
}

// TestReviewHidesTheBusyDotWhenLoaded loads the team view and a trainee and
// looks for the activity indicator after each.
func TestReviewHidesTheBusyDotWhenLoaded(t *testing.T) {
	r, _, loaded := openReview(t, Deps{History: newSeededStore()}, fyne.NewSize(1024, 640))
	r.Reload()
	waitOn(t, loaded) // trainee list
	waitOn(t, loaded) // team view
	if r.busy.Visible() {
		t.Error("activity indicator still visible after the team view loaded")
	}
	r.list.Select(1)
	waitOn(t, loaded)
	if r.busy.Visible() {
		t.Error("activity indicator still visible after the trainee view loaded")
	}
}
