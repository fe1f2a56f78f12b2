package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
)

// lintDelay is how long the editor waits after the last keystroke before linting,
// so typing stays smooth and problems appear as soon as the trainer pauses.
const lintDelay = 300 * time.Millisecond

// Author is the scenario editor: a form for the common fields and the raw YAML,
// kept in sync, with live lint and a play-test pane using the scripted voice.
type Author struct {
	deps     Deps
	win      fyne.Window // nil in tests that need no dialogs
	path     string      // file being edited; "" until saved
	editor   *widget.Entry
	form     *scenarioForm
	problems []scenarios.Diagnostic
	list     *widget.List
	status   *widget.Label
	pathLbl  *widget.Label
	files    *widget.Select
	playPane *fyne.Container
	playing  *sessionView // the running play-test, if any
	tabs     *container.AppTabs
	split    *container.Split // editor above, problems and play-test below
	banner   *banner
	content  fyne.CanvasObject

	mu        sync.Mutex
	lintTimer *time.Timer
	lintGen   int
	parsed    *scenarios.Scenario // last scenario that parsed cleanly; UI thread only
	// onLinted, when set, runs on the UI thread after each lint; tests wait on it.
	onLinted func()
	// OnSaved, when set, runs after a file is saved, so Practice can list it.
	OnSaved func()
	// OnDrafted, when set, runs on the UI thread once a draft request has ended
	// (author_draft.go); tests wait on it.
	OnDrafted func()
}

// NewAuthor builds the Author screen. It starts on a new scenario from the template.
func NewAuthor(deps Deps, win fyne.Window) *Author { return newAuthor(deps, win, nil) }

// newAuthor lets tests hear about the very first lint, which starts here.
func newAuthor(deps Deps, win fyne.Window, onLinted func()) *Author {
	a := &Author{deps: deps, win: win, banner: newBanner(), onLinted: onLinted}
	a.editor = widget.NewMultiLineEntry()
	a.editor.TextStyle = fyne.TextStyle{Monospace: true}
	a.editor.Wrapping = fyne.TextWrapOff
	a.editor.OnChanged = func(string) { a.scheduleLint() }
	a.form = newScenarioForm(a.fromForm)
	a.list = widget.NewList(func() int { return len(a.problems) }, a.newProblemRow, a.updateProblemRow)
	a.list.OnSelected = a.jumpTo
	a.status = widget.NewLabel("")
	a.pathLbl = widget.NewLabel("")
	a.pathLbl.Truncation = fyne.TextTruncateEllipsis
	a.files = widget.NewSelect(nil, a.openName)
	a.files.PlaceHolder = "Open a scenario…"
	a.playPane = container.NewStack()
	a.content = a.layout()
	a.refreshFiles()
	a.load("", newScenarioTemplate)
	return a
}

// Content is the screen's root object.
func (a *Author) Content() fyne.CanvasObject { return a.content }

func (a *Author) layout() fyne.CanvasObject {
	bar := container.NewHBox(
		widget.NewButtonWithIcon("New", theme.ContentAddIcon(), func() { a.load("", newScenarioTemplate) }),
		sized(a.files, 220, 0),
		widget.NewButtonWithIcon("Duplicate", theme.ContentCopyIcon(), a.duplicate),
		widget.NewButtonWithIcon("Draft from complaint", theme.DocumentCreateIcon(), a.askDraft),
		highButton("Save", theme.DocumentSaveIcon(), a.save),
		widget.NewButtonWithIcon("Play-test", theme.MediaPlayIcon(), a.playTest))
	top := container.NewVBox(container.NewBorder(nil, nil, bar, nil, a.pathLbl), a.banner.content)
	a.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Problems", theme.WarningIcon(), container.NewBorder(a.status, nil, nil, nil, a.list)),
		container.NewTabItemWithIcon("Play-test", theme.MediaPlayIcon(), a.playPane))
	a.split = container.NewVSplit(a.editor, a.tabs)
	a.split.Offset = 0.68
	split := container.NewHSplit(container.NewVScroll(a.form.content), a.split)
	split.Offset = 0.34
	return a.banner.in(container.NewBorder(container.NewPadded(top), nil, nil, nil, split))
}

