package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// coachView is what the chat keeps for the trainee around the conversation: the
// case facts beside it, the hang-up rule under the meters, the practice-mode hint
// under the input and the warning before an action the card will refuse. It only
// shows what scenarios, sim and scoring decide.
type coachView struct {
	// practice turns hints on; set before the first reply.
	practice bool
	facts    *widget.Label
	leaving  *widget.Label
	hint     *widget.Label
	hintBox  *fyne.Container
	warn     *widget.Label
	warnBox  *fyne.Container
	// pending is the action the warning holds back until "Send anyway".
	pending *scoring.Action
	// relayout lays the session out again after a row appears or goes: the rows
	// sit in a border's bottom, which keeps its old height until asked.
	relayout func()
}

func newCoachView(sc *scenarios.Scenario, sendAnyway func(a *scoring.Action)) *coachView {
	c := &coachView{facts: caseFactsPanel(sc), leaving: caption("")}
	// One line, cut with an ellipsis: a wrapping label under the entry would take
	// its height from the entry when the window is short.
	c.hint = widget.NewLabel("")
	c.hint.Truncation = fyne.TextTruncateEllipsis
	c.hint.Importance = widget.WarningImportance
	c.hintBox = container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, c.hint)
	c.hintBox.Hide()
	c.warn = widget.NewLabel("")
	c.warn.Truncation = fyne.TextTruncateEllipsis
	c.warn.Importance = widget.DangerImportance
	send := widget.NewButton("Send anyway", func() {
		a := c.pending
		c.clearWarning()
		if a != nil {
			sendAnyway(a)
		}
	})
	keep := widget.NewButton("Change it", c.clearWarning)
	keep.Importance = widget.LowImportance
	c.warnBox = container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()),
		container.NewHBox(keep, send), c.warn)
	c.warnBox.Hide()
	return c
}

// caseFactsPanel lists the scenario's case facts in one label, a line each
// (labelled lines as "Label: value", the author's facts as bullets), so the
// panel stays short enough to leave the authority card in view.
func caseFactsPanel(sc *scenarios.Scenario) *widget.Label {
	lines := make([]string, 0, 8)
	for _, f := range sc.CaseFacts() {
		if f.Label == "" {
			lines = append(lines, "• "+f.Value)
		} else {
			lines = append(lines, f.Label+": "+f.Value)
		}
	}
	l := wrapped(strings.Join(lines, "\n"))
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// showLeaving words the simulator's hang-up rule for the current state.
func (c *coachView) showLeaving(st sim.State, name string) {
	l := st.Leaving()
	replies := "replies"
	if l.RepliesLeft == 1 {
		replies = "reply"
	}
	// Patience is spent only by replies that stall or keep the customer waiting
	// (sim's no-progress and slow-reply reactions), so the count names them.
	c.leaving.SetText(fmt.Sprintf("%s leaves when frustration reaches %d (%d to go) or after %d more slow or stalled %s, whichever comes first.",
		name, l.FrustrationLimit, l.FrustrationToGo, l.RepliesLeft, replies))
}

// showHint shows a practice-mode hint under the input; ok=false clears it.
func (c *coachView) showHint(h scoring.Hint, ok bool) {
	if !ok || !c.practice {
		c.setVisible(c.hintBox, false)
		return
	}
	c.hint.SetText("Coach: " + h.Text)
	c.setVisible(c.hintBox, true)
}

// warnAction holds back an action the card will refuse and says why, as what
// the card will do: nothing has been sent yet. The trainee may still send it.
func (c *coachView) warnAction(a *scoring.Action, why string) {
	c.pending = a
	c.warn.SetText("Your card will refuse this: " + why + ".")
	c.setVisible(c.warnBox, true)
}

func (c *coachView) clearWarning() {
	c.pending = nil
	c.setVisible(c.warnBox, false)
}

// setVisible shows or hides a row, laying the session out again when it changed.
func (c *coachView) setVisible(row *fyne.Container, on bool) {
	if row.Visible() == on {
		return
	}
	if on {
		row.Show()
	} else {
		row.Hide()
	}
	if c.relayout != nil {
		c.relayout()
	}
}

// hintText is the hint on screen, "" when none is shown.
func (c *coachView) hintText() string {
	if !c.hintBox.Visible() {
		return ""
	}
	return c.hint.Text
}

// hintAfter asks the rubric, off the UI thread, whether the reply just sent
// earned a hint; only in practice mode and only after a reply that went through.
func (v *sessionView) hintAfter(submitErr error) (scoring.Hint, bool) {
	if !v.coach.practice || submitErr != nil {
		return scoring.Hint{}, false
	}
	return scoring.HintAfter(v.conv.Transcript(), v.sc, nil)
}

// showHint shows the hint and stores it with the session. Call on the UI thread.
func (v *sessionView) showHint(h scoring.Hint, ok bool) {
	v.coach.showHint(h, ok)
	if ok && v.coach.practice {
		v.recordCoaching(func(ctx context.Context) error { return v.conv.AddHint(ctx, h) })
	}
}

// recordCoaching has the conversation record coaching (the practice mode, a
// hint) off the UI thread; a failure shows in the banner, the session goes on.
func (v *sessionView) recordCoaching(write func(ctx context.Context) error) {
	go func() {
		if err := write(context.Background()); err != nil {
			msg := "History not saved: " + err.Error() + ". The conversation goes on."
			do(func() { v.banner.show(msg) })
		}
	}()
}
