package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
)

// practiceHarness is a Practice screen in a test window with fakes behind it.
type practiceHarness struct {
	p     *Practice
	win   fyne.Window
	idle  chan struct{}
	store *fakeStore
}

func newPracticeHarness(t *testing.T, deps Deps) *practiceHarness {
	t.Helper()
	a := test.NewTempApp(t)
	now, ticks := fixedClock()
	deps.Now, deps.Ticks = now, ticks
	h := &practiceHarness{idle: make(chan struct{}, 16)}
	if deps.History == nil {
		h.store = &fakeStore{}
		deps.History = h.store
	}
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	h.p = NewPractice(deps, win, a.Preferences())
	h.p.onIdle = func() { h.idle <- struct{}{} }
	win.SetContent(h.p.Content())
	win.Resize(fyne.NewSize(1100, 700))
	h.win = win
	return h
}

// wait runs UI work until the screen signals it is idle (a reply or a report shown).
func (h *practiceHarness) wait(t testing.TB) {
	t.Helper()
	pump(t, "the screen settling", signalled(h.idle))
}

func fakeDeps(list ...*scenarios.Scenario) Deps {
	return Deps{
		Scenarios: func() ([]*scenarios.Scenario, error) { return list, nil },
		Start: func(sc *scenarios.Scenario, _ func(string)) (Conversation, error) {
			return newFakeConv(sc), nil
		},
		Grader: fakeGrader{},
	}
}

func TestPickerFiltersBySearchDifficultyAndKind(t *testing.T) {
	list := []*scenarios.Scenario{
		testScenario("a", "Anniversary gift", 2, "late-delivery"),
		testScenario("b", "Double charge", 3, "double-charge"),
		testScenario("c", "Lost parcel", 2, "lost-delivery"),
	}
	h := newPracticeHarness(t, fakeDeps(list...))
	pk := h.p.picker
	cases := []struct {
		search, level, kind string
		want                []string
	}{
		{"", anyFilter, anyFilter, []string{"a", "b", "c"}},
		{"charge", anyFilter, anyFilter, []string{"b"}},
		{"", levelOptions()[2], anyFilter, []string{"a", "c"}},
		{"", anyFilter, "lost-delivery", []string{"c"}},
		{"gift", levelOptions()[3], anyFilter, nil},
	}
	for _, c := range cases {
		pk.search.SetText(c.search)
		pk.level.SetSelected(c.level)
		pk.kind.SetSelected(c.kind)
		var got []string
		for _, sc := range pk.shown {
			got = append(got, sc.ID)
		}
		if len(got) != len(c.want) || (len(got) > 0 && got[0] != c.want[0]) {
			t.Errorf("search %q level %q kind %q: got %v, want %v", c.search, c.level, c.kind, got, c.want)
		}
	}
}

func TestPracticeSessionToReport(t *testing.T) {
	sc := testScenario("a", "Anniversary gift", 2, "late-delivery")
	h := newPracticeHarness(t, fakeDeps(sc))
	h.p.picker.list.Select(0)
	test.Tap(h.p.picker.start)
	h.wait(t)
	v := h.p.session
	if f, tr, pat, _ := v.mood.Values(); f != 70 || tr != 40 || pat != 6 {
		t.Fatalf("mood after opening = %d/%d/%d, want 70/40/6", f, tr, pat)
	}
	if focused := h.win.Canvas().Focused(); focused != v.input {
		t.Fatalf("focus is on %T, want the chat entry", focused)
	}
	test.Type(v.input, "We missed the delivery window, and that is on us.")
	v.input.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.wait(t)
	if v.input.Text != "" {
		t.Errorf("entry kept %q after Enter, want it cleared", v.input.Text)
	}
	if f, _, pat, _ := v.mood.Values(); f != 60 || pat != 5 {
		t.Errorf("mood after one reply = frustration %d patience %d, want 60 and 5", f, pat)
	}
	v.input.TypedShortcut(ctrl(fyne.Key1)) // refund at the ceiling resolves the fake
	h.wait(t)                              // the reply
	h.wait(t)                              // the report
	conv := v.conv.(*fakeConv)
	if got := conv.finishedReports(); len(got) != 1 || got[0] == nil || got[0].Total != 74 {
		t.Fatalf("the conversation was finished with %v; want the one report, total 74", got)
	}
	if !hasLabel(h.win.Canvas().Content(), "74") {
		t.Error("report does not show the total 74")
	}
}

