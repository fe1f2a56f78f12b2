package history

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

// openFailoverOn opens a failover store on a fresh database of the shared
// server, with short deadlines so a stopped server is noticed quickly.
func openFailoverOn(t *testing.T, srv *pgtest.Server) (f *FailoverStore, q *Queue, db string) {
	t.Helper()
	db = srv.NewDatabase(t)
	url := srv.AdminURL(db)
	q, err := OpenQueue(filepath.Join(t.TempDir(), "team-queue.db"))
	if err != nil {
		t.Fatal(err)
	}
	f, err = OpenFailover(context.Background(), url,
		PGOptions{ConnectTimeout: time.Second, ReadTimeout: 2 * time.Second, WriteTimeout: 2 * time.Second}, openTemp(t), q)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, q, db
}

// haltShared stops the shared server and makes sure it runs again after the test.
func haltShared(t *testing.T, srv *pgtest.Server) {
	t.Helper()
	if err := srv.Halt(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Restart() }) //nolint:errcheck // a server already running refuses; later tests report others
}

// TestCheckFollowsTheServer stops the real server and starts it again, twice:
// the status, and the banner text made from it, follow each change without
// any write to provoke them.
func TestCheckFollowsTheServer(t *testing.T) {
	srv := pgtest.Shared(t)
	f, _, _ := openFailoverOn(t, srv)
	ctx := context.Background()
	if st := f.Check(ctx); !st.Online || st.Warning() != "" {
		t.Fatalf("status with the server up = %+v, warning %q; want online, no warning", st, st.Warning())
	}
	id, err := f.BeginSession(ctx, sampleMeta("Ana", "late-delivery", t0))
	if err != nil {
		t.Fatal(err)
	}
	for round := 1; round <= 2; round++ {
		haltShared(t, srv)
		st := f.Check(ctx)
		if st.Online || !errors.Is(st.Reason, ErrUnreachable) {
			t.Fatalf("round %d, server stopped: status %+v; want offline and unreachable", round, st)
		}
		if w := st.Warning(); !strings.Contains(w, "cannot be reached") || !strings.Contains(w, "Sessions are kept on this computer") {
			t.Errorf("round %d, server stopped: warning %q; want why and what happens meanwhile", round, w)
		}
		// A turn made while away waits in the queue and is counted.
		if err := f.AppendTurn(ctx, id, round-1, sampleTurns()[round-1]); err != nil {
			t.Fatal(err)
		}
		if st := f.Check(ctx); st.Online || st.Pending != 1 || !strings.Contains(st.Warning(), "1 write is waiting.") {
			t.Errorf("round %d, a turn queued: status %+v, warning %q; want 1 waiting", round, st, st.Warning())
		}
		if err := srv.Restart(); err != nil {
			t.Fatal(err)
		}
		st = f.Check(ctx)
		if !st.Online || st.Pending != 0 || st.Warning() != "" {
			t.Fatalf("round %d, server back: status %+v, warning %q; want online, queue drained, no warning", round, st, st.Warning())
		}
	}
	d, err := f.Session(ctx, id)
	if err != nil || len(d.Transcript.Turns) != 2 {
		t.Errorf("session on the server = %d turns, %v; want the 2 written while away", len(d.Transcript.Turns), err)
	}
}

