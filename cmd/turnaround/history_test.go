package main

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
)

// historyCLIDir holds the expected output of the history subcommands.
const historyCLIDir = "../../testdata/history/cli"

var historyT0 = time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)

// seedHistoryFile writes a small history: Ana's scored session, her unscored
// retry of it, and Ben's unfinished session. It returns the file's path.
func seedHistoryFile(t *testing.T) string {
	t.Helper()
	historyLocation = time.UTC
	path := filepath.Join(t.TempDir(), "history.db")
	s, err := history.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	first := seedSession(t, s, history.SessionMeta{Trainee: "Ana", ScenarioID: "late-delivery", StartedAt: historyT0}, cliTurns())
	must(t, s.FinishSession(ctx, first, "resolved", cliReport(), historyT0.Add(time.Minute)))
	retry := seedSession(t, s, history.SessionMeta{Trainee: "Ana", ScenarioID: "late-delivery",
		StartedAt: historyT0.Add(24 * time.Hour), ParentID: first, ForkTurn: 1}, cliTurns()[:2])
	must(t, s.FinishSession(ctx, retry, "hung-up", nil, historyT0.Add(25*time.Hour)))
	seedSession(t, s, history.SessionMeta{Trainee: "Ben", ScenarioID: "billing-error", StartedAt: historyT0.Add(48 * time.Hour)}, cliTurns()[:1])
	return path
}

func seedSession(t *testing.T, s history.Store, m history.SessionMeta, turns []scoring.Turn) history.SessionID {
	t.Helper()
	m.ScenarioHash, m.ScenarioTitle, m.RubricVersion, m.Voice = "h-"+m.ScenarioID, "Title of "+m.ScenarioID, "1", "scripted"
	id, err := s.BeginSession(context.Background(), m)
	must(t, err)
	for i, turn := range turns {
		must(t, s.AppendTurn(context.Background(), id, i, turn))
	}
	return id
}

func cliTurns() []scoring.Turn {
	return []scoring.Turn{
		{Role: scoring.RoleCustomer, Text: "It came Monday. I had to buy another gift.", Mood: &scoring.Mood{Frustration: 70, Trust: 40, Patience: 6}},
		{Role: scoring.RoleAgent, Text: "We missed the window; I'm refunding the express fee now.", AtMS: 14000,
			Action: &scoring.Action{Kind: "refund", Amount: 25, Currency: "USD"}},
		{Role: scoring.RoleCustomer, Text: "Thanks. That's fair.", AtMS: 75000, Note: "voice fell back to script"},
	}
}

