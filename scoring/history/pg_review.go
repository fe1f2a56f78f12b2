package history

import (
	"context"
	"math"

	"github.com/jackc/pgx/v5"
	"github.com/turnaround-app/turnaround/scoring"
)

// The review queries, done on the server: each returns the few rows the
// Review screen shows, never the sessions behind them. They read the same
// columns and follow the same rules (scored sessions only, ties, trend) as
// the SQLite store's; the shared store suite holds both to the same answers.

// Trainees implements Store. Means come from the running sums when nothing
// narrows the team, else from one pass over the matching scored sessions;
// each trainee's last six totals from a short index scan.
func (s *PGStore) Trainees(ctx context.Context, f Filter) ([]TraineeSummary, error) {
	where, args := pgWhere(f, 0)
	agg := `SELECT se.trainee_id, count(*) AS n, avg(se.empathy)::float8 AS e, avg(se.action_speed)::float8 AS s,
			avg(se.authority_clarity)::float8 AS a, avg(se.fairness)::float8 AS f
		FROM sessions se WHERE se.total IS NOT NULL AND ` + where + ` GROUP BY se.trainee_id`
	if f.empty() && s.seesAll {
		// The whole team, unfiltered: the trigger-kept sums answer without
		// reading every session.
		agg = `SELECT trainee_id, sessions AS n, empathy::float8 / sessions AS e, action_speed::float8 / sessions AS s,
			authority_clarity::float8 / sessions AS a, fairness::float8 / sessions AS f
		FROM trainee_stats WHERE sessions > 0`
	}
	q := `SELECT t.name, agg.n, agg.e, agg.s, agg.a, agg.f, recent.totals
	FROM (` + agg + `) agg
	JOIN trainees t ON t.id = agg.trainee_id
	CROSS JOIN LATERAL (SELECT array_agg(x.total ORDER BY x.started_at DESC, x.id DESC) AS totals FROM (
		SELECT se.total, se.started_at, se.id FROM sessions se
		WHERE se.trainee_id = agg.trainee_id AND se.total IS NOT NULL AND ` + where + `
		ORDER BY se.started_at DESC, se.id DESC LIMIT ` + itoa(TrendWindow) + `) x) recent
	ORDER BY t.name` + limitClause(f)
	return collect(s, ctx, "summarise trainees", q, args, func(rows pgx.Rows) (TraineeSummary, error) {
		var t TraineeSummary
		var totals []int
		means := make([]float64, len(scoring.Dimensions))
		if err := rows.Scan(&t.Name, &t.Sessions, &means[0], &means[1], &means[2], &means[3], &totals); err != nil {
			return t, err
		}
		t.LatestTotal = totals[0]
		t.Trend = trend(totals)
		t.TrendChange = trendChange(totals)
		t.Weakest = weakest(means)
		return t, nil
	})
}

// DimensionSeries implements Store.
func (s *PGStore) DimensionSeries(ctx context.Context, trainee string, f Filter) ([]SeriesPoint, error) {
	f.Trainee = trainee
	where, args := pgWhere(f, 0)
	q := `SELECT se.id, se.started_at, sc.scenario_id, se.total, se.empathy, se.action_speed,
		se.authority_clarity, se.fairness
	FROM sessions se JOIN scenarios sc ON sc.id = se.scenario_ref
	WHERE se.total IS NOT NULL AND ` + where + ` ORDER BY se.started_at, se.id` + limitClause(f)
	return collect(s, ctx, "read score series", q, args, func(rows pgx.Rows) (SeriesPoint, error) {
		var p SeriesPoint
		var at int64
		sc := make([]int, len(scoring.Dimensions))
		if err := rows.Scan(&p.Session, &at, &p.ScenarioID, &p.Total, &sc[0], &sc[1], &sc[2], &sc[3]); err != nil {
			return p, err
		}
		p.At = fromMS(at)
		p.Scores = scoreMap(sc...)
		return p, nil
	})
}

