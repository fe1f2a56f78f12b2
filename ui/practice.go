package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// Practice is the screen where a trainee picks a scenario, holds the conversation
// and reads the report. It moves between three views in one place.
type Practice struct {
	deps    Deps
	win     fyne.Window
	prefs   fyne.Preferences
	root    *fyne.Container
	content *fyne.Container
	picker  *picker
	session *sessionView
	banner  *banner
	// controls are the mode choice and the suggested next scenario.
	controls *practiceControls
	// reportShown is true while a session's report is the view on screen.
	reportShown bool
	// onIdle, when set, runs on the UI thread after each customer reply is shown
	// and after a report is shown; tests and benchmarks wait on it.
	onIdle func()
}

// NewPractice builds the Practice screen. prefs remembers the last scenario.
func NewPractice(deps Deps, win fyne.Window, prefs fyne.Preferences) *Practice {
	p := &Practice{deps: deps, win: win, prefs: prefs, root: container.NewStack(), banner: newBanner()}
	p.picker = newPicker(p.loadScenarios(), p.Start, func(sc *scenarios.Scenario) {
		if prefs.String(PrefLastScenario) != sc.ID {
			prefs.SetString(PrefLastScenario, sc.ID)
		}
	})
	p.picker.selectID(prefs.String(PrefLastScenario))
	p.addPracticeControls()
	p.showPicker()
	p.content = p.banner.in(container.NewBorder(p.topStrip(), nil, nil, nil, p.root))
	switch {
	case deps.HistoryWarning != "":
		p.banner.warn(deps.HistoryWarning)
	case deps.StoreNotice != "" && prefs.String(PrefClosedNotice) != deps.StoreNotice:
		// Said once, in amber: sessions are still kept on this computer. Once
		// closed it stays closed until the notice changes; Settings and Review
		// keep saying it.
		p.banner.warn(deps.StoreNotice)
		p.banner.onClose = func() { prefs.SetString(PrefClosedNotice, deps.StoreNotice) }
	}
	p.watchHistory()
	return p
}

// loadScenarios reads the library; a broken user file is named in the banner and
// left out, the rest stay playable.
func (p *Practice) loadScenarios() []*scenarios.Scenario {
	if p.deps.Scenarios == nil {
		return nil
	}
	all, err := p.deps.Scenarios()
	if err != nil {
		p.banner.show("Some scenarios could not be loaded: " + err.Error())
	}
	return all
}

// ReloadScenarios reads the library again, after a trainer saved a scenario.
func (p *Practice) ReloadScenarios() {
	p.banner.hide()
	p.picker.setAll(p.loadScenarios())
}

// Content is the screen's root object.
func (p *Practice) Content() fyne.CanvasObject { return p.content }

func (p *Practice) show(o fyne.CanvasObject) {
	p.reportShown = false
	p.root.Objects = []fyne.CanvasObject{o}
	p.root.Refresh()
}

func (p *Practice) showPicker() { p.show(p.picker.content) }

// Start begins a conversation on sc with the configured voice.
func (p *Practice) Start(sc *scenarios.Scenario) {
	if p.deps.Start == nil {
		p.banner.show("Practice is not available: no simulator is configured.")
		return
	}
	var v *sessionView
	conv, err := p.deps.Start(sc, func(piece string) {
		if v != nil {
			v.streamToken(piece)
		}
	})
	if err != nil {
		p.banner.show("Could not start " + sc.Title + ": " + err.Error())
		return
	}
	v = p.run(sc, conv)
}

// Resume continues a conversation rebuilt from stored turns (Deps.Resume
// records it for the stored session's trainee). The new record keeps the
// stored session's mode and the hints already shown, whichever mode is ticked now.
func (p *Practice) Resume(sc *scenarios.Scenario, conv Conversation, from StoredSession) {
	v := p.runAs(sc, conv, from.Practice)
	for _, h := range from.Hints {
		v.recordCoaching(func(ctx context.Context) error { return conv.AddHint(ctx, h) })
	}
}

func (p *Practice) run(sc *scenarios.Scenario, conv Conversation) *sessionView {
	return p.runAs(sc, conv, p.practiceMode())
}