// load shows text as the file at path ("" for a new, unsaved file).
func (a *Author) load(path, text string) {
	a.path = path
	a.pathLbl.SetText(a.pathText())
	a.editor.SetText(text)
	a.lintNow()
}

func (a *Author) pathText() string {
	if a.path == "" {
		return "New scenario (not saved yet)"
	}
	return a.path
}

// fromForm writes a form field into the YAML text, then lints.
func (a *Author) fromForm(path []string, value string) {
	text, ok := setYAMLScalar(a.editor.Text, path, value)
	if !ok {
		a.banner.show(fmt.Sprintf("The field %s is not written as a plain key in the YAML; edit it there.", strings.Join(path, ".")))
		return
	}
	a.editor.SetText(text)
}

func (a *Author) scheduleLint() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.lintGen++
	gen, text, path := a.lintGen, a.editor.Text, a.lintPath()
	if a.lintTimer != nil {
		a.lintTimer.Stop()
	}
	a.lintTimer = time.AfterFunc(lintDelay, func() { a.lint(gen, path, text) })
}

// stopLint cancels a pending lint, for a screen that is going away.
func (a *Author) stopLint() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.lintGen++ // a lint already running is now stale and is dropped
	if a.lintTimer != nil {
		a.lintTimer.Stop()
	}
}

// lintNow lints at once, for a freshly opened file.
func (a *Author) lintNow() {
	a.mu.Lock()
	a.lintGen++
	gen := a.lintGen
	if a.lintTimer != nil {
		a.lintTimer.Stop()
	}
	a.mu.Unlock()
	text, path := a.editor.Text, a.lintPath()
	go a.lint(gen, path, text)
}

func (a *Author) lintPath() string {
	if a.path == "" {
		return "new-scenario.yaml"
	}
	return filepath.Base(a.path)
}

// lint runs off the UI thread; a result older than the latest edit is dropped.
func (a *Author) lint(gen int, path, text string) {
	if a.deps.Lint == nil {
		return
	}
	sc, diags := a.deps.Lint(path, []byte(text))
	do(func() {
		a.mu.Lock()
		stale := gen != a.lintGen
		a.mu.Unlock()
		if stale {
			return
		}
		a.showProblems(sc, diags)
	})
}

func (a *Author) showProblems(sc *scenarios.Scenario, diags []scenarios.Diagnostic) {
	a.problems = diags
	a.list.UnselectAll()
	a.list.Refresh()
	if len(diags) == 0 {
		a.status.SetText("No problems. Ready to save and play-test.")
		a.status.Importance = widget.SuccessImportance
		a.parsed = sc
		a.form.show(sc)
	} else {
		a.status.SetText(fmt.Sprintf("%d problem(s). Tap one to jump to it.", len(diags)))
		a.status.Importance = widget.DangerImportance
	}
	a.status.Refresh()
	if a.onLinted != nil {
		a.onLinted()
	}
}

func (a *Author) newProblemRow() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, widget.NewIcon(theme.NewErrorThemedResource(theme.ErrorIcon())), nil, l)
}

func (a *Author) updateProblemRow(i widget.ListItemID, o fyne.CanvasObject) {
	d := a.problems[i]
	o.(*fyne.Container).Objects[0].(*widget.Label).SetText(fmt.Sprintf("%d:%d  %s", d.Line, d.Col, d.Msg))
}

// jumpTo puts the editor's cursor on the problem's line and column.
func (a *Author) jumpTo(i widget.ListItemID) {
	d := a.problems[i]
	if d.Line > 0 {
		a.editor.CursorRow = d.Line - 1
		a.editor.CursorColumn = max(d.Col-1, 0)
		a.editor.Refresh()
	}
	if a.win != nil {
		a.win.Canvas().Focus(a.editor)
	}
}

