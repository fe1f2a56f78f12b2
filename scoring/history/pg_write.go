package history

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/turnaround-app/turnaround/scoring"
)

// BeginSession implements Store.
func (s *PGStore) BeginSession(ctx context.Context, m SessionMeta) (SessionID, error) {
	return s.BeginSessionKeyed(ctx, "", m)
}

// BeginSessionKeyed is BeginSession with an idempotency key: beginning again
// with a key already stored returns that session's id and changes nothing.
// Queued and imported sessions use it so a retry never adds a second copy.
// An empty key always begins a new session.
func (s *PGStore) BeginSessionKeyed(ctx context.Context, key string, m SessionMeta) (SessionID, error) {
	ctx, cancel := s.writeCtx(ctx)
	defer cancel()
	var id SessionID
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		id, err = beginPG(ctx, tx, key, m)
		return err
	})
	if err != nil {
		return 0, s.wrap("begin a session", err)
	}
	return id, nil
}

func beginPG(ctx context.Context, tx pgx.Tx, key string, m SessionMeta) (SessionID, error) {
	var id SessionID
	if key != "" {
		err := tx.QueryRow(ctx, `SELECT id FROM sessions WHERE sync_key = $1`, key).Scan(&id)
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, pgx.ErrNoRows) {
			return 0, err
		}
	}
	// The lookup rows are found first and inserted only when new, so the
	// common case takes no row lock that other desktops would queue behind.
	trainee, err := lookupOrInsert(ctx, tx, `SELECT id FROM trainees WHERE name = $1`,
		`INSERT INTO trainees (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`,
		m.Trainee)
	if err != nil {
		return 0, err
	}
	scenario, err := lookupOrInsert(ctx, tx, `SELECT id FROM scenarios WHERE scenario_id = $1 AND hash = $2 AND title = $3`,
		`INSERT INTO scenarios (scenario_id, hash, title) VALUES ($1, $2, $3)
		ON CONFLICT (scenario_id, hash) DO UPDATE SET title = excluded.title RETURNING id`,
		m.ScenarioID, m.ScenarioHash, m.ScenarioTitle)
	if err != nil {
		return 0, err
	}
	err = tx.QueryRow(ctx, `INSERT INTO sessions
		(trainee_id, scenario_ref, rubric_version, voice, started_at, parent_id, fork_turn, sync_key, mode)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (sync_key) DO UPDATE SET sync_key = excluded.sync_key RETURNING id`,
		trainee, scenario, m.RubricVersion, m.Voice, toMS(m.StartedAt),
		nullID(m.ParentID), nullForkTurn(m), nullString(key), nullMode(m.Mode)).Scan(&id)
	return id, err
}

func lookupOrInsert(ctx context.Context, tx pgx.Tx, lookup, insert string, args ...any) (int64, error) {
	var id int64
	err := tx.QueryRow(ctx, lookup, args...).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		err = tx.QueryRow(ctx, insert, args...).Scan(&id)
	}
	return id, err
}

// AppendTurn implements Store. One statement, committed when it returns.
func (s *PGStore) AppendTurn(ctx context.Context, id SessionID, index int, t scoring.Turn) error {
	ctx, cancel := s.writeCtx(ctx)
	defer cancel()
	_, err := s.pool.Exec(ctx, appendTurnSQL, turnArgs(id, index, t)...)
	if isPGForeignKey(err) {
		return s.missing(id)
	}
	return s.wrap(fmt.Sprintf("store turn %d of session %d", index, id), err)
}

// appendTurnSQL stores a turn and, when it is a new one (xmax = 0 marks a row
// the upsert inserted rather than updated), counts it on the session row, in
// one statement and one round trip.
const appendTurnSQL = `WITH stored AS (INSERT INTO turns
	(session_id, idx, role, text, action, at_ms, frustration, trust, patience, note)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
	ON CONFLICT (session_id, idx) DO UPDATE SET role = excluded.role, text = excluded.text,
		action = excluded.action, at_ms = excluded.at_ms, frustration = excluded.frustration,
		trust = excluded.trust, patience = excluded.patience, note = excluded.note
	RETURNING xmax = 0 AS inserted)
UPDATE sessions SET turn_count = turn_count + 1 WHERE id = $1 AND (SELECT inserted FROM stored)`

