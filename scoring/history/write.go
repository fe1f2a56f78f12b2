package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/mattn/go-sqlite3"
	"github.com/turnaround-app/turnaround/scoring"
)

// BeginSession implements Store. The trainee and scenario version rows are
// created on first use.
func (s *SQLiteStore) BeginSession(ctx context.Context, m SessionMeta) (SessionID, error) {
	var id SessionID
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		trainee, err := upsertID(ctx, tx, `INSERT INTO trainees (name) VALUES (?)
			ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`, m.Trainee)
		if err != nil {
			return err
		}
		scenario, err := upsertID(ctx, tx, `INSERT INTO scenarios (scenario_id, hash, title) VALUES (?, ?, ?)
			ON CONFLICT (scenario_id, hash) DO UPDATE SET title = excluded.title RETURNING id`,
			m.ScenarioID, m.ScenarioHash, m.ScenarioTitle)
		if err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `INSERT INTO sessions
			(trainee_id, scenario_ref, rubric_version, voice, started_at, parent_id, fork_turn, timing, mode)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			trainee, scenario, m.RubricVersion, m.Voice, toMS(m.StartedAt),
			nullID(m.ParentID), nullForkTurn(m), m.Timing, nullMode(m.Mode)).Scan(&id)
	})
	if err != nil {
		return 0, s.wrap("begin a session", err)
	}
	return id, nil
}

// AppendTurn implements Store. The single statement commits on its own, so the
// turn is in the WAL when this returns.
func (s *SQLiteStore) AppendTurn(ctx context.Context, id SessionID, index int, t scoring.Turn) error {
	action, err := actionJSON(t.Action)
	if err != nil {
		return err
	}
	var frustration, trust, patience sql.NullInt64
	if t.Mood != nil {
		frustration = sql.NullInt64{Int64: int64(t.Mood.Frustration), Valid: true}
		trust = sql.NullInt64{Int64: int64(t.Mood.Trust), Valid: true}
		patience = sql.NullInt64{Int64: int64(t.Mood.Patience), Valid: true}
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO turns
		(session_id, idx, role, text, action, at_ms, frustration, trust, patience, note)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (session_id, idx) DO UPDATE SET role = excluded.role, text = excluded.text,
			action = excluded.action, at_ms = excluded.at_ms, frustration = excluded.frustration,
			trust = excluded.trust, patience = excluded.patience, note = excluded.note`,
		id, index, string(t.Role), t.Text, action, t.AtMS, frustration, trust, patience, nullString(t.Note))
	if isForeignKey(err) {
		return s.missing(id)
	}
	return s.wrap(fmt.Sprintf("store turn %d of session %d", index, id), err)
}

// FinishSession implements Store: the ending, the report and its evidence rows
// commit together, so a session is never half-scored.
func (s *SQLiteStore) FinishSession(ctx context.Context, id SessionID, ending string, rep *scoring.Report, endedAt time.Time) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := endSession(ctx, tx, id, ending, toMS(endedAt)); err != nil {
			return err
		}
		if rep == nil {
			return nil
		}
		return insertReport(ctx, tx, id, rep)
	})
	if errors.Is(err, ErrNotFound) {
		return s.missing(id)
	}
	return s.wrap(fmt.Sprintf("finish session %d", id), err)
}

// CloseUnfinished implements Store. The end time is the last turn's time, the
// last moment the session is known to have been alive.
func (s *SQLiteStore) CloseUnfinished(ctx context.Context, id SessionID, ending string) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var endedAt int64
		err := tx.QueryRowContext(ctx, `SELECT started_at + coalesce((SELECT max(at_ms) FROM turns
			WHERE session_id = sessions.id), 0) FROM sessions WHERE id = ?`, id).Scan(&endedAt)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		return endSession(ctx, tx, id, ending, endedAt)
	})
	if errors.Is(err, ErrNotFound) {
		return s.missing(id)
	}
	return s.wrap(fmt.Sprintf("close session %d", id), err)
}

func endSession(ctx context.Context, tx *sql.Tx, id SessionID, ending string, endedAt int64) error {
	res, err := tx.ExecContext(ctx, `UPDATE sessions SET ended_at = ?, ending = ? WHERE id = ?`, endedAt, ending, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// insertReport stores the scores on the session row (for the review queries),
// the whole report once as JSON, and one small evidence row per point gained
// or lost (replacing any earlier ones, so the rule_losses totals stay exact).
func insertReport(ctx context.Context, tx *sql.Tx, id SessionID, rep *scoring.Report) error {
	body, err := json.Marshal(rep)
	if err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	d := rep.Dimensions
	// The report names the rubric that scored it, which a caller may not have
	// known when the session began; the report's word wins.
	_, err = tx.ExecContext(ctx, `UPDATE sessions SET total = ?, empathy = ?, action_speed = ?,
		authority_clarity = ?, fairness = ?, rubric_version = coalesce(nullif(?, ''), rubric_version)
		WHERE id = ?`, rep.Total, d[scoring.Empathy].Score, d[scoring.ActionSpeed].Score,
		d[scoring.AuthorityClarity].Score, d[scoring.Fairness].Score, rep.RubricVersion, id)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO reports (session_id, report) VALUES (?, ?)`, id, string(body))
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM evidence WHERE session_id = ?`, id); err != nil {
		return err
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO evidence (session_id, dimension, turn, rule, points) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, dim := range scoring.Dimensions {
		for _, ev := range d[dim].Evidence {
			if _, err := stmt.ExecContext(ctx, id, string(dim), ev.Turn, ev.Rule, ev.Points); err != nil {
				return err
			}
		}
	}
	return nil
}

// inTx runs fn in one transaction, committing only if fn succeeds.
func (s *SQLiteStore) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback() //nolint:errcheck // the fn error is the one to report
		return err
	}
	return tx.Commit()
}

// wrap names what failed and, for file-level failures, the file.
func (s *SQLiteStore) wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	if kindOf(err) != nil {
		return classify(s.path, err)
	}
	return fmt.Errorf("%s in %s: %w", what, s.path, err)
}

// missing is the error for a session id the file does not hold.
func (s *SQLiteStore) missing(id SessionID) error {
	return &FileError{Path: s.path, Kind: ErrNotFound, Detail: fmt.Sprintf("session %d", id)}
}

func upsertID(ctx context.Context, tx *sql.Tx, query string, args ...any) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, query, args...).Scan(&id)
	return id, err
}

func actionJSON(a *scoring.Action) (sql.NullString, error) {
	if a == nil {
		return sql.NullString{}, nil
	}
	b, err := json.Marshal(a)
	if err != nil {
		return sql.NullString{}, fmt.Errorf("encode action: %w", err)
	}
	return sql.NullString{String: string(b), Valid: true}, nil
}

func isForeignKey(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintForeignKey
}

func nullID(id SessionID) sql.NullInt64 {
	return sql.NullInt64{Int64: int64(id), Valid: id != 0}
}

func nullForkTurn(m SessionMeta) sql.NullInt64 {
	return sql.NullInt64{Int64: int64(m.ForkTurn), Valid: m.ParentID != 0}
}

func nullString(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

// toMS stores times as Unix milliseconds; fromMS reads them back in UTC.
func toMS(t time.Time) int64 { return t.UnixMilli() }

func fromMS(ms int64) time.Time { return time.UnixMilli(ms).UTC() }
