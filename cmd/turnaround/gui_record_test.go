package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/sim"
	"github.com/turnaround-app/turnaround/ui"
)

// namedVoice words replies from the script under another voice's name, as
// the Ollama voice does when it falls back line by line.
type namedVoice struct {
	sim.Voice
	name string
}

func (v namedVoice) Name() string { return v.name }

func builtinScenario(t *testing.T, id string) *scenarios.Scenario {
	t.Helper()
	list, err := scenarios.Builtin()
	must(t, err)
	for _, sc := range list {
		if sc.ID == id {
			return sc
		}
	}
	t.Fatalf("no built-in scenario %q", id)
	return nil
}

// testDesktopRecorder records into a fresh history file with a clock that
// moves a minute per reading.
func testDesktopRecorder(t *testing.T, wrap func(history.Store) history.Store) (desktopRecorder, *history.SQLiteStore) {
	t.Helper()
	s, err := history.Open(filepath.Join(t.TempDir(), "history.db"))
	must(t, err)
	t.Cleanup(func() { s.Close() })
	clock := historyT0
	var store history.Store = s
	if wrap != nil {
		store = wrap(s)
	}
	return desktopRecorder{store: store, trainee: func() string { return "Ana" },
		now: func() time.Time { clock = clock.Add(time.Minute); return clock }}, s
}

func say(t *testing.T, c ui.Conversation, text string, a *scoring.Action) {
	t.Helper()
	if _, err := c.Submit(context.Background(), text, a); err != nil {
		t.Fatal(err)
	}
}

// TestDesktopSessionRecordsTheVoiceThatPlayedAndTheRubric: the desktop app
// stored "scripted" and "1" whatever played; it must store the voice's own
// name and scoring's rubric version, every turn as it happens, then the ending.
func TestDesktopSessionRecordsTheVoiceThatPlayedAndTheRubric(t *testing.T) {
	rec, s := testDesktopRecorder(t, nil)
	sc := builtinScenario(t, "late-delivery-anniversary")
	conv, err := rec.start(sc, namedVoice{sim.NewScripted(), "ollama"}, nil, scoring.Transcript{}, 0)
	must(t, err)
	_, err = conv.Open(context.Background())
	must(t, err)
	say(t, conv, "We missed the delivery window, and that is on us.", nil)
	open, err := s.Unfinished(context.Background())
	must(t, err)
	if len(open) != 1 || open[0].Voice != "ollama" || open[0].RubricVersion != scoring.RubricVersion ||
		open[0].Trainee != "Ana" || open[0].Turns != 3 || open[0].ScenarioHash != sc.Hash {
		t.Fatalf("while playing, stored %+v; want Ana's ollama session, rubric %s, 3 turns", open, scoring.RubricVersion)
	}
	conv.Quit()
	rep, err := newGrader().Score(conv.Transcript(), sc)
	must(t, err)
	must(t, conv.Finish(context.Background(), &rep))
	got, err := s.Session(context.Background(), open[0].ID)
	must(t, err)
	if diff := cmp.Diff(conv.Transcript(), got.Transcript); diff != "" {
		t.Errorf("stored transcript (-played +stored):\n%s", diff)
	}
	if got.Ending != "abandoned" || got.Report == nil || got.Total != rep.Total || conv.HistoryProblem() != "" {
		t.Errorf("stored ending %q, total %d; want abandoned with the report's %d and no history problem", got.Ending, got.Total, rep.Total)
	}
}

// TestDesktopRetryRecordsItsParent: "Retry from this turn" was stored as a
// fresh first attempt; it must name the session it retried and where it
// forked, keep the turns before that, and fill parent_id in the CSV export.
func TestDesktopRetryRecordsItsParent(t *testing.T) {
	rec, s := testDesktopRecorder(t, nil)
	sc := builtinScenario(t, "late-delivery-anniversary")
	first, err := rec.start(sc, sim.NewScripted(), nil, scoring.Transcript{}, 0)
	must(t, err)
	_, err = first.Open(context.Background())
	must(t, err)
	say(t, first, "Let me check that for you.", nil)
	say(t, first, "Maybe I can see what I can do.", nil)
	first.Quit()
	must(t, first.Finish(context.Background(), nil))
	retry, err := first.Fork(3)
	must(t, err)
	say(t, retry, "I've refunded the 25 dollar express fee just now.", &scoring.Action{Kind: "refund", Amount: 25, Currency: "USD"})
	list, err := s.Sessions(context.Background(), history.Filter{})
	must(t, err)
	if len(list) != 2 {
		t.Fatalf("%d sessions stored; want the first and its retry", len(list))
	}
	orig, again := list[1], list[0]
	if again.ParentID != orig.ID || again.ForkTurn != 3 || orig.ParentID != 0 {
		t.Errorf("retry stored with parent %d fork %d; want parent %d fork 3", again.ParentID, again.ForkTurn, orig.ID)
	}
	stored, err := s.Session(context.Background(), again.ID)
	must(t, err)
	if diff := cmp.Diff(retry.Transcript().Turns, stored.Transcript.Turns); diff != "" {
		t.Errorf("retry's stored turns (-played +stored):\n%s", diff)
	}
	if diff := cmp.Diff(first.Transcript().Turns[:3], stored.Transcript.Turns[:3]); diff != "" {
		t.Errorf("retry does not start with the first session's turns 0-2 (-first +retry):\n%s", diff)
	}
	var buf bytes.Buffer
	must(t, s.Export(context.Background(), &buf, "csv", history.Filter{}, nil))
	rows, err := csv.NewReader(&buf).ReadAll()
	must(t, err)
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	if len(rows) != 3 || rows[1][col["parent_id"]] != "" || rows[2][col["parent_id"]] != strconv.FormatInt(int64(orig.ID), 10) {
		t.Errorf("CSV parent_id column: %q; want empty, then %d", rows, orig.ID)
	}
}

