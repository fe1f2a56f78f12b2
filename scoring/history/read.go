package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/turnaround-app/turnaround/scoring"
)

// summaryColumns selects a SessionSummary from sessions "se" joined with
// trainees "t" and scenarios "sc"; scanSummary reads it.
const summaryColumns = `se.id, t.name, sc.scenario_id, sc.title, sc.hash, se.rubric_version, se.voice,
	se.started_at, se.ended_at, coalesce(se.ending, ''),
	(SELECT count(*) FROM turns WHERE session_id = se.id),
	coalesce(se.parent_id, 0), coalesce(se.fork_turn, 0),
	se.total, se.empathy, se.action_speed, se.authority_clarity, se.fairness,
	coalesce(se.mode, ''), (SELECT count(*) FROM hints WHERE session_id = se.id)`

const summaryFrom = ` FROM sessions se JOIN trainees t ON t.id = se.trainee_id
	JOIN scenarios sc ON sc.id = se.scenario_ref`

// scanner is the part of *sql.Row and *sql.Rows that scanSummary needs.
type scanner interface{ Scan(dest ...any) error }

// rowCursor is what the readers shared by both stores need of a query's
// results: database/sql's and pgx's rows alike.
type rowCursor interface {
	scanner
	Next() bool
	Err() error
}

func scanSummary(row scanner) (SessionSummary, error) {
	var s SessionSummary
	var started int64
	// Pointers rather than sql.NullInt64: pgx scans them natively, where a
	// sql.Scanner takes its reflection path (a third of a large export's time).
	var ended, total, emp, speed, auth, fair *int64
	err := row.Scan(&s.ID, &s.Trainee, &s.ScenarioID, &s.ScenarioTitle, &s.ScenarioHash,
		&s.RubricVersion, &s.Voice, &started, &ended, &s.Ending, &s.Turns, &s.ParentID, &s.ForkTurn,
		&total, &emp, &speed, &auth, &fair, &s.Mode, &s.HintCount)
	if err != nil {
		return s, err
	}
	s.StartedAt = fromMS(started)
	if ended != nil {
		s.EndedAt = fromMS(*ended)
	}
	if total != nil {
		s.Scored = true
		s.Total = int(*total)
		s.Scores = scoreMap(intOr0(emp), intOr0(speed), intOr0(auth), intOr0(fair))
	}
	return s, nil
}

func intOr0(p *int64) int {
	if p == nil {
		return 0
	}
	return int(*p)
}

// scoreMap builds the per-dimension map from the four columns in report order.
func scoreMap(scores ...int) map[scoring.Dimension]int {
	m := make(map[scoring.Dimension]int, len(scoring.Dimensions))
	for i, d := range scoring.Dimensions {
		m[d] = scores[i]
	}
	return m
}

// Sessions implements Store.
func (s *SQLiteStore) Sessions(ctx context.Context, f Filter) ([]SessionSummary, error) {
	where, args := whereClause(f)
	q := "SELECT " + summaryColumns + summaryFrom + " WHERE " + where +
		" ORDER BY se.started_at DESC, se.id DESC" + limitClause(f)
	return s.summaries(ctx, "list sessions", q, args...)
}

// Unfinished implements Store.
func (s *SQLiteStore) Unfinished(ctx context.Context) ([]SessionSummary, error) {
	q := "SELECT " + summaryColumns + summaryFrom +
		" WHERE se.ended_at IS NULL ORDER BY se.started_at DESC, se.id DESC"
	return s.summaries(ctx, "list unfinished sessions", q)
}

func (s *SQLiteStore) summaries(ctx context.Context, what, q string, args ...any) ([]SessionSummary, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.wrap(what, err)
	}
	defer rows.Close()
	return collectSummaries(rows, what, s.wrap)
}

// collectSummaries reads every session summary in rows, for either store;
// wrap words an error the way the calling store does.
func collectSummaries(rows rowCursor, what string, wrap func(string, error) error) ([]SessionSummary, error) {
	var out []SessionSummary
	for rows.Next() {
		sum, err := scanSummary(rows)
		if err != nil {
			return nil, wrap(what, err)
		}
		out = append(out, sum)
	}
	return out, wrap(what, rows.Err())
}

// Session implements Store.
func (s *SQLiteStore) Session(ctx context.Context, id SessionID) (SessionDetail, error) {
	what := fmt.Sprintf("read session %d", id)
	row := s.db.QueryRowContext(ctx, "SELECT "+summaryColumns+summaryFrom+" WHERE se.id = ?", id)
	sum, err := scanSummary(row)
	if errors.Is(err, sql.ErrNoRows) {
		return SessionDetail{}, s.missing(id)
	}
	if err != nil {
		return SessionDetail{}, s.wrap(what, err)
	}
	d := SessionDetail{SessionSummary: sum}
	d.Transcript = scoring.Transcript{Scenario: sum.ScenarioID, Ending: sum.Ending}
	if err := s.db.QueryRowContext(ctx, "SELECT timing FROM sessions WHERE id = ?", id).Scan(&d.Transcript.Timing); err != nil {
		return SessionDetail{}, s.wrap(what, err)
	}
	if d.Transcript.Turns, err = s.turns(ctx, id); err != nil {
		return SessionDetail{}, s.wrap(what, err)
	}
	if d.Report, err = s.report(ctx, id); err != nil {
		return SessionDetail{}, s.wrap(what, err)
	}
	if d.Hints, err = s.hints(ctx, id); err != nil {
		return SessionDetail{}, s.wrap(what, err)
	}
	return d, nil
}

func (s *SQLiteStore) turns(ctx context.Context, id SessionID) ([]scoring.Turn, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT role, text, action, at_ms, frustration, trust, patience,
		coalesce(note, '') FROM turns WHERE session_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	turns := []scoring.Turn{}
	for rows.Next() {
		t, err := scanTurn(rows)
		if err != nil {
			return nil, err
		}
		turns = append(turns, t)
	}
	return turns, rows.Err()
}

func scanTurn(row scanner) (scoring.Turn, error) {
	var t scoring.Turn
	var role string
	var action sql.NullString
	var frustration, trust, patience sql.NullInt64
	if err := row.Scan(&role, &t.Text, &action, &t.AtMS, &frustration, &trust, &patience, &t.Note); err != nil {
		return t, err
	}
	t.Role = scoring.Role(role)
	if action.Valid {
		t.Action = new(scoring.Action)
		if err := json.Unmarshal([]byte(action.String), t.Action); err != nil {
			return t, fmt.Errorf("decode stored action: %w", err)
		}
	}
	if frustration.Valid {
		t.Mood = &scoring.Mood{Frustration: int(frustration.Int64), Trust: int(trust.Int64), Patience: int(patience.Int64)}
	}
	return t, nil
}

func (s *SQLiteStore) report(ctx context.Context, id SessionID) (*scoring.Report, error) {
	var body []byte
	err := s.db.QueryRowContext(ctx, `SELECT report FROM reports WHERE session_id = ?`, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	rep := new(scoring.Report)
	if err := json.Unmarshal(body, rep); err != nil {
		return nil, fmt.Errorf("decode stored report: %w", err)
	}
	return rep, nil
}

func itoa(n int) string { return strconv.Itoa(n) }
