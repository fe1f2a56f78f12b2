package history

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// FailoverStore is the Store a desktop uses when it is pointed at a team
// store. While the server answers, it reads and writes the team store. When
// the server cannot be reached (down, restarting, network gone) it keeps
// working: writes go to the local Queue file, in order, and reads come from
// the desktop's own history. When the server is back, Sync replays the queue
// in order; every entry carries its session's idempotency key, so nothing is
// written twice and nothing typed is lost.
//
// Sessions begun while the server is away get negative ids until they reach
// the server; callers treat ids as opaque, so this does not show.
//
// A FailoverStore is safe for concurrent use.
type FailoverStore struct {
	url   string
	opts  PGOptions
	local Store
	queue *Queue

	mu      sync.Mutex
	team    *PGStore
	reason  error // why the team store is not in use; nil when it is
	pending int
	// setAside counts queued writes the server refused for good; refusal is
	// the latest reason (queue_refused.go).
	setAside int
	refusal  string
	lastTry  time.Time
	// RetryEvery is how often a write made while away tries the server again.
	retryEvery time.Duration
	keys       map[SessionID]string     // id handed out → its session's key
	teamIDs    map[string]SessionID     // key → id on the server, once known
	nextLocal  SessionID                // next provisional id (negative)
	now        func() time.Time         // for tests
	opened     func() (*PGStore, error) // reconnects
}

var _ Store = (*FailoverStore)(nil)

// OpenFailover opens the team store at url, with local (the desktop's history)
// and queue to fall back on. It always returns a usable store; the error, when
// not nil, says in one sentence why the team store is not in use right now
// (the app shows it in a banner) and the store keeps retrying.
func OpenFailover(ctx context.Context, url string, o PGOptions, local Store, queue *Queue) (*FailoverStore, error) {
	f := &FailoverStore{url: url, opts: o, local: local, queue: queue, retryEvery: 5 * time.Second,
		keys: map[SessionID]string{}, teamIDs: map[string]SessionID{}, nextLocal: -1, now: time.Now}
	f.opened = func() (*PGStore, error) { return OpenPostgres(context.Background(), f.url, f.opts) }
	n, err := queue.Len(ctx)
	if err != nil {
		return f, err
	}
	f.pending = n
	if f.setAside, err = queue.RefusedLen(ctx); err != nil {
		return f, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f, f.syncLocked(ctx)
}

// FailoverStatus is what the app's banner shows.
type FailoverStatus struct {
	// Online is true when reads and writes go to the team store.
	Online bool
	// Pending is the number of queued writes waiting for the server.
	Pending int
	// Reason says why the team store is not in use; nil when Online.
	Reason error
	// SetAside is the number of queued writes the server refused for good,
	// kept aside in the queue file; Refusal is the server's latest reason.
	SetAside int
	Refusal  string
}

// Status reports whether the team store is in use and what is queued.
func (f *FailoverStore) Status() FailoverStatus {
	f.mu.Lock()
	defer f.mu.Unlock()
	return FailoverStatus{Online: f.reason == nil && f.team != nil, Pending: f.pending, Reason: f.reason,
		SetAside: f.setAside, Refusal: f.refusal}
}

// Sync tries the server now and replays the queue in order. It returns nil
// when the queue is empty and the team store is in use.
func (f *FailoverStore) Sync(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.syncLocked(ctx)
}

func (f *FailoverStore) syncLocked(ctx context.Context) error {
	f.lastTry = f.now()
	if f.team == nil {
		team, err := f.opened()
		if err != nil {
			f.reason = err
			return err
		}
		f.team = team
	} else if f.reason != nil {
		// The pool outlived the outage; ask the server before saying it is back.
		if err := f.team.answers(ctx); err != nil {
			f.reason = err
			return err
		}
	}
	for f.pending > 0 {
		ops, err := f.queue.head(ctx, 100)
		if err != nil {
			return err
		}
		if len(ops) == 0 {
			f.pending = 0
			break
		}
		for _, op := range ops {
			err := f.replay(ctx, op)
			if IsUnavailable(err) && f.team.answers(ctx) == nil {
				err = f.replay(ctx, op) // a connection from before an outage failed; a fresh one may not
			}
			if err != nil {
				// The entry stays first in the queue: the server is away
				// again, or the queue file itself failed. Status says why.
				f.reason = err
				return err
			}
			f.pending--
		}
	}
	f.reason = nil
	return nil
}

// apply replays one queued entry on the server; each kind is idempotent.
func (f *FailoverStore) apply(ctx context.Context, op queuedOp) error {
	if op.kind == opBegin {
		id, err := f.team.BeginSessionKeyed(ctx, op.key, *op.body.Meta)
		if err == nil {
			f.teamIDs[op.key] = id
		}
		return err
	}
	id, err := f.resolve(ctx, op.key)
	if err != nil {
		return err
	}
	switch op.kind {
	case opTurn:
		return f.team.AppendTurn(ctx, id, op.body.Index, *op.body.Turn)
	case opFinish:
		return f.team.FinishSession(ctx, id, op.body.Ending, op.body.Report, op.body.EndedAt)
	case opClose:
		return f.team.CloseUnfinished(ctx, id, op.body.Ending)
	case opMode:
		return f.team.SetMode(ctx, id, op.body.Mode)
	case opHint:
		if op.body.Hint == nil {
			return fmt.Errorf("%w: a hint entry without its hint", errBadEntry)
		}
		return f.team.AddHint(ctx, id, *op.body.Hint)
	}
	return fmt.Errorf("%w: unknown entry kind %q", errBadEntry, op.kind)
}

// resolve finds the server id of the session with key: remembered, written
// in the key itself (sessions begun on the server before this run), or looked
// up by key (sessions whose queued begin was replayed in an earlier run).
func (f *FailoverStore) resolve(ctx context.Context, key string) (SessionID, error) {
	if id, ok := f.teamIDs[key]; ok {
		return id, nil
	}
	if n, ok := strings.CutPrefix(key, "id:"); ok {
		id, err := strconv.ParseInt(n, 10, 64)
		return SessionID(id), err
	}
	id, err := f.team.SessionIDByKey(ctx, key)
	if err == nil {
		f.teamIDs[key] = id
	}
	return id, err
}

// online reports whether writes may go straight to the server: it answers and
// nothing queued must go before them. When away, a write tries the server
// again every retryEvery.
func (f *FailoverStore) onlineLocked(ctx context.Context) bool {
	if (f.reason != nil || f.team == nil || f.pending > 0) && f.now().Sub(f.lastTry) >= f.retryEvery {
		f.syncLocked(ctx) //nolint:errcheck // the reason is kept for Status
	}
	return f.reason == nil && f.team != nil && f.pending == 0
}

func (f *FailoverStore) goOffline(err error) {
	f.reason = err
	f.lastTry = f.now()
}

// write sends one write to the server, or queues it when the server is away.
func (f *FailoverStore) write(ctx context.Context, id SessionID, kind string, body opBody, direct func(SessionID) error) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	key := f.keyOf(id)
	if f.onlineLocked(ctx) {
		if tid, ok := f.teamID(key, id); ok {
			err := direct(tid)
			if err == nil || !IsUnavailable(err) {
				return err
			}
			f.goOffline(err)
		}
	}
	if err := f.queue.push(ctx, key, kind, body); err != nil {
		return err
	}
	f.pending++
	return nil
}

