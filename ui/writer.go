package ui

import (
	"context"
	"sync"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// historyWriter stores one session's turns in order on its own goroutine, so a
// slow or failing store never holds up the chat. Errors reach onError on the UI
// thread; the turns stay on screen and in the conversation either way.
type historyWriter struct {
	store   HistoryStore
	onError func(msg string)
	mu      sync.Mutex // guards jobs: the UI thread appends, the scorer finishes
	jobs    chan func(ctx context.Context) error
	stored  int    // turns handed to the store so far; UI thread only
	id      string // set and read on the writer's goroutine only
}

// newHistoryWriter starts the writer and begins the session; a nil store writes nothing.
func newHistoryWriter(store HistoryStore, trainee string, sc *scenarios.Scenario, onError func(string)) *historyWriter {
	w := &historyWriter{store: store, onError: onError}
	if store == nil {
		return w
	}
	w.jobs = make(chan func(ctx context.Context) error, 256)
	go w.run(w.jobs)
	w.do(func(ctx context.Context) error {
		id, err := store.BeginSession(ctx, trainee, sc)
		w.id = id
		return err
	})
	return w
}

func (w *historyWriter) run(jobs <-chan func(ctx context.Context) error) {
	for job := range jobs {
		if err := job(context.Background()); err != nil {
			msg := "History not saved: " + err.Error() + ". The conversation goes on; the turn stays on screen."
			do(func() { w.onError(msg) })
		}
	}
}

func (w *historyWriter) do(job func(ctx context.Context) error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.jobs != nil {
		w.jobs <- job
	}
}

// appendNew stores the turns after the last one stored. Call on the UI thread.
func (w *historyWriter) appendNew(turns []scoring.Turn) {
	for ; w.stored < len(turns); w.stored++ {
		i, t := w.stored, turns[w.stored]
		w.do(func(ctx context.Context) error {
			if w.id == "" {
				return nil // BeginSession failed and was reported already
			}
			return w.store.AppendTurn(ctx, w.id, i, t)
		})
	}
}

// finish stores the report and stops the writer; done runs on the writer's
// goroutine once everything before it is written.
func (w *historyWriter) finish(rep *scoring.Report, done func()) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.jobs == nil {
		if done != nil {
			done()
		}
		return
	}
	w.jobs <- func(ctx context.Context) error {
		defer func() {
			if done != nil {
				done()
			}
		}()
		if w.id == "" || rep == nil {
			return nil
		}
		return w.store.FinishSession(ctx, w.id, *rep)
	}
	close(w.jobs)
	w.jobs = nil
}
