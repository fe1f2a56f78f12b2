package main

import (
	"os"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/turnaround-app/turnaround/ui"
)

// Test-only hooks, read from the environment so screenshots and performance runs
// drive the real binary:
//
//	TURNAROUND_SIZE=1280x800      window size, overriding the remembered one
//	TURNAROUND_SCREEN=NAME        practice, author, review, settings, or the
//	                              demo states picker, report
//	TURNAROUND_DEMO=1             in-memory history seeded with demo sessions
type demoHooks struct {
	size   fyne.Size
	screen string
	demo   bool
}

func readDemoHooks() demoHooks {
	h := demoHooks{screen: os.Getenv("TURNAROUND_SCREEN"), demo: os.Getenv("TURNAROUND_DEMO") != ""}
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
	default:
		shell.Show(h.screen)
	}
}
