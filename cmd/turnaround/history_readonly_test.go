package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/sim"
)

// TestHistoryReadsAReadOnlyHistory: list, show and export a history whose
// file is 0444 in a folder 0555. They used to fail because opening always
// migrated and probed a write. Root ignores permission bits, so there the
// immutable attribute makes the file and folder read-only for real.
func TestHistoryReadsAReadOnlyHistory(t *testing.T) {
	path := seedHistoryFile(t)
	readOnly(t, path, 0o444)
	readOnly(t, filepath.Dir(path), 0o555)
	if f, err := os.OpenFile(filepath.Join(filepath.Dir(path), "probe"), os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
		f.Close()
		t.Fatal("the folder is still writable; this test would prove nothing")
	}
	for _, args := range [][]string{
		{"list"}, {"show", "1"}, {"export", "--format", "csv"},
	} {
		t.Run(args[0], func(t *testing.T) {
			var out, errOut strings.Builder
			code := dispatch(env{strings.NewReader(""), &out, &errOut}, append(append([]string{"history"}, args...), "--db", path))
			if code != exitOK || !strings.Contains(out.String(), "late-delivery") {
				t.Errorf("history %s: exit %d\nstdout:\n%s\nstderr:\n%s", args[0], code, out.String(), errOut.String())
			}
		})
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("reading left %d entries in the folder; want only the history file", len(entries))
	}
}

// readOnly sets mode on path and, as root, also the immutable attribute
// (skipping the test if it cannot be set), undoing both when the test ends.
func readOnly(t *testing.T, path string, mode os.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	must(t, err)
	must(t, os.Chmod(path, mode))
	t.Cleanup(func() { os.Chmod(path, info.Mode().Perm()) })
	if os.Geteuid() != 0 {
		return
	}
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Skipf("cannot make %s read-only as root: %v %s", path, err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", path).Run() })
}

// TestReviewReadsAReadOnlyHistory: the desktop app opened a read-only history
// as an empty memory store, so Review showed nothing. Review must read the
// file as it is, while sessions played meanwhile go to memory with a warning.
func TestReviewReadsAReadOnlyHistory(t *testing.T) {
	path := seedHistoryFile(t)
	readOnly(t, path, 0o444)
	readOnly(t, filepath.Dir(path), 0o555)
	stores := openHistoryAt(path)
	defer stores.close()
	want := "history file " + path + " cannot be written; check that the file and its folder are writable; " +
		"Review shows it, but sessions played now will not be kept"
	if stores.warning == nil || stores.warning.Error() != want {
		t.Errorf("warning = %v; want %q", stores.warning, want)
	}
	list, err := (&historyAdapter{s: stores.read}).Sessions(context.Background(), "")
	if err != nil || len(list) != 3 || list[2].Trainee != "Ana" {
		t.Fatalf("Review lists %+v, %v; want the file's 3 sessions", list, err)
	}
	rec := desktopRecorder{store: stores.record, trainee: func() string { return "Bo" }, now: time.Now}
	conv, err := rec.start(builtinScenario(t, "late-delivery-anniversary"), sim.NewScripted(), nil, scoring.Transcript{}, 0)
	must(t, err)
	_, err = conv.Open(context.Background())
	must(t, err)
	if p := conv.HistoryProblem(); p != "" {
		t.Errorf("recording in memory reports %q", p)
	}
	if again, _ := stores.read.Sessions(context.Background(), history.Filter{}); len(again) != 3 {
		t.Errorf("the read-only file now lists %d sessions; want it untouched", len(again))
	}
}
