package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Screen names, as stored in preferences and accepted by Shell.Show.
const (
	ScreenPractice = "practice"
	ScreenAuthor   = "author"
	ScreenReview   = "review"
	ScreenSettings = "settings"
)

// Shell is the app's one window content: a navigation rail on the left with the
// four screens, reopening on the screen the trainee used last.
type Shell struct {
	app      fyne.App
	win      fyne.Window
	tabs     *container.AppTabs
	Practice *Practice
	Author   *Author
	Settings *Settings
	Review   *Review
	names    []string
}

// NewShell builds every screen with deps and returns the shell for win.
func NewShell(a fyne.App, win fyne.Window, deps Deps) *Shell {
	s := &Shell{app: a, win: win}
	prefs := a.Preferences()
	s.Practice = NewPractice(deps, win, prefs)
	s.Author = NewAuthor(deps, win)
	s.Settings = NewSettings(a, deps)
	s.Review = NewReview(deps, win, s.Practice.Scenario)
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Practice", theme.MediaPlayIcon(), s.Practice.Content()),
		container.NewTabItemWithIcon("Author", theme.DocumentCreateIcon(), s.Author.Content()),
		container.NewTabItemWithIcon("Review", theme.GridIcon(), s.Review.Content()),
		container.NewTabItemWithIcon("Settings", theme.SettingsIcon(), s.Settings.Content()),
	)
	s.names = []string{ScreenPractice, ScreenAuthor, ScreenReview, ScreenSettings}
	s.tabs.SetTabLocation(container.TabLocationLeading)
	s.Show(prefs.StringWithFallback(PrefLastScreen, ScreenPractice))
	s.tabs.OnSelected = func(it *container.TabItem) {
		name := s.names[s.tabs.SelectedIndex()]
		prefs.SetString(PrefLastScreen, name)
		if name == ScreenReview {
			s.Review.Reload()
		}
	}
	s.Review.Reload()
	s.checkUnfinished(deps)
	return s
}

// Content is the shell's root object, for Window.SetContent.
func (s *Shell) Content() fyne.CanvasObject { return s.tabs }

// Show switches to the named screen; an unknown name leaves the current one.
func (s *Shell) Show(name string) {
	for i, n := range s.names {
		if n == name {
			s.tabs.SelectIndex(i)
		}
	}
}
