package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/google/go-cmp/cmp"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// fakeOpinion is a SecondOpinion with canned answers. Like a careless judge it
// scribbles on the report it is given, so tests can show the score of record
// is safe from it.
type fakeOpinion struct {
	availErr  error
	judgement Judgement
	askErr    error
}

func (f *fakeOpinion) Available(context.Context) error { return f.availErr }

func (f *fakeOpinion) Ask(_ context.Context, _ *scenarios.Scenario, _ scoring.Transcript, rep scoring.Report) (Judgement, error) {
	rep.Dimensions[scoring.Empathy] = scoring.DimensionScore{Score: 1}
	return f.judgement, f.askErr
}

// fakeJudgement disagrees on action speed and fairness; fakeGrader scores the
// dimensions 60, 65, 70 and 75.
func fakeJudgement() Judgement {
	return Judgement{Model: "qwen2.5:0.5b", Opinions: []Opinion{
		{scoring.Empathy, 68, "Owned the late delivery in the first line.", true},
		{scoring.ActionSpeed, 30, "Waited a turn before offering anything.", false},
		{scoring.AuthorityClarity, 72, "Said plainly what the refund covers.", true},
		{scoring.Fairness, 95, "A full refund fits a missed anniversary.", false},
	}}
}

// reportWithOpinion plays a fake session to its report with judge as the second opinion.
func reportWithOpinion(t *testing.T, judge SecondOpinion) (*practiceHarness, fyne.CanvasObject) {
	t.Helper()
	sc := testScenario("a", "Anniversary gift", 2, "late-delivery")
	deps := fakeDeps(sc)
	deps.SecondOpinion = judge
	h := newPracticeHarness(t, deps)
	h.p.Start(sc)
	h.wait(t)
	finishFakeSession(t, h)
	return h, h.win.Canvas().Content()
}

func TestSecondOpinionWithoutAModelShowsWhyAndNoButton(t *testing.T) {
	cases := []struct {
		name  string
		judge SecondOpinion
		want  string
	}{
		{"not configured", nil, opinionOffHint},
		{"switched off", &fakeOpinion{availErr: ErrSecondOpinionOff}, opinionOffHint},
		{"server down", &fakeOpinion{availErr: errors.New("Ollama at http://127.0.0.1:11434 did not answer in time")},
			"No second opinion is available: Ollama at http://127.0.0.1:11434 did not answer in time."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, content := reportWithOpinion(t, c.judge)
			pump(t, "the availability check", func() bool { return hasRichText(content, c.want) })
			if b := visibleButtons(content, opinionAskLabel); len(b) != 0 {
				t.Errorf("the report offers %q although no model can answer", opinionAskLabel)
			}
			if hasVisibleLabel(content, opinionUnchanged) {
				t.Errorf("the caption %q shows without a second opinion to explain", opinionUnchanged)
			}
		})
	}
}

