package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSetAsideBrokenPrefsMovesEmptyFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "preferences.json")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	setAsideBrokenPrefs(dir, &stderr)

	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("empty preferences.json still in place (stat err %v)", err)
	}
	if _, err := os.Stat(path + ".broken"); err != nil {
		t.Fatalf("preferences.json.broken not created: %v", err)
	}
	got := stderr.String()
	if strings.Count(got, "\n") != 1 || !strings.Contains(got, "moved it to "+path+".broken") {
		t.Errorf("stderr = %q, want one line naming %s.broken", got, path)
	}
}

func TestSetAsideBrokenPrefsKeepsEarlierBrokenFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "preferences.json")
	must(t, os.WriteFile(path+".broken", []byte("older"), 0o600))
	must(t, os.WriteFile(path, []byte(`{"theme":"da`), 0o600))

	setAsideBrokenPrefs(dir, &strings.Builder{})

	older, _ := os.ReadFile(path + ".broken")
	newer, _ := os.ReadFile(path + ".broken.1")
	if string(older) != "older" || string(newer) != `{"theme":"da` {
		t.Errorf(".broken = %q, .broken.1 = %q; want the older file kept and the cut-short one beside it", older, newer)
	}
}

func TestSetAsideBrokenPrefsLeavesGoodOrMissingFile(t *testing.T) {
	dir := t.TempDir()
	var stderr strings.Builder
	setAsideBrokenPrefs(dir, &stderr) // no file yet: first start

	path := filepath.Join(dir, "preferences.json")
	must(t, os.WriteFile(path, []byte(`{"theme":"dark"}`), 0o600))
	setAsideBrokenPrefs(dir, &stderr)

	if data, err := os.ReadFile(path); err != nil || string(data) != `{"theme":"dark"}` {
		t.Errorf("good preferences.json changed: %q, %v", data, err)
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr = %q, want nothing", stderr.String())
	}
}

func TestFynePrefsDirEndsWithAppID(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/cfg")
	t.Setenv("HOME", "/home/u")
	got := fynePrefsDir("app.turnaround.desktop")
	if !strings.HasSuffix(got, filepath.Join("fyne", "app.turnaround.desktop")) {
		t.Errorf("fynePrefsDir = %q, want …/fyne/app.turnaround.desktop", got)
	}
}
