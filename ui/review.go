package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// teamRow is the first row of the trainee list: the whole team's view.
const teamRow = "Whole team"

// Review shows score history: every trainee's latest total, trend and weakest
// dimension; per-trainee charts and sessions; the team's per-scenario averages
// and most-lost rules; and export to CSV or JSON.
type Review struct {
	deps     Deps
	win      fyne.Window
	trainees []TraineeSummary
	list     *widget.List
	detail   *fyne.Container
	status   *widget.Label
	progress *widget.ProgressBar
	busy     spinner
	content  fyne.CanvasObject
	lookup   func(id string) *scenarios.Scenario
	current  widget.ListItemID // the selected row, kept across reloads
	// scope is which sessions the summaries count; the practice switch sets it.
	scope ReviewScope
	// calibration is the last calibration drawn, for tests to read;
	// calibrateBtn is disabled while one runs.
	calibration  fyne.CanvasObject
	calibrateBtn *widget.Button
	// onLoaded, when set, runs on the UI thread after the trainee list, a
	// detail view or a calibration has loaded; tests wait on it.
	onLoaded func()
}

// NewReview builds the Review screen; lookup finds a scenario by id for transcripts.
func NewReview(deps Deps, win fyne.Window, lookup func(id string) *scenarios.Scenario) *Review {
	r := &Review{deps: deps, win: win, lookup: lookup}
	r.list = widget.NewList(func() int { return len(r.trainees) + 1 }, r.newRow, r.updateRow)
	r.list.OnSelected = r.selected
	r.detail = container.NewStack()
	r.status = widget.NewLabel("")
	r.status.Wrapping = fyne.TextWrapWord // a team-store warning is one long sentence
	r.progress = widget.NewProgressBar()
	r.progress.Hide()
	r.busy = newSpinner()
	r.content = r.layout()
	return r
}

// Content is the screen's root object.
func (r *Review) Content() fyne.CanvasObject { return r.content }

func (r *Review) layout() fyne.CanvasObject {
	csv := widget.NewButtonWithIcon("Export CSV", theme.DocumentSaveIcon(), func() { r.export("csv") })
	js := widget.NewButtonWithIcon("Export JSON", theme.DocumentSaveIcon(), func() { r.export("json") })
	refresh := widget.NewButtonWithIcon("", theme.ViewRefreshIcon(), r.Reload)
	top := container.NewBorder(nil, container.NewVBox(r.status, r.progress), heading("Review"),
		container.NewHBox(r.busy.Activity, r.practiceSwitch(), refresh, r.assignButton(), r.calibrateButton(), csv, js))
	// The list keeps room for a name, "latest 100" and the trend arrow.
	split := container.NewHSplit(sized(r.list, 250, 0), container.NewPadded(r.detail))
	split.Offset = 0.28
	return container.NewBorder(container.NewPadded(top), nil, nil, nil, split)
}

// practiceSwitch counts practice sessions in the summaries, or not (the
// default), and reloads them.
func (r *Review) practiceSwitch() *widget.Check {
	return widget.NewCheck("Include practice sessions", func(on bool) {
		r.scope.IncludePractice = on
		r.Reload()
	})
}

func (r *Review) newRow() fyne.CanvasObject {
	name := widget.NewLabel("")
	name.TextStyle = fyne.TextStyle{Bold: true}
	name.Truncation = fyne.TextTruncateEllipsis
	latest := widget.NewLabel("")
	trend := widget.NewIcon(nil)
	small := func() *widget.Label {
		l := widget.NewLabel("")
		l.SizeName = theme.SizeNameCaptionText
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	return container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(latest, trend), name),
		small(), small())
}

func (r *Review) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	top, meta, detail := box.Objects[0].(*fyne.Container), box.Objects[1].(*widget.Label), box.Objects[2].(*widget.Label)
	name, right := top.Objects[0].(*widget.Label), top.Objects[1].(*fyne.Container)
	latest, trend := right.Objects[0].(*widget.Label), right.Objects[1].(*widget.Icon)
	if i == 0 {
		name.SetText(teamRow)
		latest.SetText("")
		trend.SetResource(nil)
		meta.SetText(plural(len(r.trainees), "trainee", "trainees"))
		detail.SetText("averages and costliest rules")
		return
	}
	t := r.trainees[i-1]
	name.SetText(t.Name)
	latest.SetText(fmt.Sprintf("latest %d", t.Latest))
	trend.SetResource(trendIcon(t.Trend))
	meta.SetText(trendText(t))
	detail.SetText(fmt.Sprintf("%s · weakest: %s", plural(t.Sessions, "session", "sessions"), dimensionTitles[t.Weakest]))
}

