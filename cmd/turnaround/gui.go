package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/turnaround-app/turnaround/assets"
	_ "github.com/turnaround-app/turnaround/cmd/turnaround/internal/locale" // before Fyne reads the locale
	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/ui"
)

// runGUI opens the desktop app: one window with the Practice, Author, Review and
// Settings screens, wired to the real scenario library, simulator and history.
func runGUI(e env, args []string) int {
	tuneGC()
	a := app.NewWithID("app.turnaround.desktop")
	a.SetIcon(assets.Icon)
	ui.ApplyTheme(a)
	w := a.NewWindow("Turnaround")
	w.SetIcon(assets.Icon)
	ui.RestoreWindow(w, a.Preferences())

	deps, closeStore := guiDeps(a.Preferences())
	defer closeStore()
	shell := ui.NewShell(a, w, deps)
	hooks := readDemoHooks()
	w.SetContent(shell.Content())
	hooks.apply(w, shell)
	a.Lifecycle().SetOnStarted(func() {
		go settleMemory()
		askTeamPassword(w, deps)
		if hooks.demo {
			hooks.drive(shell)
		}
	})
	w.SetMaster()
	w.ShowAndRun()
	return exitOK
}

// guiDeps builds the screens' dependencies from the real packages.
func guiDeps(p fyne.Preferences) (ui.Deps, func()) {
	deps := ui.Deps{
		Scenarios: loadScenarios,
		Lint:      lintText,
		UserDir:   scenarios.UserDir,
		LLM:       llmAdapter{},
	}
	store, warning := openHistory(p)
	if url := p.String(ui.PrefStoreURL); url != "" && warning == nil && os.Getenv("TURNAROUND_DEMO") == "" {
		// DESIGN.md: without the team store the app says so and stays on SQLite.
		store, warning = openTeamHistory(url, store)
	}
	deps.History = &historyAdapter{s: store, rubric: "1", voice: "scripted", nowFunc: timeNow}
	deps.Assignments = assignmentsFor(store)
	deps.HistoryStatus = teamStatus(store)
	if warning != nil {
		deps.HistoryWarning = warning.Error()
	}
	deps.Suggest = suggester(store)
	deps.DefaultTrainee = osUserName()
	wireSimulator(&deps, p)
	if os.Getenv("TURNAROUND_DEMO") != "" {
		// The demo practises as its first trainee, so the first-launch question
		// does not cover the screens it drives.
		if p.String(ui.PrefTrainee) == "" {
			p.SetString(ui.PrefTrainee, demoTrainees[0])
		}
		if lib, err := loadScenarios(); len(lib) > 0 {
			err = seedDemo(store, deps.Grader, lib)
			if err != nil {
				deps.HistoryWarning = "Demo history could not be seeded: " + err.Error()
			}
		}
	}
	return deps, func() { store.Close() }
}

// openHistory opens the history database from Settings or the default path; on
// failure the app runs on an in-memory store and says why.
func openHistory(p fyne.Preferences) (history.Store, error) {
	if os.Getenv("TURNAROUND_DEMO") != "" {
		s, err := history.OpenMemory()
		if err != nil {
			return history.OpenOrFallback("")
		}
		return s, nil
	}
	path := p.String(ui.PrefDBPath)
	if path == "" {
		d, err := history.DefaultPath()
		if err != nil {
			return history.OpenOrFallback("")
		}
		path = d
	}
	return history.OpenOrFallback(path)
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