// runAs starts the session view, in practice mode or not.
func (p *Practice) runAs(sc *scenarios.Scenario, conv Conversation, practice bool) *sessionView {
	p.banner.hide()
	if p.session != nil {
		p.session.stop()
	}
	v := newSessionView(sc, conv, p.deps)
	if v.coach.practice = practice; v.coach.practice {
		v.recordCoaching(conv.MarkPractice)
	}
	v.onIdle = p.idle
	v.onFinished = p.score
	p.session = v
	p.show(v.content)
	v.begin(p.win)
	return v
}

func (p *Practice) trainee() string { return TraineeName(p.prefs) }

// TraineeName is the name sessions are recorded under: the one set in
// Settings, or "Trainee"; "" without preferences.
func TraineeName(prefs fyne.Preferences) string {
	if prefs == nil {
		return ""
	}
	return prefs.StringWithFallback(PrefTrainee, "Trainee")
}

func (p *Practice) idle() {
	if p.onIdle != nil {
		p.onIdle()
	}
}

// score grades the finished session off the UI thread, has the conversation
// record the ending and report, then shows the report. The chat stays visible
// with a spinner while that happens.
func (p *Practice) score(v *sessionView) {
	v.setBusy(true)
	t := v.conv.Transcript()
	go func() {
		rep, err := p.grade(t, v.sc)
		var first, best *scoring.Report
		_ = v.conv.Finish(context.Background(), rep) // HistoryProblem says what went wrong
		problem := v.conv.HistoryProblem()
		if rep != nil && p.deps.History != nil {
			first, best, _ = p.deps.History.FirstVsBest(context.Background(), p.trainee(), v.sc.ID)
		}
		do(func() {
			v.setBusy(false)
			if err != nil {
				v.banner.show("The session could not be scored: " + err.Error())
				return
			}
			p.showReport(v, *rep, t, first, best)
			if problem != "" {
				p.banner.show(problem)
			}
		})
	}()
}

func (p *Practice) grade(t scoring.Transcript, sc *scenarios.Scenario) (*scoring.Report, error) {
	if p.deps.Grader == nil {
		return nil, errNoGrader
	}
	rep, err := p.deps.Grader.Score(t, sc)
	if err != nil {
		return nil, err
	}
	return &rep, nil
}

func (p *Practice) showReport(v *sessionView, rep scoring.Report, t scoring.Transcript, first, best *scoring.Report) {
	act := reportActions{
		again: func() { p.Start(v.sc) },
		next: func() {
			if p.deps.Suggest != nil {
				p.SuggestNext()
				return
			}
			if n := p.picker.next(v.sc); n != nil {
				p.picker.selectID(n.ID)
				p.Start(n)
			}
		},
		back: p.showPicker,
	}
	if v.coach.practice {
		act.retry = func(turn int) { p.retry(v, turn) }
	}
	report := newReportView(v.sc, rep, t, p.deps, first, best, act, p.win)
	if vs, ok := v.conv.(VoiceSummarizer); ok && vs.VoiceSummary() != "" {
		// Where the customer's words came from: the score does not depend on it.
		report = container.NewBorder(container.NewPadded(caption(vs.VoiceSummary())), nil, nil, nil, report)
	}
	p.show(report)
	p.reportShown = true
	p.idle()
}

// retry forks the finished conversation so the trainee takes turn again.
func (p *Practice) retry(v *sessionView, turn int) {
	conv, err := v.conv.Fork(turn)
	if err != nil {
		p.banner.show("Could not retry from that turn: " + err.Error())
		return
	}
	p.run(v.sc, conv)
}

var errNoGrader = errors.New("no grader is configured")

// send submits text and/or an action in the running session as if the trainee had
// typed it; demo and performance hooks drive the real screen through it.
func (p *Practice) send(text string, a *scoring.Action) {
	if p.session != nil {
		p.session.send(text, a)
	}
}

// end ends the running session as the End session button does.
func (p *Practice) end() {
	if p.session != nil {
		p.session.quit()
	}
}

// scenario returns the scenario the picker lists with id, or nil.
func (p *Practice) scenario(id string) *scenarios.Scenario {
	for _, sc := range p.picker.all {
		if sc.ID == id {
			return sc
		}
	}
	return nil
}

// themeChanged repaints the views that are not on screen, so the picker and a
// session left behind show the new theme when they come back.
func (p *Practice) themeChanged() {
	p.picker.content.Refresh()
	if p.session != nil {
		p.session.content.Refresh()
	}
	p.root.Refresh()
	p.banner.content.Refresh()
}
