package history

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mattn/go-sqlite3"
)

// Each broken file must give one clear sentence naming the file, wrap the
// right sentinel, and leave the file's bytes exactly as they were.
func TestOpenBrokenFiles(t *testing.T) {
	tests := []struct {
		name     string
		make     func(t *testing.T, path string)
		kind     error
		contains string
	}{
		{"not sqlite", writeText, ErrNotDatabase, "is not a Turnaround history database"},
		{"other program's database", writeForeignDB, ErrNotDatabase, "some other program's SQLite database"},
		{"corrupt pages after a valid header", writeCorrupt, ErrCorrupt, "is damaged; move it aside"},
		{"newer schema", writeNewerSchema, ErrNewerSchema, "was written by a newer Turnaround (schema version 99, this build knows up to 6)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "history.db")
			tt.make(t, path)
			before := readFile(t, path)
			s, err := Open(path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded; want an error")
			}
			checkFileError(t, err, path, tt.kind, tt.contains)
			if !bytes.Equal(before, readFile(t, path)) {
				t.Error("Open changed the file")
			}
		})
	}
}

func checkFileError(t *testing.T, err error, path string, kind error, contains string) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Errorf("err = %v; want it to wrap %v", err, kind)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "history file "+path+" ") || !strings.Contains(msg, contains) || strings.Count(msg, ". ") > 0 {
		t.Errorf("message %q; want one sentence naming %s and containing %q", msg, path, contains)
	}
}

func writeText(t *testing.T, path string) {
	writeFile(t, path, []byte(strings.Repeat("Dana: my order arrived Monday.\n", 200)))
}

func writeForeignDB(t *testing.T, path string) {
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE TABLE recipes (name TEXT)"); err != nil {
		t.Fatal(err)
	}
}

// writeCorrupt keeps a real history's 100-byte header and replaces every
// page after it with seeded random bytes.
func writeCorrupt(t *testing.T, path string) {
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	playSession(t, s, sampleMeta("Ana", "late-delivery", t0), sampleReport(78, 82, 70, 85, 75))
	s.Close()
	data := readFile(t, path)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 100; i < len(data); i++ {
		data[i] = byte(rng.Uint32())
	}
	writeFile(t, path, data)
}

func writeNewerSchema(t *testing.T, path string) {
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
}

func TestOpenLockedByAnotherConnection(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	holder, err := sql.Open("sqlite3", "file:"+path+"?_locking_mode=EXCLUSIVE")
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	conn, err := holder.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	_, err = OpenWithOptions(path, Options{BusyTimeout: 50 * time.Millisecond})
	checkFileError(t, err, path, ErrLocked, "is locked by another program")
}

func TestOpenReadOnly(t *testing.T) {
	tests := []struct {
		name   string
		target func(path string) string
		file   bool
	}{
		{"read-only file", func(p string) string { return p }, true},
		{"read-only folder, new file", filepath.Dir, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "history.db")
			if tt.file {
				s, err := Open(path)
				if err != nil {
					t.Fatal(err)
				}
				s.Close()
			}
			makeReadOnly(t, tt.target(path))
			_, err := Open(path)
			checkFileError(t, err, path, ErrReadOnly, "cannot be written; check that the file and its folder are writable")
		})
	}
}

// makeReadOnly removes write permission; root ignores permissions, so there
// the immutable attribute does the job (and the test skips if it cannot).
func makeReadOnly(t *testing.T, path string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(path, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(path, 0o755) })
		return
	}
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Skipf("cannot make %s read-only as root: %v %s", path, err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", path).Run() })
}

func TestOpenOrFallbackGivesAWorkingMemoryStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	writeText(t, path)
	s, err := OpenOrFallback(path)
	if !errors.Is(err, ErrNotDatabase) || !strings.HasSuffix(err.Error(), "this session's history will not be kept") {
		t.Fatalf("warning = %v; want ErrNotDatabase and a note that history is not kept", err)
	}
	defer s.Close()
	id := playSession(t, s, sampleMeta("Ana", "late-delivery", t0), nil)
	if got, err := s.Session(context.Background(), id); err != nil || got.Turns != 4 {
		t.Errorf("fallback store session: %+v, %v; want 4 turns", got.SessionSummary, err)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCheckFindsDamagedPagesInTheMiddle: a file whose header and schema are
// intact opens, and even takes new turns, but Check reads every page and names
// the file as damaged.
func TestCheckFindsDamagedPagesInTheMiddle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	writeDamagedMiddle(t, path)
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v; want the damage to go unnoticed until Check", err)
	}
	defer s.Close()
	checkFileError(t, s.Check(context.Background()), path, ErrCorrupt, "is damaged; move it aside")
	healthy := openTemp(t)
	playSession(t, healthy, sampleMeta("Ana", "late-delivery", t0), nil)
	if err := healthy.Check(context.Background()); err != nil {
		t.Errorf("Check on a healthy history: %v", err)
	}
}

