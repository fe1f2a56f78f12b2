package history

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"
)

// ErrOldSchema marks a history file older than this build that OpenReadOnly
// cannot upgrade; Open (with write access) can.
var ErrOldSchema = errors.New("history written by an older Turnaround")

// OpenReadOnly opens an existing history file for reading only: `turnaround
// history list/show/export` and the Review screen need nothing more, and a
// history kept read-only (a file 0444 in a folder 0555, an archive, another
// user's file) must still be listed. It neither migrates nor probes a write
// nor switches the journal mode. When SQLite cannot even create its shared
// memory file beside a WAL database (a read-only folder, a full disk), the
// file is opened as immutable: it is then read as it stands on disk, which is
// right when nothing can write there.
//
// A file from a newer Turnaround wraps ErrNewerSchema; one from an older
// Turnaround wraps ErrOldSchema (Open upgrades it where it can be written).
// Write methods on the returned store fail with ErrReadOnly.
func OpenReadOnly(path string) (*SQLiteStore, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("history file %s: %w", path, err)
	}
	if _, err := os.Stat(abs); err != nil {
		return nil, fmt.Errorf("history file %s: %w", abs, err)
	}
	s, err := openReadOnly(abs, false)
	if errors.Is(err, ErrReadOnly) || errors.Is(err, ErrDiskFull) {
		// SQLite could not create the shared-memory file beside a WAL
		// database: a read-only folder, or a full disk.
		s, err = openReadOnly(abs, true)
	}
	return s, err
}

func openReadOnly(abs string, immutable bool) (*SQLiteStore, error) {
	return openSQLite(abs, readOnlyDSN(abs, immutable), (*SQLiteStore).checkReadable)
}

// readOnlyDSN is fileDSN's read-only sibling: mode=ro, deferred transactions
// (an IMMEDIATE one asks for the write lock), and the same busy timeout and
// page cache.
func readOnlyDSN(abs string, immutable bool) string {
	q := url.Values{}
	q.Set("mode", "ro")
	if immutable {
		q.Set("immutable", "1")
	}
	q.Set("_busy_timeout", fmt.Sprint((5 * time.Second).Milliseconds()))
	q.Set("_txlock", "deferred")
	q.Set("_cache_size", "-32000")
	return "file:" + (&url.URL{Path: abs}).EscapedPath() + "?" + q.Encode()
}

// checkReadable makes sure the file is a history this build can read as it is.
func (s *SQLiteStore) checkReadable(ctx context.Context) error {
	ms, err := schemaMigrations()
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return classify(s.path, err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	version, err := checkVersion(ctx, tx, s.path, len(ms))
	if err != nil {
		return err
	}
	if version < len(ms) {
		detail := fmt.Sprintf("schema version %d, this build reads %d", version, len(ms))
		return &FileError{Path: s.path, Kind: ErrOldSchema, Detail: detail}
	}
	return nil
}
