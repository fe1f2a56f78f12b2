package history

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

func TestPracticeSessionStoresModeAndHints(t *testing.T) {
	eachStore(t, testPracticeSessionStoresModeAndHints)
}

func testPracticeSessionStoresModeAndHints(t *testing.T, s Store) {
	ctx := context.Background()
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	exam := playSession(t, s, sampleMeta("Ana", "late-delivery", t0), sampleReport(70, 70, 70, 70, 70))
	practice := playSession(t, s, sampleMeta("Ana", "late-delivery", t0.Add(time.Hour)), sampleReport(90, 90, 90, 90, 90))
	if err := s.SetMode(ctx, practice, ModePractice); err != nil {
		t.Fatal(err)
	}
	hints := []Hint{
		{Turn: 3, Rule: "stalling", Text: "A reply before the first concrete step that moves nothing forward."},
		{Turn: 1, Rule: "scripted-filler", Text: "Stock phrases sound like a script."},
	}
	for _, h := range hints {
		if err := s.AddHint(ctx, practice, h); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AddHint(ctx, practice, hints[0]); err != nil {
		t.Fatalf("storing the same hint again: %v", err)
	}
	d, err := s.Session(ctx, practice)
	if err != nil {
		t.Fatal(err)
	}
	if d.Mode != ModePractice || d.HintCount != 2 || !d.Assisted() {
		t.Errorf("practice session: mode %q, hints %d, assisted %v; want practice, 2, true", d.Mode, d.HintCount, d.Assisted())
	}
	if diff := cmp.Diff([]Hint{hints[1], hints[0]}, d.Hints); diff != "" {
		t.Errorf("hints in turn order (-want +got):\n%s", diff)
	}
	e, err := s.Session(ctx, exam)
	if err != nil || e.Mode != ModeAssessment || e.Assisted() || e.HintCount != 0 {
		t.Errorf("assessment session: %+v, %v", e.SessionSummary, err)
	}
	all, _ := s.Sessions(ctx, Filter{})
	counted, _ := s.Sessions(ctx, Filter{AssessmentOnly: true})
	if len(all) != 2 || len(counted) != 1 || counted[0].ID != exam {
		t.Errorf("sessions: all %d, assessment only %+v; want 2 and only session %d", len(all), counted, exam)
	}
	series, _ := s.DimensionSeries(ctx, "Ana", Filter{AssessmentOnly: true})
	if len(series) != 1 || series[0].Total != 70 {
		t.Errorf("assessment-only series = %+v; want the one assessment at 70", series)
	}
	m := sampleMeta("Ben", "late-delivery", t0)
	m.Mode = ModePractice
	if id := playSession(t, s, m, nil); mustSession(t, s, id).Mode != ModePractice {
		t.Error("a session begun in practice mode is not stored as practice")
	}
	if err := s.SetMode(ctx, 999, ModePractice); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetMode on a missing session = %v; want ErrNotFound", err)
	}
	if err := s.AddHint(ctx, 999, hints[0]); !errors.Is(err, ErrNotFound) {
		t.Errorf("AddHint on a missing session = %v; want ErrNotFound", err)
	}
}

func mustSession(t *testing.T, s Store, id SessionID) SessionDetail {
	t.Helper()
	d, err := s.Session(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestFailoverSendsAndReplaysModeAndHints(t *testing.T) {
	srv := pgtest.Shared(t)
	ctx := context.Background()
	queue, err := OpenQueue(filepath.Join(t.TempDir(), "team-queue.db"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := OpenFailover(ctx, srv.AdminURL(srv.NewDatabase(t)), PGOptions{ConnectTimeout: time.Second}, openTemp(t), queue)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	direct := playSession(t, f, sampleMeta("Ana", "late-delivery", t0), nil)
	replayed := playSession(t, f, sampleMeta("Ben", "late-delivery", t0), nil)
	hint := Hint{Turn: 1, Rule: "stalling", Text: "Move it forward."}
	// Online, the writes go straight to the server; a queued entry replays
	// through apply, which must know both kinds.
	if err := f.SetMode(ctx, direct, ModePractice); err != nil {
		t.Fatal(err)
	}
	if err := f.AddHint(ctx, direct, hint); err != nil {
		t.Fatal(err)
	}
	for _, op := range []queuedOp{
		{key: f.keyOf(replayed), kind: opMode, body: opBody{Mode: ModePractice}},
		{key: f.keyOf(replayed), kind: opHint, body: opBody{Hint: &hint}},
	} {
		if err := f.apply(ctx, op); err != nil {
			t.Fatalf("replay %s: %v", op.kind, err)
		}
	}
	for _, id := range []SessionID{direct, replayed} {
		d, err := f.Team().Session(ctx, id)
		if err != nil || d.Mode != ModePractice || len(d.Hints) != 1 || d.Hints[0] != hint {
			t.Errorf("session %d on the server: mode %q, hints %+v, %v", id, d.Mode, d.Hints, err)
		}
	}
}

func TestImportCopiesModeAndHints(t *testing.T) {
	ctx := context.Background()
	local := openTemp(t)
	m := sampleMeta("Ana", "late-delivery", time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	m.Mode = ModePractice
	id := playSession(t, local, m, nil)
	hint := Hint{Turn: 1, Rule: "stalling", Text: "Move it forward."}
	if err := local.AddHint(ctx, id, hint); err != nil {
		t.Fatal(err)
	}
	team := openPG(t)
	if _, err := Import(ctx, local, team, nil); err != nil {
		t.Fatal(err)
	}
	list, err := team.Sessions(ctx, Filter{})
	if err != nil || len(list) != 1 {
		t.Fatalf("team sessions = %+v, %v", list, err)
	}
	d, err := team.Session(ctx, list[0].ID)
	if err != nil || d.Mode != ModePractice || len(d.Hints) != 1 || d.Hints[0] != hint {
		t.Errorf("imported session: mode %q, hints %+v, %v; want practice with the one hint", d.Mode, d.Hints, err)
	}
}
