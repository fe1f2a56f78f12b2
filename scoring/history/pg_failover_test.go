package history

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

// TestServerStoppedMidSessionLosesNothing stops the team server in the middle
// of one session and before another begins, restarts it, and checks that the
// server ends with every turn exactly once, in order.
func TestServerStoppedMidSessionLosesNothing(t *testing.T) {
	srv := pgtest.Shared(t)
	url := srv.AdminURL(srv.NewDatabase(t))
	ctx := context.Background()
	queue, err := OpenQueue(filepath.Join(t.TempDir(), "team-queue.db"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := OpenFailover(ctx, url, PGOptions{ConnectTimeout: time.Second, WriteTimeout: 2 * time.Second}, openTemp(t), queue)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	f.retryEvery = 0
	turns := sampleTurns()
	rep := sampleReport(78, 82, 70, 85, 75)

	first, err := f.BeginSession(ctx, sampleMeta("Ana", "late-delivery", t0))
	if err != nil {
		t.Fatal(err)
	}
	appendTurns(t, f, first, turns[:2], 0)
	if err := srv.Halt(); err != nil {
		t.Fatal(err)
	}
	restarted := false
	t.Cleanup(func() {
		if !restarted {
			srv.Restart() //nolint:errcheck // later tests report it
		}
	})

	// With the server down every write still succeeds, into the queue.
	appendTurns(t, f, first, turns[2:], 2)
	if err := f.FinishSession(ctx, first, "resolved", rep, t0.Add(42*time.Second)); err != nil {
		t.Fatal(err)
	}
	second := playSession(t, f, sampleMeta("Ben", "billing-error", t0.Add(time.Hour)), nil)
	st := f.Status()
	if st.Online || st.Pending != 9 || !errors.Is(st.Reason, ErrUnreachable) {
		t.Fatalf("status while down = %+v; want offline, 9 queued, unreachable", st)
	}
	if second >= 0 {
		t.Errorf("a session begun while away got id %d; want a provisional (negative) one", second)
	}
	queued, err := queue.head(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}

	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	restarted = true
	if err := f.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if st := f.Status(); !st.Online || st.Pending != 0 {
		t.Fatalf("status after sync = %+v; want online with nothing queued", st)
	}
	// Replaying every entry again, as after a crash between the server's
	// commit and the entry's removal, must change nothing.
	for _, op := range queued {
		if err := f.apply(ctx, op); err != nil {
			t.Fatal(err)
		}
	}

	team := openPGURL(t, url)
	list, err := team.Sessions(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 {
		t.Fatalf("team store has %d sessions; want 2", len(list))
	}
	for _, s := range list {
		d, err := team.Session(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(turns, d.Transcript.Turns); diff != "" {
			t.Errorf("session of %s: turns (-want +got):\n%s", s.Trainee, diff)
		}
		if !d.Finished() || d.Ending != "resolved" {
			t.Errorf("session of %s ended %q at %v; want resolved", s.Trainee, d.Ending, d.EndedAt)
		}
	}
	if d, _ := team.Session(ctx, list[1].ID); d.Report == nil || d.Report.Total != 78 {
		t.Errorf("Ana's session lost its report: %+v", d.Report)
	}
	// The provisional id keeps working after the sync.
	if err := f.CloseUnfinished(ctx, second, "abandoned"); err != nil {
		t.Errorf("close by provisional id after sync: %v", err)
	}
}

// TestFailoverStartsAwayAndReadsTheDesktopHistory opens a failover store
// whose server is not there: the reason is one sentence, reads come from the
// desktop's own history, and writes wait in the queue.
func TestFailoverStartsAwayAndReadsTheDesktopHistory(t *testing.T) {
	local := openTemp(t)
	playSession(t, local, sampleMeta("Ana", "late-delivery", t0), nil)
	queue, err := OpenQueue(filepath.Join(t.TempDir(), "team-queue.db"))
	if err != nil {
		t.Fatal(err)
	}
	url := "postgres://lee@127.0.0.1:" + closedPort(t) + "/team?sslmode=disable"
	f, err := OpenFailover(context.Background(), url, PGOptions{ConnectTimeout: time.Second}, local, queue)
	if !errors.Is(err, ErrUnreachable) {
		t.Fatalf("open err = %v; want ErrUnreachable", err)
	}
	defer f.Close()
	if list, err := f.Sessions(context.Background(), Filter{}); err != nil || len(list) != 1 || list[0].Trainee != "Ana" {
		t.Errorf("sessions while away = %+v, %v; want the desktop's one", list, err)
	}
	if list, err := f.Unfinished(context.Background()); err != nil || len(list) != 0 {
		t.Errorf("unfinished while away = %+v, %v; want none (desktop ids are not the server's)", list, err)
	}
	playSession(t, f, sampleMeta("Ben", "late-delivery", t0), nil)
	if st := f.Status(); st.Online || st.Pending != 6 {
		t.Errorf("status = %+v; want offline with 6 queued", st)
	}
}

func appendTurns(t *testing.T, s Store, id SessionID, turns []scoring.Turn, from int) {
	t.Helper()
	for i, turn := range turns {
		if err := s.AppendTurn(context.Background(), id, from+i, turn); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFailoverAsksForThePassword starts with a URL without a password: the
// server refuses the login, writes are queued, and the password typed later
// connects and sends them.
func TestFailoverAsksForThePassword(t *testing.T) {
	srv := pgtest.Shared(t)
	db := srv.NewDatabase(t)
	queue, err := OpenQueue(filepath.Join(t.TempDir(), "team-queue.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
	ctx := context.Background()
	f, err := OpenFailover(ctx, srv.URL(pgtest.Superuser, "", db), PGOptions{}, openTemp(t), queue)
	if !errors.Is(err, ErrAuth) {
		t.Fatalf("open without a password: %v; want ErrAuth", err)
	}
	defer f.Close()
	playSession(t, f, sampleMeta("Ana", "late-delivery", t0), nil)
	if err := f.UsePassword(ctx, "wrong"); !errors.Is(err, ErrAuth) {
		t.Errorf("wrong password: %v; want ErrAuth", err)
	}
	if err := f.UsePassword(ctx, pgtest.Password); err != nil {
		t.Fatal(err)
	}
	if st := f.Status(); !st.Online || st.Pending != 0 {
		t.Errorf("status = %+v; want online, nothing queued", st)
	}
	if list, _ := f.Sessions(ctx, Filter{}); len(list) != 1 || list[0].Turns != 4 {
		t.Errorf("team sessions = %+v; want Ana's with 4 turns", list)
	}
	if where := f.Where(); where != srv.URL(pgtest.Superuser, "", db) {
		t.Errorf("Where() = %q; want the URL without the password", where)
	}
}
