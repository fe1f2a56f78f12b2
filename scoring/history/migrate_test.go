package history

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/turnaround-app/turnaround/scoring"
)

func TestLoadMigrationsRejectsBadSets(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		want  string
	}{
		{"gap", []string{"0001_a.sql", "0003_c.sql"}, "migration 0003_c.sql: expected version 2 next"},
		{"bad name", []string{"0001_a.sql", "second.sql"}, "migration second.sql: name must look like 0001_what.sql"},
		{"not sql", []string{"0001_a.txt"}, "migration 0001_a.txt: name must look like 0001_what.sql"},
		{"duplicate", []string{"0001_a.sql", "0001_b.sql"}, "migration 0001_b.sql: expected version 2 next"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for _, f := range tt.files {
				fsys["m/"+f] = &fstest.MapFile{Data: []byte("SELECT 1;")}
			}
			_, err := loadMigrations(fsys, "m")
			if err == nil || err.Error() != tt.want {
				t.Fatalf("err = %v; want %q", err, tt.want)
			}
		})
	}
}

func TestEmbeddedMigrationsLoad(t *testing.T) {
	ms, err := schemaMigrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) < 3 || ms[0].name != "0001_sessions_and_turns.sql" {
		t.Fatalf("embedded migrations = %d, first %q", len(ms), ms[0].name)
	}
}

// TestMigrateFromEveryVersion builds a database at each earlier version with
// the first k migrations and that version's sample data, then opens it with
// the full set: the data must survive and the schema reach the latest version.
func TestMigrateFromEveryVersion(t *testing.T) {
	ms, err := schemaMigrations()
	if err != nil {
		t.Fatal(err)
	}
	for k := 1; k < len(ms); k++ {
		t.Run(fmt.Sprintf("from v%d", k), func(t *testing.T) {
			path := buildAtVersion(t, ms[:k])
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if v := userVersion(t, s.db); v != len(ms) {
				t.Errorf("user_version = %d; want %d", v, len(ms))
			}
			checkSeedSurvived(t, s, k)
		})
	}
}

// buildAtVersion creates a database with only ms applied, each followed by its
// version's seed data (testdata/history/seed/vN.sql, where there is one), as a
// database that lived through those versions would hold it.
func buildAtVersion(t *testing.T, ms []migration) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite3", fileDSN(path, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Each version's seed goes in right after its migration, in the schema it
	// was written for, as a real history grows.
	for v := 1; v <= len(ms); v++ {
		if err := migrate(context.Background(), db, path, ms[:v]); err != nil {
			t.Fatal(err)
		}
		seed, err := os.ReadFile(filepath.Join("..", "..", "testdata", "history", "seed", fmt.Sprintf("v%d.sql", v)))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(string(seed)); err != nil {
			t.Fatalf("seed v%d: %v", v, err)
		}
	}
	return path
}

func checkSeedSurvived(t *testing.T, s *SQLiteStore, k int) {
	t.Helper()
	got, err := s.Session(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	wantTurns := []scoring.Turn{
		{Role: scoring.RoleCustomer, Text: "It came Monday.", Mood: &scoring.Mood{Frustration: 70, Trust: 40, Patience: 6}},
		{Role: scoring.RoleAgent, Action: &scoring.Action{Kind: "refund", Amount: 25, Currency: "USD"}, AtMS: 14000},
	}
	if diff := cmp.Diff(wantTurns, got.Transcript.Turns); diff != "" {
		t.Errorf("turns (-want +got):\n%s", diff)
	}
	if got.Transcript.Timing != scoring.TimingWall {
		t.Errorf("a session stored before timing was versioned reads back with timing %d; want %d (wall)",
			got.Transcript.Timing, scoring.TimingWall)
	}
	if got.Mode != ModeAssessment || got.Assisted() {
		t.Errorf("a session from before modes reads as mode %q, assisted %v; want assessment, unassisted", got.Mode, got.Assisted())
	}
	if wantScored := k >= 2; got.Scored != wantScored || (wantScored && got.Total != 78) {
		t.Errorf("scored %v total %d; want scored %v (78)", got.Scored, got.Total, wantScored)
	}
	if k >= 2 {
		losses, err := s.RuleLosses(context.Background(), Filter{}, 5)
		if err != nil || len(losses) != 1 || losses[0].Rule != "owns-the-mistake" {
			t.Errorf("RuleLosses = %+v, %v; want owns-the-mistake once", losses, err)
		}
	}
}

func userVersion(t *testing.T, db *sql.DB) int {
	t.Helper()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestFailedMigrationRollsBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.db")
	db, err := sql.Open("sqlite3", fileDSN(path, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ms := []migration{
		{version: 1, name: "0001_ok.sql", sql: "CREATE TABLE a (x);"},
		{version: 2, name: "0002_broken.sql", sql: "CREATE TABLE b (y); INSERT INTO nowhere VALUES (1);"},
	}
	err = migrate(context.Background(), db, path, ms)
	if err == nil || !strings.Contains(err.Error(), "apply 0002_broken.sql: no such table: nowhere") {
		t.Fatalf("err = %v; want the broken migration named", err)
	}
	if v := userVersion(t, db); v != 1 {
		t.Errorf("user_version = %d; want 1 (the last complete step)", v)
	}
	var n int
	db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'b'").Scan(&n)
	if n != 0 {
		t.Error("table b from the failed migration was kept")
	}
	var fe *FileError
	if !errors.As(err, &fe) || fe.Path != path {
		t.Errorf("err = %#v; want a FileError naming %s", err, path)
	}
}