func TestShiftEnterAddsNewline(t *testing.T) {
	sc := testScenario("a", "Anniversary gift", 2, "late-delivery")
	h := newPracticeHarness(t, fakeDeps(sc))
	h.p.Start(sc)
	h.wait(t)
	v := h.p.session
	test.Type(v.input, "line one")
	v.input.KeyDown(&fyne.KeyEvent{Name: "LeftShift"})
	v.input.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	v.input.KeyUp(&fyne.KeyEvent{Name: "LeftShift"})
	test.Type(v.input, "line two")
	if want := "line one\nline two"; v.input.Text != want {
		t.Errorf("entry = %q, want %q", v.input.Text, want)
	}
}

// TestHistoryProblemShowsBannerAndKeepsTurn: when the conversation says the
// history does not hold the session, the banner shows its sentence and the
// chat keeps every turn.
func TestHistoryProblemShowsBannerAndKeepsTurn(t *testing.T) {
	sc := testScenario("a", "Anniversary gift", 2, "late-delivery")
	deps := fakeDeps(sc)
	const problem = "History not saved: disk full. The conversation goes on; turn 1 waits in memory and is tried again with the next turn."
	deps.Start = func(sc *scenarios.Scenario, _ func(string)) (Conversation, error) {
		c := newFakeConv(sc)
		c.problem = problem
		return c, nil
	}
	h := newPracticeHarness(t, deps)
	h.p.Start(sc)
	h.wait(t)
	v := h.p.session
	test.Type(v.input, "Sorry about that.")
	v.input.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.wait(t)
	if got := v.banner.text(); got != problem {
		t.Errorf("banner = %q, want %q", got, problem)
	}
	if got := v.chat.rows(); got != 3 {
		t.Errorf("chat shows %d bubbles, want 3 (opening, your turn, reply)", got)
	}
}

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierControl}
}

// hasText is hasLabel under a name that says it also finds canvas text.
func hasText(o fyne.CanvasObject, text string) bool { return hasLabel(o, text) }

// hasLabel reports whether any label or canvas text under o shows exactly text.
func hasLabel(o fyne.CanvasObject, text string) bool {
	for _, c := range test.LaidOutObjects(o) {
		if l, ok := c.(*widget.Label); ok && l.Text == text {
			return true
		}
		if l, ok := c.(*canvas.Text); ok && l.Text == text {
			return true
		}
	}
	return false
}

// hasButton reports whether any button under o is labelled text.
func hasButton(o fyne.CanvasObject, text string) bool {
	for _, c := range test.LaidOutObjects(o) {
		if b, ok := c.(*widget.Button); ok && b.Text == text {
			return true
		}
	}
	return false
}

func TestAuthorityButtonKeepsFocusInEntry(t *testing.T) {
	sc := testScenario("a", "Anniversary gift", 2, "late-delivery")
	h := newPracticeHarness(t, fakeDeps(sc))
	h.p.Start(sc)
	h.wait(t)
	v := h.p.session
	v.card.amounts[0].SetText("12")
	test.Tap(v.card.buttons[0])
	h.wait(t)
	if focused := h.win.Canvas().Focused(); focused != v.input {
		t.Errorf("focus is on %T after an action, want the chat entry", focused)
	}
	turns := v.conv.Transcript().Turns
	a := turns[1].Action
	if a == nil || a.Kind != "refund" || a.Amount != 12 || a.Currency != "USD" {
		t.Errorf("action sent = %+v, want refund 12 USD", a)
	}
}

func TestAmountThatIsNotANumberIsRefusedInPlace(t *testing.T) {
	sc := testScenario("a", "Anniversary gift", 2, "late-delivery")
	h := newPracticeHarness(t, fakeDeps(sc))
	h.p.Start(sc)
	h.wait(t)
	v := h.p.session
	v.card.amounts[0].SetText("ten")
	test.Tap(v.card.buttons[0])
	if want := `The amount "ten" is not a positive number.`; v.banner.text() != want {
		t.Errorf("banner = %q, want %q", v.banner.text(), want)
	}
	if got := len(v.conv.Transcript().Turns); got != 1 {
		t.Errorf("transcript has %d turns, want only the opening", got)
	}
}

