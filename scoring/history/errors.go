package history

import (
	"errors"
	"fmt"
	"syscall"

	"github.com/mattn/go-sqlite3"
)

// Sentinel errors. Errors returned by this package wrap one of them where it
// applies, so callers test with errors.Is and show err.Error() as it is.
var (
	ErrNotFound    = errors.New("no such session in the history")
	ErrNewerSchema = errors.New("history written by a newer Turnaround")
	ErrNotDatabase = errors.New("not a Turnaround history database")
	ErrCorrupt     = errors.New("history database is damaged")
	ErrLocked      = errors.New("history database is locked")
	ErrReadOnly    = errors.New("history database cannot be written")
	ErrDiskFull    = errors.New("disk is full")
)

// FileError is a failure tied to one history file. Its message is one sentence
// that names the file and says what the user can do.
type FileError struct {
	Path string
	// Kind is one of the sentinel errors above.
	Kind error
	// Detail adds what the sentinel cannot know (schema versions, for example).
	Detail string
	// Cause is the underlying driver error, kept for errors.As and logs.
	Cause error
}

// Error implements error.
func (e *FileError) Error() string {
	switch e.Kind {
	case ErrNotFound:
		return fmt.Sprintf("history file %s has no %s", e.Path, e.Detail)
	case ErrNewerSchema:
		return fmt.Sprintf("history file %s was written by a newer Turnaround (%s); update Turnaround to open it", e.Path, e.Detail)
	case ErrNotDatabase:
		return fmt.Sprintf("history file %s is not a Turnaround history database%s", e.Path, e.Detail)
	case ErrCorrupt:
		return fmt.Sprintf("history file %s is damaged; move it aside to start a fresh history or restore a backup", e.Path)
	case ErrLocked:
		return fmt.Sprintf("history file %s is locked by another program; close other Turnaround windows and try again", e.Path)
	case ErrReadOnly:
		return fmt.Sprintf("history file %s cannot be written; check that the file and its folder are writable", e.Path)
	case ErrOldSchema:
		return fmt.Sprintf("history file %s was written by an older Turnaround (%s); open it once where it can be written so Turnaround can upgrade it", e.Path, e.Detail)
	case ErrDiskFull:
		return fmt.Sprintf("history file %s cannot grow because the disk is full", e.Path)
	}
	return fmt.Sprintf("history file %s: %v", e.Path, e.Cause)
}

// Unwrap lets errors.Is match both the sentinel and the driver error.
func (e *FileError) Unwrap() []error { return []error{e.Kind, e.Cause} }

// classify turns a driver error into a FileError when SQLite's code says what
// went wrong with the file; other errors come back wrapped with the path.
func classify(path string, err error) error {
	if err == nil {
		return nil
	}
	var fe *FileError
	if errors.As(err, &fe) {
		return err
	}
	if kind := kindOf(err); kind != nil {
		return &FileError{Path: path, Kind: kind, Cause: err}
	}
	return &FileError{Path: path, Cause: err}
}

// kindOf maps SQLite result codes to sentinels; nil when none applies.
func kindOf(err error) error {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return nil
	}
	switch se.Code {
	case sqlite3.ErrNotADB:
		return ErrNotDatabase
	case sqlite3.ErrCorrupt:
		return ErrCorrupt
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		return ErrLocked
	case sqlite3.ErrReadonly, sqlite3.ErrPerm, sqlite3.ErrCantOpen:
		return ErrReadOnly
	case sqlite3.ErrFull:
		return ErrDiskFull
	case sqlite3.ErrIoErr:
		// A real full disk often reaches SQLite as an I/O error on a write
		// (the WAL, its shared memory) with the system's "no space" errno.
		if se.SystemErrno == syscall.ENOSPC || se.SystemErrno == syscall.EDQUOT {
			return ErrDiskFull
		}
	}
	return nil
}
