package main

import (
	"fmt"
	"os"
	"testing"

	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

// TestMain points the user's config folder at a throwaway one, so subcommands
// that default to the real history file or scenario folder never touch the
// files of whoever runs the tests. Child processes inherit it. The PostgreSQL
// test server, if a test started one, stops when the tests are done.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "turnaround-cmd-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot make a config folder for the tests:", err)
		os.Exit(1)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	code := m.Run()
	pgtest.StopShared()
	os.RemoveAll(dir)
	os.Exit(code)
}
