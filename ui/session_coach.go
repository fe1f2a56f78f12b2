package ui

import (
	"fmt"

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
	facts    fyne.CanvasObject
	leaving  *widget.Label
	hint     *widget.Label
	hintBox  *fyne.Container
	warn     *widget.Label
	warnBox  *fyne.Container
	// pending is the action the warning holds back until "Send anyway".
	pending *scoring.Action
}

func newCoachView(sc *scenarios.Scenario, sendAnyway func(a *scoring.Action)) *coachView {
	c := &coachView{facts: caseFactsPanel(sc), leaving: caption("")}
	c.hint = wrapped("")
	c.hint.Importance = widget.WarningImportance
	c.hintBox = container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, c.hint)
	c.hintBox.Hide()
	c.warn = wrapped("")
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

// caseFactsPanel lists the scenario's case facts: labelled lines in bold
// labels, the author's facts as bullets.
func caseFactsPanel(sc *scenarios.Scenario) fyne.CanvasObject {
	box := container.NewVBox()
	for _, f := range sc.CaseFacts() {
		if f.Label == "" {
			box.Add(wrapped("• " + f.Value))
			continue
		}
		l := wrapped(f.Label + ": " + f.Value)
		l.TextStyle = fyne.TextStyle{Bold: f.Label == "Customer"}
		box.Add(l)
	}
	return box
}

// showLeaving words the simulator's hang-up rule for the current state.
func (c *coachView) showLeaving(st sim.State, name string) {
	l := st.Leaving()
	replies := "replies"
	if l.RepliesLeft == 1 {
		replies = "reply"
	}
	c.leaving.SetText(fmt.Sprintf("%s leaves when frustration reaches %d (%d to go) or after %d more %s, whichever comes first.",
		name, l.FrustrationLimit, l.FrustrationToGo, l.RepliesLeft, replies))
}

// showHint shows a practice-mode hint under the input; ok=false clears it.
func (c *coachView) showHint(h scoring.Hint, ok bool) {
	if !ok || !c.practice {
		c.hintBox.Hide()
		return
	}
	c.hint.SetText("Coach: " + h.Text)
	c.hintBox.Show()
}

// warnAction holds a back an action the card will refuse and says why; the
// trainee may still send it.
func (c *coachView) warnAction(a *scoring.Action, refusal string) {
	c.pending = a
	c.warn.SetText("Beyond your authority card: " + refusal + ". The customer will see it refused.")
	c.warnBox.Show()
}

func (c *coachView) clearWarning() {
	c.pending = nil
	c.warnBox.Hide()
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
	if ok && v.coach.practice && v.store != nil {
		v.store.addHint(h)
	}
}
