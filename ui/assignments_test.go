package ui

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// fakeAssignments keeps assignments in memory, as a lead's login would see them.
type fakeAssignments struct {
	mu       sync.Mutex
	list     []AssignmentInfo
	assigned []AssignmentInfo
	refuse   error
}

func (f *fakeAssignments) AssignedTo(_ context.Context, trainee string) ([]AssignmentInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []AssignmentInfo
	for _, a := range f.list {
		if a.Trainee == "" || a.Trainee == trainee {
			out = append(out, a)
		}
	}
	return out, nil
}

func (f *fakeAssignments) Assignments(context.Context) ([]AssignmentInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]AssignmentInfo(nil), f.list...), nil
}

func (f *fakeAssignments) Assign(_ context.Context, a AssignmentInfo) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.refuse != nil {
		return f.refuse
	}
	f.assigned = append(f.assigned, a)
	f.list = append(f.list, a)
	return nil
}

func (f *fakeAssignments) Unassign(context.Context, string) error { return nil }

func (f *fakeAssignments) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.assigned)
}

func TestPracticeShowsOpenAssignmentsAndStartsOne(t *testing.T) {
	due := time.Date(2026, 3, 9, 23, 59, 59, 0, time.Local)
	store := &fakeAssignments{list: []AssignmentInfo{
		{ID: "1", Scenario: "b", Due: due, PassMark: 70, Best: 60},
		{ID: "2", Scenario: "a", Done: true, Best: 90},
		{ID: "3", Scenario: "c", Trainee: "Someone else", Best: -1},
	}}
	deps := fakeDeps(testScenario("a", "Anniversary gift", 2, "late-delivery"), testScenario("b", "Double charge", 3, "double-charge"))
	deps.Assignments = store
	h := newPracticeHarness(t, deps)
	content := h.win.Content()
	want := "Double charge · due Mon 9 Mar · pass mark 70 · your best so far 60"
	pump(t, "the assignments showing", func() bool { return hasVisibleLabel(content, want) })
	if !hasVisibleLabel(content, "Assigned to you") {
		t.Error("no \"Assigned to you\" heading")
	}
	for _, text := range []string{"Anniversary gift · no due date", "c · no due date"} {
		if hasVisibleLabel(content, text) {
			t.Errorf("card shows %q; done and other trainees' assignments stay off it", text)
		}
	}
	test.Tap(findButton(t, content, "Practise"))
	if h.p.session == nil || h.p.session.sc.ID != "b" {
		t.Fatalf("tapping Practise did not start the assigned scenario")
	}
}

func TestPracticeWithoutATeamStoreHasNoAssignmentCard(t *testing.T) {
	h := newPracticeHarness(t, fakeDeps(testScenario("a", "Anniversary gift", 2, "late-delivery")))
	drainUI()
	if hasLabel(h.win.Content(), "Assigned to you") {
		t.Error("an \"Assigned to you\" card without a team store")
	}
}

func TestAssignManagerAssignsAndSaysWhatIsWrong(t *testing.T) {
	test.NewTempApp(t)
	store := &fakeAssignments{}
	m := newAssignManager(store, []string{"late-delivery"}, []string{everyoneOption, "Ana"})
	tests := []struct{ scenario, trainee, due, pass, status string }{
		{"", "Ana", "", "", "choose a scenario to assign"},
		{"late-delivery", "Ana", "31/03/2026", "", `due date "31/03/2026" is not a date like 2026-03-31`},
		{"late-delivery", "Ana", "", "150", `pass mark "150" is not a whole number from 1 to 100`},
	}
	for _, tt := range tests {
		m.scenario.SetText(tt.scenario)
		m.trainee.SetText(tt.trainee)
		m.due.SetText(tt.due)
		m.passMark.SetText(tt.pass)
		m.submit()
		if m.status.Text != tt.status {
			t.Errorf("status = %q; want %q", m.status.Text, tt.status)
		}
	}
	m.trainee.SetText(everyoneOption)
	m.due.SetText("2026-03-31")
	m.passMark.SetText("70")
	m.submit()
	pump(t, "the assignment", func() bool { return m.status.Text == "Assigned late-delivery to everyone." })
	want := AssignmentInfo{Scenario: "late-delivery", Due: time.Date(2026, 3, 31, 23, 59, 59, 0, time.Local), PassMark: 70}
	if store.count() != 1 || store.assigned[0] != want {
		t.Errorf("assigned %+v; want %+v", store.assigned, want)
	}
	store.refuse = errors.New("team store: this login may not do that")
	m.submit()
	pump(t, "the refusal", func() bool { return m.status.Text == "Could not assign: team store: this login may not do that" })
}

func TestProgressTextShowsCompletionAndPassRate(t *testing.T) {
	a := AssignmentInfo{Scenario: "late-delivery", Due: time.Date(2026, 3, 9, 12, 0, 0, 0, time.Local), PassMark: 70,
		Assigned: 4, Completed: 3, Passed: 1}
	if got, want := progressText(a), "late-delivery → everyone · due Mon 9 Mar · 3 of 4 completed · 1 passed (25%) at 70"; got != want {
		t.Errorf("progressText = %q; want %q", got, want)
	}
	a.Trainee, a.PassMark, a.Due = "Ana", 0, time.Time{}
	if got, want := progressText(a), "late-delivery → Ana · no due date · 3 of 4 completed"; got != want {
		t.Errorf("progressText = %q; want %q", got, want)
	}
}