// TestDesktopRecordingRetriesRefusedTurns: the desktop writer dropped a turn
// the store refused. Refused turns must be held, reported, and written in
// order once the store takes turns again.
func TestDesktopRecordingRetriesRefusedTurns(t *testing.T) {
	var disk *fullDiskStore
	rec, s := testDesktopRecorder(t, func(s history.Store) history.Store {
		disk = &fullDiskStore{Store: s, path: "/fake/history.db", room: 1}
		return disk
	})
	sc := builtinScenario(t, "late-delivery-anniversary")
	conv, err := rec.start(sc, sim.NewScripted(), nil, scoring.Transcript{}, 0)
	must(t, err)
	_, err = conv.Open(context.Background())
	must(t, err)
	say(t, conv, "Let me check that for you.", nil)
	want := "History not saved: history file /fake/history.db cannot grow because the disk is full. " +
		"The conversation goes on; the history lacks turns 1-2; the next turn tries again."
	if got := conv.HistoryProblem(); got != want {
		t.Errorf("HistoryProblem on a full disk:\n%s\nwant:\n%s", got, want)
	}
	disk.setRoom(100)
	say(t, conv, "We missed the delivery window, and that is on us.", nil)
	if got := conv.HistoryProblem(); got != "" {
		t.Errorf("HistoryProblem after space came back = %q; want none", got)
	}
	list, err := s.Sessions(context.Background(), history.Filter{})
	must(t, err)
	stored, err := s.Session(context.Background(), list[0].ID)
	must(t, err)
	if diff := cmp.Diff(conv.Transcript().Turns, stored.Transcript.Turns); diff != "" {
		t.Errorf("stored turns after the retry (-played +stored):\n%s", diff)
	}
	if len(stored.Transcript.Turns) != 5 || !strings.HasPrefix(stored.Transcript.Turns[1].Text, "Let me check") {
		t.Errorf("stored %d turns; want all 5 in order", len(stored.Transcript.Turns))
	}
}

// TestDesktopPracticeSessionRecordsModeAndHints: a practice session's mode and
// the hints shown in it are stored with the session the recorder began.
func TestDesktopPracticeSessionRecordsModeAndHints(t *testing.T) {
	rec, s := testDesktopRecorder(t, nil)
	conv, err := rec.start(builtinScenario(t, "late-delivery-anniversary"), sim.NewScripted(), nil, scoring.Transcript{}, 0)
	must(t, err)
	_, err = conv.Open(context.Background())
	must(t, err)
	must(t, conv.MarkPractice(context.Background()))
	say(t, conv, "I understand how you feel.", nil)
	must(t, conv.AddHint(context.Background(), scoring.Hint{Turn: 1, Rule: "stalling", Text: "Move it forward."}))
	list, err := s.Sessions(context.Background(), history.Filter{})
	must(t, err)
	got, err := s.Session(context.Background(), list[0].ID)
	must(t, err)
	if got.Mode != history.ModePractice || len(got.Hints) != 1 || got.Hints[0].Rule != "stalling" || got.Turns != 3 {
		t.Errorf("stored mode %q, hints %+v, %d turns; want practice, the stalling hint, 3 turns", got.Mode, got.Hints, got.Turns)
	}
}

// TestDesktopResumeRecordsForTheStoredTrainee: a session resumed after a crash
// is recorded for the trainee whose session it was, not whoever Settings
// names now, and starts with the stored turns.
func TestDesktopResumeRecordsForTheStoredTrainee(t *testing.T) {
	rec, s := testDesktopRecorder(t, nil)
	deps := &ui.Deps{}
	wireSimulator(deps, judgePrefs(t, false, "", ""), rec)
	sc := builtinScenario(t, "late-delivery-anniversary")
	opening := scoring.Turn{Role: scoring.RoleCustomer, Text: "My order was late."}
	conv, err := deps.Resume(sc, ui.StoredSession{SessionInfo: ui.SessionInfo{Trainee: "Bo"},
		Transcript: scoring.Transcript{Scenario: sc.ID, Turns: []scoring.Turn{opening}}})
	must(t, err)
	say(t, conv, "We missed the delivery window, and that is on us.", nil)
	list, err := s.Sessions(context.Background(), history.Filter{})
	must(t, err)
	if len(list) != 1 || list[0].Trainee != "Bo" || list[0].Turns != 3 {
		t.Errorf("resumed record %+v; want Bo's, with the stored opening and the new exchange", list)
	}
	if got := rec.trainee(); got != "Ana" {
		t.Errorf("after a resume the next session would be recorded for %q; want Ana", got)
	}
}
