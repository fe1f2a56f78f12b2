package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/ui"
)

// Test-only hooks, read from the environment so screenshots and performance runs
// drive the real binary:
//
//	TURNAROUND_SIZE=1280x800      window size, overriding the remembered one
//	TURNAROUND_SCREEN=NAME        practice, author, review, settings, or the
//	                              demo states picker, report, playtest, trainee
//	TURNAROUND_DEMO=1             in-memory history seeded with demo sessions
//	TURNAROUND_DEMO_TURNS=N       play N trainee turns in one session, then print
//	                              "turnaround: N turns played" to stderr
type demoHooks struct {
	size   fyne.Size
	screen string
	demo   bool
	turns  int
}

func readDemoHooks() demoHooks {
	h := demoHooks{screen: os.Getenv("TURNAROUND_SCREEN"), demo: os.Getenv("TURNAROUND_DEMO") != ""}
	h.turns, _ = strconv.Atoi(os.Getenv("TURNAROUND_DEMO_TURNS"))
	if w, hh, ok := strings.Cut(os.Getenv("TURNAROUND_SIZE"), "x"); ok {
		wf, err1 := strconv.ParseFloat(w, 32)
		hf, err2 := strconv.ParseFloat(hh, 32)
		if err1 == nil && err2 == nil {
			h.size = fyne.NewSize(float32(wf), float32(hf))
		}
	}
	return h
}

// apply sizes the window and opens the requested screen; demo states that need
// a session are driven by driveDemo once the window shows.
func (h demoHooks) apply(w fyne.Window, shell *ui.Shell) {
	if !h.size.IsZero() {
		w.Resize(h.size)
	}
	switch h.screen {
	case "":
	case "picker", "practice", "report":
		shell.Show(ui.ScreenPractice)
	case "playtest":
		shell.Show(ui.ScreenAuthor)
	case "trainee":
		shell.Show(ui.ScreenReview)
	default:
		shell.Show(h.screen)
	}
}

// demoLines are what the demo trainee types, in order.
var demoLines = []string{
	"I'm so sorry, Dana. We promised Friday and it came Monday, and you had to buy another gift. That's on us.",
	"I can refund the express shipping right now, and I'll add a little for the trouble.",
	"The refund shows on your card within 3 days. I'll email you tomorrow to confirm it has landed.",
}

// drive plays the demo state the screenshot asked for once the window is up:
// "practice" stops mid-conversation, "report" plays to the end of the session.
func (h demoHooks) drive(shell *ui.Shell) {
	if h.turns > 0 {
		h.playTurns(shell.Practice)
		return
	}
	if h.screen == "playtest" {
		shell.Author.PlayTest()
		return
	}
	if h.screen == "trainee" {
		r := shell.Review
		r.OnLoaded = func() {
			r.OnLoaded = nil
			r.ShowTrainee(demoTrainees[0])
		}
		r.Reload()
		return
	}
	if h.screen != "practice" && h.screen != "report" {
		return
	}
	p := shell.Practice
	// Practise as a seeded trainee, so the report can compare with earlier attempts.
	fyne.CurrentApp().Preferences().SetString(ui.PrefTrainee, demoTrainees[0])
	step := 0
	stop := 1
	if h.screen == "report" {
		stop = len(demoLines) + 1
	}
	p.OnIdle = func() {
		switch {
		case step < stop && step < len(demoLines):
			line := demoLines[step]
			var act *scoring.Action
			if step == 1 {
				act = &scoring.Action{Kind: "refund", Amount: 20, Currency: "USD"}
			}
			step++
			p.Send(line, act)
		case step < stop:
			step++
			p.End()
		default:
			p.OnIdle = nil
		}
	}
	if sc := p.Scenario("late-delivery-anniversary"); sc != nil {
		p.Start(sc)
	}
}

// playTurns plays h.turns stalling turns against a copy of a built-in customer
// with patience for all of them, to measure memory after a long session.
func (h demoHooks) playTurns(p *ui.Practice) {
	base := p.Scenario("late-delivery-anniversary")
	if base == nil {
		fmt.Fprintln(os.Stderr, "turnaround: the demo scenario is missing")
		return
	}
	sc := *base
	sc.Customer.Mood.Patience = h.turns * 4
	played := 0
	var sent time.Time
	var took []time.Duration
	p.OnIdle = func() {
		if played > 0 {
			took = append(took, time.Since(sent))
		}
		if played == h.turns {
			p.OnIdle = nil
			fmt.Fprintf(os.Stderr, "turnaround: %d turns played; send to reply on screen: %s\n", played, summarise(took))
			return
		}
		played++
		sent = time.Now()
		p.Send(fmt.Sprintf("Let me check that for you, one moment (%d).", played), nil)
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
