package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// cannedDraft returns a model's draft from testdata/ollama/draft, with the
// header DraftScenario puts on every draft.
func cannedDraft(t *testing.T, name string) DraftFunc {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "ollama", "draft", name))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.TrimSpace(strings.NewReplacer("```yaml\n", "", "```\n", "", "```", "").Replace(string(data)))
	return func(context.Context, string) (string, error) {
		return "# Drafted by qwen2.5:0.5b from a pasted complaint.\n" + text + "\n", nil
	}
}

// draftHarness is Author with a draft function and a channel per finished draft.
func draftHarness(t *testing.T, draft DraftFunc) (*Author, chan struct{}, chan struct{}) {
	a, linted := newAuthorHarness(t)
	a.deps.Draft = draft
	drafted := make(chan struct{}, 4)
	a.OnDrafted = func() { drafted <- struct{}{} }
	return a, linted, drafted
}

// userFiles lists the files in the Author's scenario folder.
func userFiles(t *testing.T, a *Author) []string {
	t.Helper()
	dir, err := a.userDir()
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestDraftThatLintsCleanOpensUnsaved(t *testing.T) {
	a, linted, drafted := draftHarness(t, cannedDraft(t, "clean.txt"))
	a.draftFrom("I was charged twice.")
	pump(t, "draft", signalled(drafted))
	waitLint(t, linted)
	if len(a.problems) != 0 {
		t.Errorf("clean draft shows problems: %v", a.problems)
	}
	if !strings.Contains(a.editor.Text, "id: double-charge-march-overdraft") || a.doc.path != "" {
		t.Errorf("editor path %q; want the draft open as a new, unsaved file", a.doc.path)
	}
	if a.form.id.Text != "double-charge-march-overdraft" {
		t.Errorf("form id %q; want the draft's id", a.form.id.Text)
	}
	if files := userFiles(t, a); len(files) != 0 {
		t.Errorf("the draft was saved before the trainer saved it: %v", files)
	}
	if !strings.Contains(a.banner.text(), "not saved") {
		t.Errorf("banner %q; want it to say the draft is not saved", a.banner.text())
	}
}

func TestDraftThatDoesNotLintShowsErrorsAndSavesNothing(t *testing.T) {
	a, linted, drafted := draftHarness(t, cannedDraft(t, "broken.txt"))
	a.draftFrom("I was charged twice.")
	pump(t, "draft", signalled(drafted))
	waitLint(t, linted)
	if len(a.problems) < 3 {
		t.Fatalf("broken draft shows %d problems; want the id, difficulty and channel at least", len(a.problems))
	}
	if !strings.Contains(a.status.Text, "problem(s)") {
		t.Errorf("status %q; want the problem count", a.status.Text)
	}
	if files := userFiles(t, a); len(files) != 0 {
		t.Errorf("a draft with problems was saved: %v", files)
	}
}

func TestDraftWithoutAModelExplains(t *testing.T) {
	a, _ := newAuthorHarness(t)
	a.askDraft()
	if got := a.banner.text(); got != draftNeedsModel {
		t.Errorf("banner %q; want %q", got, draftNeedsModel)
	}
}

func TestDraftFailureKeepsTheEditor(t *testing.T) {
	a, _, drafted := draftHarness(t, func(context.Context, string) (string, error) {
		return "", errors.New("model qwen2.5:0.5b is not installed; run \"ollama pull qwen2.5:0.5b\"")
	})
	before := a.editor.Text
	a.draftFrom("I was charged twice.")
	pump(t, "draft", signalled(drafted))
	if a.editor.Text != before {
		t.Error("a failed draft changed the editor")
	}
	if got := a.banner.text(); got != "No draft: model qwen2.5:0.5b is not installed; run \"ollama pull qwen2.5:0.5b\"" {
		t.Errorf("banner %q", got)
	}
}

func TestDraftRefusesToReplaceUnsavedWork(t *testing.T) {
	calls := 0
	a, linted, _ := draftHarness(t, func(context.Context, string) (string, error) { calls++; return "", nil })
	a.editor.SetText(newScenarioTemplate + "# my notes\n")
	waitLint(t, linted)
	a.askDraft()
	if calls != 0 || !strings.HasPrefix(a.banner.text(), "Save the scenario you are editing first") {
		t.Errorf("draft asked %d times, banner %q; want no draft and a request to save first", calls, a.banner.text())
	}
}

// TestDraftDialogSendsThePastedComplaint drives the button's dialog: the
// complaint typed there is what the model is asked about.
func TestDraftDialogSendsThePastedComplaint(t *testing.T) {
	var asked string
	a, linted, drafted := draftHarness(t, func(ctx context.Context, complaint string) (string, error) {
		asked = complaint
		return cannedDraft(t, "clean.txt")(ctx, complaint)
	})
	test.Tap(findButton(t, a.Content(), "Draft from complaint"))
	overlay := a.win.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("no dialog asks for the complaint")
	}
	var entry *widget.Entry
	for _, o := range test.LaidOutObjects(overlay) {
		if e, ok := o.(*widget.Entry); ok && e.MultiLine {
			entry = e
		}
	}
	if entry == nil {
		t.Fatal("the dialog has no box to paste the complaint into")
	}
	test.Type(entry, "Charged twice on 3 March.")
	var draft *widget.Button
	for _, o := range test.LaidOutObjects(overlay) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Draft" {
			draft = b
		}
	}
	if draft == nil {
		t.Fatal("the dialog has no Draft button")
	}
	test.Tap(draft)
	pump(t, "draft", signalled(drafted))
	waitLint(t, linted)
	if asked != "Charged twice on 3 March." || !strings.Contains(a.editor.Text, "double-charge-march-overdraft") {
		t.Errorf("asked about %q, editor has the draft: %v", asked, strings.Contains(a.editor.Text, "double-charge-march-overdraft"))
	}
}
