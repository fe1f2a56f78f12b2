package history

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// SetMode implements Store.
func (s *PGStore) SetMode(ctx context.Context, id SessionID, mode string) error {
	ctx, cancel := s.writeCtx(ctx)
	defer cancel()
	tag, err := s.pool.Exec(ctx, `UPDATE sessions SET mode = $1 WHERE id = $2`, nullMode(mode), id)
	if err != nil {
		return s.wrap(fmt.Sprintf("set the mode of session %d", id), err)
	}
	if tag.RowsAffected() == 0 {
		return s.missing(id)
	}
	return nil
}

// AddHint implements Store.
func (s *PGStore) AddHint(ctx context.Context, id SessionID, h Hint) error {
	ctx, cancel := s.writeCtx(ctx)
	defer cancel()
	_, err := s.pool.Exec(ctx, `INSERT INTO hints (session_id, turn, rule, text) VALUES ($1, $2, $3, $4)
		ON CONFLICT (session_id, turn, rule) DO UPDATE SET text = excluded.text`, id, h.Turn, h.Rule, h.Text)
	if isPGForeignKey(err) {
		return s.missing(id)
	}
	return s.wrap(fmt.Sprintf("store a hint for session %d", id), err)
}

// scanHints reads the batch's hints query, in turn order.
func scanHints(br pgx.BatchResults) ([]Hint, error) {
	rows, err := br.Query()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return collectHints(rows)
}