func TestSecondOpinionShowsEachDimensionBesideTheScoreOfRecord(t *testing.T) {
	h, content := reportWithOpinion(t, &fakeOpinion{judgement: fakeJudgement()})
	ask := waitForAskButton(t, content)
	if !hasVisibleLabel(content, opinionUnchanged) {
		t.Errorf("the caption %q is missing", opinionUnchanged)
	}
	test.Tap(ask)
	done := "qwen2.5:0.5b agrees on 2 of 4 dimensions."
	pump(t, "the second opinion", func() bool { return hasRichText(content, done) })
	want := []string{
		"Empathy — agrees: model 68, score of record 60", "Owned the late delivery in the first line.",
		"Action speed — disagrees: model 30, score of record 65", "Waited a turn before offering anything.",
		"Authority clarity — agrees: model 72, score of record 70", "Said plainly what the refund covers.",
		"Fairness — disagrees: model 95, score of record 75", "A full refund fits a missed anniversary.",
	}
	if diff := cmp.Diff(want, opinionTexts(content)); diff != "" {
		t.Errorf("opinion rows (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"success", "warning", "success", "warning"}, opinionMarkers(content)); diff != "" {
		t.Errorf("agree/disagree icon colours (-want +got):\n%s", diff)
	}
	if got := visibleButtons(content, opinionAskLabel); len(got) != 0 {
		t.Error("the ask button stays after the opinion arrived")
	}
	assertScoreOfRecordUnchanged(t, h, content)
}

func TestSecondOpinionErrorIsOneSentenceAndCanBeRetried(t *testing.T) {
	judge := &fakeOpinion{askErr: errors.New(`model "qwen2.5:0.5b" is not installed in Ollama at http://127.0.0.1:11434`)}
	h, content := reportWithOpinion(t, judge)
	test.Tap(waitForAskButton(t, content))
	want := `The local model could not give a second opinion: model "qwen2.5:0.5b" is not installed in Ollama at http://127.0.0.1:11434.`
	pump(t, "the error", func() bool { return hasRichText(content, want) })
	if rows := opinionTexts(content); len(rows) != 0 {
		t.Errorf("a failed second opinion shows rows: %q", rows)
	}
	b := visibleButtons(content, opinionAskLabel)
	if len(b) != 1 || b[0].Disabled() {
		t.Error("after an error the trainee cannot ask again")
	}
	assertScoreOfRecordUnchanged(t, h, content)
}

// waitForAskButton waits for the availability check and returns the button.
func waitForAskButton(t *testing.T, content fyne.CanvasObject) *widget.Button {
	t.Helper()
	pump(t, "the ask button", func() bool { return len(visibleButtons(content, opinionAskLabel)) == 1 })
	return visibleButtons(content, opinionAskLabel)[0]
}

// assertScoreOfRecordUnchanged checks the stored report and the dimension bars
// still hold fakeGrader's numbers after the judge scribbled on its copy.
func assertScoreOfRecordUnchanged(t *testing.T, h *practiceHarness, content fyne.CanvasObject) {
	t.Helper()
	if got := h.p.session.conv.(*fakeConv).finishedReports()[0].Dimensions[scoring.Empathy].Score; got != 60 {
		t.Errorf("stored empathy score = %d after the second opinion, want 60", got)
	}
	var bars []float64
	for _, o := range test.LaidOutObjects(content) {
		if b, ok := o.(*widget.ProgressBar); ok {
			bars = append(bars, b.Value)
		}
	}
	if diff := cmp.Diff([]float64{60, 65, 70, 75}, bars); diff != "" {
		t.Errorf("dimension bars changed (-want +got):\n%s", diff)
	}
	if !hasLabel(content, "74") {
		t.Error("the total 74 is no longer shown")
	}
}

// opinionTexts lists the texts of the opinion rows in order: the verdict with
// both scores, then the comment.
func opinionTexts(content fyne.CanvasObject) []string {
	var out []string
	for _, o := range test.LaidOutObjects(content) {
		switch w := o.(type) {
		case *widget.RichText:
			if text := w.String(); strings.Contains(text, "agrees: model") {
				out = append(out, text)
			}
		case *widget.Label:
			if len(out)%2 == 1 { // the label right after a verdict is its comment
				out = append(out, w.Text)
			}
		}
	}
	return out
}

// opinionMarkers lists the colour of each opinion row's icon: the first icon
// laid out after a verdict belongs to its row.
func opinionMarkers(content fyne.CanvasObject) []string {
	var out []string
	afterVerdict := false
	for _, o := range test.LaidOutObjects(content) {
		switch w := o.(type) {
		case *widget.RichText:
			afterVerdict = afterVerdict || strings.Contains(w.String(), "agrees: model")
		case *widget.Icon:
			if afterVerdict {
				colour, _, _ := strings.Cut(w.Resource.Name(), "_")
				out = append(out, colour)
				afterVerdict = false
			}
		}
	}
	return out
}

// visibleButtons lists the shown buttons under o labelled text.
func visibleButtons(o fyne.CanvasObject, text string) []*widget.Button {
	var out []*widget.Button
	for _, b := range buttonsLabelled(o, text) {
		if b.Visible() {
			out = append(out, b)
		}
	}
	return out
}

// hasRichText reports whether a label, text or rich text under o reads exactly text;
// unlike hasLabel it sees a rich text whole, however it wrapped.
func hasRichText(o fyne.CanvasObject, text string) bool {
	for _, c := range test.LaidOutObjects(o) {
		if r, ok := c.(*widget.RichText); ok && r.String() == text {
			return true
		}
	}
	return hasLabel(o, text)
}

func hasVisibleLabel(o fyne.CanvasObject, text string) bool {
	for _, c := range test.LaidOutObjects(o) {
		if l, ok := c.(*widget.Label); ok && l.Text == text && l.Visible() {
			return true
		}
	}
	return false
}
