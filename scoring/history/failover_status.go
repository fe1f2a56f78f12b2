package history

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
)

// errBadEntry marks a queue entry that cannot be replayed as written.
var errBadEntry = errors.New("queue file entry is damaged")

// errSessionRefused is why a session's later writes are moved aside after
// an earlier one was: they cannot reach a session the server never took.
var errSessionRefused = errors.New("an earlier write of the same session was refused")

// isPermanentRefusal reports whether the server refused a write for good:
// trying it again, however often, gets the same answer. Connection failures,
// shutdowns, lock timeouts, deadlocks and a refused login are not permanent
// (the server or its set-up may come back); bad data, a broken constraint,
// a missing privilege or row-level security refusal are.
func isPermanentRefusal(err error) bool {
	if errors.Is(err, errBadEntry) || errors.Is(err, ErrNotFound) {
		return true
	}
	var pe *pgconn.PgError
	if !errors.As(err, &pe) || len(pe.Code) < 2 {
		return false
	}
	switch pe.Code[:2] {
	case "22", // data exception
		"23", // integrity constraint violation
		"42", // syntax error or access rule violation, row-level security
		"44", // WITH CHECK OPTION violation
		"P0": // raised by a trigger or function
		return true
	}
	return false
}

// replay sends one queued entry to the server and takes it off the queue. An
// entry the server refuses for good is moved aside with the reason, and so is
// every later entry of the same session; any other failure is returned and
// the entry stays first in the queue.
func (f *FailoverStore) replay(ctx context.Context, op queuedOp) error {
	refused, err := f.queue.sessionRefused(ctx, op.key)
	if err != nil {
		return err
	}
	cause := errSessionRefused
	if !refused {
		cause = op.bad
		if cause == nil {
			cause = f.apply(ctx, op)
		}
		if cause == nil {
			return f.queue.remove(ctx, op.seq)
		}
		if !isPermanentRefusal(cause) {
			return cause
		}
	}
	reason := op.kind + ": " + oneLine(cause.Error())
	if err := f.queue.setAside(ctx, op.seq, reason, f.now()); err != nil {
		return err
	}
	f.setAside++
	if !refused {
		f.refusal = reason // the server's own words, not the knock-on ones
	}
	return nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Check asks the server now whether it answers: while away it reconnects and
// replays the queue; while in use it pings, and a server that has gone puts
// the store back on the desktop's history. The app calls it every few seconds
// so that what it shows follows the server, both ways.
func (f *FailoverStore) Check(ctx context.Context) FailoverStatus {
	f.mu.Lock()
	if f.team != nil && f.reason == nil && f.pending == 0 {
		if err := f.team.answers(ctx); IsUnavailable(err) {
			f.goOffline(err)
		}
	} else {
		f.syncLocked(ctx) //nolint:errcheck // the reason is kept for Status
	}
	f.mu.Unlock()
	return f.Status()
}

// Warning is the banner's text for s: why the team store is not in use and
// what happens meanwhile, and how many writes it refused for good. It is ""
// when the team store is in use and has refused nothing.
func (s FailoverStatus) Warning() string {
	var parts []string
	if !s.Online && s.Reason != nil {
		parts = append(parts, fmt.Sprintf("%v. Sessions are kept on this computer and sent to the team store when it is back.", s.Reason))
		if s.Pending > 0 {
			parts = append(parts, fmt.Sprintf("%s waiting.", plural(s.Pending, "write is", "writes are")))
		}
	}
	if s.SetAside > 0 {
		parts = append(parts, fmt.Sprintf("The team store refused %s for good (latest: %s); kept aside in the queue file on this computer.",
			plural(s.SetAside, "saved write", "saved writes"), s.Refusal))
	}
	return strings.Join(parts, " ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// answers reports whether the server answers. Connections the pool kept
// from before an outage fail once even when the server is back, so on a
// failure the pool starts afresh and asks once more.
func (s *PGStore) answers(ctx context.Context) error {
	err := s.ping(ctx)
	if IsUnavailable(err) {
		s.pool.Reset()
		err = s.ping(ctx)
	}
	return err
}

// ping asks the server for an answer within the read deadline.
func (s *PGStore) ping(ctx context.Context) error {
	ctx, cancel := s.readCtx(ctx)
	defer cancel()
	return classifyPG(s.where, s.pool.Ping(ctx))
}
