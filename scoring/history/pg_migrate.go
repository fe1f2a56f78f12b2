package history

import (
	"context"
	"embed"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// The team store's schema lives in its own numbered SQL files: PostgreSQL's
// types and row-level security differ enough from SQLite's that one set of
// files cannot serve both. The table turnaround_schema records which
// version a database has reached, as PRAGMA user_version does for a file.
//
//go:embed pgmigrations/*.sql
var pgMigrationFiles embed.FS

// pgApplication is written beside the version so a database set up by this
// program is told apart from one that only happens to have such a table.
const pgApplication = "turnaround-history"

func pgMigrations() ([]migration, error) {
	return loadMigrations(pgMigrationFiles, "pgmigrations")
}

// migratePG brings the database up to the last of ms, one transaction per
// migration. An advisory lock taken in each transaction makes desktops that
// open a fresh team store at the same moment apply each step once.
func migratePG(ctx context.Context, pool *pgxpool.Pool, where string, ms []migration) error {
	for {
		done, err := migratePGStep(ctx, pool, where, ms)
		if err != nil || done {
			return err
		}
	}
}

func migratePGStep(ctx context.Context, pool *pgxpool.Pool, where string, ms []migration) (done bool, err error) {
	err = pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(applicationID)); err != nil {
			return err
		}
		version, err := pgVersion(ctx, tx, where, len(ms))
		if err != nil {
			return err
		}
		if version == len(ms) {
			done = true
			return nil
		}
		next := ms[version]
		if version == 0 {
			if _, err := tx.Exec(ctx, `CREATE TABLE turnaround_schema (application text NOT NULL, version integer NOT NULL);
				INSERT INTO turnaround_schema VALUES ('`+pgApplication+`', 0)`); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, next.sql); err != nil {
			return fmt.Errorf("apply %s: %w", next.name, err)
		}
		_, err = tx.Exec(ctx, `UPDATE turnaround_schema SET version = $1`, next.version)
		return err
	})
	if err != nil {
		return true, classifyMigrate(where, err)
	}
	return done, nil
}

func classifyMigrate(where string, err error) error {
	var se *ServerError
	if errors.As(err, &se) {
		return err
	}
	if kind := pgKindOf(err); kind != nil {
		return &ServerError{Where: where, Kind: kind, Cause: err}
	}
	return fmt.Errorf("set up the team store %s: %w", where, err)
}

// pgVersion returns the schema version after making sure this binary may
// touch the database: an empty schema is version 0; tables without
// turnaround_schema belong to another program.
func pgVersion(ctx context.Context, tx pgx.Tx, where string, known int) (int, error) {
	var hasMarker bool
	var tables int
	err := tx.QueryRow(ctx, `SELECT to_regclass('turnaround_schema') IS NOT NULL,
		(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())`).Scan(&hasMarker, &tables)
	if err != nil {
		return 0, err
	}
	if !hasMarker {
		if tables > 0 {
			return 0, &ServerError{Where: where, Kind: ErrNotDatabase, Detail: fmt.Sprintf("%d tables and no Turnaround schema", tables)}
		}
		return 0, nil
	}
	var app string
	var version int
	if err := tx.QueryRow(ctx, `SELECT application, version FROM turnaround_schema`).Scan(&app, &version); err != nil {
		return 0, err
	}
	if app != pgApplication {
		return 0, &ServerError{Where: where, Kind: ErrNotDatabase, Detail: "its schema belongs to " + app}
	}
	if version > known {
		return 0, &ServerError{Where: where, Kind: ErrNewerSchema,
			Detail: fmt.Sprintf("schema version %d, this build knows up to %d", version, known)}
	}
	return version, nil
}
