//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// fifoInUserFolder puts a named pipe nobody writes to in the user scenario folder.
func fifoInUserFolder(t *testing.T) string {
	t.Helper()
	pipe := filepath.Join(userScenarioDir(t), "pipe.yaml")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	return pipe
}

func TestFIFOInUserFolderDoesNotHangScorePlayOrScenarios(t *testing.T) {
	pipe := fifoInUserFolder(t)
	warning := "warning: " + pipe + ": skipped: this is a named pipe, not a scenario file"
	code, _, stderr := runWithin(t, "score", "--scenario", "late-delivery-anniversary", goldenTranscript)
	if code != exitOK || !strings.Contains(stderr, "turnaround score: "+warning) {
		t.Errorf("score: exit %d, stderr %q; want 0 and the pipe named", code, stderr)
	}
	code, stdout, stderr := runWithin(t, "play", "--no-history", "--scenario", "late-delivery-anniversary")
	if code != exitOK || !strings.Contains(stderr, "turnaround play: "+warning) || !strings.Contains(stdout, "customer: ") {
		t.Errorf("play: exit %d, stderr %q; want 0 and the pipe named", code, stderr)
	}
	code, stdout, stderr = runWithin(t, "scenarios")
	if code != exitOK || !strings.Contains(stdout, "late-delivery-anniversary") || !strings.Contains(stderr, pipe+": skipped") {
		t.Errorf("scenarios: exit %d, stderr %q", code, stderr)
	}
}
