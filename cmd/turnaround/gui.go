package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/turnaround-app/turnaround"
	"github.com/turnaround-app/turnaround/assets"
	_ "github.com/turnaround-app/turnaround/cmd/turnaround/internal/locale" // before Fyne reads the locale
	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring/calibrate"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/ui"
)

// runGUI opens the desktop app: one window with the Practice, Author, Review and
// Settings screens, wired to the real scenario library, simulator and history.
func runGUI(e env, args []string) int {
	tuneGC()
	about, err := turnaround.AppInfo()
	if err != nil {
		fmt.Fprintln(e.stderr, "turnaround: "+err.Error())
		return exitInvalid
	}
	setAsideBrokenPrefs(fynePrefsDir(about.Details.ID), e.stderr)
	a := app.NewWithID(about.Details.ID)
	a.SetIcon(assets.Icon)
	demo := readDemo()
	demo.prepare(a.Preferences())
	ui.ApplyTheme(a)
	w := a.NewWindow(about.Details.Name)
	w.SetIcon(assets.Icon)
	ui.RestoreWindow(w, a.Preferences())

	deps, closeStore := guiDeps(a.Preferences(), demo)
	defer closeStore()
	deps.Version = about.VersionText()
	shell := ui.NewShell(a, w, deps)
	w.SetContent(shell.Content())
	demo.resize(w)
	a.Lifecycle().SetOnStarted(func() {
		go settleMemory()
		askTeamPassword(w, deps)
		demo.drive(shell, e.stderr)
	})
	w.SetMaster()
	w.ShowAndRun()
	return exitOK
}

// guiDeps builds the screens' dependencies from the real packages.
func guiDeps(p fyne.Preferences, demo demoDriver) (ui.Deps, func()) {
	deps := ui.Deps{
		Scenarios: loadScenarios,
		Lint:      lintText,
		UserDir:   scenarios.UserDir,
		LLM:       llmAdapter{},
		Calibrate: calibrateLabels,
	}
	stores := demo.openHistory(p)
	if url := p.String(ui.PrefStoreURL); url != "" && stores.warning == nil && !demo.active() {
		// DESIGN.md: without the team store the app says so and stays on SQLite.
		// The notice is not an error in this session's work, so Practice shows
		// it as a warning that stays closed once closed.
		team, notice := openTeamHistory(url, stores.record)
		if notice != nil {
			deps.StoreNotice = notice.Error()
		}
		stores = historyStores{read: team, record: team}
	}
	deps.History = &historyAdapter{s: stores.read}
	deps.Assignments = assignmentsFor(stores.read)
	deps.HistoryStatus = teamStatus(stores.read)
	if stores.warning != nil {
		deps.HistoryWarning = stores.warning.Error()
	}
	deps.Suggest = suggester(stores.read)
	deps.DefaultTrainee = osUserName()
	wireSimulator(&deps, p, desktopRecorder{store: stores.record, now: timeNow,
		trainee: func() string { return ui.TraineeName(p) }})
	if err := demo.seed(stores.record, deps.Grader); err != nil {
		deps.HistoryWarning = "Demo history could not be seeded: " + err.Error()
	}
	return deps, stores.close
}

// calibrateLabels is Review's calibration: the path `turnaround calibrate`
// takes, with its defaults (scale detected, three disagreements a dimension).
func calibrateLabels(path string) (calibrate.Result, error) {
	return calibrate.Run(path, calibrate.Options{Top: calibrate.DefaultTop, Library: userLibrary()})
}

// historyStores are the desktop app's two views of its history: the store
// Review reads and the store sessions are recorded in. They are one file
// unless that file is read-only: then Review reads it where it is, and
// sessions played meanwhile are kept in memory only, with a warning.
type historyStores struct {
	read, record history.Store
	warning      error
}

func (h historyStores) close() {
	h.record.Close()
	if h.read != h.record {
		h.read.Close()
	}
}

// openHistory opens the history database from Settings or the default path; on
// failure the app runs on an in-memory store and says why.
func openHistory(p fyne.Preferences) historyStores {
	path := p.String(ui.PrefDBPath)
	if path == "" {
		d, err := history.DefaultPath()
		if err != nil {
			return openHistoryAt("")
		}
		path = d
	}
	return openHistoryAt(path)
}

// openHistoryAt opens the history file at path for Review and for recording.
// The file is read through once, as play does, so sessions are not recorded
// into a file damaged in the middle that no list could show again.
func openHistoryAt(path string) historyStores {
	s, err := history.Open(path)
	if err == nil {
		if err = s.Check(context.Background()); err == nil {
			return historyStores{read: s, record: s}
		}
		s.Close()
		mem, memErr := history.OpenMemory()
		if memErr != nil {
			return historyStores{read: mem, record: mem, warning: errors.Join(err, memErr)}
		}
		return historyStores{read: mem, record: mem, warning: fmt.Errorf("%w; this session's history will not be kept", err)}
	}
	if errors.Is(err, history.ErrReadOnly) {
		if ro, roErr := history.OpenReadOnly(path); roErr == nil {
			if mem, memErr := history.OpenMemory(); memErr == nil {
				return historyStores{read: ro, record: mem,
					warning: fmt.Errorf("%w; Review shows it, but sessions played now will not be kept", err)}
			}
			ro.Close()
		}
	}
	fallback, warning := history.OpenOrFallback(path)
	return historyStores{read: fallback, record: fallback, warning: warning}
}

func loadScenarios() ([]*scenarios.Scenario, error) {
	dir, err := scenarios.UserDir()
	if err != nil {
		dir = ""
	}
	lib, diags := scenarios.LoadLibrary(dir)
	if len(diags) > 0 {
		return lib.All(), fmt.Errorf("%d problem(s) in scenario files, first: %s", len(diags), diags[0])
	}
	return lib.All(), nil
}

func lintText(path string, data []byte) (*scenarios.Scenario, []scenarios.Diagnostic) {
	sc, diags := scenarios.Parse(path, data)
	return sc, diags
}

// tuneGC trades a little CPU for memory: the app's live heap is small and mostly
// fonts, so collecting at 50% growth instead of 100% keeps the resident size
// down. An explicit GOGC from the user wins.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
}

// settleMemory hands the start-up garbage (parsed fonts, the library, the
// rubric's tables) back to the system once the window is up.
func settleMemory() {
	time.Sleep(2 * time.Second)
	debug.FreeOSMemory()
}
