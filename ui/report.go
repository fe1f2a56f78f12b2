package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/ui/widgets"
)

// reportActions are the ways out of a report.
type reportActions struct {
	retry func(turn int) // nil hides the per-turn retry buttons
	again func()
	next  func()
	back  func()
}

// dimensionTitles are the dimension names as trainees read them.
var dimensionTitles = map[scoring.Dimension]string{
	scoring.Empathy:          "Empathy",
	scoring.ActionSpeed:      "Action speed",
	scoring.AuthorityClarity: "Authority clarity",
	scoring.Fairness:         "Fairness",
}

// newReportView shows a scored session: the total, the four dimensions, the four
// outcomes, satisfaction against the baseline, the local model's second opinion
// when the trainee asks for it, and the annotated transcript. first and best,
// when the trainee has earlier attempts, are compared beside it. deps supplies
// the grader's rule explanations and the second opinion.
func newReportView(sc *scenarios.Scenario, rep scoring.Report, t scoring.Transcript, deps Deps,
	first, best *scoring.Report, act reportActions, win fyne.Window) fyne.CanvasObject {
	summary := container.NewVBox(totalBlock(sc, rep), section("Dimensions", dimensionBars(rep)))
	if missed := missedBlock(rep); missed != nil {
		summary.Add(section("What would have earned more", missed))
	}
	if first != nil && best != nil {
		summary.Add(section("Your first attempt, your best, and this time", compareGrid(*first, *best, rep)))
	}
	summary.Add(section("Customer outcomes", outcomeGrid(rep.Outcomes)))
	summary.Add(section("Satisfaction", satisfactionBlock(rep.Satisfaction)))
	summary.Add(section("Second opinion", newOpinionCard(deps.SecondOpinion, sc, t, rep).content))
	why := func(rule string) { showRule(rule, deps.Grader, win) }
	transcript := annotatedTranscript(sc, t, rep, why, act.retry)
	buttons := container.NewHBox(
		widget.NewButtonWithIcon("Back to scenarios", theme.NavigateBackIcon(), act.back),
		widget.NewButtonWithIcon("Play again", theme.MediaReplayIcon(), act.again),
		highButton("Next scenario", theme.NavigateNextIcon(), act.next))
	split := container.NewHSplit(container.NewVScroll(container.NewPadded(summary)),
		container.NewBorder(heading("Annotated transcript"), nil, nil, nil, container.NewVScroll(transcript)))
	split.Offset = 0.36
	return container.NewBorder(nil, container.NewPadded(container.NewCenter(buttons)), nil, nil, split)
}

func highButton(label string, icon fyne.Resource, tap func()) *widget.Button {
	b := widget.NewButtonWithIcon(label, icon, tap)
	b.Importance = widget.HighImportance
	return b
}

func totalBlock(sc *scenarios.Scenario, rep scoring.Report) fyne.CanvasObject {
	total := newThemedText(fmt.Sprint(rep.Total), theme.ColorNamePrimary, theme.TextHeadingSize()*2.2, true)
	outOf := newThemedText("out of 100", theme.ColorNameForeground, theme.TextSize(), false)
	title := heading(sc.Title)
	ending := wrapped("Ending: " + endingTitle(rep.Ending))
	score := container.New(&baselineLayout{gap: theme.Padding() * 2}, total, outOf)
	return container.NewVBox(title, container.NewPadded(score), ending)
}

func endingTitle(e string) string {
	switch e {
	case "resolved":
		return "resolved on this contact"
	case "escalated":
		return "handed on to someone else"
	case "hung-up":
		return "the customer gave up"
	case "abandoned":
		return "ended before a resolution"
	}
	return e
}

func dimensionBars(rep scoring.Report) fyne.CanvasObject {
	box := container.NewVBox()
	var names []string
	for _, d := range scoring.Dimensions {
		names = append(names, dimensionTitles[d])
	}
	col := widgets.LabelColumnWidth(names...)
	scoreW := widgets.LabelColumnWidth("100")
	for _, d := range scoring.Dimensions {
		ds := rep.Dimensions[d]
		bar := widget.NewProgressBar()
		bar.Max = 100
		bar.SetValue(float64(ds.Score))
		// The score sits beside the bar: text over a half-filled bar crosses two
		// backgrounds and cannot contrast with both.
		bar.TextFormatter = func() string { return "" }
		name := widget.NewLabel(dimensionTitles[d])
		score := bold(fmt.Sprint(ds.Score))
		score.Alignment = fyne.TextAlignTrailing
		weight := widget.NewLabel(fmt.Sprintf("weight %.0f%%", ds.Weight*100))
		weight.SizeName = theme.SizeNameCaptionText
		right := container.NewHBox(sized(score, scoreW, 0), weight)
		box.Add(container.NewBorder(nil, nil, sized(name, col, 0), right, bar))
	}
	return box
}

