package history

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

// TestPGMigrationsFillNewColumnsFromExistingRows stops a team store at
// version 2, writes sessions and hints as two logins would have, and opens
// it with this build: each trainee name belongs to the login of its first
// session (migration 3) and each session carries its hint count (migration 4).
func TestPGMigrationsFillNewColumnsFromExistingRows(t *testing.T) {
	srv := pgtest.Shared(t)
	db := srv.NewDatabase(t)
	ctx := context.Background()
	ms, err := pgMigrations()
	if err != nil {
		t.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, srv.AdminURL(db))
	if err != nil {
		t.Fatal(err)
	}
	if err := migratePG(ctx, pool, db, ms[:2]); err != nil {
		pool.Close()
		t.Fatal(err)
	}
	_, err = pool.Exec(ctx, `
		INSERT INTO trainees (name) VALUES ('Ana'), ('Ben'), ('Nobody yet');
		INSERT INTO scenarios (scenario_id, hash, title) VALUES ('late-delivery', 'h', 'Late');
		INSERT INTO sessions (trainee_id, scenario_ref, rubric_version, voice, started_at, owner)
		SELECT t.id, 1, '1', 'scripted', x.at, x.login
		FROM (VALUES ('Ana', 20, 'ana_desk'), ('Ana', 10, 'ana_login'), ('Ben', 5, 'ben_login')) x(name, at, login)
		JOIN trainees t ON t.name = x.name;
		INSERT INTO hints (session_id, turn, rule, text)
		SELECT s.id, k, 'stalling', 'hint' FROM sessions s, generate_series(1, 3) k WHERE s.started_at = 10;`)
	pool.Close()
	if err != nil {
		t.Fatal(err)
	}

	s := openPGURL(t, srv.AdminURL(db))
	rows, err := s.pool.Query(ctx, `SELECT name, added_by::text FROM trainees ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for rows.Next() {
		var name, by string
		if err := rows.Scan(&name, &by); err != nil {
			t.Fatal(err)
		}
		got[name] = by
	}
	rows.Close()
	if got["Ana"] != "ana_login" || got["Ben"] != "ben_login" || got["Nobody yet"] != pgtest.Superuser {
		t.Errorf("trainee names added by %v; want Ana's first login, Ben's, and the owner for a name never played", got)
	}
	list, err := s.Sessions(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	hints := map[int64]int{}
	for _, sum := range list {
		hints[sum.StartedAt.UnixMilli()] = sum.HintCount
	}
	if len(list) != 3 || hints[10] != 3 || hints[20] != 0 || hints[5] != 0 {
		t.Errorf("hint counts by start = %v; want 3 for the session that had hints, 0 for the others", hints)
	}
}
