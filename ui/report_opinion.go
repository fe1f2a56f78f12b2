package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// Texts of the second-opinion card; tests look for them.
const (
	opinionOffHint    = "Turn on the local model in Settings to get a second opinion."
	opinionAskLabel   = "Ask the local model"
	opinionUnchanged  = "The score of record does not change."
	opinionChecking   = "Checking whether the local model is answering…"
	opinionAsking     = "Asking the local model. On a laptop this can take a minute."
	opinionNoModelYet = "A local model can read this session and say what it would have scored."
)

// opinionCard is the report's "Second opinion" card. It starts by asking, off the
// UI thread, whether a model is available; it offers the button only when one is,
// so a trainee never presses something that cannot work. Every call into the
// SecondOpinion runs on a goroutine and comes back through do.
type opinionCard struct {
	judge SecondOpinion
	sc    *scenarios.Scenario
	t     scoring.Transcript
	rep   scoring.Report

	status   *widget.RichText // one sentence about the card's state, muted unless it is news
	activity *widget.Activity
	button   *widget.Button
	note     *widget.Label // the caption that the score of record stays
	results  *fyne.Container
	top      *fyne.Container // the activity beside the status
	content  fyne.CanvasObject
}

// newOpinionCard builds the card and starts the availability check. judge may be
// nil: the card then shows the Settings hint.
func newOpinionCard(judge SecondOpinion, sc *scenarios.Scenario, t scoring.Transcript, rep scoring.Report) *opinionCard {
	c := &opinionCard{judge: judge, sc: sc, t: t, rep: rep}
	c.status = widget.NewRichText(&widget.TextSegment{Text: opinionChecking,
		Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, Inline: true}})
	c.status.Wrapping = fyne.TextWrapWord
	c.activity = widget.NewActivity()
	c.button = widget.NewButtonWithIcon(opinionAskLabel, theme.HelpIcon(), c.ask)
	c.button.Hide()
	c.note = caption(opinionUnchanged)
	c.note.Hide()
	c.results = container.NewVBox()
	c.top = container.NewBorder(nil, nil, c.activity, nil, c.status)
	c.content = container.NewVBox(c.top, container.NewHBox(c.button), c.results, c.note)
	c.check()
	return c
}

// check asks whether a model is available and shows the button or the reason.
func (c *opinionCard) check() {
	if c.judge == nil {
		c.showUnavailable(ErrSecondOpinionOff)
		return
	}
	c.setBusy(true)
	go func() {
		err := c.judge.Available(context.Background())
		do(func() {
			c.setBusy(false)
			if err != nil {
				c.showUnavailable(err)
				return
			}
			c.setStatus(opinionNoModelYet, theme.ColorNamePlaceHolder)
			c.button.Show()
			c.note.Show()
		})
	}()
}

// showUnavailable says, in one muted line, why there is no second opinion.
func (c *opinionCard) showUnavailable(err error) {
	text := opinionOffHint
	if !errors.Is(err, ErrSecondOpinionOff) {
		text = sentence("No second opinion is available: ", err)
	}
	c.setStatus(text, theme.ColorNamePlaceHolder)
}

// ask runs the judge off the UI thread and shows its opinions or its error.
func (c *opinionCard) ask() {
	c.button.Disable()
	c.results.RemoveAll()
	c.setStatus(opinionAsking, theme.ColorNamePlaceHolder)
	c.setBusy(true)
	rep := copyReport(c.rep)
	go func() {
		j, err := c.judge.Ask(context.Background(), c.sc, c.t, rep)
		do(func() {
			c.setBusy(false)
			if err != nil {
				c.showError(err)
				return
			}
			c.showJudgement(j)
		})
	}()
}

// showError states the failure in one sentence and lets the trainee try again.
func (c *opinionCard) showError(err error) {
	c.setStatus(sentence("The local model could not give a second opinion: ", err), theme.ColorNameWarning)
	c.button.Enable()
}

// showJudgement lists the model's opinions beside the score of record.
func (c *opinionCard) showJudgement(j Judgement) {
	c.button.Hide()
	agree := 0
	for _, o := range j.Opinions {
		if o.Agrees {
			agree++
		}
		c.results.Add(opinionRow(o, c.rep.Dimensions[o.Dimension].Score))
	}
	model := j.Model
	if model == "" {
		model = "The local model"
	}
	c.setStatus(fmt.Sprintf("%s agrees on %d of %d dimensions.", model, agree, len(j.Opinions)), theme.ColorNameForeground)
}

// setStatus shows text in the named colour: the placeholder colour is muted yet
// readable, where a low-importance label would look disabled.
func (c *opinionCard) setStatus(text string, colour fyne.ThemeColorName) {
	seg := c.status.Segments[0].(*widget.TextSegment)
	seg.Text = text
	seg.Style.ColorName = colour
	c.status.Refresh()
}

// sentence ends prefix and err's text with exactly one full stop, whether or not
// the error brought its own.
func sentence(prefix string, err error) string {
	return prefix + strings.TrimRight(err.Error(), ". ") + "."
}

// copyReport gives the judge its own dimensions map: Report holds a map, so a
// judge that wrote to its argument would otherwise change the score of record.
func copyReport(r scoring.Report) scoring.Report {
	dims := make(map[scoring.Dimension]scoring.DimensionScore, len(r.Dimensions))
	for d, s := range r.Dimensions {
		dims[d] = s
	}
	r.Dimensions = dims
	return r
}

func (c *opinionCard) setBusy(busy bool) {
	if busy {
		c.activity.Show()
		c.activity.Start()
		return
	}
	c.activity.Stop()
	c.activity.Hide()
	c.top.Refresh() // lays the status out again without the activity's room
}

// opinionRow is one dimension: an agree or disagree icon, the dimension with the
// verdict in bold and both scores after it, then the model's comment. Everything
// wraps, so the row fits the report's narrow summary column.
func opinionRow(o Opinion, record int) fyne.CanvasObject {
	icon := theme.NewSuccessThemedResource(theme.ConfirmIcon())
	verdict := "agrees"
	if !o.Agrees {
		icon = theme.NewWarningThemedResource(theme.CancelIcon())
		verdict = "disagrees"
	}
	title := widget.NewRichText(
		&widget.TextSegment{Text: dimensionTitles[o.Dimension] + " — " + verdict,
			Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}},
		&widget.TextSegment{Text: fmt.Sprintf(": model %d, score of record %d", o.Score, record),
			Style: widget.RichTextStyleInline})
	title.Wrapping = fyne.TextWrapWord
	text := container.NewVBox(title, caption(o.Comment))
	return container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(icon)), nil, text)
}