func cliReport() *scoring.Report {
	rep := &scoring.Report{Scenario: "late-delivery", RubricVersion: "1", Total: 78, Ending: "resolved",
		Outcomes: scoring.Outcomes{Relief: true, Fairness: true}, Dimensions: map[scoring.Dimension]scoring.DimensionScore{},
		OutcomeTurns: map[string]int{"relief": 1, "clarity": -1, "fairness": 1, "confidence": -1},
		Satisfaction: scoring.Satisfaction{Estimate: 74, Baseline: 70, Paradox: true}}
	for i, d := range scoring.Dimensions {
		rep.Dimensions[d] = scoring.DimensionScore{Score: 70 + i*5, Weight: 0.25}
	}
	rep.Dimensions[scoring.Empathy] = scoring.DimensionScore{Score: 82, Weight: 0.25, Evidence: []scoring.Evidence{
		{Turn: 1, Quote: "We missed the window", Rule: "owns-the-mistake", Points: 12}}}
	return rep
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestHistoryGolden(t *testing.T) {
	db := seedHistoryFile(t)
	tests := []struct {
		golden string
		args   []string
	}{
		{"list", []string{"history", "--db", db}},
		{"list-ana-until", []string{"history", "list", "--trainee", "Ana", "--until", "2026-03-02", "--db", db}},
		{"show", []string{"history", "show", "1", "--db", db}},
		{"show-retry", []string{"history", "show", "--db", db, "2"}},
		{"export-json-since", []string{"history", "export", "--format", "json", "--since", "2026-03-04", "--db", db}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			code, stdout, stderr := run(t, tt.args...)
			if code != exitOK || stderr != "" {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			path := filepath.Join(historyCLIDir, tt.golden+".golden")
			if *update {
				must(t, os.WriteFile(path, []byte(stdout), 0o644))
			}
			want, err := os.ReadFile(path)
			must(t, err)
			if diff := cmp.Diff(string(want), stdout); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}

func TestHistoryExportCSVOpensAsATable(t *testing.T) {
	db := seedHistoryFile(t)
	code, stdout, stderr := run(t, "history", "export", "--format", "csv", "--db", db)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q (progress must stay off when stderr is not a terminal)", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	must(t, err)
	if len(rows) != 4 || rows[1][3] != "Ana" || rows[1][12] != "78" || rows[1][13] != "82" || !strings.HasSuffix(stdout, "\r\n") {
		t.Errorf("CSV rows = %q; want header + 3 sessions, Ana's first with total 78 and empathy 82, CRLF line ends", rows)
	}
}

func TestHistoryErrors(t *testing.T) {
	db := seedHistoryFile(t)
	notDB := filepath.Join(t.TempDir(), "notes.txt")
	must(t, os.WriteFile(notDB, []byte("not a database\n"), 0o644))
	missing := filepath.Join(t.TempDir(), "none.db")
	empty := filepath.Join(t.TempDir(), "empty.db")
	must(t, os.WriteFile(empty, nil, 0o644))
	folder := t.TempDir()
	closed := closedPort(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"unknown session", []string{"show", "99", "--db", db}, exitInvalid,
			"turnaround history: history file " + db + " has no session 99.\n"},
		{"not a database", []string{"list", "--db", notDB}, exitInvalid,
			"turnaround history: history file " + notDB + " is not a Turnaround history database.\n"},
		{"missing file", []string{"--db", missing}, exitInvalid,
			"turnaround history: history file " + missing + " does not exist yet; play a session first or pass --db.\n"},
		{"empty file is left empty", []string{"list", "--db", empty}, exitInvalid,
			"turnaround history: history file " + empty + " is empty: nothing has been recorded in it yet.\n"},
		{"folder", []string{"list", "--db", folder}, exitInvalid,
			"turnaround history: history file " + folder + " is a folder; pass --db with the history file inside it.\n"},
		{"team store down", []string{"list", "--store", "postgres://lee@127.0.0.1:" + closed + "/team"}, exitInvalid,
			"turnaround history: team store postgres://lee@127.0.0.1:" + closed + "/team cannot be reached (connect: connection refused); check the address and that the server is running.\n"},
		{"team store password stays hidden", []string{"list", "--store", "postgres://lee:secret@no-such-host.invalid/team"}, exitInvalid,
			"turnaround history: team store postgres://lee@no-such-host.invalid/team cannot be reached (no such host no-such-host.invalid)"},
		{"db and store", []string{"list", "--db", db, "--store", "postgres://team"}, exitUsage,
			"turnaround history: use --db or --store, not both.\n"},
		{"store not a URL", []string{"list", "--store", "team.db"}, exitUsage,
			"turnaround history: --store \"team.db\" is not a postgres:// URL.\n"},
		{"bad date", []string{"list", "--since", "03/02/2026", "--db", db}, exitUsage,
			"turnaround history: --since \"03/02/2026\" is not a date like 2026-03-31.\n"},
		{"export without format", []string{"export", "--db", db}, exitUsage,
			"turnaround history: export needs --format csv or --format json.\n"},
		{"bad id", []string{"show", "abc"}, exitUsage, "turnaround history: session id \"abc\" is not a positive number.\n"},
		{"unknown subcommand", []string{"delete", "3"}, exitUsage, "turnaround history: unexpected arguments [\"delete\" \"3\"].\n"},
	}
	t.Cleanup(func() {
		info, err := os.Stat(empty)
		if err != nil {
			t.Errorf("reading the empty history removed it: %v", err)
		} else if info.Size() != 0 {
			t.Errorf("reading the empty history wrote %d bytes to it", info.Size())
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, append([]string{"history"}, tt.args...)...)
			if code != tt.code || stdout != "" {
				t.Errorf("exit %d, stdout %q; want %d and nothing on stdout", code, stdout, tt.code)
			}
			// Usage errors add the flag list after the sentence.
			if !strings.HasPrefix(stderr, tt.stderr) {
				t.Errorf("stderr = %q; want it to start with %q", stderr, tt.stderr)
			}
		})
	}
}

func TestExportProgressRewritesOneLine(t *testing.T) {
	var b strings.Builder
	p := exportProgress(&b)
	p(250, 1000)
	p(1000, 1000)
	if want := "\rexported 250 of 1000 sessions\rexported 1000 of 1000 sessions"; b.String() != want {
		t.Errorf("progress = %q; want %q", b.String(), want)
	}
	if isTerminal(&b) {
		t.Error("a strings.Builder counted as a terminal")
	}
}
