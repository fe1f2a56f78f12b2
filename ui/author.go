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
	doc      doc         // the file being edited
	code     *codeEditor
	editor   *widget.Entry // code.entry
	form     *scenarioForm
	problems []scenarios.Diagnostic
	list     *widget.List
	status   *widget.Label
	pathLbl  *widget.Label
	files    *widget.Select
	openers  map[string]func() // what each entry of files opens
	saveBtn  *widget.Button
	dupBtn   *widget.Button
	// bar is the toolbar; more commands may be appended to it.
	bar      *fyne.Container
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
	a.code = newCodeEditor()
	a.editor = a.code.entry
	a.editor.OnChanged = func(string) {
		a.code.sync()
		a.showDocState()
		a.scheduleLint()
	}
	a.form = newScenarioForm(a.fromForm)
	a.list = widget.NewList(func() int { return len(a.problems) }, a.newProblemRow, a.updateProblemRow)
	a.list.OnSelected = a.jumpTo
	a.status = widget.NewLabel("")
	a.pathLbl = widget.NewLabel("")
	a.pathLbl.Truncation = fyne.TextTruncateEllipsis
	a.files = widget.NewSelect(nil, a.openName)
	a.files.PlaceHolder = "Open a scenario…"
	a.playPane = container.NewStack()
	a.saveBtn = highButton("Save", theme.DocumentSaveIcon(), a.save)
	a.dupBtn = widget.NewButtonWithIcon("Duplicate", theme.ContentCopyIcon(), a.duplicate)
	a.content = a.layout()
	a.refreshFiles()
	a.load(doc{saved: newScenarioTemplate}, newScenarioTemplate)
	a.offerRecovery()
	return a
}

// Content is the screen's root object.
func (a *Author) Content() fyne.CanvasObject { return a.content }

func (a *Author) layout() fyne.CanvasObject {
	a.bar = container.NewHBox(
		widget.NewButtonWithIcon("New", theme.ContentAddIcon(), a.newScenario),
		sized(a.files, 220, 0),
		a.dupBtn,
		widget.NewButtonWithIcon("Draft from complaint", theme.DocumentCreateIcon(), a.askDraft),
		a.saveBtn,
		widget.NewButtonWithIcon("Play-test", theme.MediaPlayIcon(), a.playTest))
	top := container.NewVBox(container.NewBorder(nil, nil, a.bar, nil, a.pathLbl), a.banner.content)
	a.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Problems", theme.WarningIcon(), container.NewBorder(a.status, nil, nil, nil, a.list)),
		container.NewTabItemWithIcon("Play-test", theme.MediaPlayIcon(), a.playPane))
	a.split = container.NewVSplit(a.code.scroll, a.tabs)
	a.split.Offset = 0.68
	split := container.NewHSplit(container.NewVScroll(a.form.content), a.split)
	split.Offset = 0.34
	return a.banner.in(container.NewBorder(container.NewPadded(top), nil, nil, nil, split))
}

// load shows text as the document d; text differs from d.saved when it is
// recovered or duplicated work that is not saved yet.
func (a *Author) load(d doc, text string) {
	a.doc = d
	a.editor.SetText(text)
	a.code.sync()
	if d.readOnly {
		a.editor.Disable()
		a.form.setEnabled(false)
	} else {
		a.editor.Enable()
		a.form.setEnabled(true)
	}
	a.showDocState()
	a.lintNow()
}

// newScenario starts over from the template, after asking about unsaved work.
func (a *Author) newScenario() {
	a.confirmDiscard(func() { a.load(doc{saved: newScenarioTemplate}, newScenarioTemplate) })
}

// fromForm writes a form field into the YAML text, then lints.
func (a *Author) fromForm(path []string, value string) {
	if a.doc.readOnly {
		return
	}
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
	file, dirty := a.doc.path, a.dirty()
	if a.lintTimer != nil {
		a.lintTimer.Stop()
	}
	a.lintTimer = time.AfterFunc(lintDelay, func() {
		if a.current(gen) {
			a.autosave(file, text, dirty)
		}
		a.lint(gen, path, text)
	})
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
	if a.doc.path == "" {
		return "new-scenario.yaml"
	}
	return filepath.Base(a.doc.path)
}

// current reports whether gen is still the latest edit.
func (a *Author) current(gen int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return gen == a.lintGen
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
	a.form.show(a.editor.Text)
	if len(diags) == 0 {
		a.status.SetText("No problems. Ready to save and play-test.")
		a.status.Importance = widget.SuccessImportance
		a.parsed = sc
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
		a.code.showLine(d.Line)
	}
	if a.win != nil {
		a.win.Canvas().Focus(a.editor)
	}
}

// refreshFiles lists what Open offers: the trainer's files, their drafts, and
// the built-in scenarios, which open read-only.
func (a *Author) refreshFiles() {
	a.openers = map[string]func(){}
	var names []string
	if dir, err := a.userDir(); err == nil {
		for _, n := range yamlNames(dir) {
			p := filepath.Join(dir, n)
			names = append(names, n)
			a.openers[n] = func() { a.openFile(p) }
		}
		for _, n := range yamlNames(filepath.Join(dir, draftsDirName)) {
			p := filepath.Join(dir, draftsDirName, n)
			label := "Draft: " + n
			names = append(names, label)
			a.openers[label] = func() { a.openFile(p) }
		}
	}
	for _, sc := range a.builtins() {
		label := "Built-in: " + sc.Title
		names = append(names, label)
		a.openers[label] = func() { a.openBuiltin(sc) }
	}
	a.files.SetOptions(names)
}

func yamlNames(dir string) []string {
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		if n := e.Name(); e.Type().IsRegular() && !strings.HasPrefix(n, ".") &&
			(strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml")) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

func (a *Author) builtins() []*scenarios.Scenario {
	if a.deps.Scenarios == nil {
		return nil
	}
	all, _ := a.deps.Scenarios()
	var out []*scenarios.Scenario
	for _, sc := range all {
		if sc.IsBuiltin() {
			out = append(out, sc)
		}
	}
	return out
}

func (a *Author) userDir() (string, error) {
	if a.deps.UserDir == nil {
		return "", fmt.Errorf("no scenario folder is configured")
	}
	return a.deps.UserDir()
}

// openName opens what the Open list names, after asking about unsaved work;
// the list then shows its placeholder again, ready for the next choice.
func (a *Author) openName(name string) {
	open := a.openers[name]
	if name == "" || open == nil {
		return
	}
	a.files.ClearSelected()
	a.confirmDiscard(open)
}

func (a *Author) openFile(p string) {
	data, err := os.ReadFile(p)
	if err != nil {
		a.banner.show("Could not open " + p + ": " + err.Error())
		return
	}
	a.banner.hide()
	a.load(doc{path: p, saved: string(data)}, string(data))
}

func (a *Author) openBuiltin(sc *scenarios.Scenario) {
	data, err := scenarios.BuiltinText(sc)
	if err != nil {
		a.banner.show(err.Error())
		return
	}
	a.banner.hide()
	a.load(doc{saved: string(data), readOnly: true, builtin: sc.Title}, string(data))
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
	a.load(doc{}, text)
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
	v := newSessionView(a.parsed, conv, a.deps)
	a.playing = v
	// A play-test is not scored or stored; the chat says how it ended.
	a.playPane.Objects = []fyne.CanvasObject{v.content}
	a.playPane.Refresh()
	v.begin(a.win)
}
