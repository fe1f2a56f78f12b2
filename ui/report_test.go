package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scoring"
)

// finishFakeSession plays the fake to its resolution and waits for the report.
func finishFakeSession(t *testing.T, h *practiceHarness) *sessionView {
	t.Helper()
	v := h.p.session
	test.Type(v.input, "We missed the window; that is on us.")
	v.input.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.wait(t)
	v.input.TypedShortcut(ctrl(fyne.Key1))
	h.wait(t) // the reply
	h.wait(t) // the report
	return v
}

func TestRetryFromATurnForksTheSession(t *testing.T) {
	sc := testScenario("a", "Anniversary gift", 2, "late-delivery")
	h := newPracticeHarness(t, fakeDeps(sc))
	h.p.Start(sc)
	h.wait(t)
	old := finishFakeSession(t, h)
	retries := buttonsLabelled(h.win.Canvas().Content(), "Retry from this turn")
	if len(retries) != 2 {
		t.Fatalf("report offers %d retry buttons, want one per agent turn (2)", len(retries))
	}
	test.Tap(retries[1]) // the refund, turn 3
	h.wait(t)
	v := h.p.session
	if v == old {
		t.Fatal("retry did not start a new session")
	}
	if got := len(v.conv.Transcript().Turns); got != 3 {
		t.Errorf("forked session holds %d turns, want the 3 before the retried turn", got)
	}
	if v.done || v.input.Disabled() {
		t.Error("the forked session is not open for typing")
	}
}

func TestTappingARuleExplainsIt(t *testing.T) {
	sc := testScenario("a", "Anniversary gift", 2, "late-delivery")
	h := newPracticeHarness(t, fakeDeps(sc))
	h.p.Start(sc)
	h.wait(t)
	finishFakeSession(t, h)
	rules := buttonsLabelled(h.win.Canvas().Content(), "Owned the mistake")
	if len(rules) == 0 {
		t.Fatal("the annotated transcript shows no owns-the-mistake evidence")
	}
	test.Tap(rules[0])
	top := h.win.Canvas().Overlays().Top()
	if top == nil || !hasLabel(top, "Saying plainly that the company got it wrong.") {
		t.Error("tapping the rule did not show its explanation")
	}
}

func TestCompareGridMarksChangesAgainstTheFirstAttempt(t *testing.T) {
	rep := func(total int) scoring.Report {
		r := scoring.Report{Total: total, Dimensions: map[scoring.Dimension]scoring.DimensionScore{}}
		for _, d := range scoring.Dimensions {
			r.Dimensions[d] = scoring.DimensionScore{Score: total}
		}
		return r
	}
	g := compareGrid(rep(60), rep(75), rep(52)).(*fyne.Container)
	// Row 1 is the total: name, first, best, this time.
	best, now := g.Objects[6].(*widget.Label), g.Objects[7].(*widget.Label)
	if best.Text != "75  (+15)" || best.Importance != widget.SuccessImportance {
		t.Errorf("best cell = %q (%v), want \"75  (+15)\" in success colour", best.Text, best.Importance)
	}
	if now.Text != "52  (-8)" || now.Importance != widget.DangerImportance {
		t.Errorf("this-time cell = %q (%v), want \"52  (-8)\" in danger colour", now.Text, now.Importance)
	}
}

// buttonsLabelled lists the buttons under o with exactly text, in layout order.
func buttonsLabelled(o fyne.CanvasObject, text string) []*widget.Button {
	var out []*widget.Button
	for _, c := range test.LaidOutObjects(o) {
		if b, ok := c.(*widget.Button); ok && b.Text == text {
			out = append(out, b)
		}
	}
	return out
}
