package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/sim"
)

// TestPlayRecordsTheSession plays a whole session through the command and
// finds the same transcript in the history as in --out.
func TestPlayRecordsTheSession(t *testing.T) {
	dir := t.TempDir()
	db, out := filepath.Join(dir, "history.db"), filepath.Join(dir, "t.json")
	stdin := "Hello.\n/refund 25 USD I've refunded 25 now.\n"
	code, _, stderr := playIn(t, stdin, "--scenario", "late-delivery-anniversary", "--out", out, "--db", db, "--trainee", "Ana")
	if code != exitOK || strings.Contains(stderr, "record") {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	s, err := history.Open(db)
	must(t, err)
	defer s.Close()
	list, err := s.Sessions(context.Background(), history.Filter{})
	must(t, err)
	if len(list) != 1 {
		t.Fatalf("%d sessions stored, want 1", len(list))
	}
	got, err := s.Session(context.Background(), list[0].ID)
	must(t, err)
	want := readOut(t, out)
	if diff := cmp.Diff(want, got.Transcript); diff != "" {
		t.Errorf("stored transcript differs from --out (-out +stored):\n%s", diff)
	}
	if got.Trainee != "Ana" || got.ScenarioID != "late-delivery-anniversary" || got.Voice != "scripted" ||
		got.ScenarioHash == "" || !got.Finished() || got.Ending != want.Ending {
		t.Errorf("stored session = %+v; want Ana's finished scripted session with the scenario hash", got.SessionSummary)
	}
}

// TestRecorderCommitsEachTurn reads the history from a second handle while the
// session is still running: every recorded turn must already be there.
func TestRecorderCommitsEachTurn(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	s, err := history.Open(db)
	must(t, err)
	clock := historyT0
	r := newHistoryRecorder(s, func() time.Time { clock = clock.Add(time.Minute); return clock })
	sc := &scenarios.Scenario{ID: "late-delivery", Title: "The late gift", Hash: "abc"}
	must(t, r.Begin(sc, "scripted", "Ana", history.ModeAssessment))
	for i, turn := range cliTurns()[:2] {
		must(t, r.Turn(i, turn))
	}
	reader, err := history.Open(db)
	must(t, err)
	defer reader.Close()
	open, err := reader.Unfinished(context.Background())
	must(t, err)
	if len(open) != 1 || open[0].Turns != 2 || open[0].Trainee != "Ana" || open[0].ScenarioHash != "abc" {
		t.Fatalf("while playing, Unfinished = %+v; want Ana's session with 2 turns", open)
	}
	must(t, r.Finish(sim.Resolved, cliReport()))
	must(t, r.Close())
	done, err := reader.Session(context.Background(), open[0].ID)
	must(t, err)
	if done.Ending != "resolved" || done.Total != 78 || !done.EndedAt.Equal(historyT0.Add(2*time.Minute)) {
		t.Errorf("after Finish: ending %q total %d ended %v; want resolved, 78, at the second clock tick",
			done.Ending, done.Total, done.EndedAt)
	}
}

func TestRecorderAfterFailedBeginSaysNotRecording(t *testing.T) {
	mem, err := history.OpenMemory()
	must(t, err)
	r := newHistoryRecorder(mem, time.Now)
	mem.Close()
	if err := r.Begin(&scenarios.Scenario{ID: "x"}, "scripted", "Ana", history.ModeAssessment); err == nil {
		t.Fatal("Begin on a closed store succeeded")
	}
	if err := r.Turn(0, scoring.Turn{Role: scoring.RoleAgent}); !errors.Is(err, history.ErrNotRecording) {
		t.Errorf("Turn after failed Begin: %v; want history.ErrNotRecording", err)
	}
	if err := r.Finish(sim.Abandoned, nil); !errors.Is(err, history.ErrNotRecording) {
		t.Errorf("Finish after failed Begin: %v; want history.ErrNotRecording", err)
	}
}

func TestPlayWithUnusableHistoryFails(t *testing.T) {
	db := filepath.Join(t.TempDir(), "notes.txt")
	must(t, os.WriteFile(db, []byte("not a database\n"), 0o644))
	code, _, stderr := playIn(t, "Hello.\n", "--scenario", "late-delivery-anniversary", "--db", db)
	if code != exitInvalid || !strings.Contains(stderr, "history file "+db+" is not a Turnaround history database") {
		t.Errorf("exit %d, stderr %q; want 1 and the file named", code, stderr)
	}
}

// TestPlayRecordsInTheDefaultHistory plays without --db: the session lands in the
// same default history file that `turnaround history` and the desktop app read,
// and --no-history leaves no trace there.
func TestPlayRecordsInTheDefaultHistory(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	stdin := "Hello.\n/refund 25 USD I've refunded 25 now.\n"
	if code, _, stderr := playIn(t, stdin, "--scenario", "late-delivery-anniversary", "--trainee", "Bo"); code != exitOK {
		t.Fatalf("play exit %d, stderr:\n%s", code, stderr)
	}
	if code, _, stderr := playIn(t, stdin, "--scenario", "double-charge-streaming", "--no-history"); code != exitOK {
		t.Fatalf("play --no-history exit %d, stderr:\n%s", code, stderr)
	}
	var out, errOut strings.Builder
	code := dispatch(env{strings.NewReader(""), &out, &errOut}, []string{"history", "list"})
	if code != exitOK {
		t.Fatalf("history list exit %d, stderr:\n%s", code, errOut.String())
	}
	list := out.String()
	if !strings.Contains(list, "Bo") || !strings.Contains(list, "late-delivery-anniversary") {
		t.Errorf("history list does not show Bo's session:\n%s", list)
	}
	if strings.Contains(list, "double-charge-streaming") {
		t.Errorf("history list shows the --no-history session:\n%s", list)
	}
}

// TestPlayWithUnopenableDefaultHistoryStillPlays: the default history is a
// convenience, so a config folder that cannot hold it costs a warning, not the session.
func TestPlayWithUnopenableDefaultHistoryStillPlays(t *testing.T) {
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	must(t, os.WriteFile(filepath.Join(cfg, "turnaround"), []byte("a file where a folder belongs\n"), 0o644))
	code, stdout, stderr := playIn(t, "Hello.\n", "--scenario", "late-delivery-anniversary")
	if code != exitOK || !strings.Contains(stderr, "not recording this session") || !strings.Contains(stdout, "customer:") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant the session played with a warning", code, stdout, stderr)
	}
}
