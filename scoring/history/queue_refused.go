package history

import (
	"context"
	"time"
)

// A queued write the server refuses for good (a constraint it breaks, a
// permission the login lacks) would stop every write behind it if it stayed
// first in the queue. It is moved aside instead: into a second table of the
// same queue file, with the server's reason, so it is kept, counted and
// shown, and the writes behind it go on in order.

// RefusedWrite is one queued write the team store refused for good.
type RefusedWrite struct {
	// Seq is its place in the queue when it was made.
	Seq int64
	// Kind is what it was: begin, turn, finish, close, mode or hint.
	Kind string
	// Key is its session's idempotency key.
	Key string
	// Reason is the server's refusal, in one sentence.
	Reason string
	// At is when it was moved aside.
	At time.Time
}

const refusedTableSQL = `CREATE TABLE IF NOT EXISTS team_queue_refused (
		seq        INTEGER PRIMARY KEY,
		key        TEXT NOT NULL,
		kind       TEXT NOT NULL,
		body       TEXT NOT NULL,
		reason     TEXT NOT NULL,
		refused_at INTEGER NOT NULL);
	CREATE INDEX IF NOT EXISTS team_queue_refused_by_key ON team_queue_refused (key)`

// setAside moves the entry seq out of the queue into the refused table, in
// one transaction: it is never in both, never in neither.
func (q *Queue) setAside(ctx context.Context, seq int64, reason string, at time.Time) error {
	tx, err := q.db.BeginTx(ctx, nil)
	if err != nil {
		return classify(q.path, err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it does nothing
	_, err = tx.ExecContext(ctx, `INSERT OR IGNORE INTO team_queue_refused (seq, key, kind, body, reason, refused_at)
		SELECT seq, key, kind, body, ?, ? FROM team_queue WHERE seq = ?`, reason, at.UnixMilli(), seq)
	if err == nil {
		_, err = tx.ExecContext(ctx, `DELETE FROM team_queue WHERE seq = ?`, seq)
	}
	if err == nil {
		err = tx.Commit()
	}
	return classify(q.path, err)
}

// sessionRefused reports whether an earlier write of the session with key
// was moved aside; the session's later writes cannot succeed without it.
func (q *Queue) sessionRefused(ctx context.Context, key string) (bool, error) {
	var n int
	err := q.db.QueryRowContext(ctx, `SELECT count(*) FROM team_queue_refused WHERE key = ?`, key).Scan(&n)
	return n > 0, classify(q.path, err)
}

// RefusedLen is the number of writes moved aside.
func (q *Queue) RefusedLen(ctx context.Context) (int, error) {
	var n int
	err := q.db.QueryRowContext(ctx, `SELECT count(*) FROM team_queue_refused`).Scan(&n)
	return n, classify(q.path, err)
}

// Refused lists the writes moved aside, oldest first.
func (q *Queue) Refused(ctx context.Context) ([]RefusedWrite, error) {
	rows, err := q.db.QueryContext(ctx, `SELECT seq, kind, key, reason, refused_at FROM team_queue_refused ORDER BY seq`)
	if err != nil {
		return nil, classify(q.path, err)
	}
	defer rows.Close()
	var out []RefusedWrite
	for rows.Next() {
		var r RefusedWrite
		var at int64
		if err := rows.Scan(&r.Seq, &r.Kind, &r.Key, &r.Reason, &at); err != nil {
			return nil, classify(q.path, err)
		}
		r.At = time.UnixMilli(at)
		out = append(out, r)
	}
	return out, classify(q.path, rows.Err())
}

// Path is the queue file's location, for messages that point the user at it.
func (q *Queue) Path() string { return q.path }
