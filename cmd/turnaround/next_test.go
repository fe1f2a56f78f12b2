package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
)

// seedWeakEmpathy stores five of Ana's scored sessions whose empathy averages 41.
func seedWeakEmpathy(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "h.db")
	s, err := history.Open(path)
	must(t, err)
	defer s.Close()
	for i, empathy := range []int{35, 45, 40, 41, 44} {
		id := seedSession(t, s, history.SessionMeta{Trainee: "Ana", ScenarioID: "late-delivery-anniversary",
			StartedAt: historyT0.Add(time.Duration(i) * time.Hour)}, cliTurns())
		rep := cliReport()
		rep.Dimensions[scoring.Empathy] = scoring.DimensionScore{Score: empathy, Weight: 0.25}
		must(t, s.FinishSession(context.Background(), id, "resolved", rep, historyT0.Add(time.Duration(i)*time.Hour+time.Minute)))
	}
	return path
}

func TestNextNamesTheScenarioForTheWeakestDimensionAndWhy(t *testing.T) {
	db := seedWeakEmpathy(t)
	code, stdout, stderr := run(t, "next", "--trainee", "Ana", "--db", db)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := "Next for Ana: rude-agent-coat-refund  (" // the one scenario weighing empathy at 40%
	why := "Your empathy averaged 41 over your last 5 assessed sessions; this scenario weighs empathy at 40%, and you have not played it yet.\n"
	if !strings.HasPrefix(stdout, want) || !strings.Contains(stdout, "\n"+why) ||
		!strings.HasSuffix(stdout, "Play it: turnaround play --scenario rude-agent-coat-refund\n") {
		t.Errorf("stdout:\n%s\nwant it to start %q and give the reason %q", stdout, want, why)
	}
}

func TestNextUsageAndMissingHistory(t *testing.T) {
	if code, _, stderr := run(t, "next", "Ana"); code != exitUsage || !strings.Contains(stderr, `unexpected argument "Ana"`) {
		t.Errorf("next Ana: exit %d, %q", code, stderr)
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	code, _, stderr := run(t, "next", "--db", missing)
	if code != exitInvalid || stderr != "turnaround next: history file "+missing+" does not exist yet; play a session first or pass --db\n" {
		t.Errorf("next --db missing: exit %d, %q", code, stderr)
	}
	folder := t.TempDir()
	code, _, stderr = run(t, "next", "--db", folder)
	if code != exitInvalid || stderr != "turnaround next: history file "+folder+" is a folder; pass --db with the history file inside it\n" {
		t.Errorf("next --db FOLDER: exit %d, %q", code, stderr)
	}
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	code, stdout, _ := run(t, "next", "--trainee", "Cleo")
	if code != exitOK || !strings.Contains(stdout, "You have no scored sessions yet") {
		t.Errorf("next with no history yet: exit %d, %q", code, stdout)
	}
}

func TestPlayStoresSessionUnderOSUserByDefault(t *testing.T) {
	if osUserName() == "" {
		t.Skip("the system gives no user name here")
	}
	db := filepath.Join(t.TempDir(), "h.db")
	if code, _, stderr := run(t, "play", "--scenario", "late-delivery-anniversary", "--db", db); code != exitOK {
		t.Fatalf("play: exit %d: %s", code, stderr)
	}
	s, err := history.Open(db)
	must(t, err)
	defer s.Close()
	list, err := s.Sessions(context.Background(), history.Filter{})
	must(t, err)
	if len(list) != 1 || list[0].Trainee != osUserName() {
		t.Errorf("sessions = %+v; want one stored under %q", list, osUserName())
	}
}