func (f *FailoverStore) keyOf(id SessionID) string {
	if k, ok := f.keys[id]; ok {
		return k
	}
	return "id:" + strconv.FormatInt(int64(id), 10)
}

func (f *FailoverStore) teamID(key string, id SessionID) (SessionID, bool) {
	if id > 0 {
		return id, true
	}
	tid, ok := f.teamIDs[key]
	return tid, ok
}

// BeginSession implements Store.
func (f *FailoverStore) BeginSession(ctx context.Context, m SessionMeta) (SessionID, error) {
	key, err := newSyncKey()
	if err != nil {
		return 0, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.onlineLocked(ctx) {
		id, err := f.team.BeginSessionKeyed(ctx, key, m)
		if err == nil {
			f.keys[id], f.teamIDs[key] = key, id
			return id, nil
		}
		if !IsUnavailable(err) {
			return 0, err
		}
		f.goOffline(err)
	}
	if err := f.queue.push(ctx, key, opBegin, opBody{Meta: &m}); err != nil {
		return 0, err
	}
	f.pending++
	id := f.nextLocal
	f.nextLocal--
	f.keys[id] = key
	return id, nil
}

// AppendTurn implements Store.
func (f *FailoverStore) AppendTurn(ctx context.Context, id SessionID, index int, t scoring.Turn) error {
	return f.write(ctx, id, opTurn, opBody{Index: index, Turn: &t}, func(tid SessionID) error {
		return f.team.AppendTurn(ctx, tid, index, t)
	})
}

// FinishSession implements Store.
func (f *FailoverStore) FinishSession(ctx context.Context, id SessionID, ending string, rep *scoring.Report, endedAt time.Time) error {
	return f.write(ctx, id, opFinish, opBody{Ending: ending, Report: rep, EndedAt: endedAt}, func(tid SessionID) error {
		return f.team.FinishSession(ctx, tid, ending, rep, endedAt)
	})
}

// CloseUnfinished implements Store.
func (f *FailoverStore) CloseUnfinished(ctx context.Context, id SessionID, ending string) error {
	return f.write(ctx, id, opClose, opBody{Ending: ending}, func(tid SessionID) error {
		return f.team.CloseUnfinished(ctx, tid, ending)
	})
}

// SetMode implements Store.
func (f *FailoverStore) SetMode(ctx context.Context, id SessionID, mode string) error {
	return f.write(ctx, id, opMode, opBody{Mode: mode}, func(tid SessionID) error {
		return f.team.SetMode(ctx, tid, mode)
	})
}

// AddHint implements Store.
func (f *FailoverStore) AddHint(ctx context.Context, id SessionID, h Hint) error {
	return f.write(ctx, id, opHint, opBody{Hint: &h}, func(tid SessionID) error {
		return f.team.AddHint(ctx, tid, h)
	})
}

// reader picks the store reads come from: the team store while it answers,
// the desktop's history otherwise.
func (f *FailoverStore) reader(ctx context.Context) Store {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.onlineLocked(ctx) {
		return f.team
	}
	return f.local
}

// read runs a read on the team store, falling back to the desktop's history
// when the server turns out to be away.
func read[T any](f *FailoverStore, ctx context.Context, call func(Store) (T, error)) (T, error) {
	s := f.reader(ctx)
	v, err := call(s)
	if s != f.local && IsUnavailable(err) {
		f.mu.Lock()
		f.goOffline(err)
		f.mu.Unlock()
		return call(f.local)
	}
	return v, err
}

// Unfinished implements Store. While the team store is away it lists
// nothing: the desktop history's sessions have ids of their own, and writing
// to them through this store would reach the wrong session on the server.
func (f *FailoverStore) Unfinished(ctx context.Context) ([]SessionSummary, error) {
	return read(f, ctx, func(s Store) ([]SessionSummary, error) {
		if s == f.local {
			return nil, nil
		}
		return s.Unfinished(ctx)
	})
}

// Sessions implements Store.
func (f *FailoverStore) Sessions(ctx context.Context, fl Filter) ([]SessionSummary, error) {
	return read(f, ctx, func(s Store) ([]SessionSummary, error) { return s.Sessions(ctx, fl) })
}

// Session implements Store.
func (f *FailoverStore) Session(ctx context.Context, id SessionID) (SessionDetail, error) {
	return read(f, ctx, func(s Store) (SessionDetail, error) { return s.Session(ctx, id) })
}

// Trainees implements Store.
func (f *FailoverStore) Trainees(ctx context.Context, fl Filter) ([]TraineeSummary, error) {
	return read(f, ctx, func(s Store) ([]TraineeSummary, error) { return s.Trainees(ctx, fl) })
}

// DimensionSeries implements Store.
func (f *FailoverStore) DimensionSeries(ctx context.Context, trainee string, fl Filter) ([]SeriesPoint, error) {
	return read(f, ctx, func(s Store) ([]SeriesPoint, error) { return s.DimensionSeries(ctx, trainee, fl) })
}

// ScenarioStats implements Store.
func (f *FailoverStore) ScenarioStats(ctx context.Context, fl Filter) ([]ScenarioStat, error) {
	return read(f, ctx, func(s Store) ([]ScenarioStat, error) { return s.ScenarioStats(ctx, fl) })
}

// FirstVsBest implements Store.
func (f *FailoverStore) FirstVsBest(ctx context.Context, trainee string, fl Filter) ([]FirstBest, error) {
	return read(f, ctx, func(s Store) ([]FirstBest, error) { return s.FirstVsBest(ctx, trainee, fl) })
}

// RuleLosses implements Store.
func (f *FailoverStore) RuleLosses(ctx context.Context, fl Filter, limit int) ([]RuleLoss, error) {
	return read(f, ctx, func(s Store) ([]RuleLoss, error) { return s.RuleLosses(ctx, fl, limit) })
}

// Export implements Store.
func (f *FailoverStore) Export(ctx context.Context, w io.Writer, format string, fl Filter, progress func(done, total int)) error {
	_, err := read(f, ctx, func(s Store) (struct{}, error) { return struct{}{}, s.Export(ctx, w, format, fl, progress) })
	return err
}

// Where is the team store's URL without its password.
func (f *FailoverStore) Where() string { return RedactURL(f.url) }

// UsePassword connects again with password (typed by the user, kept only in
// memory) and replays the queue. It returns why the server still refuses, if it does.
func (f *FailoverStore) UsePassword(ctx context.Context, password string) error {
	url, err := WithPassword(f.url, password)
	if err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.url = url
	if f.team != nil {
		f.team.Close()
		f.team = nil
	}
	return f.syncLocked(ctx)
}

// Team is the team store while it is in use, nil otherwise (assignments live
// only there).
func (f *FailoverStore) Team() *PGStore {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.reason != nil {
		return nil
	}
	return f.team
}

// Close makes a last attempt to sync, then releases the stores and the queue.
func (f *FailoverStore) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	var errs []error
	if f.pending > 0 {
		ctx, cancel := context.WithTimeout(context.Background(), f.opts.withDefaults().ConnectTimeout)
		f.syncLocked(ctx) //nolint:errcheck // what stays queued is replayed next time
		cancel()
	}
	if f.team != nil {
		errs = append(errs, f.team.Close())
	}
	errs = append(errs, f.queue.Close(), f.local.Close())
	return errors.Join(errs...)
}

// newSyncKey is a random idempotency key for a session.
func newSyncKey() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("make a session key: %w", err)
	}
	return "q:" + hex.EncodeToString(b), nil
}
