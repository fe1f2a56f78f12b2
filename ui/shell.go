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
// four screens, reopening on the screen the trainee used last. Screens other
// than Practice are built on first visit, so start-up stays quick and small.
type Shell struct {
	app      fyne.App
	win      fyne.Window
	deps     Deps
	tabs     *container.AppTabs
	Practice *Practice
	// TraineeQuestion is the first-launch dialog asking who is practising; nil
	// once a name was saved before.
	TraineeQuestion *traineeQuestion
	// Author, Review and Settings are nil until their screen is first shown.
	Author   *Author
	Settings *Settings
	Review   *Review
	names    []string
}

// NewShell builds the Practice screen with deps and returns the shell for win.
func NewShell(a fyne.App, win fyne.Window, deps Deps) *Shell {
	s := &Shell{app: a, win: win, deps: deps}
	prefs := a.Preferences()
	s.Practice = NewPractice(deps, win, prefs)
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Practice", theme.MediaPlayIcon(), s.Practice.Content()),
		container.NewTabItemWithIcon("Author", theme.DocumentCreateIcon(), container.NewStack()),
		container.NewTabItemWithIcon("Review", theme.GridIcon(), container.NewStack()),
		container.NewTabItemWithIcon("Settings", theme.SettingsIcon(), container.NewStack()),
	)
	s.names = []string{ScreenPractice, ScreenAuthor, ScreenReview, ScreenSettings}
	s.tabs.SetTabLocation(container.TabLocationLeading)
	s.tabs.OnSelected = func(*container.TabItem) { s.selected(prefs) }
	s.Show(prefs.StringWithFallback(PrefLastScreen, ScreenPractice))
	s.build(s.tabs.SelectedIndex())
	s.checkUnfinished(deps)
	if needsTraineeName(prefs) {
		s.TraineeQuestion = askTraineeName(win, prefs, deps.DefaultTrainee, nil)
	}
	return s
}

func (s *Shell) selected(prefs fyne.Preferences) {
	i := s.tabs.SelectedIndex()
	if prefs.String(PrefLastScreen) != s.names[i] {
		prefs.SetString(PrefLastScreen, s.names[i])
	}
	s.build(i)
	if s.names[i] == ScreenReview {
		s.Review.Reload()
	}
}

// build creates screen i the first time it is shown.
func (s *Shell) build(i int) {
	var content fyne.CanvasObject
	switch s.names[i] {
	case ScreenAuthor:
		if s.Author == nil {
			s.Author = NewAuthor(s.deps, s.win)
			s.Author.OnSaved = s.Practice.ReloadScenarios
			content = s.Author.Content()
		}
	case ScreenReview:
		if s.Review == nil {
			s.Review = NewReview(s.deps, s.win, s.Practice.Scenario)
			content = s.Review.Content()
		}
	case ScreenSettings:
		if s.Settings == nil {
			s.Settings = NewSettings(s.app, s.deps)
			content = s.Settings.Content()
		}
	}
	if content != nil {
		holder := s.tabs.Items[i].Content.(*fyne.Container)
		holder.Objects = []fyne.CanvasObject{content}
		holder.Refresh()
	}
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
