package main

import (
	"fmt"
	"os"
	"testing"
)

// TestMain points the user's config folder at a throwaway one, so subcommands
// that default to the real history file or scenario folder never touch the
// files of whoever runs the tests. Child processes inherit it.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "turnaround-cmd-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot make a config folder for the tests:", err)
		os.Exit(1)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
