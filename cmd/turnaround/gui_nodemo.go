//go:build !demo

package main

import (
	"io"

	"fyne.io/fyne/v2"

	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/ui"
)

// demoDriver is the screenshot and performance driver. The product binary is
// built without it: every hook here does nothing, and the history is the
// user's own. gui_demo.go is the real driver, built with -tags demo.
type demoDriver struct{}

func (demoDriver) active() bool { return false }

func readDemo() demoDriver                             { return demoDriver{} }
func (demoDriver) prepare(fyne.Preferences)            {}
func (demoDriver) resize(fyne.Window)                  {}
func (demoDriver) drive(*ui.Shell, io.Writer)          {}
func (demoDriver) seed(history.Store, ui.Grader) error { return nil }

func (demoDriver) openHistory(p fyne.Preferences) historyStores { return openHistory(p) }
