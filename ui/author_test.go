package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

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