// missedBlock lists, per dimension, the rules the session missed: the turn where
// each would have fitted, its title and points, and the rubric's reason. It
// returns nil when nothing was missed.
func missedBlock(rep scoring.Report) fyne.CanvasObject {
	box := container.NewVBox()
	for _, d := range scoring.Dimensions {
		missed := rep.Dimensions[d].Missed
		if len(missed) == 0 {
			continue
		}
		box.Add(bold(dimensionTitles[d]))
		for _, m := range missed {
			box.Add(wrapped(fmt.Sprintf("Turn %d: %s, %+d", m.Turn, m.Title, m.Points)))
			box.Add(caption(m.Why))
		}
	}
	if len(box.Objects) == 0 {
		return nil
	}
	return box
}

func outcomeGrid(o scoring.Outcomes) fyne.CanvasObject {
	return container.NewGridWithColumns(2,
		outcomeChip("Relief", o.Relief), outcomeChip("Clarity", o.Clarity),
		outcomeChip("Fairness", o.Fairness), outcomeChip("Confidence", o.Confidence))
}

func outcomeChip(name string, reached bool) fyne.CanvasObject {
	var icon fyne.Resource = theme.NewSuccessThemedResource(theme.ConfirmIcon())
	l := widget.NewLabel(name + " reached")
	if !reached {
		icon = theme.NewErrorThemedResource(theme.CancelIcon())
		l.SetText(name + " missed")
	}
	return container.NewHBox(widget.NewIcon(icon), l)
}

func satisfactionBlock(s scoring.Satisfaction) fyne.CanvasObject {
	line := fmt.Sprintf("Estimated %d after the recovery, against %d before the failure.", s.Estimate, s.Baseline)
	verdict := widget.NewLabel("Below the pre-failure baseline")
	verdict.Importance = widget.WarningImportance
	switch s.Verdict() {
	case "above":
		verdict.SetText("Above the baseline: a recovery paradox")
		verdict.Importance = widget.SuccessImportance
	case "at":
		verdict.SetText("Back at the pre-failure baseline")
		verdict.Importance = widget.MediumImportance
	}
	verdict.TextStyle = fyne.TextStyle{Bold: true}
	box := container.NewVBox(verdict, wrapped(line))
	for _, w := range s.Why {
		box.Add(caption("•  " + w))
	}
	return box
}

// compareGrid lays first, best and this session side by side; a cell that differs
// from the first attempt is coloured by direction.
func compareGrid(first, best, now scoring.Report) fyne.CanvasObject {
	g := container.NewGridWithColumns(4, bold(""), bold("First"), bold("Best"), bold("This time"))
	row := func(name string, f, b, n int) {
		g.Add(widget.NewLabel(name))
		g.Add(widget.NewLabel(fmt.Sprint(f)))
		g.Add(diffLabel(b, f))
		g.Add(diffLabel(n, f))
	}
	row("Total", first.Total, best.Total, now.Total)
	for _, d := range scoring.Dimensions {
		row(dimensionTitles[d], first.Dimensions[d].Score, best.Dimensions[d].Score, now.Dimensions[d].Score)
	}
	return g
}

func diffLabel(v, base int) *widget.Label {
	l := widget.NewLabel(fmt.Sprint(v))
	switch {
	case v > base:
		l.SetText(fmt.Sprintf("%d  (+%d)", v, v-base))
		l.Importance = widget.SuccessImportance
		l.TextStyle = fyne.TextStyle{Bold: true}
	case v < base:
		l.SetText(fmt.Sprintf("%d  (%d)", v, v-base))
		l.Importance = widget.DangerImportance
		l.TextStyle = fyne.TextStyle{Bold: true}
	}
	return l
}

func bold(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.TextStyle = fyne.TextStyle{Bold: true}
	return l
}
