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

// screen is one entry of the navigation rail. Adding a screen is one row in
// screens: its name, title, icon, how to build it and what to do each time it
// is shown.
type screen struct {
	name  string
	title string
	icon  func() fyne.Resource
	build func(s *Shell) fyne.CanvasObject
	shown func(s *Shell) // may be nil
}

// screens lists the rail from top to bottom.
var screens = []screen{
	{name: ScreenPractice, title: "Practice", icon: theme.MediaPlayIcon,
		build: func(s *Shell) fyne.CanvasObject { return s.practice.Content() }},
	{name: ScreenAuthor, title: "Author", icon: theme.DocumentCreateIcon, build: (*Shell).buildAuthor},
	{name: ScreenReview, title: "Review", icon: theme.GridIcon, build: (*Shell).buildReview,
		shown: func(s *Shell) { s.review.Reload() }},
	{name: ScreenSettings, title: "Settings", icon: theme.SettingsIcon, build: (*Shell).buildSettings},
}

// Shell is the app's one window content: a navigation rail on the left with the
// screens, reopening on the screen the trainee used last. Screens other than
// Practice are built on first visit, so start-up stays quick and small.
type Shell struct {
	app      fyne.App
	win      fyne.Window
	deps     Deps
	tabs     *container.AppTabs
	practice *Practice
	// question is the first-launch dialog asking who is practising; nil once
	// a name was saved before.
	question *traineeQuestion
	// author, review and settings are nil until their screen is first shown.
	author   *Author
	review   *Review
	settings *Settings
	built    []bool
}

// NewShell builds the Practice screen with deps and returns the shell for win.
func NewShell(a fyne.App, win fyne.Window, deps Deps) *Shell {
	s := &Shell{app: a, win: win, deps: deps, built: make([]bool, len(screens))}
	prefs := a.Preferences()
	s.practice = NewPractice(deps, win, prefs)
	s.tabs = container.NewAppTabs()
	for _, sc := range screens {
		s.tabs.Append(container.NewTabItemWithIcon(sc.title, sc.icon(), container.NewStack()))
	}
	s.tabs.SetTabLocation(container.TabLocationLeading)
	s.tabs.OnSelected = func(*container.TabItem) { s.selected(prefs) }
	s.Show(prefs.StringWithFallback(PrefLastScreen, ScreenPractice))
	s.build(s.tabs.SelectedIndex())
	a.Settings().AddListener(func(fyne.Settings) { s.themeChanged() })
	s.checkUnfinished(deps)
	if needsTraineeName(prefs) {
		s.question = askTraineeName(win, prefs, deps.DefaultTrainee, nil)
	}
	return s
}

func (s *Shell) selected(prefs fyne.Preferences) {
	i := s.tabs.SelectedIndex()
	if prefs.String(PrefLastScreen) != screens[i].name {
		prefs.SetString(PrefLastScreen, screens[i].name)
	}
	s.build(i)
	if screens[i].shown != nil {
		screens[i].shown(s)
	}
}

// build creates screen i the first time it is shown.
func (s *Shell) build(i int) {
	if s.built[i] {
		return
	}
	s.built[i] = true
	holder := s.tabs.Items[i].Content.(*fyne.Container)
	holder.Objects = []fyne.CanvasObject{screens[i].build(s)}
	holder.Refresh()
}

func (s *Shell) buildAuthor() fyne.CanvasObject {
	s.author = NewAuthor(s.deps, s.win)
	s.author.OnSaved = s.practice.ReloadScenarios
	return s.author.Content()
}

func (s *Shell) buildReview() fyne.CanvasObject {
	s.review = NewReview(s.deps, s.win, s.practice.scenario)
	return s.review.Content()
}

func (s *Shell) buildSettings() fyne.CanvasObject {
	s.settings = NewSettings(s.app, s.deps)
	return s.settings.Content()
}

// themeChanged repaints every built screen with the new theme. Fyne repaints
// only the screen on show; the others, and Practice's views that are not on
// screen, would keep the old colours until rebuilt.
func (s *Shell) themeChanged() {
	for _, it := range s.tabs.Items {
		it.Content.Refresh()
	}
	s.practice.themeChanged()
	if s.review != nil {
		s.review.themeChanged()
	}
}

// Content is the shell's root object, for Window.SetContent.
func (s *Shell) Content() fyne.CanvasObject { return s.tabs }

// Show switches to the named screen; an unknown name leaves the current one.
func (s *Shell) Show(name string) {
	for i, sc := range screens {
		if sc.name == name {
			s.tabs.SelectIndex(i)
		}
	}
}
