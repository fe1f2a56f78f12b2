package history

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

// names runs q (one text column) and returns the values, NULL as "<everyone>".
func names(t *testing.T, c *pgx.Conn, q string) []string {
	t.Helper()
	rows, err := c.Query(context.Background(), q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	var out []string
	for rows.Next() {
		var v *string
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		if v == nil {
			out = append(out, "<everyone>")
			continue
		}
		out = append(out, *v)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestTraineeLoginSeesOnlyItsOwnNameAndAssignments checks, with plain SQL as
// a trainee's login, what the database lets it see of other trainees: not
// their names, not their assignments, and no way round either by writing a
// session under another trainee's name. Scenario titles stay shared.
func TestTraineeLoginSeesOnlyItsOwnNameAndAssignments(t *testing.T) {
	db, ana, ben, lee := teamLogins(t)
	srv := pgtest.Shared(t)
	ctx := context.Background()
	anaStore := openPGURL(t, srv.URL(ana, "pw", db))
	benStore := openPGURL(t, srv.URL(ben, "pw", db))
	playSession(t, anaStore, sampleMeta("Ana", "late-delivery", t0), sampleReport(78, 82, 70, 85, 75))
	playSession(t, benStore, sampleMeta("Ben", "billing-error", t0.Add(1)), sampleReport(50, 50, 50, 50, 50))
	leeStore := openPGURL(t, srv.URL(lee, "pw", db))
	for _, a := range []Assignment{{ScenarioID: "late-delivery"}, {ScenarioID: "billing-error", Trainee: "Ana"},
		{ScenarioID: "late-delivery", Trainee: "Ben", PassMark: 80}} {
		if _, err := leeStore.Assign(ctx, a); err != nil {
			t.Fatal(err)
		}
	}

	anaSQL := sqlAs(t, db, ana)
	if got := strings.Join(names(t, anaSQL, `SELECT name FROM trainees ORDER BY name`), ","); got != "Ana" {
		t.Errorf("Ana reads trainee names %q; want only her own", got)
	}
	if got := strings.Join(names(t, anaSQL, `SELECT title FROM scenarios ORDER BY title`), ","); got != "Title of billing-error,Title of late-delivery" {
		t.Errorf("Ana reads scenario titles %q; want both (titles are shared)", got)
	}
	if got := strings.Join(names(t, anaSQL, `SELECT trainee FROM assignments ORDER BY id`), ","); got != "<everyone>,Ana" {
		t.Errorf("Ana reads assignments for %q; want everyone's and hers, not Ben's", got)
	}
	if n := count(t, anaSQL, `SELECT count(*) FROM sessions s JOIN trainees t ON t.id = s.trainee_id WHERE t.name = 'Ben'`); n != 0 {
		t.Errorf("Ana reads %d of Ben's sessions by name; want 0", n)
	}

	// No way round: renaming Ben, claiming his name, or pointing a session at it.
	tag, err := anaSQL.Exec(ctx, `UPDATE trainees SET name = 'Bent' WHERE name = 'Ben'`)
	if err != nil || tag.RowsAffected() != 0 {
		t.Errorf("Ana renaming Ben: %d rows, err %v; want 0 rows", tag.RowsAffected(), err)
	}
	if _, err := anaSQL.Exec(ctx, `UPDATE trainees SET added_by = $1`, ben); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("Ana handing her names to Ben's login: err = %v; want permission denied", err)
	}
	if _, err := anaSQL.Exec(ctx, `INSERT INTO trainees (name, added_by) VALUES ('Cleo', $1)`, ben); err == nil || !strings.Contains(err.Error(), "row-level security") {
		t.Errorf("Ana adding a name for Ben's login: err = %v; want a row-level security refusal", err)
	}
	var benID int64
	if err := sqlAs(t, db, lee).QueryRow(ctx, `SELECT id FROM trainees WHERE name = 'Ben'`).Scan(&benID); err != nil {
		t.Fatal(err)
	}
	_, err = anaSQL.Exec(ctx, `INSERT INTO sessions (trainee_id, scenario_ref, rubric_version, voice, started_at)
		SELECT $1, id, '1', 'scripted', 0 FROM scenarios LIMIT 1`, benID)
	if err == nil || !strings.Contains(err.Error(), "row-level security") {
		t.Errorf("Ana writing a session under Ben's trainee id: err = %v; want a row-level security refusal", err)
	}
	if _, err := anaStore.BeginSession(ctx, sampleMeta("Ben", "late-delivery", t0.Add(2))); !errors.Is(err, ErrPermission) {
		t.Errorf("Ana's desktop playing as Ben: err = %v; want ErrPermission", err)
	}
	if got := strings.Join(names(t, anaSQL, `SELECT trainee FROM assignments ORDER BY id`), ","); got != "<everyone>,Ana" {
		t.Errorf("after trying Ben's name, Ana reads assignments for %q; want still everyone's and hers", got)
	}
	// Her own name can be written again (a second session) and renamed by her.
	playSession(t, anaStore, sampleMeta("Ana", "billing-error", t0.Add(3)), nil)
	if tag, err := anaSQL.Exec(ctx, `UPDATE trainees SET name = 'Ana B.' WHERE name = 'Ana'`); err != nil || tag.RowsAffected() != 1 {
		t.Errorf("Ana renaming herself: %d rows, err %v; want 1", tag.RowsAffected(), err)
	}

	// The lead reads every name.
	if got := strings.Join(names(t, sqlAs(t, db, lee), `SELECT name FROM trainees ORDER BY name`), ","); got != "Ana B.,Ben" {
		t.Errorf("lead reads trainee names %q; want both", got)
	}
}
