package main

import (
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
	}
	store, warning := demo.openHistory(p)
	if url := p.String(ui.PrefStoreURL); url != "" && warning == nil && !demo.active() {
		// DESIGN.md: without the team store the app says so and stays on SQLite.
		// The notice is not an error in this session's work, so Practice shows
		// it as a warning that stays closed once closed.
		var notice error
		if store, notice = openTeamHistory(url, store); notice != nil {
			deps.StoreNotice = notice.Error()
		}
	}
	deps.History = &historyAdapter{s: store}
	deps.Assignments = assignmentsFor(store)
	deps.HistoryStatus = teamStatus(store)
	if warning != nil {
		deps.HistoryWarning = warning.Error()
	}
	deps.Suggest = suggester(store)
	deps.DefaultTrainee = osUserName()
	wireSimulator(&deps, p, desktopRecorder{store: store, now: timeNow,
		trainee: func() string { return ui.TraineeName(p) }})
	if err := demo.seed(store, deps.Grader); err != nil {
		deps.HistoryWarning = "Demo history could not be seeded: " + err.Error()
	}
	return deps, func() { store.Close() }
}

// openHistory opens the history database from Settings or the default path; on
// failure the app runs on an in-memory store and says why.
func openHistory(p fyne.Preferences) (history.Store, error) {
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
