package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
)

// fullDiskStore takes the next room turns, then fails every write as SQLite
// does on a full disk, as the history package's fault tests do.
type fullDiskStore struct {
	history.Store
	path string
	mu   sync.Mutex
	room int
}

func (f *fullDiskStore) full() error {
	return &history.FileError{Path: f.path, Kind: history.ErrDiskFull, Cause: errors.New("database or disk is full")}
}

func (f *fullDiskStore) AppendTurn(ctx context.Context, id history.SessionID, index int, t scoring.Turn) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.room == 0 {
		return f.full()
	}
	f.room--
	return f.Store.AppendTurn(ctx, id, index, t)
}

func (f *fullDiskStore) FinishSession(ctx context.Context, id history.SessionID, ending string, rep *scoring.Report, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.room == 0 {
		return f.full()
	}
	return f.Store.FinishSession(ctx, id, ending, rep, at)
}

// setRoom frees (or takes) space for n more turns.
func (f *fullDiskStore) setRoom(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.room = n
}

// withFullDisk makes play's history file fill up after room turns.
func withFullDisk(t *testing.T, room int) {
	t.Helper()
	orig := openHistoryFile
	t.Cleanup(func() { openHistoryFile = orig })
	openHistoryFile = func(path string) (history.Store, error) {
		s, err := history.Open(path)
		if err != nil {
			return nil, err
		}
		return &fullDiskStore{Store: s, path: s.Path(), room: room}, nil
	}
}

// longPlay is a piped session of many turns that never resolves the case.
var longPlay = strings.Repeat("Let me check that for you.\n", 3) + "/quit\n"

// TestPlayOnAFullDiskSaysWhatWasNotStoredAndExitsNonZero: the history takes
// the first turns only. Play must not promise a retry that never comes nor
// claim the session went unrecorded; at the end it says how many turns the
// history holds and where every turn is, and exits 1.
func TestPlayOnAFullDiskSaysWhatWasNotStoredAndExitsNonZero(t *testing.T) {
	for _, withOut := range []bool{true, false} {
		name := map[bool]string{true: "with --out", false: "without --out"}[withOut]
		t.Run(name, func(t *testing.T) {
			withFullDisk(t, 2)
			dir := t.TempDir()
			t.Setenv("TMPDIR", filepath.Join(dir, "tmp"))
			must(t, os.Mkdir(filepath.Join(dir, "tmp"), 0o755))
			db, out := filepath.Join(dir, "history.db"), filepath.Join(dir, "t.json")
			args := []string{"--scenario", "late-delivery-anniversary", "--db", db, "--trainee", "Ana"}
			if withOut {
				args = append(args, "--out", out)
			}
			code, _, stderr := playIn(t, longPlay, args...)
			if code != exitInvalid {
				t.Errorf("exit %d; want %d when turns were not recorded", code, exitInvalid)
			}
			for _, lie := range []string{"will retry", "unrecorded"} {
				if strings.Contains(stderr, lie) {
					t.Errorf("stderr says %q, which is not true:\n%s", lie, stderr)
				}
			}
			saved := out
			if !withOut {
				matches, _ := filepath.Glob(filepath.Join(dir, "tmp", "turnaround-late-delivery-anniversary-*.json"))
				if len(matches) != 1 {
					t.Fatalf("kept transcripts %v; want one in the temporary folder\nstderr:\n%s", matches, stderr)
				}
				saved = matches[0]
			}
			tr := readOut(t, saved)
			n := len(tr.Turns)
			last := lastLine(stderr)
			want := "turnaround play: history file " + db + " cannot grow because the disk is full, so the history holds 2 of " +
				strconv.Itoa(n) + " turns of session 1 (turns 2-" + strconv.Itoa(n-1) + " and the ending are missing); every turn is in " + saved + "."
			if n != 7 || last != want {
				t.Errorf("%d turns; last stderr line:\n%s\nwant:\n%s", n, last, want)
			}
			s, err := history.Open(db)
			must(t, err)
			defer s.Close()
			got, err := s.Session(context.Background(), 1)
			must(t, err)
			if got.Turns != 2 || got.Finished() {
				t.Errorf("history holds %d turns, finished %v; want the 2 that fitted, unfinished", got.Turns, got.Finished())
			}
		})
	}
}

