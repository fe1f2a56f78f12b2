package history

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/turnaround-app/turnaround/scoring"
)

// TestRecorderStoresVoiceRubricAndParent records a session and a retry of it:
// the voice is the one named, the rubric is scoring's, the retry starts with
// the turns it kept and names its parent, and the CSV export fills parent_id.
func TestRecorderStoresVoiceRubricAndParent(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	clock := t0
	now := func() time.Time { clock = clock.Add(time.Minute); return clock }
	first := NewRecorder(s, now)
	meta := SessionMeta{Trainee: "Ana", ScenarioID: "late-delivery", ScenarioHash: "h1", ScenarioTitle: "Late", Voice: "ollama"}
	if err := first.Begin(ctx, meta, nil); err != nil {
		t.Fatal(err)
	}
	turns := sampleTurns()
	for i, turn := range turns {
		if err := first.Turn(ctx, i, turn); err != nil {
			t.Fatal(err)
		}
	}
	if err := first.Finish(ctx, "resolved", nil); err != nil {
		t.Fatal(err)
	}
	retry := NewRecorder(s, now)
	meta.ParentID, meta.ForkTurn = first.Session(), 1
	if err := retry.Begin(ctx, meta, turns[:1]); err != nil {
		t.Fatal(err)
	}
	if st := retry.Status(); st.Turns != 1 || st.Stored != 1 || st.Finished || st.Err != nil {
		t.Errorf("retry status after Begin = %+v; want the kept turn stored, unfinished", st)
	}
	got, err := s.Session(ctx, retry.Session())
	if err != nil {
		t.Fatal(err)
	}
	if got.Voice != "ollama" || got.RubricVersion != scoring.RubricVersion || got.ParentID != first.Session() || got.ForkTurn != 1 {
		t.Errorf("retry stored as voice %q rubric %q parent %d fork %d; want ollama, %q, %d, 1",
			got.Voice, got.RubricVersion, got.ParentID, got.ForkTurn, scoring.RubricVersion, first.Session())
	}
	if diff := cmp.Diff(turns[:1], got.Transcript.Turns); diff != "" {
		t.Errorf("retry's kept turns (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := s.Export(ctx, &buf, "csv", Filter{}, nil); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	if len(rows) != 3 || rows[1][col["parent_id"]] != "" || rows[2][col["parent_id"]] != fmt.Sprint(first.Session()) ||
		rows[2][col["voice"]] != "ollama" || rows[2][col["rubric_version"]] != scoring.RubricVersion {
		t.Errorf("CSV rows %q; want the retry's parent_id %d, voice ollama, rubric %s", rows, first.Session(), scoring.RubricVersion)
	}
}

// TestRecorderHoldsRefusedTurnsAndSaysWhichAreMissing: a store that refuses
// turns (a full disk) leaves them held; Status names them until the store
// takes them with the next turn.
func TestRecorderHoldsRefusedTurnsAndSaysWhichAreMissing(t *testing.T) {
	mem := openMemory(t)
	ctx := context.Background()
	fs := &faultStore{Store: mem}
	r := NewRecorder(fs, nil)
	if err := r.Begin(ctx, sampleMeta("Ana", "late-delivery", t0), nil); err != nil {
		t.Fatal(err)
	}
	turns := sampleTurns()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(r.Turn(ctx, 0, turns[0]))
	fs.failing = true
	for i := 1; i < 3; i++ {
		if err := r.Turn(ctx, i, turns[i]); !errors.Is(err, ErrDiskFull) {
			t.Fatalf("turn %d on a full disk: err = %v; want ErrDiskFull", i, err)
		}
	}
	if err := r.Finish(ctx, "resolved", nil); !errors.Is(err, ErrDiskFull) {
		t.Fatalf("Finish on a full disk: err = %v; want ErrDiskFull", err)
	}
	st := r.Status()
	if st.Turns != 3 || st.Stored != 1 || st.Finished || st.Complete() || st.Missing() != "turns 1-2" || !errors.Is(st.Err, ErrDiskFull) {
		t.Fatalf("status on a full disk = %+v (missing %q); want 1 of 3 stored, turns 1-2 missing", st, st.Missing())
	}
	fs.failing = false
	must(r.Turn(ctx, 3, turns[3]))
	must(r.Finish(ctx, "resolved", nil))
	if st := r.Status(); !st.Complete() || st.Err != nil || st.Missing() != "" {
		t.Errorf("status after space came back = %+v; want complete", st)
	}
	got, _ := mem.Session(ctx, r.Session())
	if diff := cmp.Diff(turns, got.Transcript.Turns); diff != "" || got.Ending != "resolved" {
		t.Errorf("stored ending %q, turns (-want +got):\n%s", got.Ending, diff)
	}
}

func TestRecorderAfterFailedBeginSaysNotRecording(t *testing.T) {
	mem, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	mem.Close()
	r := NewRecorder(mem, nil)
	if err := r.Begin(context.Background(), sampleMeta("Ana", "x", t0), sampleTurns()[:2]); err == nil {
		t.Fatal("Begin on a closed store succeeded")
	}
	if err := r.Turn(context.Background(), 2, sampleTurns()[2]); !errors.Is(err, ErrNotRecording) {
		t.Errorf("Turn after a failed Begin: %v; want ErrNotRecording", err)
	}
	if err := r.Finish(context.Background(), "abandoned", nil); !errors.Is(err, ErrNotRecording) {
		t.Errorf("Finish after a failed Begin: %v; want ErrNotRecording", err)
	}
	st := r.Status()
	if st.Session != 0 || st.Turns != 3 || st.Stored != 0 || st.Missing() != "turns 0-2" || st.Err == nil ||
		!strings.Contains(st.Err.Error(), "closed") {
		t.Errorf("status = %+v; want nothing stored, turns 0-2 missing, the Begin error kept", st)
	}
}

// TestRecorderHoldsEveryKeptTurnTheStoreRefuses: a retry begun on a full disk
// hands over all its kept turns, held in order, and writes them when it can.
func TestRecorderHoldsEveryKeptTurnTheStoreRefuses(t *testing.T) {
	mem := openMemory(t)
	ctx := context.Background()
	fs := &faultStore{Store: mem, failing: true}
	r := NewRecorder(fs, nil)
	turns := sampleTurns()
	if err := r.Begin(ctx, sampleMeta("Ana", "late-delivery", t0), turns[:3]); !errors.Is(err, ErrDiskFull) {
		t.Fatalf("Begin on a full disk: %v; want ErrDiskFull", err)
	}
	if st := r.Status(); st.Turns != 3 || st.Stored != 0 || st.Missing() != "turns 0-2" {
		t.Errorf("status = %+v; want the 3 kept turns held", st)
	}
	fs.failing = false
	if err := r.Turn(ctx, 3, turns[3]); err != nil {
		t.Fatal(err)
	}
	got, _ := mem.Session(ctx, r.Session())
	if diff := cmp.Diff(turns, got.Transcript.Turns); diff != "" {
		t.Errorf("stored turns (-want +got):\n%s", diff)
	}
}
