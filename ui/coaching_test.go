package ui

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// stalledSession starts the late delivery with the real simulator in mode and
// sends two replies that take no concrete step.
func stalledSession(t *testing.T, mode string) (*practiceHarness, *reportCatcher) {
	t.Helper()
	deps, _ := simDeps(t)
	h := newPracticeHarness(t, deps)
	h.p.SetMode(mode)
	h.p.picker.selectID("late-delivery-anniversary")
	test.Tap(h.p.picker.start)
	h.wait(t)
	for _, line := range []string{"I understand how you feel.", "I hear you, that is really frustrating."} {
		test.Type(h.p.session.input, line)
		h.p.session.input.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		h.wait(t)
	}
	return h, h.p.session.conv.(*reportCatcher)
}

func TestPracticeModeShowsHintAfterStalledReply(t *testing.T) {
	h, conv := stalledSession(t, ModePractice)
	rule, _ := scoring.DefaultRubric().Rule("stalling")
	want := "Coach: Stalled, -6 points: " + rule.Why
	if got := h.p.session.coach.hintText(); got != want {
		t.Errorf("hint under the input = %q\nwant %q", got, want)
	}
	waitFor(t, "the hint recorded with the session", func() bool { _, hints := conv.coaching(); return len(hints) == 1 })
	practice, hints := conv.coaching()
	if practice != 1 || hints[0].Rule != "stalling" || hints[0].Turn != 3 {
		t.Errorf("stored practice marks %v, hints %+v; want one mark and stalling at turn 3", practice, hints)
	}
	// The refund is performed from the card, with the words: saying it without
	// the action would earn a hint of its own (a remedy claimed, not given).
	test.Type(h.p.session.input, "I'm refunding your 25 USD shipping fee right now.")
	h.p.session.card.amounts[0].SetText("25")
	test.Tap(h.p.session.card.buttons[0])
	h.wait(t)
	if turns := h.p.session.conv.Transcript().Turns; turns[5].Action == nil || turns[5].Action.Amount != 25 {
		t.Fatalf("turn 5 = %+v; want the 25 refund sent from the card", turns[5])
	}
	if got := h.p.session.coach.hintText(); got != "" {
		t.Errorf("the hint stayed after a concrete step: %q", got)
	}
}

func TestAssessmentModeShowsNoHint(t *testing.T) {
	h, conv := stalledSession(t, ModeAssessment)
	if got := h.p.session.coach.hintText(); got != "" {
		t.Errorf("assessment mode shows a hint: %q", got)
	}
	drainUI()
	if practice, hints := conv.coaching(); practice != 0 || len(hints) != 0 {
		t.Errorf("assessment session stored practice marks %v and hints %v", practice, hints)
	}
	if got := h.p.prefs.String(PrefMode); got != ModeAssessment {
		t.Errorf("the mode choice was not remembered: %q", got)
	}
}

func TestActionBeyondCardWarnsBeforeSending(t *testing.T) {
	deps, _ := simDeps(t)
	h := newPracticeHarness(t, deps)
	h.p.picker.selectID("late-delivery-anniversary")
	test.Tap(h.p.picker.start)
	h.wait(t)
	v := h.p.session
	test.Type(v.card.amounts[0], "60")
	test.Tap(v.card.buttons[0])
	if !v.coach.warnBox.Visible() || v.coach.warn.Text != "Your card will refuse this: your ceiling is 25 USD." {
		t.Fatalf("warning = %q (visible %v); want the card's refusal before sending", v.coach.warn.Text, v.coach.warnBox.Visible())
	}
	if n := len(v.conv.Transcript().Turns); n != 1 {
		t.Fatalf("the action was sent before the trainee chose: %d turns", n)
	}
	test.Tap(findButton(t, v.coach.warnBox, "Change it"))
	if v.coach.warnBox.Visible() || v.card.amounts[0].Text != "60" {
		t.Fatalf("after Change it: warning visible %v, amount %q; want it hidden and 60 kept", v.coach.warnBox.Visible(), v.card.amounts[0].Text)
	}
	test.Tap(v.card.buttons[0])
	test.Tap(findButton(t, v.coach.warnBox, "Send anyway"))
	h.wait(t)
	turns := v.conv.Transcript().Turns
	if len(turns) < 2 || turns[1].Action == nil || turns[1].Action.Amount != 60 || turns[1].Action.Result != scoring.ActionRefused {
		t.Errorf("after Send anyway the transcript holds %+v; want the 60 USD refund, refused", turns)
	}
	if v.coach.warnBox.Visible() || v.card.amounts[0].Text != "" {
		t.Errorf("after sending: warning visible %v, amount %q", v.coach.warnBox.Visible(), v.card.amounts[0].Text)
	}
}

