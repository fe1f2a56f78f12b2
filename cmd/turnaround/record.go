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
// be reviewed like a desktop one. A --db the trainee named that cannot be used
// (or is damaged) is reported before the first line, the session is played
// anyway so nothing typed is lost, and play ends with exit 1; so is a --store
// when even the desktop's history behind it cannot be opened. A --store that
// does not answer records in the desktop's history and queue, and says so.
// The default history file is only a convenience: when it cannot be opened
// play warns and goes on unrecorded.
func openPlayRecorder(e env, a playArgs) recorder {
	if a.noHistory {
		return nopRecorder{}
	}
	if a.store != "" {
		s, note, err := openTeamRecorderStore(a.store)
		if err != nil {
			return &unusableRecorder{err: err}
		}
		if note != "" {
			fmt.Fprintf(e.stderr, "turnaround play: %s\n", note)
		}
		return newHistoryRecorder(s, time.Now)
	}
	if a.db != "" {
		rec, err := openRecorder(a.db)
		if err != nil {
			return &unusableRecorder{err: err}
		}
		return rec
	}
	path, err := history.DefaultPath()
	if err == nil {
		var rec recorder
		if rec, err = openRecorder(path); err == nil {
			return rec
		}
	}
	fmt.Fprintf(e.stderr, "turnaround play: not recording this session: %v\n", err)
	return nopRecorder{}
}

// openHistoryFile opens a history file for recording; tests replace it to
// put a failing store (a full disk) behind play.
var openHistoryFile = func(path string) (history.Store, error) { return history.Open(path) }

// openRecorder opens the history store at dbPath for play and reads it
// through once: a file damaged in the middle still opens and takes new turns,
// but the session could never be listed or exported. With no path the session
// is not recorded.
func openRecorder(dbPath string) (recorder, error) {
	if dbPath == "" {
		return nopRecorder{}, nil
	}
	s, err := openHistoryFile(dbPath)
	if err != nil {
		return nil, err
	}
	if c, ok := s.(interface{ Check(context.Context) error }); ok {
		if err := c.Check(context.Background()); err != nil {
			s.Close()
			return nil, err
		}
	}
	return newHistoryRecorder(s, time.Now), nil
}

// nopRecorder records nothing.
type nopRecorder struct{}

func (nopRecorder) Begin(*scenarios.Scenario, string, string, string) error { return nil }
func (nopRecorder) Turn(int, scoring.Turn) error                            { return nil }
func (nopRecorder) Hint(scoring.Hint) error                                 { return nil }
func (nopRecorder) Finish(sim.Ending, *scoring.Report) error                { return nil }
func (nopRecorder) Status() history.RecordStatus                            { return history.RecordStatus{Finished: true} }
func (nopRecorder) Close() error                                            { return nil }

// unusableRecorder stands in for a named history that could not be opened: it
// fails Begin with the reason and counts the turns it could not record.
type unusableRecorder struct {
	err   error
	turns int
}

func (u *unusableRecorder) Begin(*scenarios.Scenario, string, string, string) error { return u.err }
func (u *unusableRecorder) Hint(scoring.Hint) error                                 { return history.ErrNotRecording }
func (u *unusableRecorder) Turn(index int, _ scoring.Turn) error {
	u.turns = max(u.turns, index+1)
	return history.ErrNotRecording
}
func (u *unusableRecorder) Finish(sim.Ending, *scoring.Report) error { return history.ErrNotRecording }
func (u *unusableRecorder) Status() history.RecordStatus {
	return history.RecordStatus{Turns: u.turns, Err: u.err}
}
func (u *unusableRecorder) Close() error { return nil }

// historyRecorder records a terminal session through history.Recorder, the
// same recorder the desktop app uses: every turn is committed before the next
// line is read, so a crash or a kill leaves the session complete so far,
// listed as unfinished; turns the store refuses (a full disk) are held in order
// and written with the next turn.
type historyRecorder struct {
	store history.Store
	rec   *history.Recorder
}

func newHistoryRecorder(s history.Store, now func() time.Time) *historyRecorder {
	return &historyRecorder{store: s, rec: history.NewRecorder(s, now)}
}

// Begin records the session's start. An empty trainee name falls back to the
// login name, so a session played without --trainee still says whose it was.
func (r *historyRecorder) Begin(sc *scenarios.Scenario, voice, trainee, mode string) error {
	if trainee == "" {
		trainee = os.Getenv("USER")
	}
	return r.rec.Begin(context.Background(), history.SessionMeta{
		Trainee: trainee, ScenarioID: sc.ID, ScenarioHash: sc.Hash, ScenarioTitle: sc.Title, Voice: voice,
		Mode: mode,
	}, nil)
}

// Hint stores a hint the trainee was shown, as the desktop stores its hints.
func (r *historyRecorder) Hint(h scoring.Hint) error {
	id := r.rec.Session()
	if id == 0 {
		return history.ErrNotRecording
	}
	return r.store.AddHint(context.Background(), id, storedHint(h))
}

// storedHint is a shown hint as the history keeps it (the desktop's too).
func storedHint(h scoring.Hint) history.Hint {
	return history.Hint{Turn: h.Turn, Rule: h.Rule, Text: h.Text}
}

// Turn commits one turn.
func (r *historyRecorder) Turn(index int, t scoring.Turn) error {
	return r.rec.Turn(context.Background(), index, t)
}

// Finish records the ending and the report (nil when scoring failed).
func (r *historyRecorder) Finish(ending sim.Ending, rep *scoring.Report) error {
	return r.rec.Finish(context.Background(), string(ending), rep)
}

// Status says how much of the session the history holds.
func (r *historyRecorder) Status() history.RecordStatus { return r.rec.Status() }

// Close makes a last attempt at held turns, then closes the store.
func (r *historyRecorder) Close() error {
	flushErr := r.rec.Flush(context.Background())
	return errors.Join(flushErr, r.store.Close())
}
