package history

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/turnaround-app/turnaround/scoring"
)

// faultStore fails AppendTurn while failing is true, as a full disk would.
type faultStore struct {
	Store
	failing bool
	calls   int
}

func (f *faultStore) AppendTurn(ctx context.Context, id SessionID, index int, t scoring.Turn) error {
	f.calls++
	if f.failing {
		return &FileError{Path: "/fake/history.db", Kind: ErrDiskFull, Cause: errors.New("database or disk is full")}
	}
	return f.Store.AppendTurn(ctx, id, index, t)
}

func TestWriterKeepsFailedTurnsInOrder(t *testing.T) {
	mem := openMemory(t)
	ctx := context.Background()
	fs := &faultStore{Store: mem}
	w := NewWriter(fs)
	id, err := mem.BeginSession(ctx, sampleMeta("Ana", "late-delivery", t0))
	if err != nil {
		t.Fatal(err)
	}
	turns := sampleTurns()
	steps := []struct {
		failing     bool
		wantPending int
		wantErr     string
	}{
		{false, 0, ""},
		{true, 1, "history file /fake/history.db cannot grow because the disk is full (1 turn held in memory and tried again with the next turn)"},
		{true, 2, "(2 turns held in memory"},
		{false, 0, ""},
	}
	for i, st := range steps {
		fs.failing = st.failing
		err := w.AppendTurn(ctx, id, i, turns[i])
		if st.wantErr == "" && err != nil || st.wantErr != "" && (err == nil || !strings.Contains(err.Error(), st.wantErr)) {
			t.Fatalf("turn %d: err = %v; want %q", i, err, st.wantErr)
		}
		if st.wantErr != "" && !errors.Is(err, ErrDiskFull) {
			t.Errorf("turn %d: err does not wrap ErrDiskFull", i)
		}
		if got := w.Pending(); got != st.wantPending {
			t.Errorf("turn %d: pending = %d; want %d", i, got, st.wantPending)
		}
	}
	got, err := mem.Session(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(turns, got.Transcript.Turns); diff != "" {
		t.Errorf("stored turns (-want +got):\n%s", diff)
	}
}

func TestWriterFinishWaitsForHeldTurns(t *testing.T) {
	mem, _ := OpenMemory()
	defer mem.Close()
	ctx := context.Background()
	fs := &faultStore{Store: mem, failing: true}
	w := NewWriter(fs)
	id, _ := mem.BeginSession(ctx, sampleMeta("Ana", "late-delivery", t0))
	_ = w.AppendTurn(ctx, id, 0, sampleTurns()[0])
	if err := w.FinishSession(ctx, id, "resolved", nil, t0); !errors.Is(err, ErrDiskFull) {
		t.Fatalf("finish with a held turn: err = %v; want ErrDiskFull", err)
	}
	if list, _ := mem.Unfinished(ctx); len(list) != 1 {
		t.Fatalf("session finished before its turns were written")
	}
	fs.failing = false
	if err := w.FinishSession(ctx, id, "resolved", nil, t0); err != nil {
		t.Fatal(err)
	}
	got, _ := mem.Session(ctx, id)
	if got.Turns != 1 || got.Ending != "resolved" {
		t.Errorf("after retry: %d turns, ending %q; want 1, resolved", got.Turns, got.Ending)
	}
}

// TestRealDiskFullKeepsTheTurn fills the database for real: SQLite's
// max_page_count makes it report SQLITE_FULL exactly as a full disk does.
func TestRealDiskFullKeepsTheTurn(t *testing.T) {
	mem, _ := OpenMemory()
	defer mem.Close()
	ctx := context.Background()
	id, _ := mem.BeginSession(ctx, sampleMeta("Ana", "late-delivery", t0))
	var pages int
	mem.db.QueryRow("PRAGMA page_count").Scan(&pages)
	if _, err := mem.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages)); err != nil {
		t.Fatal(err)
	}
	w := NewWriter(mem)
	big := scoring.Turn{Role: scoring.RoleAgent, Text: strings.Repeat("we are sorry ", 2000)}
	err := w.AppendTurn(ctx, id, 0, big)
	if !errors.Is(err, ErrDiskFull) || w.Pending() != 1 {
		t.Fatalf("err = %v, pending %d; want ErrDiskFull and the turn held", err, w.Pending())
	}
	mem.db.Exec("PRAGMA max_page_count = 1000000")
	if err := w.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := mem.Session(ctx, id)
	if len(got.Transcript.Turns) != 1 || got.Transcript.Turns[0].Text != big.Text {
		t.Errorf("held turn was not written on Flush")
	}
}
