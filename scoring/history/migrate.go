package history

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
)

// The schema lives in numbered SQL files embedded in the binary. A file's number
// is the schema version it produces; PRAGMA user_version records the version a
// database has reached. A small mechanism beats a migration library here: the
// library would pull in every database driver it supports for four operations.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// applicationID marks a SQLite file as a Turnaround history ("TRNA"), so Open
// refuses to migrate some other program's database.
const applicationID = 0x54524e41

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads NNNN_name.sql files from dir, checking that versions run
// 1, 2, 3... without gaps or duplicates.
func loadMigrations(fsys fs.FS, dir string) ([]migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		version, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("migration %s: name must look like 0001_what.sql", e.Name())
		}
		if version != len(ms)+1 {
			return nil, fmt.Errorf("migration %s: expected version %d next", e.Name(), len(ms)+1)
		}
		body, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		ms = append(ms, migration{version: version, name: e.Name(), sql: string(body)})
	}
	return ms, nil
}

// schemaMigrations are the embedded migrations; a broken set is a build bug, so
// the tests load them and Open reports the error rather than panicking.
func schemaMigrations() ([]migration, error) {
	return loadMigrations(migrationFiles, "migrations")
}

// migrate brings db up to the last of ms, one transaction per migration, so an
// interrupted upgrade leaves the database at the last complete version. A
// database newer than ms, or one that belongs to another program, is left untouched.
func migrate(ctx context.Context, db *sql.DB, file string, ms []migration) error {
	for {
		done, err := migrateStep(ctx, db, file, ms)
		if err != nil || done {
			return err
		}
	}
}

// migrateStep applies the next pending migration, if any. The version is read
// inside the write transaction so two processes opening the same file at once
// cannot both apply the same step.
func migrateStep(ctx context.Context, db *sql.DB, file string, ms []migration) (done bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, classify(file, err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	version, err := checkVersion(ctx, tx, file, len(ms))
	if err != nil {
		return true, err
	}
	if version == len(ms) {
		return true, probeWrite(ctx, tx, file, version)
	}
	next := ms[version]
	if _, err := tx.ExecContext(ctx, next.sql); err != nil {
		return false, classify(file, fmt.Errorf("apply %s: %w", next.name, err))
	}
	set := fmt.Sprintf("PRAGMA user_version = %d; PRAGMA application_id = %d", next.version, applicationID)
	if _, err := tx.ExecContext(ctx, set); err != nil {
		return false, classify(file, err)
	}
	return false, classify(file, tx.Commit())
}

// probeWrite rewrites the version it read inside a transaction that is then
// rolled back: SQLite only notices a read-only file or folder at the first
// write, and the app should learn that on open, not when the first turn is lost.
func probeWrite(ctx context.Context, tx *sql.Tx, file string, version int) error {
	_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version))
	return classify(file, err)
}

// checkVersion returns the database's schema version after making sure this
// binary may touch it.
func checkVersion(ctx context.Context, tx *sql.Tx, file string, known int) (int, error) {
	var version, appID, tables int
	row := tx.QueryRowContext(ctx, `SELECT (SELECT user_version FROM pragma_user_version),
		(SELECT application_id FROM pragma_application_id),
		(SELECT count(*) FROM sqlite_schema)`)
	if err := row.Scan(&version, &appID, &tables); err != nil {
		return 0, classify(file, err)
	}
	if appID != applicationID && (appID != 0 || tables > 0) {
		return 0, &FileError{Path: file, Kind: ErrNotDatabase, Detail: " (it is some other program's SQLite database)"}
	}
	if version > known {
		detail := fmt.Sprintf("schema version %d, this build knows up to %d", version, known)
		return 0, &FileError{Path: file, Kind: ErrNewerSchema, Detail: detail}
	}
	return version, nil
}
