package ui

import (
	"time"

	"fyne.io/fyne/v2"
)

// Preference keys. They are stored by Fyne per user, so a trainee's choices and
// the window's shape survive a restart.
const (
	PrefTheme        = "theme"
	PrefTextScale    = "text_scale"
	PrefWindowWidth  = "window_width"
	PrefWindowHeight = "window_height"
	PrefLastScreen   = "last_screen"
	PrefLastScenario = "last_scenario"
	PrefTrainee      = "trainee"
	PrefTrainees     = "trainees"
	PrefDBPath       = "history_db"
	PrefStoreURL     = "team_store_url"
	PrefLLMOn        = "llm_voice"
	PrefOllamaHost   = "ollama_host"
	PrefOllamaModel  = "ollama_model"
	PrefLastClosed   = "last_closed_ms"
	// PrefClosedNotice is the team-store notice the trainee last closed.
	PrefClosedNotice = "closed_store_notice"
)

// Default window size: fits a 1280x800 laptop screen with room for a panel.
const (
	defaultWidth  = 1180
	defaultHeight = 740
)

// ApplyTheme sets the app theme from the saved preferences.
func ApplyTheme(a fyne.App) {
	p := a.Preferences()
	a.Settings().SetTheme(NewAppTheme(ThemeMode(p.StringWithFallback(PrefTheme, string(ThemeSystem))),
		float32(p.FloatWithFallback(PrefTextScale, 1))))
}

// RestoreWindow sizes w as it was last closed and saves its size when it closes.
func RestoreWindow(w fyne.Window, p fyne.Preferences) {
	w.Resize(fyne.NewSize(
		float32(p.FloatWithFallback(PrefWindowWidth, defaultWidth)),
		float32(p.FloatWithFallback(PrefWindowHeight, defaultHeight))))
	w.SetCloseIntercept(func() {
		RememberWindow(w, p)
		w.Close()
	})
}

// RememberWindow saves the window's size and the closing time; call it just
// before the app quits (closing the window does).
//
// The closing time, always a change, also avoids a race in Fyne 2.7's
// preferences that printed "Preferences load error: EOF" on exit: Fyne's exit
// save truncates the file before marking the write as its own, and during
// shutdown its file watcher runs unqueued and can read the empty file. A change
// made just before quitting is saved at once, and Fyne then ignores the file's
// events for 100 ms, the exit save's included.
func RememberWindow(w fyne.Window, p fyne.Preferences) {
	s := w.Canvas().Size()
	if s.Width > 0 && s.Height > 0 {
		p.SetFloat(PrefWindowWidth, float64(s.Width))
		p.SetFloat(PrefWindowHeight, float64(s.Height))
	}
	p.SetInt(PrefLastClosed, int(time.Now().UnixMilli()))
}
