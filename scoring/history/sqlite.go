package history

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// SQLiteStore is the Store kept in one SQLite file (or in memory).
type SQLiteStore struct {
	db *sql.DB
	// path names the file in error messages; ":memory:" for memory stores.
	path string
}

var _ Store = (*SQLiteStore)(nil)

// Options tune Open. The zero value is what the app uses.
type Options struct {
	// BusyTimeout is how long to wait for another program's lock before giving
	// up with ErrLocked; zero means 5 seconds.
	BusyTimeout time.Duration
	// Synchronous is the SQLite synchronous setting; empty means "NORMAL".
	Synchronous string
}

// DefaultPath is where the desktop app keeps its history:
// os.UserConfigDir()/turnaround/history.db.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the folder for the history file: %w", err)
	}
	return filepath.Join(dir, "turnaround", "history.db"), nil
}

// Open opens (creating if needed) the history file at path and migrates it.
// Failures are *FileError values wrapping ErrNotDatabase, ErrCorrupt,
// ErrLocked, ErrReadOnly or ErrNewerSchema; none of them changes the file.
func Open(path string) (*SQLiteStore, error) {
	return OpenWithOptions(path, Options{})
}

// OpenWithOptions is Open with tuning for tests and benchmarks.
func OpenWithOptions(path string, o Options) (*SQLiteStore, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("history file %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return nil, &FileError{Path: abs, Kind: ErrReadOnly, Cause: err}
	}
	return openSQLite(abs, fileDSN(abs, o), (*SQLiteStore).prepare)
}

// openSQLite opens the history at abs through dsn and runs ready on it before
// handing it out, closing it again when ready fails.
func openSQLite(abs, dsn string, ready func(*SQLiteStore, context.Context) error) (*SQLiteStore, error) {
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, classify(abs, err)
	}
	// Several connections let the Review screen read while a session writes;
	// WAL gives readers a snapshot and busy_timeout queues the writers.
	db.SetMaxOpenConns(4)
	s := &SQLiteStore{db: db, path: abs}
	if err := ready(s, context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// fileDSN builds the driver's connection string. Every connection gets:
//   - foreign keys on, so turns cannot point at a missing session;
//   - a busy timeout, so a second Turnaround window waits rather than fails;
//   - BEGIN IMMEDIATE for transactions, so writers queue for the lock up front
//     instead of failing on a read-to-write upgrade;
//   - synchronous=NORMAL. In WAL mode every commit is written to the WAL before
//     it returns, so a crashed or killed Turnaround keeps every acknowledged
//     turn (the kill test proves it); only an operating-system crash or power
//     cut can roll back the last commits, and never corrupts the file. FULL
//     would add an fsync per turn, which on a laptop disk costs more than the
//     whole turn budget;
//   - a 32 MB page cache (SQLite's default is 2 MB), so the Review screen's
//     queries over a team's history find their index pages in memory.
func fileDSN(abs string, o Options) string {
	busy := o.BusyTimeout
	if busy == 0 {
		busy = 5 * time.Second
	}
	syncMode := o.Synchronous
	if syncMode == "" {
		syncMode = "NORMAL"
	}
	q := url.Values{}
	q.Set("_foreign_keys", "1")
	q.Set("_busy_timeout", fmt.Sprint(busy.Milliseconds()))
	q.Set("_txlock", "immediate")
	q.Set("_synchronous", syncMode)
	q.Set("_cache_size", "-32000")
	return "file:" + (&url.URL{Path: abs}).EscapedPath() + "?" + q.Encode()
}

// OpenMemory opens an empty history that lives only as long as the store.
func OpenMemory() (*SQLiteStore, error) {
	db, err := sql.Open("sqlite3", "file::memory:?_foreign_keys=1&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	// One connection: every new connection to ":memory:" is a new, empty database.
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	db.SetConnMaxLifetime(0)
	s := &SQLiteStore{db: db, path: ":memory:"}
	if err := s.prepare(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// OpenOrFallback opens path, or, when that fails, an in-memory store together
// with the reason as a warning, so the app can still run a session and say
// that it will not be kept. The store is never nil.
func OpenOrFallback(path string) (Store, error) {
	s, err := Open(path)
	if err == nil {
		return s, nil
	}
	mem, memErr := OpenMemory()
	if memErr != nil {
		return failedStore{err: errors.Join(err, memErr)}, err
	}
	return mem, fmt.Errorf("%w; this session's history will not be kept", err)
}

// prepare migrates the schema, then switches a file to WAL. WAL is set after
// the version check so a file this binary must not touch stays as it was.
func (s *SQLiteStore) prepare(ctx context.Context) error {
	ms, err := schemaMigrations()
	if err != nil {
		return err
	}
	if err := migrate(ctx, s.db, s.path, ms); err != nil {
		return err
	}
	if s.path == ":memory:" {
		return nil
	}
	_, err = s.db.ExecContext(ctx, "PRAGMA journal_mode = WAL")
	return classify(s.path, err)
}

// Path is the file the store keeps its history in (":memory:" for memory stores).
func (s *SQLiteStore) Path() string { return s.path }

// Close implements Store.
func (s *SQLiteStore) Close() error { return s.db.Close() }

// Check reads every page of the file and returns a *FileError wrapping
// ErrCorrupt if any is damaged. Open only reads the header and the schema, and
// SQLite can go on appending to a file whose middle pages are garbage (the new
// rows land in healthy pages) while lists and exports of it fail, so a caller
// about to record a session it cannot replay checks first. It costs one read
// of the file: about a quarter of a second per 100 MB.
func (s *SQLiteStore) Check(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, "PRAGMA quick_check")
	if err != nil {
		return classify(s.path, err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return classify(s.path, err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return classify(s.path, err)
	}
	if len(problems) > 0 {
		return &FileError{Path: s.path, Kind: ErrCorrupt, Cause: errors.New(strings.Join(problems, "; "))}
	}
	return nil
}