// refreshFiles lists the YAML files in the user scenario folder.
func (a *Author) refreshFiles() {
	dir, err := a.userDir()
	if err != nil {
		return
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		if n := e.Name(); !e.IsDir() && (strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml")) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	a.files.SetOptions(names)
}

func (a *Author) userDir() (string, error) {
	if a.deps.UserDir == nil {
		return "", fmt.Errorf("no scenario folder is configured")
	}
	return a.deps.UserDir()
}

func (a *Author) openName(name string) {
	if name == "" {
		return
	}
	dir, err := a.userDir()
	if err != nil {
		a.banner.show(err.Error())
		return
	}
	p := filepath.Join(dir, name)
	data, err := os.ReadFile(p)
	if err != nil {
		a.banner.show("Could not open " + p + ": " + err.Error())
		return
	}
	a.banner.hide()
	a.load(p, string(data))
}

// duplicate keeps the text as a new, unsaved file with a fresh id.
func (a *Author) duplicate() {
	text := a.editor.Text
	id := "copy-of-scenario"
	if a.parsed != nil {
		id = a.parsed.ID + "-copy"
	}
	if t, ok := setYAMLScalar(text, []string{"id"}, id); ok {
		text = t
	}
	a.load("", text)
}

// save writes the file into the user folder, named after the scenario id when new.
// A file with problems is saved too, so work is never lost; the list says what to fix.
func (a *Author) save() {
	path := a.path
	if path == "" {
		dir, err := a.userDir()
		if err != nil {
			a.banner.show(err.Error())
			return
		}
		name := "new-scenario"
		if a.parsed != nil && a.parsed.ID != "" {
			name = a.parsed.ID
		}
		path = filepath.Join(dir, name+".yaml")
	}
	if err := writeScenarioFile(path, a.editor.Text); err != nil {
		a.banner.show(err.Error())
		return
	}
	a.banner.hide()
	a.path = path
	a.pathLbl.SetText("Saved " + path)
	a.refreshFiles()
	if a.OnSaved != nil {
		a.OnSaved()
	}
}

func writeScenarioFile(path, text string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("could not create the scenario folder %s: %w", filepath.Dir(path), err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		return fmt.Errorf("could not save %s: %w", path, err)
	}
	return nil
}

// playTest runs the scenario as it stands with the scripted voice and no history.
func (a *Author) playTest() {
	a.tabs.SelectIndex(1)
	// Parse the text as it is now (a few milliseconds), not the last debounced
	// lint, so a play-test never runs an older version of the file.
	var sc *scenarios.Scenario
	var diags []scenarios.Diagnostic
	if a.deps.Lint != nil {
		sc, diags = a.deps.Lint(a.lintPath(), []byte(a.editor.Text))
	}
	if sc == nil || len(diags) > 0 {
		a.playPane.Objects = []fyne.CanvasObject{container.NewCenter(widget.NewLabel("Fix the problems first; then play-test."))}
		a.playPane.Refresh()
		return
	}
	a.parsed = sc
	a.split.Offset = 0.3 // give the conversation room; the trainer drags it back
	a.split.Refresh()
	if a.deps.StartScripted == nil {
		a.banner.show("Play-test is not available: no simulator is configured.")
		return
	}
	conv, err := a.deps.StartScripted(a.parsed, nil)
	if err != nil {
		a.banner.show("Could not start the play-test: " + err.Error())
		return
	}
	v := newSessionView(a.parsed, conv, a.deps, newHistoryWriter(nil, "", a.parsed, nil))
	a.playing = v
	// A play-test is not scored or stored; the chat says how it ended.
	a.playPane.Objects = []fyne.CanvasObject{v.content}
	a.playPane.Refresh()
	v.begin(a.win)
}
