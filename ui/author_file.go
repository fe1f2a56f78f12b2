package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
)

// Folders inside the user scenario folder. The library reads only the
// folder's own files, so drafts and the recovery copy are never offered to
// trainees in Practice.
const (
	draftsDirName   = "drafts"
	recoveryDirName = ".recovery"
	recoveryText    = "autosave.yaml"
	recoveryPath    = "autosave.path" // the file the recovered text belongs to, "" for a new one
)

// doc is the file the editor shows and what is known about it.
type doc struct {
	path     string // "" until saved; a draft's path is in the drafts folder
	saved    string // the text as last opened or saved, to tell whether it changed
	readOnly bool   // a built-in scenario: shown, not edited
	builtin  string // the built-in scenario's title, when readOnly
}

func (a *Author) dirty() bool { return !a.doc.readOnly && a.editor.Text != a.doc.saved }

func (a *Author) isDraft() bool {
	return a.doc.path != "" && filepath.Base(filepath.Dir(a.doc.path)) == draftsDirName
}

// showDocState says which file this is and whether it has unsaved changes.
func (a *Author) showDocState() {
	var s string
	switch {
	case a.doc.readOnly:
		s = "Built-in: " + a.doc.builtin + " (read-only; duplicate to edit)"
	case a.doc.path == "":
		s = "New scenario (not saved yet)"
	case a.isDraft():
		s = "Draft " + a.doc.path + " (not listed in Practice)"
	default:
		s = a.doc.path
	}
	if a.dirty() {
		s = "● " + s + " — unsaved changes"
	}
	a.pathLbl.SetText(s)
	if a.doc.readOnly {
		a.saveBtn.Disable()
		a.dupBtn.SetText("Duplicate to edit")
		a.dupBtn.Importance = widget.HighImportance
	} else {
		a.saveBtn.Enable()
		a.dupBtn.SetText("Duplicate")
		a.dupBtn.Importance = widget.MediumImportance
	}
	a.dupBtn.Refresh()
}

// confirmDiscard runs then at once when nothing is unsaved; otherwise it asks
// first, and a trainer who keeps editing loses nothing.
func (a *Author) confirmDiscard(then func()) {
	if !a.dirty() || a.win == nil {
		then()
		return
	}
	name := "this new scenario"
	if a.doc.path != "" {
		name = filepath.Base(a.doc.path)
	}
	d := dialog.NewCustomConfirm("Discard unsaved changes?", "Discard changes", "Keep editing",
		wrapped("The changes to "+name+" have not been saved. Discard them?"), func(ok bool) {
			if ok {
				a.clearRecovery()
				then()
			}
		}, a.win)
	d.Show()
}

// save writes a clean scenario into the user folder, named after its id when
// new. A scenario with problems is not saved silently: the trainer is told,
// and may save it as a draft, which Practice does not list.
func (a *Author) save() {
	if a.doc.readOnly {
		a.banner.warn("Built-in scenarios are read-only. Duplicate this one to edit a copy.")
		return
	}
	var sc *scenarios.Scenario
	var diags []scenarios.Diagnostic
	if a.deps.Lint != nil {
		sc, diags = a.deps.Lint(a.lintPath(), []byte(a.editor.Text))
	}
	if len(diags) > 0 {
		a.offerDraftSave(sc, diags)
		return
	}
	path, err := a.cleanPath(sc)
	if err != nil {
		a.banner.show(err.Error())
		return
	}
	a.writeDoc(path, "Saved")
}

func (a *Author) offerDraftSave(sc *scenarios.Scenario, diags []scenarios.Diagnostic) {
	d := diags[0]
	msg := fmt.Sprintf("This scenario has %s, so trainees could not play it. The first is at line %d, column %d: %s\n\n"+
		"Save it as a draft to keep your work; drafts are not listed in Practice until saved without problems.",
		plural(len(diags), "problem", "problems"), d.Line, d.Col, d.Msg)
	save := func() {
		path, err := a.draftPath(sc)
		if err != nil {
			a.banner.show(err.Error())
			return
		}
		a.writeDoc(path, "Saved as draft")
	}
	if a.win == nil {
		save()
		return
	}
	dialog.NewCustomConfirm("Save with problems?", "Save anyway as draft", "Keep editing", wrapped(msg),
		func(ok bool) {
			if ok {
				save()
			}
		}, a.win).Show()
}

// cleanPath is where a scenario without problems is saved: its own file, or
// the user folder when it is new or was a draft.
func (a *Author) cleanPath(sc *scenarios.Scenario) (string, error) {
	if a.doc.path != "" && !a.isDraft() {
		return a.doc.path, nil
	}
	dir, err := a.userDir()
	if err != nil {
		return "", err
	}
	return freeName(dir, idOr(sc, strings.TrimSuffix(filepath.Base(a.doc.path), ".yaml"))), nil
}

func (a *Author) draftPath(sc *scenarios.Scenario) (string, error) {
	if a.isDraft() {
		return a.doc.path, nil
	}
	dir, err := a.userDir()
	if err != nil {
		return "", err
	}
	name := idOr(sc, "")
	if name == "" && a.doc.path != "" {
		name = strings.TrimSuffix(filepath.Base(a.doc.path), filepath.Ext(a.doc.path))
	}
	return freeName(filepath.Join(dir, draftsDirName), name), nil
}

func idOr(sc *scenarios.Scenario, fallback string) string {
	if sc != nil && sc.ID != "" {
		return sc.ID
	}
	if fallback != "" {
		return fallback
	}
	return "new-scenario"
}

// freeName is dir/name.yaml, or name-2.yaml and so on when that file exists,
// so saving a new scenario never overwrites another.
func freeName(dir, name string) string {
	p := filepath.Join(dir, name+".yaml")
	for i := 2; fileExists(p); i++ {
		p = filepath.Join(dir, fmt.Sprintf("%s-%d.yaml", name, i))
	}
	return p
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// writeDoc writes the editor's text to path; a draft that is now clean moves
// out of the drafts folder.
func (a *Author) writeDoc(path, verb string) {
	text := a.editor.Text
	if err := writeScenarioFile(path, text); err != nil {
		a.banner.show(err.Error())
		return
	}
	if old := a.doc.path; a.isDraft() && old != path {
		os.Remove(old) // the clean copy replaces it
	}
	a.banner.hide()
	a.doc = doc{path: path, saved: text}
	a.clearRecovery()
	a.showDocState()
	a.status.SetText(verb + " " + filepath.Base(path) + ".")
	a.refreshFiles()
	if a.OnSaved != nil {
		a.OnSaved()
	}
}

func writeScenarioFile(path, text string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("could not create the scenario folder %s: %w", filepath.Dir(path), err)
	}
	tmp := path + ".saving"
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		return fmt.Errorf("could not save %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("could not save %s: %w", path, err)
	}
	return nil
}

// plural writes "1 problem", "2 problems".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
