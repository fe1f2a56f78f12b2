package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// preparingOpen is a conversation that must get ready first, like one voiced
// by a local model; it records whether Open came after Prepare.
type preparingOpen struct {
	*fakeConv
	prepared, openedAfterPrepare bool
}

func (c *preparingOpen) Prepare(context.Context) string {
	c.prepared = true
	return "qwen2.5:0.5b is ready (loaded in 3.1 s)."
}

func (c *preparingOpen) Open(ctx context.Context) (scoring.Turn, error) {
	c.openedAfterPrepare = c.prepared
	return c.fakeConv.Open(ctx)
}

// TestSessionPreparesBeforeTheOpeningLine: the opening waits for Prepare, and
// the chat shows what it found instead of the "getting ready" note.
func TestSessionPreparesBeforeTheOpeningLine(t *testing.T) {
	sc := testScenario("a", "Anniversary gift", 2, "late-delivery")
	var conv *preparingOpen
	deps := fakeDeps(sc)
	deps.Start = func(sc *scenarios.Scenario, _ func(string)) (Conversation, error) {
		conv = &preparingOpen{fakeConv: newFakeConv(sc)}
		return conv, nil
	}
	h := newPracticeHarness(t, deps)
	h.p.picker.list.Select(0)
	test.Tap(h.p.picker.start)
	h.wait(t)
	if !conv.openedAfterPrepare {
		t.Error("the opening line was asked for before the conversation was ready")
	}
	content := h.win.Canvas().Content()
	if !hasLabel(content, "qwen2.5:0.5b is ready (loaded in 3.1 s).") {
		t.Error("the chat does not show what getting ready found")
	}
	if hasLabel(content, sc.Customer.Name+" is getting ready…") {
		t.Error("the getting-ready note is still shown after the customer is ready")
	}
}

// summarizingConv says how its voice did, like a conversation voiced by a model.
type summarizingConv struct{ *fakeConv }

func (summarizingConv) VoiceSummary() string {
	return "Customer lines: 3 from the model, 1 scripted (1 too slow)."
}

func TestSessionEndShowsTheVoiceSummary(t *testing.T) {
	sc := testScenario("a", "Anniversary gift", 2, "late-delivery")
	deps := fakeDeps(sc)
	deps.Start = func(sc *scenarios.Scenario, _ func(string)) (Conversation, error) {
		return summarizingConv{newFakeConv(sc)}, nil
	}
	h := newPracticeHarness(t, deps)
	h.p.picker.list.Select(0)
	test.Tap(h.p.picker.start)
	h.wait(t)
	v := h.p.session
	v.quit()
	h.wait(t) // the report
	if !hasLabel(h.win.Canvas().Content(), "Customer lines: 3 from the model, 1 scripted (1 too slow).") {
		t.Error("the report does not say how the model voice did")
	}
}
