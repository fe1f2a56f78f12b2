package ui

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// simDeps plays the real simulator with the scripted voice on the built-in library.
func simDeps(t testing.TB) (Deps, *scenarios.Scenario) {
	t.Helper()
	list, err := scenarios.Builtin()
	if err != nil || len(list) == 0 {
		t.Fatalf("built-in library: %v (%d scenarios)", err, len(list))
	}
	start := func(sc *scenarios.Scenario, _ func(string)) (Conversation, error) {
		return &reportCatcher{Conversation: NewSimConversation(sim.NewSession(sc, sim.Options{}))}, nil
	}
	return Deps{
		Scenarios: func() ([]*scenarios.Scenario, error) { return list, nil },
		Start:     start, Grader: NewRubricGrader(scoring.DefaultRubric()),
	}, list[0]
}

// TestPracticeWithRealSimulator types and taps through a whole session with the
// real simulator: picker, opening line, typed turns, an authority action, the end
// of the session and the report.
func TestPracticeWithRealSimulator(t *testing.T) {
	deps, sc := simDeps(t)
	h := newPracticeHarness(t, deps)
	h.p.picker.selectID(sc.ID)
	test.Tap(h.p.picker.start)
	h.wait(t)
	v := h.p.session
	if got := v.chat.rows(); got != 1 {
		t.Fatalf("chat shows %d objects after opening, want the opening line only", got)
	}
	lines := []string{
		"We missed the delivery window and that is on us.",
		"I can refund the shipping right now.",
		"I will follow up tomorrow to confirm it arrived.",
	}
	for i := 0; i < 12 && v.conv.Ending() == sim.Ongoing; i++ {
		test.Type(v.input, lines[i%len(lines)])
		if i == 1 {
			v.input.TypedShortcut(ctrl(fyne.Key1)) // the first authority line, at its ceiling
		} else {
			v.input.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		}
		h.wait(t)
	}
	if v.conv.Ending() == sim.Ongoing {
		test.Tap(findButton(t, v.content, "End session"))
	}
	h.wait(t) // the report
	if !hasButton(h.win.Canvas().Content(), "Play again") {
		t.Fatal("the report is not showing")
	}
	rep, err := NewRubricGrader(scoring.DefaultRubric()).Score(v.conv.Transcript(), sc)
	if err != nil {
		t.Fatal(err)
	}
	if !hasText(h.win.Canvas().Content(), fmt.Sprint(rep.Total)) {
		t.Errorf("the report does not show the total %d", rep.Total)
	}
	if got := v.conv.(*reportCatcher).report(); got == nil || got.Total != rep.Total {
		t.Errorf("the conversation was finished with %v, the grader gives %d", got, rep.Total)
	}
}

func findButton(t *testing.T, o fyne.CanvasObject, text string) fyne.Tappable {
	t.Helper()
	for _, c := range test.LaidOutObjects(o) {
		if b, ok := c.(interface {
			fyne.Tappable
		}); ok && hasButton(c, text) {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// reportCatcher keeps what a conversation is asked to record: the report it
// is finished with, the practice mark and the hints.
type reportCatcher struct {
	Conversation
	mu       sync.Mutex
	rep      *scoring.Report
	practice int
	hints    []scoring.Hint
}

func (c *reportCatcher) Finish(_ context.Context, rep *scoring.Report) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.rep = rep
	return nil
}

func (c *reportCatcher) report() *scoring.Report {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.rep
}

func (c *reportCatcher) MarkPractice(context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.practice++
	return nil
}

func (c *reportCatcher) AddHint(_ context.Context, h scoring.Hint) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hints = append(c.hints, h)
	return nil
}

// coaching is what MarkPractice and AddHint received; they run on goroutines.
func (c *reportCatcher) coaching() (practice int, hints []scoring.Hint) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.practice, append([]scoring.Hint(nil), c.hints...)
}
