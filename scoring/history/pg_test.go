package history

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

// TestPGOpenSaysWhatIsWrong checks the one sentence the app shows for each
// way a team store can fail to open.
func TestPGOpenSaysWhatIsWrong(t *testing.T) {
	srv := pgtest.Shared(t)
	newer := srv.NewDatabase(t)
	openPGURL(t, srv.AdminURL(newer)).Close()
	srv.Exec(t, newer, `UPDATE turnaround_schema SET version = 99`)
	foreign := srv.NewDatabase(t)
	srv.Exec(t, foreign, `CREATE TABLE invoices (id int)`)
	closed := closedPort(t)
	tests := []struct {
		name string
		url  string
		kind error
		want string
	}{
		{"unreachable", "postgres://lee@127.0.0.1:" + closed + "/team?sslmode=disable", ErrUnreachable,
			"team store postgres://lee@127.0.0.1:" + closed + "/team?sslmode=disable cannot be reached ("},
		{"auth failed", srv.URL(pgtest.Superuser, "wrong", "postgres"), ErrAuth,
			"team store " + srv.URL(pgtest.Superuser, "", "postgres") + " refused the login; check the user name and the password (or PGPASSFILE)"},
		{"database missing", srv.AdminURL("no_such_db"), ErrNoDatabase,
			"team store " + srv.URL(pgtest.Superuser, "", "no_such_db") + " has no such database; create it or correct the URL"},
		{"schema newer", srv.AdminURL(newer), ErrNewerSchema,
			"team store " + srv.URL(pgtest.Superuser, "", newer) + " was set up by a newer Turnaround (schema version 99, this build knows up to 4); update Turnaround to use it"},
		{"foreign tables", srv.AdminURL(foreign), ErrNotDatabase,
			"team store " + srv.URL(pgtest.Superuser, "", foreign) + " holds another program's tables (1 tables and no Turnaround schema); point Turnaround at an empty database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := OpenPostgres(context.Background(), tt.url, PGOptions{ConnectTimeout: 2 * time.Second})
			if !errors.Is(err, tt.kind) || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("err = %v\nwant %v starting %q", err, tt.kind, tt.want)
			}
			if strings.Contains(err.Error(), pgtest.Password) || strings.Contains(err.Error(), "wrong") {
				t.Errorf("error shows the password: %v", err)
			}
		})
	}
}

