package history

import (
	"flag"
	"os"
	"testing"

	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/history")

// TestMain lets the kill test re-run this test binary as a child process that
// writes turns until it is killed, and stops the PostgreSQL test server (if a
// test started it) when the tests are done.
func TestMain(m *testing.M) {
	if path := os.Getenv(killHelperEnv); path != "" {
		os.Exit(runKillHelper(path))
	}
	code := m.Run()
	pgtest.StopShared()
	stopPGBench()
	os.Exit(code)
}
