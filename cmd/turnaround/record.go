package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/sim"
)

// openPlayRecorder opens the store a terminal session is recorded in, so it can
// be reviewed like a desktop one. A --db the trainee named must open (ok=false
// stops play, after saying why); the default history file is only a convenience,
// so when it cannot be opened play warns and goes on unrecorded. A --store that
// does not answer records in the desktop's history and queue, and says so.
func openPlayRecorder(e env, a playArgs) (rec recorder, ok bool) {
	if a.noHistory {
		return nopRecorder{}, true
	}
	if a.store != "" {
		s, note, err := openTeamRecorderStore(a.store)
		if err != nil {
			fmt.Fprintf(e.stderr, "turnaround play: %v\n", err)
			return nil, false
		}
		if note != "" {
			fmt.Fprintf(e.stderr, "turnaround play: %s\n", note)
		}
		return newHistoryRecorder(s, time.Now), true
	}
	if a.db != "" {
		rec, err := openRecorder(a.db)
		if err != nil {
			fmt.Fprintf(e.stderr, "turnaround play: %v\n", err)
			return nil, false
		}
		return rec, true
	}
	path, err := history.DefaultPath()
	if err == nil {
		if rec, err = openRecorder(path); err == nil {
			return rec, true
		}
	}
	fmt.Fprintf(e.stderr, "turnaround play: not recording this session: %v\n", err)
	return nopRecorder{}, true
}

// openRecorder opens the history store at dbPath for play. With no path the
// session is not recorded.
func openRecorder(dbPath string) (recorder, error) {
	if dbPath == "" {
		return nopRecorder{}, nil
	}
	s, err := history.Open(dbPath)
	if err != nil {
		return nil, err
	}
	return newHistoryRecorder(s, time.Now), nil
}

// nopRecorder records nothing.
type nopRecorder struct{}

func (nopRecorder) Begin(*scenarios.Scenario, string, string, string) error { return nil }
func (nopRecorder) Turn(int, scoring.Turn) error                            { return nil }
func (nopRecorder) Hint(scoring.Hint) error                                 { return nil }
func (nopRecorder) Finish(sim.Ending, *scoring.Report) error                { return nil }
func (nopRecorder) Close() error                                            { return nil }

// errNotRecording answers Turn and Finish after Begin failed: the one warning
// about the failure has already been shown.
var errNotRecording = errors.New("this session is not being recorded")

// historyRecorder writes a played session to the history store as it happens:
// every turn is committed before the next line is read, so a crash or a kill
// leaves the session complete so far, listed as unfinished. Turns the store
// refuses (a full disk) are held in order and written with the next turn.
type historyRecorder struct {
	store  history.Store
	writer *history.Writer
	now    func() time.Time
	id     history.SessionID
}

func newHistoryRecorder(s history.Store, now func() time.Time) *historyRecorder {
	return &historyRecorder{store: s, writer: history.NewWriter(s), now: now}
}

// Begin records the session's start. An empty trainee name falls back to the
// login name, so a session played without --trainee still says whose it was.
func (r *historyRecorder) Begin(sc *scenarios.Scenario, voice, trainee, mode string) error {
	if trainee == "" {
		trainee = os.Getenv("USER")
	}
	id, err := r.store.BeginSession(context.Background(), history.SessionMeta{
		Trainee: trainee, ScenarioID: sc.ID, ScenarioHash: sc.Hash, ScenarioTitle: sc.Title,
		// play scores with the default rubric; the report confirms it on Finish.
		RubricVersion: scoring.DefaultRubric().Version, Voice: voice, StartedAt: r.now(),
		// A session played now is stamped in trainee time (see sim.Session).
		Timing: scoring.TimingShown,
		Mode:   mode,
	})
	r.id = id
	return err
}

// Hint stores a hint the trainee was shown, as the desktop stores its hints.
func (r *historyRecorder) Hint(h scoring.Hint) error {
	if r.id == 0 {
		return errNotRecording
	}
	return r.store.AddHint(context.Background(), r.id, storedHint(h))
}

// storedHint is a shown hint as the history keeps it (the desktop's too).
func storedHint(h scoring.Hint) history.Hint {
	return history.Hint{Turn: h.Turn, Rule: h.Rule, Text: h.Text}
}

// Turn commits one turn.
func (r *historyRecorder) Turn(index int, t scoring.Turn) error {
	if r.id == 0 {
		return errNotRecording
	}
	return r.writer.AppendTurn(context.Background(), r.id, index, t)
}

// Finish records the ending and the report (nil when scoring failed).
func (r *historyRecorder) Finish(ending sim.Ending, rep *scoring.Report) error {
	if r.id == 0 {
		return errNotRecording
	}
	return r.writer.FinishSession(context.Background(), r.id, string(ending), rep, r.now())
}

// Close makes a last attempt at held turns, then closes the store.
func (r *historyRecorder) Close() error {
	flushErr := r.writer.Flush(context.Background())
	return errors.Join(flushErr, r.store.Close())
}
