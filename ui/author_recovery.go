package ui

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2/dialog"
)

// The editor keeps a recovery copy of unsaved work in the user scenario
// folder, written off the UI thread after each pause in typing. If Turnaround
// closes without saving, the next Author screen offers it back.

func (a *Author) recoveryDir() (string, error) {
	dir, err := a.userDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, recoveryDirName), nil
}

// autosave writes text as the recovery copy when it differs from the saved
// file, and removes the copy when it does not. It runs off the UI thread.
func (a *Author) autosave(path, text string, dirty bool) {
	dir, err := a.recoveryDir()
	if err != nil {
		return
	}
	if !dirty {
		os.RemoveAll(dir)
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	// Path first, text last: a copy whose text is missing is not offered.
	if writeScenarioFile(filepath.Join(dir, recoveryPath), path) == nil {
		writeScenarioFile(filepath.Join(dir, recoveryText), text)
	}
}

func (a *Author) clearRecovery() {
	a.mu.Lock()
	a.lintGen++ // a pending autosave of the discarded text must not bring it back
	a.mu.Unlock()
	if dir, err := a.recoveryDir(); err == nil {
		os.RemoveAll(dir)
	}
}

// offerRecovery asks whether to restore unsaved work a crash left behind.
func (a *Author) offerRecovery() {
	dir, err := a.recoveryDir()
	if err != nil {
		return
	}
	text, err := os.ReadFile(filepath.Join(dir, recoveryText))
	if err != nil {
		return
	}
	path, _ := os.ReadFile(filepath.Join(dir, recoveryPath))
	name := "a new scenario"
	if len(path) > 0 {
		name = filepath.Base(string(path))
	}
	restore := func() { a.restore(string(path), string(text)) }
	if a.win == nil {
		restore()
		return
	}
	dialog.NewCustomConfirm("Recover unsaved changes?", "Recover", "Discard",
		wrapped("Turnaround closed before your changes to "+name+" were saved. A copy was kept. Recover it?"),
		func(ok bool) {
			if ok {
				restore()
			} else {
				a.clearRecovery()
			}
		}, a.win).Show()
}

// restore shows recovered text as unsaved changes to the file it came from.
func (a *Author) restore(path, text string) {
	saved := ""
	if path != "" {
		if data, err := os.ReadFile(path); err == nil {
			saved = string(data)
		} else {
			path = "" // the file is gone; the text comes back as a new scenario
		}
	}
	a.load(doc{path: path, saved: saved}, text)
}