// TestPlayOnADamagedHistoryExitsNonZeroAndKeepsTheTranscript: a history whose
// middle pages are garbage still opens and would take the session, which no
// list could then show. Play says so in one sentence naming the file before
// the first line, plays on so nothing typed is lost, and exits 1.
func TestPlayOnADamagedHistoryExitsNonZeroAndKeepsTheTranscript(t *testing.T) {
	dir := t.TempDir()
	db, out := filepath.Join(dir, "history.db"), filepath.Join(dir, "t.json")
	writeDamagedHistory(t, db)
	code, stdout, stderr := playIn(t, "Hello.\n/refund 25 USD I've refunded 25 now.\n",
		"--scenario", "late-delivery-anniversary", "--db", db, "--out", out)
	if code != exitInvalid {
		t.Errorf("exit %d; want %d", code, exitInvalid)
	}
	damaged := "history file " + db + " is damaged; move it aside to start a fresh history or restore a backup"
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 2 || lines[0] != "turnaround play: "+damaged+"; the session goes on unrecorded, and its transcript keeps every turn." ||
		lines[1] != "turnaround play: "+damaged+", so this session was not recorded; every turn is in "+out+"." {
		t.Errorf("stderr:\n%s\nwant the damage named before play and the outcome after", stderr)
	}
	if tr := readOut(t, out); len(tr.Turns) < 4 || !strings.Contains(stdout, "customer:") {
		t.Errorf("transcript has %d turns; want the whole played session", len(tr.Turns))
	}
}

// writeDamagedHistory stores 200 sessions, then overwrites the middle third of
// the file's pages with seeded random bytes; header, schema and the newest rows
// stay intact, so the file still opens.
func writeDamagedHistory(t *testing.T, path string) {
	t.Helper()
	s, err := history.Open(path)
	must(t, err)
	for i := range 200 {
		id := seedSession(t, s, history.SessionMeta{Trainee: "Ana", ScenarioID: "late-delivery",
			StartedAt: historyT0.Add(time.Duration(i) * time.Hour)}, cliTurns())
		must(t, s.FinishSession(context.Background(), id, "resolved", cliReport(), historyT0.Add(time.Minute)))
	}
	must(t, s.Close())
	data, err := os.ReadFile(path)
	must(t, err)
	const page = 4096
	pages := len(data) / page
	rng := rand.New(rand.NewPCG(1, 2))
	for i := pages / 3 * page; i < 2*pages/3*page; i++ {
		data[i] = byte(rng.Uint32())
	}
	must(t, os.WriteFile(path, data, 0o644))
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// TestDesktopDoesNotRecordIntoADamagedHistory: the desktop app reads the file
// through at start, as play does, and says it is damaged instead of recording
// sessions no list could show.
func TestDesktopDoesNotRecordIntoADamagedHistory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	writeDamagedHistory(t, path)
	before, err := os.ReadFile(path)
	must(t, err)
	stores := openHistoryAt(path)
	defer stores.close()
	want := "history file " + path + " is damaged; move it aside to start a fresh history or restore a backup; this session's history will not be kept"
	if stores.warning == nil || stores.warning.Error() != want {
		t.Errorf("warning = %v; want %q", stores.warning, want)
	}
	if p, ok := stores.record.(*history.SQLiteStore); !ok || p.Path() != ":memory:" {
		t.Errorf("sessions are recorded in %T; want a memory store", stores.record)
	}
	after, err := os.ReadFile(path)
	must(t, err)
	if string(before) != string(after) {
		t.Error("opening changed the damaged file")
	}
}

// TestPlayKeepsUnrecordedTurnsInAFileWhileItRuns: with no --out and a full
// disk, the turns the history lacks are in a transcript file after each
// reply, before the session ends, so a kill then loses nothing typed.
func TestPlayKeepsUnrecordedTurnsInAFileWhileItRuns(t *testing.T) {
	withFullDisk(t, 1)
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	stdin, typing := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- dispatch(env{stdin: stdin, stdout: io.Discard, stderr: io.Discard},
			[]string{"play", "--scenario", "late-delivery-anniversary", "--db", filepath.Join(dir, "history.db")})
	}()
	io.WriteString(typing, "Let me check that for you.\n")
	var kept scoring.Transcript
	deadline := time.Now().Add(10 * time.Second)
	for len(kept.Turns) < 3 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		if matches, _ := filepath.Glob(filepath.Join(dir, "turnaround-*.json")); len(matches) == 1 {
			if data, err := os.ReadFile(matches[0]); err == nil {
				json.Unmarshal(data, &kept)
			}
		}
	}
	if len(kept.Turns) != 3 || kept.Turns[1].Text != "Let me check that for you." || kept.Ending != "" {
		t.Errorf("mid-session kept transcript: %d turns, ending %q; want the 3 so far", len(kept.Turns), kept.Ending)
	}
	typing.Close()
	if code := <-done; code != exitInvalid {
		t.Errorf("exit %d; want %d", code, exitInvalid)
	}
}
