//go:build demo

package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/ui"
)

// demoDriver drives the real binary for screenshots and performance runs. It is
// built only with -tags demo (make screenshots, .ci/gui-perf) and reads seven
// environment variables:
//
//	TURNAROUND_DEMO=1             in-memory history seeded with demo sessions
//	TURNAROUND_SCREEN=NAME        practice, author, review, settings, or the
//	                              demo states picker, report, playtest, trainee,
//	                              calibrate
//	TURNAROUND_LABELS=PATH        the labels file calibrate opens (default
//	                              testdata/calibrate/example.csv, from the repository root)
//	TURNAROUND_SIZE=1280x800      window size, overriding the remembered one
//	TURNAROUND_THEME=light|dark   theme, as if chosen in Settings
//	TURNAROUND_SCALE=1.3          text size, as if chosen in Settings
//	TURNAROUND_DEMO_TURNS=N       play N trainee turns in one session
//
// When the asked-for state is on screen it prints "turnaround: screen ready:
// NAME" to stderr (or "turnaround: N turns played; …"), so a script waits for
// that line instead of sleeping.
type demoDriver struct {
	on     bool
	screen string
	size   fyne.Size
	theme  string
	scale  float64
	turns  int
	labels string
}

func readDemo() demoDriver {
	d := demoDriver{on: os.Getenv("TURNAROUND_DEMO") != "", screen: os.Getenv("TURNAROUND_SCREEN"),
		theme: os.Getenv("TURNAROUND_THEME")}
	d.turns, _ = strconv.Atoi(os.Getenv("TURNAROUND_DEMO_TURNS"))
	d.labels = cmp.Or(os.Getenv("TURNAROUND_LABELS"), "testdata/calibrate/example.csv")
	d.scale, _ = strconv.ParseFloat(os.Getenv("TURNAROUND_SCALE"), 32)
	if w, h, ok := strings.Cut(os.Getenv("TURNAROUND_SIZE"), "x"); ok {
		wf, err1 := strconv.ParseFloat(w, 32)
		hf, err2 := strconv.ParseFloat(h, 32)
		if err1 == nil && err2 == nil {
			d.size = fyne.NewSize(float32(wf), float32(hf))
		}
	}
	return d
}

// active reports whether the demo history is in use.
func (d demoDriver) active() bool { return d.on }

// prepare stores the theme and text size before the app applies them, and
// practises as the first demo trainee, so the first-launch question does not
// cover the screens the driver shows.
func (d demoDriver) prepare(p fyne.Preferences) {
	if d.on && p.String(ui.PrefTrainee) == "" {
		p.SetString(ui.PrefTrainee, demoTrainees[0])
	}
	if d.theme != "" {
		p.SetString(ui.PrefTheme, d.theme)
	}
	if d.scale > 0 {
		p.SetFloat(ui.PrefTextScale, d.scale)
	}
}

func (d demoDriver) resize(w fyne.Window) {
	if !d.size.IsZero() {
		w.Resize(d.size)
	}
}

// drive brings the screens to the asked-for state once the window shows.
func (d demoDriver) drive(shell *ui.Shell, log io.Writer) {
	if d.screen == "" && d.turns == 0 {
		return
	}
	shell.RunDemo(ui.DemoScript{Screen: d.screen, Trainee: demoTrainees[0],
		Scenario: "late-delivery-anniversary", Turns: d.turns, Labels: d.labels,
		Ready: func(line string) { fmt.Fprintln(log, "turnaround: "+line) }})
}

// openHistory uses an in-memory store in demo mode, so a demo never touches a
// user's history.
func (d demoDriver) openHistory(p fyne.Preferences) historyStores {
	if !d.on {
		return openHistory(p)
	}
	s, err := history.OpenMemory()
	if err != nil {
		f, warning := history.OpenOrFallback("")
		return historyStores{read: f, record: f, warning: warning}
	}
	return historyStores{read: s, record: s}
}

// seed fills the demo history with played and scored sessions.
func (d demoDriver) seed(s history.Store, g ui.Grader) error {
	if !d.on {
		return nil
	}
	lib, _ := loadScenarios()
	if len(lib) == 0 {
		return nil
	}
	return seedDemo(s, g, lib)
}
