package history

import (
	"context"
	"database/sql"
	"fmt"
)

// Session modes. A practice session shows coaching hints and allows retries; an
// assessment session shows neither. The zero value is assessment, which is also
// what sessions stored before modes existed read as.
const (
	ModeAssessment = ""
	ModePractice   = "practice"
)

// Hint is one coaching hint a trainee was shown: after which turn, for which
// rubric rule, in which words.
type Hint struct {
	Turn int    `json:"turn"`
	Rule string `json:"rule"`
	Text string `json:"text"`
}

// Assisted reports whether the trainee was shown any hint in the session.
func (s SessionSummary) Assisted() bool { return s.HintCount > 0 }

// AddHint implements Store.
func (s *SQLiteStore) AddHint(ctx context.Context, id SessionID, h Hint) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO hints (session_id, turn, rule, text) VALUES (?, ?, ?, ?)
		ON CONFLICT (session_id, turn, rule) DO UPDATE SET text = excluded.text`, id, h.Turn, h.Rule, h.Text)
	if isForeignKey(err) {
		return s.missing(id)
	}
	return s.wrap(fmt.Sprintf("store a hint for session %d", id), err)
}

// SetMode implements Store.
func (s *SQLiteStore) SetMode(ctx context.Context, id SessionID, mode string) error {
	res, err := s.db.ExecContext(ctx, `UPDATE sessions SET mode = ? WHERE id = ?`, nullMode(mode), id)
	if err != nil {
		return s.wrap(fmt.Sprintf("set the mode of session %d", id), err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return s.missing(id)
	}
	return nil
}

// hints reads a session's hints in turn order.
func (s *SQLiteStore) hints(ctx context.Context, id SessionID) ([]Hint, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT turn, rule, text FROM hints WHERE session_id = ? ORDER BY turn, rule`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return collectHints(rows)
}

// collectHints reads every hint in rows, for either store.
func collectHints(rows rowCursor) ([]Hint, error) {
	var hs []Hint
	for rows.Next() {
		var h Hint
		if err := rows.Scan(&h.Turn, &h.Rule, &h.Text); err != nil {
			return nil, err
		}
		hs = append(hs, h)
	}
	return hs, rows.Err()
}

// nullMode stores assessment as NULL, the value rows from before modes hold.
func nullMode(mode string) sql.NullString {
	return sql.NullString{String: mode, Valid: mode != ModeAssessment}
}
