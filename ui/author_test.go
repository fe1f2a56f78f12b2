package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
)

func realLint(path string, data []byte) (*scenarios.Scenario, []scenarios.Diagnostic) {
	return scenarios.Parse(path, data)
}

func newAuthorHarness(t *testing.T) (*Author, chan struct{}) {
	t.Helper()
	test.NewTempApp(t)
	dir := t.TempDir()
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	linted := make(chan struct{}, 8)
	a := newAuthor(Deps{Lint: realLint, UserDir: func() (string, error) { return dir, nil }}, win,
		func() { linted <- struct{}{} })
	// The first lint starts in the constructor; let it land before the window
	// lays the screen out, as the app's single UI thread would.
	waitLint(t, linted)
	t.Cleanup(a.stopLint)
	win.SetContent(a.Content())
	win.Resize(fyne.NewSize(1100, 700))
	return a, linted
}

func waitLint(t *testing.T, ch chan struct{}) {
	t.Helper()
	pump(t, "lint", signalled(ch))
}

func TestAuthorTemplateIsClean(t *testing.T) {
	a, _ := newAuthorHarness(t)
	if len(a.problems) != 0 {
		t.Fatalf("template has problems: %v", a.problems)
	}
	if a.form.id.Text != "my-new-scenario" {
		t.Errorf("form id = %q, want my-new-scenario", a.form.id.Text)
	}
}

func TestAuthorShowsLintErrorsAndJumps(t *testing.T) {
	a, linted := newAuthorHarness(t)
	broken := strings.Replace(newScenarioTemplate, "difficulty: 2", "difficulty: 9", 1)
	a.editor.SetText(broken)
	waitLint(t, linted)
	if len(a.problems) == 0 {
		t.Fatal("no problems listed for difficulty 9")
	}
	d := a.problems[0]
	if d.Line != 5 || !strings.Contains(d.Msg, "difficulty") {
		t.Errorf("first problem = %d:%d %q, want line 5 about difficulty", d.Line, d.Col, d.Msg)
	}
	a.list.Select(0)
	if a.editor.CursorRow != d.Line-1 || a.editor.CursorColumn != d.Col-1 {
		t.Errorf("cursor at row %d col %d, want %d %d", a.editor.CursorRow, a.editor.CursorColumn, d.Line-1, d.Col-1)
	}
}

func TestAuthorFormEditsYAML(t *testing.T) {
	a, _ := newAuthorHarness(t)
	a.form.title.SetText("Charged twice")
	if !strings.Contains(a.editor.Text, "\ntitle: Charged twice\n") {
		t.Errorf("YAML does not carry the new title:\n%s", a.editor.Text)
	}
	a.form.kind.SetSelected("double-charge")
	if !strings.Contains(a.editor.Text, "  kind: double-charge\n") {
		t.Errorf("YAML does not carry the new failure kind")
	}
}

func TestAuthorSavesIntoTheUserFolder(t *testing.T) {
	a, _ := newAuthorHarness(t)
	saved := 0
	a.OnSaved = func() { saved++ }
	a.save()
	dir, _ := a.deps.UserDir()
	data, err := os.ReadFile(filepath.Join(dir, "my-new-scenario.yaml"))
	if err != nil {
		t.Fatalf("the new scenario was not saved under its id: %v", err)
	}
	if string(data) != newScenarioTemplate || saved != 1 {
		t.Errorf("saved %d bytes (template %d), OnSaved ran %d times", len(data), len(newScenarioTemplate), saved)
	}
	if got := a.files.Options; len(got) != 1 || got[0] != "my-new-scenario.yaml" {
		t.Errorf("open list = %v, want the saved file", got)
	}
}

// TestAuthorDirtyConfirmAndDraft walks a trainer's unsaved work: the marker
// appears on the first edit, New asks before discarding it, a save with lint
// problems warns and offers a draft, and the draft is kept out of the folder
// Practice lists.
func TestAuthorDirtyConfirmAndDraft(t *testing.T) {
	a, linted := newAuthorHarness(t)
	if strings.Contains(a.pathLbl.Text, "unsaved") {
		t.Fatalf("a fresh template is marked %q", a.pathLbl.Text)
	}
	a.editor.SetText(strings.Replace(newScenarioTemplate, "difficulty: 2", "difficulty: 9", 1))
	if want := "● New scenario (not saved yet) — unsaved changes"; a.pathLbl.Text != want {
		t.Errorf("after an edit the file reads %q, want %q", a.pathLbl.Text, want)
	}
	waitLint(t, linted)

	test.Tap(toolbarButton(t, a, "New"))
	keep := overlayButton(a.win, "Keep editing")
	if keep == nil {
		t.Fatal("New discarded unsaved changes without asking")
	}
	test.Tap(keep)
	if !strings.Contains(a.editor.Text, "difficulty: 9") {
		t.Fatal("Keep editing lost the edit")
	}

	a.save()
	draft := overlayButton(a.win, "Save anyway as draft")
	if draft == nil {
		t.Fatal("saving a scenario with a lint error did not warn")
	}
	dir, _ := a.deps.UserDir()
	if fileExists(filepath.Join(dir, "my-new-scenario.yaml")) {
		t.Fatal("the scenario with a problem was written where Practice lists it before the trainer chose")
	}
	test.Tap(draft)
	draftPath := filepath.Join(dir, draftsDirName, "my-new-scenario.yaml")
	if data, err := os.ReadFile(draftPath); err != nil || !strings.Contains(string(data), "difficulty: 9") {
		t.Fatalf("draft not saved at %s: %v", draftPath, err)
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*.yaml")); len(names) != 0 {
		t.Errorf("the user folder Practice reads holds %v; a draft must not be listed", names)
	}
	if want := "Draft " + draftPath + " (not listed in Practice)"; a.pathLbl.Text != want {
		t.Errorf("after saving the draft the file reads %q, want %q", a.pathLbl.Text, want)
	}

	// Fixed and saved again, the draft becomes a scenario Practice lists.
	a.editor.SetText(newScenarioTemplate)
	waitLint(t, linted)
	a.save()
	if !fileExists(filepath.Join(dir, "my-new-scenario.yaml")) || fileExists(draftPath) {
		t.Error("saving the fixed draft did not move it into the user folder")
	}
	test.Tap(toolbarButton(t, a, "New"))
	if overlayButton(a.win, "Discard changes") != nil {
		t.Error("New asked to discard although everything was saved")
	}
}

