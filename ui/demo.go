//go:build demo

package ui

import (
	"fmt"
	"sort"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// This file is the screenshot and performance driver. It is compiled only with
// -tags demo (make screenshots, .ci/gui-perf), so the product binary neither
// carries it nor exports the hooks it uses.

// DemoScript says which state the driver brings the real screens to.
type DemoScript struct {
	// Screen is practice, author, review or settings, or one of the demo
	// states picker, report, playtest, trainee and calibrate.
	Screen string
	// Labels is the labels file "calibrate" opens in Review.
	Labels string
	// Trainee practises in "practice" and "report" and is shown in "trainee".
	Trainee string
	// Scenario is the built-in scenario the driven session plays.
	Scenario string
	// Turns, when above 0, plays that many stalling turns in one session and
	// reports the send-to-reply times instead of driving Screen.
	Turns int
	// Ready is called on the UI thread once the state is on screen; its text is
	// a line for the log ("screen ready: report").
	Ready func(line string)
}

// demoLines are what the demo trainee types, in order; the second also refunds.
var demoLines = []string{
	"I'm so sorry, Dana. We promised Friday and it came Monday, and you had to buy another gift. That's on us.",
	"I can refund the express shipping right now, and I'll add a little for the trouble.",
	"The refund shows on your card within 3 days. I'll email you tomorrow to confirm it has landed.",
}

// RunDemo opens the script's screen and drives it; call it once the window shows.
func (s *Shell) RunDemo(d DemoScript) {
	ready := func() { d.Ready("screen ready: " + d.Screen) }
	if d.Turns > 0 {
		s.Show(ScreenPractice)
		s.playTurns(d)
		return
	}
	switch d.Screen {
	case "picker":
		s.Show(ScreenPractice)
		s.practice.picker.selectID(d.Scenario)
		do(ready)
	case "practice", "report":
		s.Show(ScreenPractice)
		s.driveSession(d, ready)
	case "author":
		s.Show(ScreenAuthor)
		s.author.onLinted = func() { s.author.onLinted = nil; ready() }
		s.author.lintNow()
	case "playtest":
		s.Show(ScreenAuthor)
		s.author.playTest()
		if v := s.author.playing; v != nil {
			v.onIdle = func() { v.onIdle = nil; ready() }
		}
	case "review", "trainee":
		name := ""
		if d.Screen == "trainee" {
			name = d.Trainee
		}
		s.showReview(name, ready)
	case "calibrate":
		s.showReview("", func() {
			r := s.review
			r.onLoaded = func() { r.onLoaded = nil; ready() }
			r.calibrate(d.Labels)
		})
	case "settings":
		s.Show(ScreenSettings)
		do(ready)
	default:
		s.Show(d.Screen)
		do(ready)
	}
}

// showReview opens Review and calls ready once the team view, or the named
// trainee's view after it, has loaded. Review loads the trainee list, then the
// team view it selects; each load ends with onLoaded.
func (s *Shell) showReview(trainee string, ready func()) {
	s.Show(ScreenReview)
	r := s.review
	loads := 0
	r.onLoaded = func() {
		loads++
		switch {
		case loads == 2 && trainee != "":
			r.showTrainee(trainee)
		case loads >= 2:
			r.onLoaded = nil
			ready()
		}
	}
}

// driveSession plays demoLines: "practice" stops after the first reply,
// "report" plays to the end and waits for the report.
func (s *Shell) driveSession(d DemoScript, ready func()) {
	p := s.practice
	s.app.Preferences().SetString(PrefTrainee, d.Trainee)
	step, stop := 0, 1
	if d.Screen == "report" {
		stop = len(demoLines) + 1
	}
	p.onIdle = func() {
		switch {
		case p.reportShown || (d.Screen == "practice" && step >= stop):
			p.onIdle = nil
			ready()
		case p.session != nil && p.session.done:
			// The customer settled before the last line; the report follows.
		case step < stop && step < len(demoLines):
			var act *scoring.Action
			if step == 1 {
				act = &scoring.Action{Kind: "refund", Amount: 20, Currency: "USD"}
			}
			step++
			p.send(demoLines[step-1], act)
		default:
			step++
			p.end()
		}
	}
	if sc := p.scenario(d.Scenario); sc != nil {
		p.Start(sc)
	}
}

// playTurns plays d.Turns stalling turns against a copy of the scenario whose
// customer has patience for all of them, to measure a long session.
func (s *Shell) playTurns(d DemoScript) {
	p := s.practice
	base := p.scenario(d.Scenario)
	if base == nil {
		d.Ready("the demo scenario " + d.Scenario + " is missing")
		return
	}
	sc := *base
	sc.Customer.Mood.Patience = d.Turns * 4
	played := 0
	var sent time.Time
	var took []time.Duration
	p.onIdle = func() {
		if played > 0 {
			took = append(took, time.Since(sent))
		}
		if played == d.Turns {
			p.onIdle = nil
			d.Ready(fmt.Sprintf("%d turns played; send to reply on screen: %s", played, summarise(took)))
			return
		}
		played++
		sent = time.Now()
		p.send(fmt.Sprintf("Let me check that for you, one moment (%d).", played), nil)
	}
	p.Start(&sc)
}

// summarise reports the median and 95th percentile of durations.
func summarise(d []time.Duration) string {
	if len(d) == 0 {
		return "no turns"
	}
	sorted := append([]time.Duration(nil), d...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	return fmt.Sprintf("median %s, p95 %s; first ten median %s, last ten median %s",
		sorted[len(sorted)/2], sorted[len(sorted)*95/100], median(d[:min(10, len(d))]), median(d[max(0, len(d)-10):]))
}

func median(d []time.Duration) time.Duration {
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}