// writeDamagedMiddle stores 200 sessions, then overwrites the middle third of
// the file's pages with seeded random bytes, leaving the first and last pages
// (header, schema, the newest rows) intact.
func writeDamagedMiddle(t *testing.T, path string) {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 200 {
		playSession(t, s, sampleMeta("Ana", "late-delivery", t0.Add(time.Duration(i)*time.Hour)), sampleReport(78, 82, 70, 85, 75))
	}
	s.Close()
	data := readFile(t, path)
	const page = 4096
	pages := len(data) / page
	rng := rand.New(rand.NewPCG(3, 4))
	for i := pages / 3 * page; i < 2*pages/3*page; i++ {
		data[i] = byte(rng.Uint32())
	}
	writeFile(t, path, data)
}

// TestReadOnlyHistoryCanBeListed: a history whose file is 0444 in a folder
// 0555 cannot be opened for writing, but OpenReadOnly lists, shows and exports
// it and leaves no file behind. Root ignores permission bits, so there the
// immutable attribute makes the file and folder read-only (see makeReadOnly).
func TestReadOnlyHistoryCanBeListed(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	id := playSession(t, s, sampleMeta("Ana", "late-delivery", t0), sampleReport(78, 82, 70, 85, 75))
	s.Close()
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	makeReadOnly(t, path)
	makeReadOnly(t, dir)
	if _, err := Open(path); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Open for writing: %v; want ErrReadOnly, or this test proves nothing", err)
	}
	before := readFile(t, path)
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("OpenReadOnly: %v", err)
	}
	ctx := context.Background()
	list, err := ro.Sessions(ctx, Filter{})
	if err != nil || len(list) != 1 || list[0].ID != id || list[0].Total != 78 {
		t.Fatalf("Sessions = %+v, %v; want Ana's one session, total 78", list, err)
	}
	if d, err := ro.Session(ctx, id); err != nil || len(d.Transcript.Turns) != 4 || d.Report == nil {
		t.Errorf("Session = %+v, %v; want 4 turns and the report", d.SessionSummary, err)
	}
	var buf bytes.Buffer
	if err := ro.Export(ctx, &buf, "csv", Filter{}, nil); err != nil || strings.Count(buf.String(), "\r\n") != 2 {
		t.Errorf("Export: %v\n%s", err, buf.String())
	}
	if _, err := ro.BeginSession(ctx, sampleMeta("Bo", "late-delivery", t0)); !errors.Is(err, ErrReadOnly) {
		t.Errorf("BeginSession on a read-only store: %v; want ErrReadOnly", err)
	}
	ro.Close()
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("reading changed the file")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("folder holds %d entries after reading; want only the history file", len(entries))
	}
}

// TestOpenReadOnlyRefusesWhatItCannotRead: an older schema needs an upgrade
// (a write) first, and a newer one is refused as Open refuses it.
func TestOpenReadOnlyRefusesWhatItCannotRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	writeNewerSchema(t, path)
	_, err := OpenReadOnly(path)
	checkFileError(t, err, path, ErrNewerSchema, "was written by a newer Turnaround")
	old := filepath.Join(t.TempDir(), "history.db")
	db, err := sql.Open("sqlite3", old)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = 1; CREATE TABLE sessions (id INTEGER)", applicationID)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	ms, err := schemaMigrations()
	if err != nil {
		t.Fatal(err)
	}
	_, err = OpenReadOnly(old)
	want := fmt.Sprintf("was written by an older Turnaround (schema version 1, this build reads %d); open it once where it can be written", len(ms))
	checkFileError(t, err, old, ErrOldSchema, want)
}

// TestNoSpaceIOErrorIsDiskFull: on a real full disk SQLite often reports an
// I/O error carrying the system's "no space" errno rather than SQLITE_FULL
// (seen writing the WAL on a full tmpfs); both are a full disk.
func TestNoSpaceIOErrorIsDiskFull(t *testing.T) {
	for _, errno := range []syscall.Errno{syscall.ENOSPC, syscall.EDQUOT} {
		err := classify("/x/history.db", sqlite3.Error{Code: sqlite3.ErrIoErr, SystemErrno: errno})
		checkFileError(t, err, "/x/history.db", ErrDiskFull, "cannot grow because the disk is full")
	}
	if err := classify("/x/history.db", sqlite3.Error{Code: sqlite3.ErrIoErr, SystemErrno: syscall.EIO}); errors.Is(err, ErrDiskFull) {
		t.Errorf("an EIO error was taken for a full disk: %v", err)
	}
}
