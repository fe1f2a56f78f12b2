package history

import (
	"context"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

// teamLogins sets up the roles on a fresh team store and creates two trainee
// logins and a lead login (names unique to the database, as roles are
// server-wide). It returns the database and the three login names.
func teamLogins(t *testing.T) (db, ana, ben, lee string) {
	t.Helper()
	srv := pgtest.Shared(t)
	db = srv.NewDatabase(t)
	owner := openPGURL(t, srv.AdminURL(db))
	if err := owner.ApplyTeamSetup(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Running the set-up again must change nothing and fail nothing.
	if err := owner.ApplyTeamSetup(context.Background()); err != nil {
		t.Fatalf("second set-up: %v", err)
	}
	ana, ben, lee = db+"_ana", db+"_ben", db+"_lee"
	for login, role := range map[string]string{ana: TraineeRole, ben: TraineeRole, lee: LeadRole} {
		srv.Exec(t, db, "CREATE ROLE "+login+" LOGIN PASSWORD 'pw' IN ROLE "+role)
		t.Cleanup(func() { srv.Exec(t, "postgres", "DROP ROLE IF EXISTS "+login) })
	}
	t.Cleanup(func() { srv.Exec(t, db, "DROP OWNED BY "+ana+", "+ben+", "+lee) })
	return db, ana, ben, lee
}

// sqlAs connects as login with plain SQL, outside Turnaround.
func sqlAs(t *testing.T, db, login string) *pgx.Conn {
	t.Helper()
	c, err := pgx.Connect(context.Background(), pgtest.Shared(t).URL(login, "pw", db))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close(context.Background()) })
	return c
}

func count(t *testing.T, c *pgx.Conn, q string, args ...any) int {
	t.Helper()
	var n int
	if err := c.QueryRow(context.Background(), q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func TestTraineeLoginSeesOnlyItsOwnRows(t *testing.T) {
	db, ana, ben, lee := teamLogins(t)
	srv := pgtest.Shared(t)
	ctx := context.Background()
	// Each trainee plays through Turnaround with their own login.
	anaStore := openPGURL(t, srv.URL(ana, "pw", db))
	benStore := openPGURL(t, srv.URL(ben, "pw", db))
	anaID := playSession(t, anaStore, sampleMeta("Ana", "late-delivery", t0), sampleReport(78, 82, 70, 85, 75))
	benID := playSession(t, benStore, sampleMeta("Ben", "billing-error", t0.Add(1)), sampleReport(50, 50, 50, 50, 50))

	// Plain SQL as Ana: her session and its four turns, nothing of Ben's.
	anaSQL := sqlAs(t, db, ana)
	if n := count(t, anaSQL, `SELECT count(*) FROM sessions`); n != 1 {
		t.Errorf("Ana sees %d sessions; want 1 (her own)", n)
	}
	if n := count(t, anaSQL, `SELECT count(*) FROM turns`); n != 4 {
		t.Errorf("Ana sees %d turns; want her 4", n)
	}
	for _, table := range []string{"turns", "reports", "evidence"} {
		if n := count(t, anaSQL, `SELECT count(*) FROM `+table+` WHERE session_id = $1`, benID); n != 0 {
			t.Errorf("Ana reads %d of Ben's %s rows; want 0", n, table)
		}
	}
	// She cannot write into Ben's session, nor take it over, nor read the team totals.
	_, err := anaSQL.Exec(ctx, `INSERT INTO turns (session_id, idx, role, text, at_ms) VALUES ($1, 9, 'agent', 'x', 0)`, benID)
	if err == nil || !strings.Contains(err.Error(), "row-level security") {
		t.Errorf("Ana writing a turn into Ben's session: err = %v; want a row-level security refusal", err)
	}
	tag, err := anaSQL.Exec(ctx, `UPDATE sessions SET owner = $1 WHERE id = $2`, ana, benID)
	if err != nil || tag.RowsAffected() != 0 {
		t.Errorf("Ana taking Ben's session: %v rows, err %v; want 0 rows", tag.RowsAffected(), err)
	}
	if _, err := anaSQL.Exec(ctx, `SELECT * FROM rule_losses`); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("Ana reading team rule totals: err = %v; want permission denied", err)
	}
	if _, err := anaSQL.Exec(ctx, `INSERT INTO assignments (scenario_id, created_at) VALUES ('x', 0)`); err == nil {
		t.Error("Ana created an assignment; only leads may")
	}
	// Through Turnaround, her review is hers alone.
	if list, _ := anaStore.RuleLosses(ctx, Filter{}, 0); len(list) != 4 || list[0].Times != 1 {
		t.Errorf("Ana's rule losses = %+v; want her own four, once each", list)
	}
	if _, err := anaStore.Session(ctx, benID); err == nil {
		t.Error("Ana's store read Ben's session")
	}

	// The lead reads everyone's and manages assignments.
	leeSQL := sqlAs(t, db, lee)
	if n := count(t, leeSQL, `SELECT count(*) FROM turns`); n != 8 {
		t.Errorf("lead sees %d turns; want all 8", n)
	}
	if _, err := leeSQL.Exec(ctx, `INSERT INTO assignments (scenario_id, trainee, created_at) VALUES ('billing-error', 'Ana', 0)`); err != nil {
		t.Errorf("lead creating an assignment: %v", err)
	}
	leeStore := openPGURL(t, srv.URL(lee, "pw", db))
	if _, err := benStore.BeginSession(ctx, sampleMeta("Ben", "billing-error", t0.Add(2))); err != nil {
		t.Fatal(err)
	}
	if list, _ := leeStore.Unfinished(ctx); len(list) != 0 {
		t.Errorf("lead's unfinished = %+v; want none: Ben's open session is his desktop's to resume", list)
	}
	if list, _ := benStore.Unfinished(ctx); len(list) != 1 {
		t.Errorf("Ben's unfinished = %+v; want his open session", list)
	}
	if list, _ := leeStore.Sessions(ctx, Filter{}); len(list) != 3 || list[2].ID != anaID {
		t.Errorf("lead's sessions = %+v; want Ben's two and Ana's", list)
	}
	if n := count(t, anaSQL, `SELECT count(*) FROM assignments`); n != 1 {
		t.Errorf("Ana sees %d assignments; want the one for her", n)
	}
	if n := count(t, sqlAs(t, db, ben), `SELECT count(*) FROM assignments`); n != 0 {
		t.Errorf("Ben sees %d assignments; want none (it is Ana's)", n)
	}
}
