package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
)

// prefsFileName is the file Fyne keeps an app's preferences in.
const prefsFileName = "preferences.json"

// fynePrefsDir is the folder Fyne v2.7 keeps an app's preferences in on this
// desktop platform. Fyne does not export it, so it is repeated here; an empty
// result means the location is unknown and nothing is checked.
func fynePrefsDir(appID string) string {
	var root string
	switch runtime.GOOS {
	case "windows":
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		root = filepath.Join(home, "AppData", "Roaming")
	case "darwin":
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		root = filepath.Join(home, "Library", "Preferences")
	default:
		dir, err := os.UserConfigDir()
		if err != nil {
			return ""
		}
		root = dir
	}
	return filepath.Join(root, "fyne", appID)
}

// setAsideBrokenPrefs moves an empty or unreadable preferences file in dir to
// preferences.json.broken, so Fyne starts with defaults instead of logging
// "Preferences load error: EOF". Fyne writes the file in place, so a stop in
// the middle of a write leaves it empty or cut short. The file is renamed,
// never deleted, so its owner can still recover what is in it.
func setAsideBrokenPrefs(dir string, stderr io.Writer) {
	if dir == "" {
		return
	}
	path := filepath.Join(dir, prefsFileName)
	data, err := os.ReadFile(path)
	if err != nil || prefsReadable(data) {
		return // a missing file is normal on first start
	}
	aside := freeName(path + ".broken")
	if err := os.Rename(path, aside); err != nil {
		fmt.Fprintf(stderr, "turnaround: preferences file %s cannot be read and could not be moved aside: %v\n", path, err)
		return
	}
	fmt.Fprintf(stderr, "turnaround: preferences file %s was empty or damaged; moved it to %s and started with default settings\n", path, aside)
}

// prefsReadable reports whether data is a JSON object, as Fyne expects.
func prefsReadable(data []byte) bool {
	if len(bytes.TrimSpace(data)) == 0 {
		return false
	}
	var values map[string]any
	return json.Unmarshal(data, &values) == nil
}

// freeName returns name, or name with the first free numeric suffix, so an
// earlier set-aside file is never overwritten.
func freeName(name string) string {
	candidate := name
	for i := 1; ; i++ {
		if _, err := os.Lstat(candidate); os.IsNotExist(err) {
			return candidate
		}
		candidate = name + "." + strconv.Itoa(i)
	}
}
