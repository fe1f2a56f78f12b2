package ui

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// AssignmentStore is the team store's assignments as the screens use them.
// Deps.Assignments is nil when no team store is configured: then Practice shows
// no "Assigned to you" card and Review no Assignments button.
type AssignmentStore interface {
	// AssignedTo lists trainee's assignments (their own and everyone's), open first.
	AssignedTo(ctx context.Context, trainee string) ([]AssignmentInfo, error)
	// Assignments lists every assignment with its completion counts.
	Assignments(ctx context.Context) ([]AssignmentInfo, error)
	// Assign records a new assignment; only a lead's login may.
	Assign(ctx context.Context, a AssignmentInfo) error
	// Unassign removes one; only a lead's login may.
	Unassign(ctx context.Context, id string) error
}

// AssignmentInfo is one assignment.
type AssignmentInfo struct {
	ID       string
	Scenario string
	// Trainee is "" for everyone.
	Trainee string
	// Due is zero without a due date; PassMark 0 means any scored session.
	Due      time.Time
	PassMark int
	// For a lead: how many trainees it names, have completed and have passed it.
	Assigned, Completed, Passed int
	// For a trainee: passed (or completed) already, and the best total so far (-1: none).
	Done bool
	Best int
}

const assignmentTimeout = 10 * time.Second

// dueText is how a due date reads in both screens.
func dueText(due time.Time) string {
	if due.IsZero() {
		return "no due date"
	}
	return "due " + due.Local().Format("Mon 2 Jan")
}

// topStrip is what sits above Practice: the banner, and the "Assigned to you"
// card when a team store is configured.
func (p *Practice) topStrip() fyne.CanvasObject {
	if p.deps.Assignments == nil {
		return p.banner.content
	}
	return container.NewVBox(p.banner.content, p.assignedToYou().content)
}

// assignedCard is the "Assigned to you" strip at the top of Practice.
type assignedCard struct {
	store   AssignmentStore
	trainee func() string
	start   func(scenarioID string)
	titles  map[string]string // scenario id → title, for the ones this library has
	rows    *fyne.Container
	content *fyne.Container
}

// assignedToYou builds the card for p; nil store gives an empty, hidden card.
func (p *Practice) assignedToYou() *assignedCard {
	c := &assignedCard{store: p.deps.Assignments, trainee: p.trainee, start: p.startID, rows: container.NewVBox(),
		titles: map[string]string{}}
	if p.deps.Scenarios != nil {
		all, _ := p.deps.Scenarios()
		for _, sc := range all {
			c.titles[sc.ID] = sc.Title
		}
	}
	title := widget.NewLabelWithStyle("Assigned to you", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.content = container.NewVBox(title, c.rows)
	c.content.Hide()
	if c.store != nil {
		go func() {
			list, err := c.fetch()
			do(func() { c.show(list, err) })
		}()
	}
	return c
}

func (c *assignedCard) fetch() ([]AssignmentInfo, error) {
	ctx, cancel := context.WithTimeout(context.Background(), assignmentTimeout)
	defer cancel()
	return c.store.AssignedTo(ctx, c.trainee())
}

// show lists the open assignments; the card stays hidden when there are none
// or when they cannot be read (the history banner already says why).
func (c *assignedCard) show(list []AssignmentInfo, err error) {
	c.rows.RemoveAll()
	for _, a := range list {
		if a.Done {
			continue
		}
		text := cmp.Or(c.titles[a.Scenario], a.Scenario) + " · " + dueText(a.Due)
		if a.PassMark > 0 {
			text += fmt.Sprintf(" · pass mark %d", a.PassMark)
		}
		if a.Best >= 0 {
			text += fmt.Sprintf(" · your best so far %d", a.Best)
		}
		id := a.Scenario
		go1 := widget.NewButtonWithIcon("Practise", theme.MediaPlayIcon(), func() { c.start(id) })
		c.rows.Add(container.NewBorder(nil, nil, nil, go1, widget.NewLabel(text)))
	}
	if err != nil || len(c.rows.Objects) == 0 {
		c.content.Hide()
		return
	}
	c.content.Show()
}

// startID starts the scenario with id, if the library has it.
func (p *Practice) startID(id string) {
	for _, sc := range p.loadScenarios() {
		if sc.ID == id {
			p.picker.selectID(id)
			p.Start(sc)
			return
		}
	}
	p.banner.show("The assigned scenario " + id + " is not in this computer's library.")
}

// assignButton opens the lead's assignment manager; nil store gives a hidden button.
func (r *Review) assignButton() fyne.CanvasObject {
	b := widget.NewButtonWithIcon("Assignments", theme.DocumentCreateIcon(), func() {
		m := newAssignManager(r.deps.Assignments, r.scenarioIDs(), r.traineeNames())
		d := dialog.NewCustom("Assignments", "Close", m.content, r.win)
		d.Resize(fyne.NewSize(640, 480))
		d.Show()
		m.reload()
	})
	if r.deps.Assignments == nil {
		b.Hide()
	}
	return b
}

func (r *Review) scenarioIDs() []string {
	var ids []string
	if r.deps.Scenarios != nil {
		all, _ := r.deps.Scenarios()
		for _, sc := range all {
			ids = append(ids, sc.ID)
		}
	}
	return ids
}

func (r *Review) traineeNames() []string {
	names := []string{everyoneOption}
	for _, t := range r.trainees {
		names = append(names, t.Name)
	}
	return names
}

const everyoneOption = "Everyone"

// assignManager lists assignments with completion and pass rate, and assigns new ones.
type assignManager struct {
	store    AssignmentStore
	list     *fyne.Container
	scroll   *container.Scroll
	status   *widget.Label
	scenario *widget.SelectEntry
	trainee  *widget.SelectEntry
	due      *widget.Entry
	passMark *widget.Entry
	content  fyne.CanvasObject
}

func newAssignManager(store AssignmentStore, scenarioIDs, trainees []string) *assignManager {
	m := &assignManager{store: store, list: container.NewVBox(), status: widget.NewLabel("")}
	m.status.Wrapping = fyne.TextWrapWord
	m.scenario = widget.NewSelectEntry(scenarioIDs)
	m.scenario.SetPlaceHolder("scenario id")
	m.trainee = widget.NewSelectEntry(trainees)
	m.trainee.SetText(everyoneOption)
	m.due = widget.NewEntry()
	m.due.SetPlaceHolder("YYYY-MM-DD (optional)")
	m.passMark = widget.NewEntry()
	m.passMark.SetPlaceHolder("1-100 (optional)")
	form := widget.NewForm(widget.NewFormItem("Scenario", m.scenario), widget.NewFormItem("Trainee", m.trainee),
		widget.NewFormItem("Due", m.due), widget.NewFormItem("Pass mark", m.passMark))
	assign := widget.NewButtonWithIcon("Assign", theme.ContentAddIcon(), m.submit)
	assign.Importance = widget.HighImportance
	m.scroll = container.NewVScroll(m.list)
	m.content = container.NewBorder(container.NewVBox(form, container.NewHBox(assign), m.status), nil, nil, nil, m.scroll)
	return m
}

// parse reads the form; errors name the field.
func (m *assignManager) parse() (AssignmentInfo, error) {
	a := AssignmentInfo{Scenario: strings.TrimSpace(m.scenario.Text), Trainee: strings.TrimSpace(m.trainee.Text)}
	if a.Scenario == "" {
		return a, errors.New("choose a scenario to assign")
	}
	if a.Trainee == everyoneOption {
		a.Trainee = ""
	}
	if d := strings.TrimSpace(m.due.Text); d != "" {
		t, err := time.ParseInLocation("2006-01-02", d, time.Local)
		if err != nil {
			return a, fmt.Errorf("due date %q is not a date like 2026-03-31", d)
		}
		a.Due = t.AddDate(0, 0, 1).Add(-time.Second) // the end of that day
	}
	if p := strings.TrimSpace(m.passMark.Text); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 100 {
			return a, fmt.Errorf("pass mark %q is not a whole number from 1 to 100", p)
		}
		a.PassMark = n
	}
	return a, nil
}

