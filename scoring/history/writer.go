package history

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// Writer sits between a running session and a Store so that a turn the store
// could not take (a full disk, a lock held too long) is not lost: the turn
// stays in memory, in order, and is retried before the next turn and on
// Flush. The error still reaches the caller, so the app can tell the trainee
// the history is not being saved right now.
//
// A Writer is safe for concurrent use.
type Writer struct {
	store   Store
	mu      sync.Mutex
	pending []pendingTurn
}

type pendingTurn struct {
	session SessionID
	index   int
	turn    scoring.Turn
}

// NewWriter returns a Writer that writes to s.
func NewWriter(s Store) *Writer { return &Writer{store: s} }

// AppendTurn writes any held turns, then this one. When a write fails, the
// failed turn and every later one are held and the error is returned.
func (w *Writer) AppendTurn(ctx context.Context, id SessionID, index int, t scoring.Turn) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.pending = append(w.pending, pendingTurn{session: id, index: index, turn: t})
	return w.flushLocked(ctx)
}

// Flush retries the held turns in order and returns the first failure.
func (w *Writer) Flush(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.flushLocked(ctx)
}

// FinishSession flushes held turns first, so a report never lands before the
// turns it cites; if they still cannot be written the session stays open.
func (w *Writer) FinishSession(ctx context.Context, id SessionID, ending string, rep *scoring.Report, endedAt time.Time) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.flushLocked(ctx); err != nil {
		return err
	}
	return w.store.FinishSession(ctx, id, ending, rep, endedAt)
}

// Pending is the number of turns held in memory, waiting to be written.
func (w *Writer) Pending() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.pending)
}

func (w *Writer) flushLocked(ctx context.Context) error {
	for len(w.pending) > 0 {
		p := w.pending[0]
		if err := w.store.AppendTurn(ctx, p.session, p.index, p.turn); err != nil {
			return fmt.Errorf("%w (%s held in memory and tried again with the next turn)", err, turnCount(len(w.pending)))
		}
		w.pending = w.pending[1:]
	}
	return nil
}

// turnCount says "1 turn" or "n turns".
func turnCount(n int) string {
	if n == 1 {
		return "1 turn"
	}
	return fmt.Sprintf("%d turns", n)
}
