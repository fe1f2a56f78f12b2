package history

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
)

// SessionIDByKey returns the id of the session stored under an idempotency
// key, or an error wrapping ErrNotFound.
func (s *PGStore) SessionIDByKey(ctx context.Context, key string) (SessionID, error) {
	ctx, cancel := s.readCtx(ctx)
	defer cancel()
	var id SessionID
	err := s.pool.QueryRow(ctx, `SELECT id FROM sessions WHERE sync_key = $1`, key).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, &ServerError{Where: s.where, Kind: ErrNotFound, Detail: "session with key " + key}
	}
	return id, s.wrap("find a session by key", err)
}

// ImportSession stores a whole session (turns, hints, ending, report) in one
// transaction under key. A session already stored under key is left as it is
// and imported is false, so an import can run again safely.
func (s *PGStore) ImportSession(ctx context.Context, key string, d SessionDetail, parent SessionID) (id SessionID, imported bool, err error) {
	ctx, cancel := s.writeCtx(ctx)
	defer cancel()
	err = s.inTx(ctx, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `SELECT id FROM sessions WHERE sync_key = $1`, key).Scan(&id)
		if err == nil {
			imported = false
			return nil
		}
		if !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		meta := SessionMeta{Trainee: d.Trainee, ScenarioID: d.ScenarioID, ScenarioHash: d.ScenarioHash,
			ScenarioTitle: d.ScenarioTitle, RubricVersion: d.RubricVersion, Voice: d.Voice,
			StartedAt: d.StartedAt, ParentID: parent, ForkTurn: d.ForkTurn, Mode: d.Mode}
		if id, err = beginPG(ctx, tx, key, meta); err != nil {
			return err
		}
		b := &pgx.Batch{}
		for i, t := range d.Transcript.Turns {
			b.Queue(appendTurnSQL, turnArgs(id, i, t)...)
		}
		for _, h := range d.Hints {
			b.Queue(`INSERT INTO hints (session_id, turn, rule, text) VALUES ($1, $2, $3, $4)`, id, h.Turn, h.Rule, h.Text)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
		imported = true
		if !d.Finished() {
			return nil
		}
		return finishPG(ctx, tx, id, d.Ending, d.Report, toMS(d.EndedAt))
	})
	return id, imported, s.wrap("import a session", err)
}

// ImportSummary counts what Import did.
type ImportSummary struct {
	// Sessions is how many sessions the source holds.
	Sessions int
	// Imported were copied now; Skipped were already in the team store.
	Imported, Skipped int
	// Turns is the number of turns copied now.
	Turns int
}

// Import copies every session of from (a desktop history) into the team
// store, oldest first so a retry's parent is there before it. Each session's
// key is derived from the session itself (importKey), so importing the same
// history twice changes nothing the second time.
// progress, if not nil, is called after each session.
func Import(ctx context.Context, from Store, to *PGStore, progress func(done, total int)) (ImportSummary, error) {
	list, err := from.Sessions(ctx, Filter{})
	if err != nil {
		return ImportSummary{}, err
	}
	slices.Reverse(list)
	sum := ImportSummary{Sessions: len(list)}
	ids := make(map[SessionID]SessionID, len(list))
	for i, s := range list {
		d, err := from.Session(ctx, s.ID)
		if err != nil {
			return sum, err
		}
		id, imported, err := to.ImportSession(ctx, importKey(d.SessionSummary), d, ids[d.ParentID])
		if err != nil {
			return sum, fmt.Errorf("import session %d: %w", s.ID, err)
		}
		ids[s.ID] = id
		if imported {
			sum.Imported++
			sum.Turns += len(d.Transcript.Turns)
		} else {
			sum.Skipped++
		}
		if progress != nil {
			progress(i+1, len(list))
		}
	}
	return sum, nil
}

// importKey identifies a desktop session by what it is, not by where the file
// was: trainee, scenario version, start time to the millisecond and its id in
// the desktop file. The same history copied to another folder imports as the
// same sessions.
func importKey(s SessionSummary) string {
	return fmt.Sprintf("import:%s:%s:%s:%d:%d", s.Trainee, s.ScenarioID, s.ScenarioHash, toMS(s.StartedAt), s.ID)
}