func (m *assignManager) submit() {
	a, err := m.parse()
	if err != nil {
		m.status.SetText(err.Error())
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), assignmentTimeout)
		defer cancel()
		err := m.store.Assign(ctx, a)
		do(func() {
			if err != nil {
				m.status.SetText("Could not assign: " + err.Error())
				return
			}
			m.status.SetText("Assigned " + a.Scenario + " to " + orEveryone(a.Trainee) + ".")
			m.reload()
		})
	}()
}

func (m *assignManager) reload() {
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), assignmentTimeout)
		defer cancel()
		list, err := m.store.Assignments(ctx)
		do(func() { m.show(list, err) })
	}()
}

func (m *assignManager) show(list []AssignmentInfo, err error) {
	m.list.RemoveAll()
	if err != nil {
		m.status.SetText("Could not read assignments: " + err.Error())
		return
	}
	if len(list) == 0 {
		m.list.Add(widget.NewLabel("No assignments yet."))
	}
	for _, a := range list {
		id := a.ID
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { m.remove(id) })
		remove.Importance = widget.LowImportance
		m.list.Add(container.NewBorder(nil, nil, nil, remove, widget.NewLabel(progressText(a))))
	}
	// The scroll sizes its content only when refreshed itself.
	m.scroll.Refresh()
}

func (m *assignManager) remove(id string) {
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), assignmentTimeout)
		defer cancel()
		err := m.store.Unassign(ctx, id)
		do(func() {
			if err != nil {
				m.status.SetText("Could not remove: " + err.Error())
				return
			}
			m.reload()
		})
	}()
}

// progressText is one assignment's line in Review: who, when, completion and pass rate.
func progressText(a AssignmentInfo) string {
	text := fmt.Sprintf("%s → %s · %s · %d of %d completed", a.Scenario, orEveryone(a.Trainee), dueText(a.Due), a.Completed, a.Assigned)
	if a.PassMark > 0 && a.Assigned > 0 {
		text += fmt.Sprintf(" · %d passed (%d%%) at %d", a.Passed, a.Passed*100/a.Assigned, a.PassMark)
	}
	return text
}

func orEveryone(trainee string) string {
	if trainee == "" {
		return "everyone"
	}
	return trainee
}
