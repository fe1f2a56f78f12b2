package history

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/turnaround-app/turnaround/scoring"
)

// pgWhere is whereClause with PostgreSQL's numbered parameters, starting after
// the first skip parameters the query already uses.
func pgWhere(f Filter, skip int) (string, []any) {
	where, args := whereClause(f)
	if where == "1" {
		return "true", nil
	}
	return rebind(where, skip), args
}

// rebind numbers the ? placeholders of q as $skip+1, $skip+2, ...; the
// store's own SQL never holds a literal question mark.
func rebind(q string, skip int) string {
	var b strings.Builder
	n := skip
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// pgSummaryColumns is summaryColumns reading the turn and hint counts kept
// on the session row (by AppendTurn and a trigger on hints) instead of
// counting them per listed session.
var pgSummaryColumns = strings.NewReplacer(
	"(SELECT count(*) FROM turns WHERE session_id = se.id)", "se.turn_count",
	"(SELECT count(*) FROM hints WHERE session_id = se.id)", "se.hint_count").Replace(summaryColumns)

// Sessions implements Store.
func (s *PGStore) Sessions(ctx context.Context, f Filter) ([]SessionSummary, error) {
	where, args := pgWhere(f, 0)
	q := "SELECT " + pgSummaryColumns + summaryFrom + " WHERE " + where +
		" ORDER BY se.started_at DESC, se.id DESC" + limitClause(f)
	return s.summaries(ctx, "list sessions", q, args...)
}

// Unfinished implements Store. On a team store it lists this login's own
// sessions only: a desktop offers to resume what it was playing, never a
// session another desktop may still be running.
func (s *PGStore) Unfinished(ctx context.Context) ([]SessionSummary, error) {
	q := "SELECT " + pgSummaryColumns + summaryFrom +
		" WHERE se.ended_at IS NULL AND se.owner = current_user ORDER BY se.started_at DESC, se.id DESC"
	return s.summaries(ctx, "list unfinished sessions", q)
}

func (s *PGStore) summaries(ctx context.Context, what, q string, args ...any) ([]SessionSummary, error) {
	ctx, cancel := s.readCtx(ctx)
	defer cancel()
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, s.wrap(what, err)
	}
	defer rows.Close()
	return collectSummaries(rows, what, s.wrap)
}

// Session implements Store: summary, turns and report in one round trip.
func (s *PGStore) Session(ctx context.Context, id SessionID) (SessionDetail, error) {
	ctx, cancel := s.readCtx(ctx)
	defer cancel()
	what := fmt.Sprintf("read session %d", id)
	b := &pgx.Batch{}
	b.Queue("SELECT "+pgSummaryColumns+summaryFrom+" WHERE se.id = $1", id)
	b.Queue(`SELECT role, text, action::text, at_ms, frustration, trust, patience, coalesce(note, '')
		FROM turns WHERE session_id = $1 ORDER BY idx`, id)
	b.Queue(`SELECT report::text FROM reports WHERE session_id = $1`, id)
	b.Queue(`SELECT turn, rule, text FROM hints WHERE session_id = $1 ORDER BY turn, rule`, id)
	br := s.pool.SendBatch(ctx, b)
	defer br.Close()
	sum, err := scanSummary(br.QueryRow())
	if errors.Is(err, pgx.ErrNoRows) {
		return SessionDetail{}, s.missing(id)
	}
	if err != nil {
		return SessionDetail{}, s.wrap(what, err)
	}
	d := SessionDetail{SessionSummary: sum}
	d.Transcript = scoring.Transcript{Scenario: sum.ScenarioID, Ending: sum.Ending, Turns: []scoring.Turn{}}
	rows, err := br.Query()
	if err != nil {
		return SessionDetail{}, s.wrap(what, err)
	}
	for rows.Next() {
		t, err := scanTurn(rows)
		if err != nil {
			rows.Close()
			return SessionDetail{}, s.wrap(what, err)
		}
		d.Transcript.Turns = append(d.Transcript.Turns, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return SessionDetail{}, s.wrap(what, err)
	}
	var body string
	err = br.QueryRow().Scan(&body)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
	case err != nil:
		return SessionDetail{}, s.wrap(what, err)
	default:
		d.Report = new(scoring.Report)
		if err := json.Unmarshal([]byte(body), d.Report); err != nil {
			return SessionDetail{}, s.wrap(what, fmt.Errorf("decode stored report: %w", err))
		}
	}
	if d.Hints, err = scanHints(br); err != nil {
		return SessionDetail{}, s.wrap(what, err)
	}
	return d, nil
}

// Export implements Store, streaming rows from the server oldest first.
func (s *PGStore) Export(ctx context.Context, w io.Writer, format string, f Filter, progress func(done, total int)) error {
	enc, err := newExportEncoder(w, format)
	if err != nil {
		return err
	}
	ctx, cancel := s.readCtx(ctx)
	defer cancel()
	where, args := pgWhere(f, 0)
	var total int
	if progress != nil { // the count is a round trip of its own; only progress needs it
		if err := s.pool.QueryRow(ctx, "SELECT count(*) FROM sessions se WHERE "+where, args...).Scan(&total); err != nil {
			return s.wrap("count sessions", err)
		}
		if f.Limit > 0 && total > f.Limit {
			total = f.Limit
		}
	}
	q := "SELECT " + pgSummaryColumns + summaryFrom + " WHERE " + where + " ORDER BY se.started_at, se.id" + limitClause(f)
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return s.wrap("export sessions", err)
	}
	defer rows.Close()
	return exportRows(rows, enc, total, progress, s.wrap)
}