// TestRefusedQueuedWriteIsSetAside queues three sessions while the server is
// away; when it returns it refuses one turn of the second for good (a check
// constraint). That turn and the rest of its session are moved aside with the
// reason, kept in the queue file, and the third session still arrives.
func TestRefusedQueuedWriteIsSetAside(t *testing.T) {
	srv := pgtest.Shared(t)
	f, queue, db := openFailoverOn(t, srv)
	url := srv.AdminURL(db)
	ctx := context.Background()
	haltShared(t, srv)

	turns := sampleTurns()
	refused := scoring.Turn{Role: "agent", Text: "not on this server", AtMS: 9000}
	a := playSession(t, f, sampleMeta("Ana", "late-delivery", t0), nil)
	b, err := f.BeginSession(ctx, sampleMeta("Ben", "billing-error", t0.Add(time.Minute)))
	if err != nil {
		t.Fatal(err)
	}
	appendTurns(t, f, b, []scoring.Turn{turns[0], refused, turns[2]}, 0)
	if err := f.FinishSession(ctx, b, "resolved", nil, t0.Add(2*time.Minute)); err != nil {
		t.Fatal(err)
	}
	c := playSession(t, f, sampleMeta("Cleo", "late-delivery", t0.Add(time.Hour)), nil)
	if a >= 0 || b >= 0 || c >= 0 {
		t.Fatalf("ids while away = %d %d %d; want provisional ones", a, b, c)
	}

	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	srv.Exec(t, db, `ALTER TABLE turns ADD CONSTRAINT turns_text_allowed CHECK (text <> 'not on this server')`)
	if err := f.Sync(ctx); err != nil {
		t.Fatalf("sync with one refused write: %v; want the rest synced", err)
	}
	st := f.Status()
	if !st.Online || st.Pending != 0 || st.SetAside != 3 {
		t.Fatalf("status = %+v; want online, nothing waiting, 3 set aside (the refused turn, its session's next turn and finish)", st)
	}
	if !strings.Contains(st.Refusal, "turns_text_allowed") || !strings.Contains(st.Warning(), "refused 3 saved writes for good") {
		t.Errorf("refusal %q, warning %q; want the constraint named and the count", st.Refusal, st.Warning())
	}
	aside, err := queue.Refused(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, r := range aside {
		kinds = append(kinds, r.Kind)
	}
	if strings.Join(kinds, " ") != "turn turn finish" || !strings.Contains(aside[0].Reason, "check constraint") ||
		aside[1].Reason != "turn: "+errSessionRefused.Error() || aside[0].Seq >= aside[1].Seq {
		t.Errorf("set aside = %+v; want Ben's refused turn (with the server's reason), then his next turn and finish", aside)
	}

	team := openPGURL(t, url)
	list, err := team.Sessions(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, s := range list {
		got[s.Trainee] = s.Turns
	}
	if len(list) != 3 || got["Ana"] != 4 || got["Ben"] != 1 || got["Cleo"] != 4 {
		t.Errorf("team store turns per trainee = %v; want Ana 4, Ben 1 (before the refusal), Cleo 4", got)
	}

	// The refused writes stay countable after a restart of the desktop.
	f.Close()
	again, err := OpenQueue(queue.Path())
	if err != nil {
		t.Fatal(err)
	}
	f2, err := OpenFailover(ctx, url, PGOptions{}, openTemp(t), again)
	if err != nil {
		t.Fatal(err)
	}
	defer f2.Close()
	if st := f2.Status(); st.SetAside != 3 || st.Pending != 0 {
		t.Errorf("status after reopening = %+v; want the 3 still counted", st)
	}
}

// TestPermanentRefusalsAreTold separates refusals for good from failures
// that pass: only the first are moved aside.
func TestPermanentRefusalsAreTold(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want bool
	}{
		{&pgconn.PgError{Code: "23514"}, true}, // check constraint
		{&pgconn.PgError{Code: "42501"}, true}, // permission denied, row-level security
		{&pgconn.PgError{Code: "22001"}, true}, // value too long
		{&pgconn.PgError{Code: "08006"}, false},
		{&pgconn.PgError{Code: "57P01"}, false},
		{&pgconn.PgError{Code: "40001"}, false},
		{&pgconn.PgError{Code: "28P01"}, false},
		{ErrUnreachable, false},
		{context.DeadlineExceeded, false},
	} {
		if got := isPermanentRefusal(tt.err); got != tt.want {
			t.Errorf("isPermanentRefusal(%v) = %v; want %v", tt.err, got, tt.want)
		}
	}
}

// TestDamagedQueueEntryIsSetAside: an entry whose body cannot be read (a
// damaged file) is moved aside like a refusal, and the entries behind it,
// of other sessions, still reach the server.
func TestDamagedQueueEntryIsSetAside(t *testing.T) {
	srv := pgtest.Shared(t)
	f, queue, db := openFailoverOn(t, srv)
	ctx := context.Background()
	haltShared(t, srv)
	if _, err := queue.db.ExecContext(ctx, `INSERT INTO team_queue (key, kind, body) VALUES ('q:damaged', 'begin', '{"meta":')`); err != nil {
		t.Fatal(err)
	}
	f.pending++
	playSession(t, f, sampleMeta("Ana", "late-delivery", t0), nil)
	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	if st := f.Check(ctx); !st.Online || st.Pending != 0 || st.SetAside != 1 || !strings.Contains(st.Refusal, "begin: queue file entry is damaged") {
		t.Fatalf("status = %+v; want online, the damaged entry set aside and Ana's session sent", st)
	}
	if list, err := openPGURL(t, srv.AdminURL(db)).Sessions(ctx, Filter{}); err != nil || len(list) != 1 || list[0].Turns != 4 {
		t.Errorf("team store sessions = %+v, %v; want Ana's with 4 turns", list, err)
	}
}