// TestPGMigratesOnceWhenDesktopsOpenTogether opens a fresh database from
// eight desktops at once: the schema is applied once and all of them work.
func TestPGMigratesOnceWhenDesktopsOpenTogether(t *testing.T) {
	srv := pgtest.Shared(t)
	url := srv.AdminURL(srv.NewDatabase(t))
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			s, err := OpenPostgres(context.Background(), url, PGOptions{})
			if err == nil {
				_, err = s.BeginSession(context.Background(), sampleMeta("Ana", "late-delivery", t0))
				s.Close()
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	s := openPGURL(t, url)
	if got, _ := s.Sessions(context.Background(), Filter{}); len(got) != 8 {
		t.Errorf("sessions = %d; want 8", len(got))
	}
}

func TestImportTwiceIsANoOp(t *testing.T) {
	local := openTemp(t)
	ids := seedReview(t, local)
	retry := sampleMeta("Ana", "late-delivery", t0.AddDate(0, 0, 8))
	retry.ParentID, retry.ForkTurn = ids["ana6"], 2
	playSession(t, local, retry, nil)
	team := openPG(t)
	ctx := context.Background()
	var calls []string
	progress := func(done, total int) { calls = append(calls, fmt.Sprintf("%d/%d", done, total)) }
	first, err := Import(ctx, local, team, progress)
	if err != nil {
		t.Fatal(err)
	}
	if want := (ImportSummary{Sessions: 11, Imported: 11, Turns: 40}); first != want {
		t.Errorf("first import = %+v; want %+v", first, want)
	}
	if len(calls) != 11 || calls[10] != "11/11" {
		t.Errorf("progress calls = %v; want 1/11 .. 11/11", calls)
	}
	before := exportJSON(t, team)
	second, err := Import(ctx, local, team, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := (ImportSummary{Sessions: 11, Skipped: 11}); second != want {
		t.Errorf("second import = %+v; want %+v", second, want)
	}
	if after := exportJSON(t, team); after != before {
		t.Errorf("second import changed the team store:\nbefore %s\nafter %s", before, after)
	}
	// The copy reads back like the original, retry link included.
	want, _ := local.Trainees(ctx, Filter{})
	got, _ := team.Trainees(ctx, Filter{})
	if fmt.Sprint(want) != fmt.Sprint(got) {
		t.Errorf("team trainees = %v; want the desktop's %v", got, want)
	}
	list, _ := team.Sessions(ctx, Filter{Trainee: "Ana", Limit: 1})
	parent, _ := team.Sessions(ctx, Filter{Since: t0.AddDate(0, 0, 6), Until: t0.AddDate(0, 0, 7)})
	if len(list) != 1 || len(parent) != 1 || list[0].ParentID != parent[0].ID || list[0].ForkTurn != 2 {
		t.Errorf("imported retry = %+v; want parent %+v from turn 2", list, parent)
	}
}

func exportJSON(t *testing.T, s Store) string {
	t.Helper()
	var b strings.Builder
	if err := s.Export(context.Background(), &b, "json", Filter{}, nil); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func openPGURL(t *testing.T, url string) *PGStore {
	t.Helper()
	s, err := OpenPostgres(context.Background(), url, PGOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// closedPort is a port on 127.0.0.1 nothing listens on.
func closedPort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(l.Addr().String())
	l.Close()
	return port
}

// TestPGRunningSumsStayExact checks the trigger-kept trainee and scenario
// figures (the unfiltered overview) and the turn counts against counting the rows, after
// a session is rescored, a turn rewritten and a session removed.
func TestPGRunningSumsStayExact(t *testing.T) {
	s := openPG(t)
	ids := seedReview(t, s)
	ctx := context.Background()
	if err := s.FinishSession(ctx, ids["ana6"], "resolved", sampleReport(20, 10, 20, 30, 40), t0.AddDate(0, 0, 7)); err != nil {
		t.Fatal(err)
	}
	if err := s.AppendTurn(ctx, ids["ben1"], 0, sampleTurns()[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `DELETE FROM sessions WHERE id = $1`, ids["ben0"]); err != nil {
		t.Fatal(err)
	}
	sums, err := s.Trainees(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	counted, err := s.Trainees(ctx, Filter{Since: t0.AddDate(-1, 0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(counted, sums); diff != "" {
		t.Errorf("running sums differ from counted sessions (-counted +sums):\n%s", diff)
	}
	stats, err := s.ScenarioStats(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	countedStats, err := s.ScenarioStats(ctx, Filter{Since: t0.AddDate(-1, 0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(countedStats, stats, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("running scenario figures differ from counted sessions (-counted +running):\n%s", diff)
	}
	// Ben's 40, the lowest late-delivery total, was removed; Ana's rescored 20 is the new lowest, her 80 gone.
	if late := stats[1]; late.Attempts != 6 || late.Min != 20 || late.Max != 75 {
		t.Errorf("late-delivery figures = %+v; want 6 attempts from 20 to 75", late)
	}
	if len(sums) != 2 || sums[0].LatestTotal != 20 || sums[0].Trend != -1 || sums[1].Sessions != 1 {
		t.Errorf("trainees = %+v; want Ana latest 20 and slipping, Ben with one session", sums)
	}
	list, err := s.Sessions(ctx, Filter{Trainee: "Ben"})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[1].Turns != 4 || list[0].Turns != 0 {
		t.Errorf("Ben's sessions = %+v; want the rewritten turn counted once (4) and the unfinished one empty", list)
	}
}
