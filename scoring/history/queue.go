package history

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// Queue is the local file that holds team-store writes made while the server
// was away, in the order they were made. Each entry names its session by an
// idempotency key, so replaying an entry that already reached the server (a
// crash between the server's commit and the entry's removal) changes nothing.
//
// The queue is a small SQLite file of its own, beside the history file, so
// the history's schema and the queue's lifetime stay independent.
type Queue struct {
	db   *sql.DB
	path string
}

// queued operation kinds.
const (
	opBegin  = "begin"
	opTurn   = "turn"
	opFinish = "finish"
	opClose  = "close"
	opMode   = "mode"
	opHint   = "hint"
)

// queuedOp is one entry: what to do to the session with key.
type queuedOp struct {
	seq  int64
	key  string
	kind string
	body opBody
	// bad is why the entry's body cannot be read; replay moves it aside.
	bad error
}

// opBody holds the arguments of every kind; each kind fills its own fields.
type opBody struct {
	Meta    *SessionMeta    `json:"meta,omitempty"`
	Index   int             `json:"index,omitempty"`
	Turn    *scoring.Turn   `json:"turn,omitempty"`
	Ending  string          `json:"ending,omitempty"`
	Report  *scoring.Report `json:"report,omitempty"`
	EndedAt time.Time       `json:"ended_at,omitzero"`
	Mode    string          `json:"mode,omitempty"`
	Hint    *Hint           `json:"hint,omitempty"`
}

// DefaultQueuePath is the queue file for the team store at storeURL, beside
// the default history file. Each server and login has its own file, so
// writes queued for one team store are never replayed into another after
// the URL in Settings changes.
func DefaultQueuePath(storeURL string) (string, error) {
	p, err := DefaultPath()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(RedactURL(storeURL)))
	return filepath.Join(filepath.Dir(p), "team-queue-"+hex.EncodeToString(sum[:6])+".db"), nil
}

// OpenQueue opens (creating if needed) the queue file at path.
func OpenQueue(path string) (*Queue, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, &FileError{Path: path, Kind: ErrReadOnly, Cause: err}
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=5000&_txlock=immediate&_synchronous=NORMAL&_journal_mode=WAL")
	if err != nil {
		return nil, classify(path, err)
	}
	db.SetMaxOpenConns(1)
	_, err = db.Exec(`CREATE TABLE IF NOT EXISTS team_queue (
		seq  INTEGER PRIMARY KEY AUTOINCREMENT,
		key  TEXT NOT NULL,
		kind TEXT NOT NULL,
		body TEXT NOT NULL)`)
	if err == nil {
		_, err = db.Exec(refusedTableSQL)
	}
	if err != nil {
		db.Close()
		return nil, classify(path, err)
	}
	return &Queue{db: db, path: path}, nil
}

// Close releases the file.
func (q *Queue) Close() error { return q.db.Close() }

// Len is the number of queued entries.
func (q *Queue) Len(ctx context.Context) (int, error) {
	var n int
	err := q.db.QueryRowContext(ctx, `SELECT count(*) FROM team_queue`).Scan(&n)
	return n, classify(q.path, err)
}

// push appends an entry; it is in the file when push returns.
func (q *Queue) push(ctx context.Context, key, kind string, body opBody) error {
	b, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("encode queued %s: %w", kind, err)
	}
	_, err = q.db.ExecContext(ctx, `INSERT INTO team_queue (key, kind, body) VALUES (?, ?, ?)`, key, kind, string(b))
	return classify(q.path, err)
}

// head returns up to n oldest entries.
func (q *Queue) head(ctx context.Context, n int) ([]queuedOp, error) {
	rows, err := q.db.QueryContext(ctx, `SELECT seq, key, kind, body FROM team_queue ORDER BY seq LIMIT ?`, n)
	if err != nil {
		return nil, classify(q.path, err)
	}
	defer rows.Close()
	var ops []queuedOp
	for rows.Next() {
		var op queuedOp
		var body string
		if err := rows.Scan(&op.seq, &op.key, &op.kind, &body); err != nil {
			return nil, classify(q.path, err)
		}
		if err := json.Unmarshal([]byte(body), &op.body); err != nil {
			// One damaged entry must not hold up the ones behind it.
			op.bad = fmt.Errorf("%w: %v", errBadEntry, err)
		}
		ops = append(ops, op)
	}
	return ops, classify(q.path, rows.Err())
}

// remove drops an entry once the server has it.
func (q *Queue) remove(ctx context.Context, seq int64) error {
	_, err := q.db.ExecContext(ctx, `DELETE FROM team_queue WHERE seq = ?`, seq)
	return classify(q.path, err)
}
