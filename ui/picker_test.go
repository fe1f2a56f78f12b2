package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/turnaround-app/turnaround/scenarios"
)

// TestPickerSearchMovesTheSelection: a search that hides the selected scenario
// moves the selection, the brief and Start to the one it shows; a search with
// no results says so and leaves nothing to start.
func TestPickerSearchMovesTheSelection(t *testing.T) {
	late := testScenario("late-gift", "The anniversary gift that arrived late", 2, "late-delivery")
	double := testScenario("double-charge", "Charged twice for March", 3, "billing-error")
	var started []string
	deps := fakeDeps(late, double)
	start := deps.Start
	deps.Start = func(sc *scenarios.Scenario, tok func(string)) (Conversation, error) {
		started = append(started, sc.ID)
		return start(sc, tok)
	}
	h := newPracticeHarness(t, deps)
	pk := h.p.picker
	pk.selectID(late.ID)

	test.Type(pk.search, "twice")
	if len(pk.shown) != 1 || pk.selected != double {
		t.Fatalf("search 'twice' shows %d and selects %v, want only and selected double-charge", len(pk.shown), idOf(pk.selected))
	}
	if !hasLabel(pk.brief, double.Title) || hasLabel(pk.brief, late.Title) {
		t.Error("the brief does not follow the one visible result")
	}
	test.Tap(pk.start)
	if len(started) != 1 || started[0] != double.ID {
		t.Errorf("Start launched %v, want [double-charge]", started)
	}

	h.p.showPicker()
	pk.search.SetText("no such customer")
	if pk.selected != nil || !pk.start.Disabled() {
		t.Errorf("with no results, selected = %v and Start enabled = %v; want nothing to start", idOf(pk.selected), !pk.start.Disabled())
	}
	want := "No scenarios match “no such customer”. Clear the search or the filters to see all 2."
	if !pk.empty.Visible() || pk.empty.Text != want {
		t.Errorf("empty list says %q (shown %v), want %q", pk.empty.Text, pk.empty.Visible(), want)
	}
	if !hasLabel(pk.brief, "No scenario selected") {
		t.Error("the brief still shows a scenario when none matches")
	}

	pk.search.SetText("")
	if pk.empty.Visible() || len(pk.shown) != 2 || pk.selected == nil {
		t.Errorf("clearing the search shows %d with the message visible = %v", len(pk.shown), pk.empty.Visible())
	}
}

// TestPickerScrollsToTheRememberedScenario: the last scenario practised is
// selected and scrolled into view when the screen opens.
func TestPickerScrollsToTheRememberedScenario(t *testing.T) {
	a := test.NewTempApp(t)
	var list []*scenarios.Scenario
	for i := 0; i < 30; i++ {
		list = append(list, testScenario(fmt.Sprintf("case-%02d", i), fmt.Sprintf("Case number %02d", i), 2, "late-delivery"))
	}
	a.Preferences().SetString(PrefLastScenario, "case-15")
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	p := NewPractice(fakeDeps(list...), win, a.Preferences())
	win.SetContent(p.Content())
	win.Resize(fyne.NewSize(1024, 640))
	if idOf(p.picker.selected) != "case-15" {
		t.Fatalf("selected %s, want the remembered case-15", idOf(p.picker.selected))
	}
	// A list draws only the rows in view, and a row scrolled partly out of
	// view is still drawn: the remembered row must lie wholly inside the view.
	if findLabel(p.picker.list, "Case number 00") != nil {
		t.Error("the list still shows its top rows, not the remembered scenario's")
	}
	item := listItemWith(p.picker.list, "Case number 15")
	if item == nil {
		t.Fatal("the remembered scenario's row is not drawn")
	}
	off, view := p.picker.list.GetScrollOffset(), p.picker.list.Size().Height
	if top, bottom := item.Position().Y, item.Position().Y+item.Size().Height; top < off || bottom > off+view {
		t.Errorf("the remembered row spans y %.0f–%.0f of the list but the view shows %.0f–%.0f", top, bottom, off, off+view)
	}
}

// listItemWith returns the list row that holds a label reading text.
func listItemWith(list fyne.CanvasObject, text string) fyne.CanvasObject {
	for _, o := range test.LaidOutObjects(list) {
		if fmt.Sprintf("%T", o) == "*widget.listItem" && findLabel(o, text) != nil {
			return o
		}
	}
	return nil
}

func idOf(sc *scenarios.Scenario) string {
	if sc == nil {
		return "nothing"
	}
	return sc.ID
}
