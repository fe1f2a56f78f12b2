package history

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// ErrNotRecording answers Turn and Finish after Begin failed, so a caller that
// has already shown Begin's error does not show the same trouble twice.
var ErrNotRecording = errors.New("this session is not being recorded")

// Recorder records one played session in a Store as it happens: the terminal
// and the desktop app both record through it, so a session is stored the same
// way whichever one played it. Every turn goes through a Writer, so a turn the
// store refuses (a full disk, a lock held too long) is held in order and tried
// again with the next turn and on Finish and Flush. Status says at any time
// how much of the session the store holds.
//
// A Recorder is safe for concurrent use; it never closes its Store.
type Recorder struct {
	store  Store
	writer *Writer
	now    func() time.Time

	mu       sync.Mutex
	id       SessionID
	began    bool
	turns    int
	finished bool
	lastErr  error
}

// NewRecorder returns a Recorder that writes to s; now (nil means time.Now)
// stamps the start and end of the session.
func NewRecorder(s Store, now func() time.Time) *Recorder {
	if now == nil {
		now = time.Now
	}
	return &Recorder{store: s, writer: NewWriter(s), now: now}
}

// Begin records the session's start. A zero m.StartedAt is filled from the
// clock, an empty m.RubricVersion with scoring.RubricVersion, and a zero
// m.Timing with scoring.TimingShown (a session recorded as it is played is
// stamped in trainee time, see sim.Session). For a retry,
// m.ParentID and m.ForkTurn name the session and the turn it forks from, and
// kept holds the turns it starts with (the parent's turns before ForkTurn);
// they are stored at once, as turns 0..len(kept)-1.
func (r *Recorder) Begin(ctx context.Context, m SessionMeta, kept []scoring.Turn) error {
	if m.StartedAt.IsZero() {
		m.StartedAt = r.now()
	}
	if m.RubricVersion == "" {
		m.RubricVersion = scoring.RubricVersion
	}
	if m.Timing == 0 {
		m.Timing = scoring.TimingShown
	}
	id, err := r.store.BeginSession(ctx, m)
	r.mu.Lock()
	r.id, r.began = id, err == nil
	if err != nil {
		r.turns = max(r.turns, len(kept))
	}
	r.note(err)
	r.mu.Unlock()
	if err != nil {
		return err
	}
	// Every kept turn is handed over even after a refusal: the Writer holds
	// the refused ones in order, and Status must count them all.
	var firstErr error
	for i, t := range kept {
		if err := r.Turn(ctx, i, t); err != nil && firstErr == nil {
			firstErr = err
		}
	}
	return firstErr
}

// Turn records turn index. It returns the store's error when the turn (or one
// held before it) could not be written; the turn is then held and retried.
func (r *Recorder) Turn(ctx context.Context, index int, t scoring.Turn) error {
	r.mu.Lock()
	r.turns = max(r.turns, index+1)
	began, id := r.began, r.id
	r.mu.Unlock()
	if !began {
		return ErrNotRecording
	}
	err := r.writer.AppendTurn(ctx, id, index, t)
	r.mu.Lock()
	r.note(err)
	r.mu.Unlock()
	return err
}

// Finish records how the session ended and its report (nil when it could not
// be scored). Held turns are written first; if they still cannot be, the
// session stays unfinished in the store and the error says why.
func (r *Recorder) Finish(ctx context.Context, ending string, rep *scoring.Report) error {
	r.mu.Lock()
	began, id := r.began, r.id
	r.mu.Unlock()
	if !began {
		return ErrNotRecording
	}
	err := r.writer.FinishSession(ctx, id, ending, rep, r.now())
	r.mu.Lock()
	r.finished = err == nil
	r.note(err)
	r.mu.Unlock()
	return err
}

// Flush tries the held turns once more.
func (r *Recorder) Flush(ctx context.Context) error {
	err := r.writer.Flush(ctx)
	r.mu.Lock()
	r.note(err)
	r.mu.Unlock()
	return err
}

// Session is the stored session's id; zero until Begin has succeeded.
func (r *Recorder) Session() SessionID {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.id
}

// RecordStatus is how much of a session the store holds.
type RecordStatus struct {
	// Session is the stored session; zero when Begin failed.
	Session SessionID
	// Turns counts the turns reported; Stored those the store holds. Turns
	// from Stored on are the ones missing (turns are written in order).
	Turns, Stored int
	// Finished is true once the ending and report are stored.
	Finished bool
	// Err is the store's latest failure; nil when there was none or the
	// store has since taken every turn it was given.
	Err error
}

// Complete reports whether every turn, the ending and the report are stored.
func (s RecordStatus) Complete() bool { return s.Finished && s.Stored == s.Turns }

// Missing describes the turns the store does not hold, as "turns 17-80" or
// "turn 80"; empty when it holds them all.
func (s RecordStatus) Missing() string {
	switch s.Turns - s.Stored {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("turn %d", s.Stored)
	}
	return fmt.Sprintf("turns %d-%d", s.Stored, s.Turns-1)
}

// Status says how much of the session the store holds now.
func (r *Recorder) Status() RecordStatus {
	r.mu.Lock()
	defer r.mu.Unlock()
	st := RecordStatus{Session: r.id, Turns: r.turns, Finished: r.finished, Err: r.lastErr}
	if r.began {
		st.Stored = r.turns - r.writer.Pending()
	}
	return st
}

// note keeps the latest failure until the store has caught up; call with mu held.
func (r *Recorder) note(err error) {
	switch {
	case err != nil:
		r.lastErr = err
	case r.began && r.writer.Pending() == 0:
		r.lastErr = nil
	}
}