// trendIcon draws a trainee's trend: green up, red down, nothing when level.
func trendIcon(trend int) fyne.Resource {
	switch {
	case trend > 0:
		return theme.NewSuccessThemedResource(theme.MoveUpIcon())
	case trend < 0:
		return theme.NewErrorThemedResource(theme.MoveDownIcon())
	}
	return nil
}

// trendText says which way a trainee's totals are going and by how much, so
// a lead can see what "improving" rests on.
func trendText(t TraineeSummary) string {
	if t.TrendSessions == 0 {
		return "too few sessions for a trend"
	}
	change := fmt.Sprintf("%+.0f over the last %d", t.TrendChange, t.TrendSessions)
	switch {
	case t.Trend > 0:
		return "improving, " + change
	case t.Trend < 0:
		return "slipping, " + change
	}
	return "steady, " + change
}

// Reload reads the trainee list again off the UI thread.
func (r *Review) Reload() {
	if r.deps.History == nil {
		r.status.SetText("No history store is open.")
		return
	}
	r.busy.Start()
	scope := r.scope
	go func() {
		list, err := r.deps.History.Trainees(context.Background(), scope)
		do(func() {
			r.busy.Stop()
			if err != nil {
				r.status.SetText("Could not read the history: " + err.Error())
				return
			}
			r.trainees = list
			r.status.SetText(r.summary())
			r.list.Refresh()
			if r.current > len(list) {
				r.current = 0
			}
			r.list.UnselectAll() // so Select loads the detail again
			r.list.Select(r.current)
			r.loaded()
		})
	}()
}

func (r *Review) summary() string {
	if w := r.deps.HistoryWarning + r.deps.StoreNotice; w != "" {
		return w
	}
	if len(r.trainees) == 0 && !r.scope.IncludePractice {
		return "No scored assessment sessions yet. Tick \"Include practice sessions\" to count practice too."
	}
	if len(r.trainees) == 0 {
		return "No scored sessions yet. Finish a practice session to see it here."
	}
	return plural(len(r.trainees), "trainee", "trainees") + ". Select one to see their progress and sessions."
}

func (r *Review) loaded() {
	if r.onLoaded != nil {
		r.onLoaded()
	}
}

// showTrainee selects a trainee by name once the list has them; false when
// the list has no such trainee.
func (r *Review) showTrainee(name string) bool {
	for i, t := range r.trainees {
		if t.Name == name {
			r.list.Select(i + 1)
			return true
		}
	}
	return false
}

func (r *Review) selected(i widget.ListItemID) {
	r.current = i
	if i == 0 {
		r.loadTeam()
		return
	}
	if i-1 < len(r.trainees) {
		r.loadTrainee(r.trainees[i-1].Name)
	}
}

func (r *Review) showDetail(o fyne.CanvasObject) {
	r.detail.Objects = []fyne.CanvasObject{o}
	r.detail.Refresh()
}

// openSession shows one stored session's annotated transcript over the window.
func (r *Review) openSession(id string) {
	go func() {
		s, err := r.deps.History.Session(context.Background(), id)
		do(func() {
			if err != nil {
				r.status.SetText("Could not open the session: " + err.Error())
				return
			}
			r.showSession(s)
		})
	}()
}

func (r *Review) showSession(s StoredSession) {
	sc := r.lookup(s.Scenario)
	if sc == nil {
		sc = &scenarios.Scenario{ID: s.Scenario, Title: s.Scenario, Customer: scenarios.Customer{Name: "Customer"}}
	}
	rep := scoring.Report{}
	if s.Report != nil {
		rep = *s.Report
	}
	body := annotatedTranscript(sc, s.Transcript, rep, func(rule string) { showRule(rule, r.deps.Grader, r.win) }, nil)
	title := fmt.Sprintf("%s · %s · %s · total %d%s", s.Trainee, sc.Title, s.Started.Format("2 Jan 15:04"), s.Total, modeNote(s.SessionInfo))
	if r.win == nil {
		return
	}
	d := dialog.NewCustom(title, "Close", sized(container.NewVScroll(body), 760, 520), r.win)
	d.Show()
}

// themeChanged redraws the charts, which are images in the old theme's colours.
func (r *Review) themeChanged() {
	if r.trainees != nil {
		r.Reload()
	}
}