// ScenarioStats implements Store. The title is the most recently stored
// version's. Unfiltered, for a login that sees every session, it reads the
// trigger-kept figures per scenario version.
func (s *PGStore) ScenarioStats(ctx context.Context, f Filter) ([]ScenarioStat, error) {
	where, args := pgWhere(f, 0)
	perVersion := `SELECT se.scenario_ref, count(*) AS n, sum(se.total) AS s, sum(se.total::bigint * se.total) AS sq,
			min(se.total) AS lo, max(se.total) AS hi
		FROM sessions se WHERE se.total IS NOT NULL AND ` + where + ` GROUP BY se.scenario_ref`
	if f.empty() && s.seesAll {
		// Every attempt counts: the trigger-kept figures answer.
		perVersion = `SELECT scenario_ref, attempts AS n, total_sum AS s, total_squares AS sq,
			min_total AS lo, max_total AS hi FROM scenario_stats WHERE attempts > 0`
	}
	q := `SELECT sc.scenario_id,
		(SELECT title FROM scenarios v WHERE v.scenario_id = sc.scenario_id ORDER BY v.id DESC LIMIT 1),
		sum(x.n)::bigint, sum(x.s)::float8, sum(x.sq)::float8, min(x.lo), max(x.hi)
	FROM (` + perVersion + `) x
	JOIN scenarios sc ON sc.id = x.scenario_ref
	GROUP BY sc.scenario_id ORDER BY sc.scenario_id` + limitClause(f)
	return collect(s, ctx, "summarise scenarios", q, args, func(rows pgx.Rows) (ScenarioStat, error) {
		var st ScenarioStat
		var sum, sumSquares float64
		if err := rows.Scan(&st.ScenarioID, &st.Title, &st.Attempts, &sum, &sumSquares, &st.Min, &st.Max); err != nil {
			return st, err
		}
		n := float64(st.Attempts)
		st.Mean = sum / n
		st.StdDev = math.Sqrt(math.Max(0, sumSquares/n-st.Mean*st.Mean))
		return st, nil
	})
}

// FirstVsBest implements Store. Ties for best go to the earlier attempt.
func (s *PGStore) FirstVsBest(ctx context.Context, trainee string, f Filter) ([]FirstBest, error) {
	f.Trainee = trainee
	where, args := pgWhere(f, 0)
	q := firstVsBestQuery(where, f)
	return collect(s, ctx, "compare first and best attempts", q, args, func(rows pgx.Rows) (FirstBest, error) {
		var fb FirstBest
		err := rows.Scan(&fb.ScenarioID, &fb.Title, &fb.Attempts, &fb.First, &fb.FirstTotal, &fb.Best, &fb.BestTotal)
		return fb, err
	})
}

// RuleLosses implements Store. A login that sees every session reads the
// trigger-kept totals when nothing is filtered; otherwise (a filter, or a
// trainee's login that sees only its own sessions) it counts the penalties of
// the sessions it can see.
func (s *PGStore) RuleLosses(ctx context.Context, f Filter, limit int) ([]RuleLoss, error) {
	q := `SELECT rule, dimension, times, -points FROM rule_losses
		ORDER BY points, times DESC, rule, dimension`
	var args []any
	if !f.empty() || !s.seesAll {
		var where string
		where, args = pgWhere(f, 0)
		q = `SELECT e.rule, e.dimension, count(*), -sum(e.points)
		FROM sessions se JOIN evidence e ON e.session_id = se.id
		WHERE e.points < 0 AND ` + where + `
		GROUP BY e.rule, e.dimension ORDER BY sum(e.points), count(*) DESC, e.rule, e.dimension`
	}
	if limit > 0 {
		q += " LIMIT " + itoa(limit)
	}
	return collect(s, ctx, "count lost rules", q, args, func(rows pgx.Rows) (RuleLoss, error) {
		var l RuleLoss
		err := rows.Scan(&l.Rule, &l.Dimension, &l.Times, &l.PointsLost)
		return l, err
	})
}

// collect runs a read query under the read deadline and scans every row.
func collect[T any](s *PGStore, ctx context.Context, what, q string, args []any, scan func(pgx.Rows) (T, error)) ([]T, error) {
	ctx, cancel := s.readCtx(ctx)
	defer cancel()
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, s.wrap(what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, s.wrap(what, err)
		}
		out = append(out, v)
	}
	return out, s.wrap(what, rows.Err())
}