func turnArgs(id SessionID, index int, t scoring.Turn) []any {
	var action, frustration, trust, patience any
	if t.Action != nil {
		action = t.Action // pgx encodes it as JSON for the jsonb column
	}
	if t.Mood != nil {
		frustration, trust, patience = t.Mood.Frustration, t.Mood.Trust, t.Mood.Patience
	}
	return []any{id, index, string(t.Role), t.Text, action, t.AtMS, frustration, trust, patience, nullString(t.Note)}
}

// FinishSession implements Store: ending, scores, report and evidence commit together.
func (s *PGStore) FinishSession(ctx context.Context, id SessionID, ending string, rep *scoring.Report, endedAt time.Time) error {
	ctx, cancel := s.writeCtx(ctx)
	defer cancel()
	err := s.inTx(ctx, func(tx pgx.Tx) error { return finishPG(ctx, tx, id, ending, rep, toMS(endedAt)) })
	if errors.Is(err, ErrNotFound) {
		return s.missing(id)
	}
	return s.wrap(fmt.Sprintf("finish session %d", id), err)
}

func finishPG(ctx context.Context, tx pgx.Tx, id SessionID, ending string, rep *scoring.Report, endedAt int64) error {
	tag, err := tx.Exec(ctx, `UPDATE sessions SET ended_at = $1, ending = $2 WHERE id = $3`, endedAt, ending, id)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return ErrNotFound
	}
	if rep == nil {
		return nil
	}
	return insertReportPG(ctx, tx, id, rep)
}

// insertReportPG mirrors insertReport. Evidence rows go in sorted by rule, so
// concurrent sessions lock the running totals in one order and cannot deadlock.
func insertReportPG(ctx context.Context, tx pgx.Tx, id SessionID, rep *scoring.Report) error {
	body, err := json.Marshal(rep)
	if err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	d := rep.Dimensions
	b := &pgx.Batch{}
	b.Queue(`UPDATE sessions SET total = $1, empathy = $2, action_speed = $3, authority_clarity = $4,
		fairness = $5, rubric_version = coalesce(nullif($6, ''), rubric_version) WHERE id = $7`,
		rep.Total, d[scoring.Empathy].Score, d[scoring.ActionSpeed].Score,
		d[scoring.AuthorityClarity].Score, d[scoring.Fairness].Score, rep.RubricVersion, id)
	b.Queue(`INSERT INTO reports (session_id, report) VALUES ($1, $2)
		ON CONFLICT (session_id) DO UPDATE SET report = excluded.report`, id, string(body))
	b.Queue(`DELETE FROM evidence WHERE session_id = $1`, id)
	type row struct {
		dim, rule    string
		turn, points int
	}
	var rows []row
	for _, dim := range scoring.Dimensions {
		for _, ev := range d[dim].Evidence {
			rows = append(rows, row{string(dim), ev.Rule, ev.Turn, ev.Points})
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int { return cmp.Or(cmp.Compare(a.rule, b.rule), cmp.Compare(a.dim, b.dim)) })
	for _, r := range rows {
		b.Queue(`INSERT INTO evidence (session_id, dimension, turn, rule, points) VALUES ($1, $2, $3, $4, $5)`,
			id, r.dim, r.turn, r.rule, r.points)
	}
	return tx.SendBatch(ctx, b).Close()
}

// CloseUnfinished implements Store.
func (s *PGStore) CloseUnfinished(ctx context.Context, id SessionID, ending string) error {
	ctx, cancel := s.writeCtx(ctx)
	defer cancel()
	tag, err := s.pool.Exec(ctx, `UPDATE sessions SET ending = $2, ended_at = started_at +
		coalesce((SELECT max(at_ms) FROM turns WHERE session_id = sessions.id), 0) WHERE id = $1`, id, ending)
	if err == nil && tag.RowsAffected() == 0 {
		return s.missing(id)
	}
	return s.wrap(fmt.Sprintf("close session %d", id), err)
}
