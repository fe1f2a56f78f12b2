package history

import (
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/history")

// TestMain lets the kill test re-run this test binary as a child process that
// writes turns until it is killed.
func TestMain(m *testing.M) {
	if path := os.Getenv(killHelperEnv); path != "" {
		os.Exit(runKillHelper(path))
	}
	os.Exit(m.Run())
}