func TestAssessmentReportOffersNoRetry(t *testing.T) {
	deps := fakeDeps(testScenario("a", "Anniversary gift", 2, "late-delivery"))
	h := newPracticeHarness(t, deps)
	h.p.SetMode(ModeAssessment)
	h.p.picker.selectID("a")
	test.Tap(h.p.picker.start)
	h.wait(t)
	test.Tap(findButton(t, h.p.session.content, "End session"))
	h.wait(t)
	if hasButton(h.win.Canvas().Content(), "Retry from this turn") {
		t.Error("the assessment report offers a retry")
	}
	h.p.SetMode(ModePractice)
	test.Tap(findButton(t, h.win.Canvas().Content(), "Play again"))
	h.wait(t)
	test.Type(h.p.session.input, "We missed it; refunding now.")
	h.p.session.input.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.wait(t)
	test.Tap(findButton(t, h.p.session.content, "End session"))
	h.wait(t)
	if !hasButton(h.win.Canvas().Content(), "Retry from this turn") {
		t.Error("the practice report offers no retry")
	}
}

func TestCaseFactsPanelAndHangUpRule(t *testing.T) {
	deps, _ := simDeps(t)
	h := newPracticeHarness(t, deps)
	h.p.picker.selectID("late-delivery-anniversary")
	test.Tap(h.p.picker.start)
	h.wait(t)
	v := h.p.session
	texts := strings.Split(v.coach.facts.Text, "\n")
	sc := h.p.scenario("late-delivery-anniversary")
	if len(texts) != len(sc.CaseFacts()) || texts[0] != "Customer: Dana" || !strings.HasPrefix(texts[2], "• ") {
		t.Errorf("case facts panel = %q", texts)
	}
	st := v.conv.State()
	want := "Dana leaves when frustration reaches 100 (" + strconv.Itoa(sim.HangUpFrustration-st.Frustration) + " to go) or after " + strconv.Itoa(st.Patience) + " more slow or stalled replies, whichever comes first."
	if v.coach.leaving.Text != want {
		t.Errorf("hang-up rule = %q\nwant %q", v.coach.leaving.Text, want)
	}
}

func TestFirstLaunchAsksTraineeName(t *testing.T) {
	a := test.NewTempApp(t)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	win.Resize(fyne.NewSize(1100, 700))
	s := NewShell(a, win, Deps{History: &fakeStore{}, DefaultTrainee: "ana.k"})
	win.SetContent(s.Content())
	q := s.question
	if q == nil || overlayButton(win, "Start practising") == nil {
		t.Fatal("first launch does not ask who is practising")
	}
	if q.name.Text != "ana.k" {
		t.Errorf("the name offered is %q, want the system user ana.k", q.name.Text)
	}
	q.name.SetText("  ")
	if !q.ok.Disabled() {
		t.Error("a blank name can be saved")
	}
	q.name.SetText("Ana Kovač")
	test.Tap(q.ok)
	p := a.Preferences()
	if p.String(PrefTrainee) != "Ana Kovač" || len(p.StringList(PrefTrainees)) != 1 {
		t.Errorf("saved trainee %q, profiles %q", p.String(PrefTrainee), p.StringList(PrefTrainees))
	}
	if overlayButton(win, "Start practising") != nil {
		t.Error("the question stays open after the name was saved")
	}
	if again := NewShell(a, win, Deps{History: &fakeStore{}}); again.question != nil {
		t.Error("the name is asked again on the next launch")
	}
	if got := s.practice.trainee(); got != "Ana Kovač" {
		t.Errorf("sessions are stored under %q", got)
	}
}

func TestNextScenarioSelectsTheSuggestionAndSaysWhy(t *testing.T) {
	deps := fakeDeps(testScenario("a", "Anniversary gift", 2, "late-delivery"), testScenario("b", "Double charge", 3, "double-charge"))
	var asked string
	deps.Suggest = func(trainee string) (Suggestion, error) {
		asked = trainee
		return Suggestion{ScenarioID: "b", Why: "Your fairness averaged 41 over your last 5 sessions."}, nil
	}
	h := newPracticeHarness(t, deps)
	h.p.prefs.SetString(PrefTrainee, "Ana")
	h.p.picker.selectID("a")
	test.Tap(h.p.picker.start)
	h.wait(t)
	test.Tap(findButton(t, h.p.session.content, "End session"))
	h.wait(t)
	test.Tap(findButton(t, h.win.Canvas().Content(), "Next scenario"))
	if asked != "Ana" || h.p.picker.selected == nil || h.p.picker.selected.ID != "b" {
		t.Fatalf("asked for %q, selected %v; want Ana's suggestion b selected", asked, h.p.picker.selected)
	}
	if !h.p.controls.why.Visible() || h.p.controls.why.Text != "Your fairness averaged 41 over your last 5 sessions." {
		t.Errorf("why = %q (visible %v)", h.p.controls.why.Text, h.p.controls.why.Visible())
	}
}
