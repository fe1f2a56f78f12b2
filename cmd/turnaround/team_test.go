package main

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

func TestTeamInitPrintsIdempotentSQL(t *testing.T) {
	code, stdout, stderr := run(t, "team", "init", "postgres://lee@db.example/team")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"CREATE ROLE turnaround_trainee NOLOGIN", "CREATE ROLE turnaround_lead NOLOGIN",
		`GRANT USAGE ON SCHEMA "public" TO turnaround_trainee, turnaround_lead`,
		"ALTER TABLE sessions ENABLE ROW LEVEL SECURITY", "USING (owner = current_user)",
		"CREATE ROLE ana LOGIN PASSWORD '...' IN ROLE turnaround_trainee"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("team init output lacks %q", want)
		}
	}
}

// TestTeamInitApplyThenImportTwice sets up a real team store from the command
// line, imports a desktop history into it twice (the second run copies
// nothing), and lists it back with --store.
func TestTeamInitApplyThenImportTwice(t *testing.T) {
	srv := pgtest.Shared(t)
	db := srv.NewDatabase(t)
	url := srv.AdminURL(db)
	code, stdout, stderr := run(t, "team", "init", url, "--apply")
	redacted := history.RedactURL(url)
	if code != exitOK || stdout != "Team store "+redacted+" is set up: roles turnaround_trainee and turnaround_lead, row-level security on.\n"+teamLoginExample {
		t.Fatalf("team init --apply: exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
	c, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(context.Background())
	var rls bool
	if err := c.QueryRow(context.Background(), `SELECT relrowsecurity FROM pg_class WHERE relname = 'turns'`).Scan(&rls); err != nil || !rls {
		t.Errorf("row-level security on turns = %v (%v); want on", rls, err)
	}

	file := seedHistoryFile(t)
	code, stdout, stderr = run(t, "history", "import", "--from", file, "--to", url)
	want := "Imported 3 sessions (6 turns) from " + file + " into " + redacted + "; 0 already there.\n"
	if code != exitOK || stdout != want || stderr != "imported 3 of 3 sessions\n" {
		t.Fatalf("first import: exit %d\nstdout %q\nwant   %q\nstderr %q", code, stdout, want, stderr)
	}
	code, stdout, _ = run(t, "history", "import", "--from", file, "--to", url)
	want = "Imported 0 sessions (0 turns) from " + file + " into " + redacted + "; 3 already there.\n"
	if code != exitOK || stdout != want {
		t.Fatalf("second import: exit %d\nstdout %q\nwant   %q", code, stdout, want)
	}
	_, fromFile, _ := run(t, "history", "list", "--db", file)
	code, fromTeam, stderr := run(t, "history", "list", "--store", url)
	if code != exitOK || fromTeam != fromFile {
		t.Errorf("list --store: exit %d, stderr %q\n%s\nwant the desktop's list\n%s", code, stderr, fromTeam, fromFile)
	}
}

func closedPort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(l.Addr().String())
	l.Close()
	return port
}

// TestPlayRecordsIntoTheTeamStore plays with --store twice: with the server
// up the session lands on it; with the server unreachable the trainee is told
// in one sentence and the session waits in the queue file beside the history.
func TestPlayRecordsIntoTheTeamStore(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	srv := pgtest.Shared(t)
	url := srv.AdminURL(srv.NewDatabase(t))
	stdin := "Hello.\n/refund 25 USD I've refunded 25 now.\n"
	code, _, stderr := playIn(t, stdin, "--scenario", "late-delivery-anniversary", "--store", url, "--trainee", "Ana")
	if code != exitOK || strings.Contains(stderr, "team store") {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	team, err := history.OpenPostgres(context.Background(), url, history.PGOptions{})
	must(t, err)
	defer team.Close()
	list, err := team.Sessions(context.Background(), history.Filter{})
	must(t, err)
	if len(list) != 1 || list[0].Trainee != "Ana" || !list[0].Finished() || list[0].Turns < 3 {
		t.Fatalf("team store sessions = %+v; want Ana's finished session", list)
	}

	down := "postgres://lee@127.0.0.1:" + closedPort(t) + "/team"
	code, _, stderr = playIn(t, stdin, "--scenario", "late-delivery-anniversary", "--store", down, "--trainee", "Ana")
	wantNote := "turnaround play: team store " + down + " cannot be reached (connect: connection refused); check the address and that the server is running; recording in "
	if code != exitOK || !strings.Contains(stderr, wantNote) {
		t.Fatalf("exit %d, stderr:\n%s\nwant it to contain %q", code, stderr, wantNote)
	}
	qpath, err := history.DefaultQueuePath(down)
	must(t, err)
	q, err := history.OpenQueue(qpath)
	must(t, err)
	defer q.Close()
	if n, err := q.Len(context.Background()); err != nil || n < 5 {
		t.Errorf("queue holds %d entries (%v); want the session's begin, turns and finish", n, err)
	}
}

func TestHistoryImportSaysWhatIsWrong(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.db")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no --to", []string{"import", "--from", missing}, exitUsage,
			"turnaround history: import needs --from PATH.db and --to postgres://....\n"},
		{"--to not a URL", []string{"import", "--from", missing, "--to", "team.db"}, exitUsage,
			"turnaround history: --to \"team.db\" is not a postgres:// URL.\n"},
		{"missing file", []string{"import", "--from", missing, "--to", "postgres://lee@127.0.0.1:1/team"}, exitInvalid,
			"turnaround history import: history file " + missing + " cannot be read (no such file or directory); name a desktop history with --from.\n"},
		{"--from outside import", []string{"list", "--from", missing}, exitUsage,
			"turnaround history: --from and --to belong to history import.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, append([]string{"history"}, tt.args...)...)
			if code != tt.code || stdout != "" || !strings.HasPrefix(stderr, tt.stderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d and stderr starting %q", code, stdout, stderr, tt.code, tt.stderr)
			}
		})
	}
}