func TestLongChatFoldsOldRowsAndUnfoldsOnRequest(t *testing.T) {
	sc := testScenario("long", "A patient customer", 1, "other")
	sc.Customer.Mood.Patience = 1000
	h := newPracticeHarness(t, fakeDeps(sc))
	h.p.Start(sc)
	h.wait(t)
	v := h.p.session
	for i := 0; i < 30; i++ {
		v.send("Let me check.", nil)
		h.wait(t)
	}
	if got, want := v.chat.rows(), 61; got != want {
		t.Fatalf("chat holds %d rows, want %d", got, want)
	}
	// A fold happens when live rows pass 12+8, leaving 12: at rows 21, 30, 39,
	// 48 and 57 (9 fold each time, 45 in all); rows 58..61 follow, so 16 are live.
	if got := len(v.chat.box.Objects); got != 17 {
		t.Errorf("%d objects laid out, want 16 rows and the fold button", got)
	}
	if want := "Show 45 earlier messages"; v.chat.more.Text != want {
		t.Errorf("fold button reads %q, want %q", v.chat.more.Text, want)
	}
	test.Tap(v.chat.more)
	if got := len(v.chat.box.Objects); got != 61 {
		t.Errorf("after unfolding, %d objects laid out, want all 61", got)
	}
}

// TestBriefKeepsScenarioTextLiteral: characters Markdown would treat specially
// appear exactly as the trainer wrote them, with no escape backslashes.
func TestBriefKeepsScenarioTextLiteral(t *testing.T) {
	test.NewTempApp(t)
	sc := testScenario("late-gift", "The anniversary gift that arrived late", 2, "late-delivery")
	sc.Failure.Facts = []string{"order #4471 promised for Friday", "paid *express* shipping [USD]"}
	got := segmentsText(briefSegments(sc))
	for _, want := range sc.Failure.Facts {
		if !strings.Contains(got, want) {
			t.Errorf("brief does not contain %q literally; it reads:\n%s", want, got)
		}
	}
	if strings.Contains(got, `\`) {
		t.Errorf("brief shows a backslash:\n%s", got)
	}
}

// segmentsText is the text of rich text segments, list items included.
func segmentsText(segs []widget.RichTextSegment) string {
	var b strings.Builder
	for _, s := range segs {
		if l, ok := s.(*widget.ListSegment); ok {
			b.WriteString(segmentsText(l.Items))
			continue
		}
		b.WriteString(s.Textual() + "\n")
	}
	return b.String()
}

// TestClosedBannerLeavesNoGap: closing the banner gives its room back to the
// screen below it at once.
func TestClosedBannerLeavesNoGap(t *testing.T) {
	sc := testScenario("late-gift", "The anniversary gift that arrived late", 2, "late-delivery")
	deps := fakeDeps(sc)
	deps.HistoryWarning = "The history database could not be opened; sessions are not being kept."
	h := newPracticeHarness(t, deps)
	if h.p.banner.text() == "" || h.p.root.Position().Y == 0 {
		t.Fatalf("the warning is not shown above the picker (banner %q, picker at y %.0f)", h.p.banner.text(), h.p.root.Position().Y)
	}
	h.p.banner.hide()
	if y := h.p.root.Position().Y; y != 0 {
		t.Errorf("after closing the banner the picker starts at y %.0f, want 0", y)
	}
}

// TestTeamStoreNoticeIsNotARedBannerEveryLaunch: a team store that cannot be
// reached is said in amber; once closed, the next launch does not repeat it,
// and Settings still explains it.
func TestTeamStoreNoticeIsNotARedBannerEveryLaunch(t *testing.T) {
	sc := testScenario("late-gift", "The anniversary gift that arrived late", 2, "late-delivery")
	deps := fakeDeps(sc)
	deps.StoreNotice = "The team store postgres://lead@db/turnaround cannot be reached; sessions are kept on this computer."
	h := newPracticeHarness(t, deps)
	if got := h.p.banner.text(); got != deps.StoreNotice || h.p.banner.label.Importance != widget.WarningImportance {
		t.Fatalf("Practice shows %q at importance %v, want the notice in amber", got, h.p.banner.label.Importance)
	}
	closeBtn := findIconButton(h.p.banner.content)
	test.Tap(closeBtn)
	if y := h.p.root.Position().Y; y != 0 {
		t.Errorf("after closing the notice the picker starts at y %.0f, want 0", y)
	}
	again := NewPractice(deps, h.win, fyne.CurrentApp().Preferences())
	if got := again.banner.text(); got != "" {
		t.Errorf("the next launch shows %q again", got)
	}
	if s := NewSettings(fyne.CurrentApp(), deps); !hasLabel(s.Content(), deps.StoreNotice) {
		t.Error("Settings does not explain the team store")
	}
}

func findIconButton(o fyne.CanvasObject) *widget.Button {
	for _, c := range test.LaidOutObjects(o) {
		if b, ok := c.(*widget.Button); ok && b.Text == "" {
			return b
		}
	}
	return nil
}
