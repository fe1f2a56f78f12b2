package ui

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/turnaround-app/turnaround/scenarios"
)

var update = flag.Bool("update", false, "rewrite the markup snapshots in testdata/")

// assertMarkup compares the canvas with testdata/name; with -update it rewrites it.
// Fyne writes a mismatch to testdata/failed/name for review.
func assertMarkup(t *testing.T, name string, c fyne.Canvas) {
	t.Helper()
	if *update {
		path := filepath.Join("testdata", name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(test.RenderToMarkup(c)), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	test.AssertRendersToMarkup(t, name, c)
}

// snapshotDeps uses fakes only, so the snapshots change when this package's
// drawing changes, not when the library or the simulator is tuned.
func snapshotDeps() (Deps, *scenarios.Scenario) {
	list := []*scenarios.Scenario{
		testScenario("late-gift", "The anniversary gift that arrived late", 2, "late-delivery"),
		testScenario("double-charge", "Charged twice for March", 3, "double-charge"),
	}
	return fakeDeps(list...), list[0]
}

func TestSnapshotPicker(t *testing.T) {
	deps, sc := snapshotDeps()
	h := newPracticeHarness(t, deps)
	h.p.picker.selectID(sc.ID)
	assertMarkup(t, "practice/picker.xml", h.win.Canvas())
}

func TestSnapshotSession(t *testing.T) {
	deps, sc := snapshotDeps()
	h := newPracticeHarness(t, deps)
	h.p.Start(sc)
	h.wait(t)
	v := h.p.session
	test.Type(v.input, "We promised Friday and it came Monday. That was our mistake.")
	v.input.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.wait(t)
	assertMarkup(t, "practice/session.xml", h.win.Canvas())
}

func TestSnapshotAuthorProblems(t *testing.T) {
	a, linted := newAuthorHarness(t)
	if a.form.difficulty.Selected != "2" {
		t.Fatalf("form difficulty = %q after the template's lint, want 2", a.form.difficulty.Selected)
	}
	a.editor.SetText(strings.Replace(newScenarioTemplate, "difficulty: 2", "difficulty: 9", 1))
	waitLint(t, linted)
	assertMarkup(t, "author/problems.xml", a.win.Canvas())
}
