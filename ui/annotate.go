package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// turnEvidence is one evidence line with the dimension it counted toward.
type turnEvidence struct {
	dim scoring.Dimension
	ev  scoring.Evidence
}

// evidenceByTurn groups a report's evidence by turn, in dimension order then the
// order the rubric listed it, so the view is the same on every run.
func evidenceByTurn(rep scoring.Report) map[int][]turnEvidence {
	out := map[int][]turnEvidence{}
	for _, d := range scoring.Dimensions {
		for _, e := range rep.Dimensions[d].Evidence {
			out[e.Turn] = append(out[e.Turn], turnEvidence{d, e})
		}
	}
	return out
}

// annotatedTranscript shows every turn with the points it earned or lost. Tapping
// a rule explains it; retry (when not nil) restarts the session from an agent turn.
func annotatedTranscript(sc *scenarios.Scenario, t scoring.Transcript, rep scoring.Report,
	why func(rule string), retry func(turn int)) fyne.CanvasObject {
	byTurn := evidenceByTurn(rep)
	box := container.NewVBox()
	for i, turn := range t.Turns {
		box.Add(turnBubble(sc, turn))
		for _, te := range byTurn[i] {
			box.Add(evidenceRow(te, why))
		}
		if retry != nil && turn.Role == scoring.RoleAgent {
			i := i
			b := widget.NewButtonWithIcon("Retry from this turn", theme.MediaReplayIcon(), func() { retry(i) })
			b.Importance = widget.LowImportance
			box.Add(container.NewHBox(b))
		}
	}
	return container.NewPadded(box)
}

func evidenceRow(te turnEvidence, why func(rule string)) fyne.CanvasObject {
	pts := widget.NewLabel(fmt.Sprintf("%+d", te.ev.Points))
	pts.TextStyle = fyne.TextStyle{Bold: true}
	pts.Importance = widget.SuccessImportance
	if te.ev.Points < 0 {
		pts.Importance = widget.DangerImportance
	}
	rule := widget.NewButtonWithIcon(scoring.RuleTitle(te.ev.Rule), theme.InfoIcon(), func() { why(te.ev.Rule) })
	rule.Importance = widget.LowImportance
	dim := widget.NewLabel(dimensionTitles[te.dim])
	dim.SizeName = theme.SizeNameCaptionText
	quote := widget.NewLabel("")
	quote.Truncation = fyne.TextTruncateEllipsis
	if te.ev.Quote != "" {
		quote.SetText("“" + te.ev.Quote + "”")
	}
	return container.NewBorder(nil, nil, container.NewHBox(pts, rule, dim), nil, quote)
}

// showRule explains a rubric rule in a dialog over the window.
func showRule(rule string, g Grader, win fyne.Window) {
	text := ""
	if g != nil {
		text = g.Why(rule)
	}
	if text == "" {
		text = "No explanation is recorded for this rule."
	}
	if win == nil {
		return
	}
	body := wrapped(text)
	d := dialog.NewCustom(scoring.RuleTitle(rule), "Close", sized(body, 420, 0), win)
	d.Show()
}
