package history

import (
	"context"
	"sync"
	"testing"

	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

// backend opens a fresh, empty store of one kind for a test.
type backend struct {
	name string
	open func(t *testing.T) Store
}

// backends are the stores the behavioural suite holds to the same answers:
// a SQLite file and a PostgreSQL team store on the test binary's own server.
var backends = []backend{
	{"sqlite", func(t *testing.T) Store { return openTemp(t) }},
	{"postgres", func(t *testing.T) Store { return openPG(t) }},
}

// eachStore runs body once per backend, each on a fresh store.
func eachStore(t *testing.T, body func(t *testing.T, s Store)) {
	t.Helper()
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { body(t, b.open(t)) })
	}
}

// migratedTemplate is a database on the shared server that holds the current
// schema and nothing else; tests copy it rather than migrate each time.
var (
	migratedOnce sync.Once
	migratedName string
	migratedErr  error
)

func migratedTemplate(t testing.TB) string {
	t.Helper()
	srv := pgtest.Shared(t)
	migratedOnce.Do(func() {
		// Not tied to one test's clean-up: it lives as long as the server.
		name := "turnaround_migrated"
		srv.Exec(t, "postgres", "CREATE DATABASE "+name)
		s, err := OpenPostgres(context.Background(), srv.AdminURL(name), PGOptions{})
		if err == nil {
			s.Close()
		}
		migratedName, migratedErr = name, err
	})
	if migratedErr != nil {
		t.Fatalf("migrate the template database: %v", migratedErr)
	}
	return migratedName
}

// openPG opens a team store on a fresh database of the shared test server,
// as its owner.
func openPG(t testing.TB) *PGStore {
	t.Helper()
	srv := pgtest.Shared(t)
	s, err := OpenPostgres(context.Background(), srv.AdminURL(srv.NewDatabaseFrom(t, migratedTemplate(t))), PGOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