// TestAuthorOffersTheRecoveryCopy: unsaved work is copied aside after a pause
// in typing, and a new Author screen (after a crash) offers it back.
func TestAuthorOffersTheRecoveryCopy(t *testing.T) {
	a, linted := newAuthorHarness(t)
	a.editor.SetText(strings.Replace(newScenarioTemplate, "name: Sam", "name: Priya", 1))
	waitLint(t, linted)
	dir, _ := a.deps.UserDir()
	if data, err := os.ReadFile(filepath.Join(dir, recoveryDirName, recoveryText)); err != nil || !strings.Contains(string(data), "Priya") {
		t.Fatalf("no recovery copy of the unsaved edit: %v", err)
	}
	b := newAuthor(a.deps, a.win, func() { linted <- struct{}{} })
	t.Cleanup(b.stopLint)
	waitLint(t, linted)
	recover := overlayButton(a.win, "Recover")
	if recover == nil {
		t.Fatal("the new screen did not offer the recovery copy")
	}
	test.Tap(recover)
	if !strings.Contains(b.editor.Text, "name: Priya") || !b.dirty() {
		t.Errorf("recovered text shows Priya = %v, marked unsaved = %v", strings.Contains(b.editor.Text, "Priya"), b.dirty())
	}
}

// TestAuthorFormFollowsTheYAML: a value typed in the YAML shows in the form,
// and one the form cannot offer is shown as invalid rather than the old one.
func TestAuthorFormFollowsTheYAML(t *testing.T) {
	a, linted := newAuthorHarness(t)
	text := strings.Replace(newScenarioTemplate, "kind: billing-error", "kind: biling-eror", 1)
	text = strings.Replace(text, "name: Sam", "name: Priya", 1)
	a.editor.SetText(text)
	waitLint(t, linted)
	if a.form.kind.Selected != "" || a.form.kind.PlaceHolder != `"biling-eror" is not a failure kind` {
		t.Errorf("failure dropdown shows %q (placeholder %q) for a misspelt kind", a.form.kind.Selected, a.form.kind.PlaceHolder)
	}
	if a.form.name.Text != "Priya" {
		t.Errorf("customer field shows %q, want the YAML's Priya", a.form.name.Text)
	}
	a.editor.SetText(strings.Replace(text, "biling-eror", "outage", 1))
	waitLint(t, linted)
	if a.form.kind.Selected != "outage" {
		t.Errorf("failure dropdown shows %q after the YAML was fixed to outage", a.form.kind.Selected)
	}
}

// TestAuthorOpensBuiltinsReadOnly: Open lists the built-in library; one opens
// read-only and Duplicate to edit makes an editable, unsaved copy.
func TestAuthorOpensBuiltinsReadOnly(t *testing.T) {
	a, linted := newAuthorHarness(t)
	lib, err := scenarios.Builtin()
	if err != nil || len(lib) == 0 {
		t.Fatal(err)
	}
	a.deps.Scenarios = func() ([]*scenarios.Scenario, error) { return lib, nil }
	a.refreshFiles()
	label := "Built-in: " + lib[0].Title
	if !slices.Contains(a.files.Options, label) {
		t.Fatalf("Open lists %v, without %q", a.files.Options, label)
	}
	a.files.SetSelected(label)
	waitLint(t, linted)
	if !a.doc.readOnly || !a.editor.Disabled() || !a.saveBtn.Disabled() || a.dupBtn.Text != "Duplicate to edit" {
		t.Fatalf("built-in opened read-only = %v, editor disabled = %v, save disabled = %v, duplicate reads %q",
			a.doc.readOnly, a.editor.Disabled(), a.saveBtn.Disabled(), a.dupBtn.Text)
	}
	test.Tap(a.dupBtn)
	waitLint(t, linted)
	if a.doc.readOnly || a.editor.Disabled() || !strings.Contains(a.editor.Text, "id: "+lib[0].ID+"-copy") || !a.dirty() {
		t.Errorf("the duplicate is read-only = %v, has id %s-copy = %v, unsaved = %v",
			a.doc.readOnly, lib[0].ID, strings.Contains(a.editor.Text, lib[0].ID+"-copy"), a.dirty())
	}
}

func TestAuthorEditorNumbersItsLines(t *testing.T) {
	a, _ := newAuthorHarness(t)
	n := strings.Count(newScenarioTemplate, "\n") + 1
	lines := strings.Split(a.code.gutter.Text, "\n")
	if len(lines) != n || lines[0] != "1" || lines[n-1] != strconv.Itoa(n) {
		t.Errorf("gutter has %d numbers ending %q, want 1..%d", len(lines), lines[len(lines)-1], n)
	}
}

func toolbarButton(t *testing.T, a *Author, text string) *widget.Button {
	t.Helper()
	for _, o := range a.bar.Objects {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	t.Fatalf("no %q button in the toolbar", text)
	return nil
}
