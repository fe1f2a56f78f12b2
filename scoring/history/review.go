package history

import (
	"context"
	"database/sql"
	"math"

	"github.com/turnaround-app/turnaround/scoring"
)

// The review queries read scored sessions only (an inner join with reports):
// an abandoned, unscored session has no total to average.

// Trainees implements Store. Each trainee's sessions are numbered newest first
// so the trend compares the last three totals with the three before them.
func (s *SQLiteStore) Trainees(ctx context.Context, f Filter) ([]TraineeSummary, error) {
	where, args := whereClause(f)
	q := `WITH ranked AS (
		SELECT se.trainee_id, r.total, r.empathy, r.action_speed, r.authority_clarity, r.fairness,
			row_number() OVER (PARTITION BY se.trainee_id ORDER BY se.started_at DESC, se.id DESC) AS rn
		FROM sessions se JOIN reports r ON r.session_id = se.id WHERE ` + where + `)
	SELECT t.name, count(*), max(CASE WHEN rn = 1 THEN total END),
		avg(CASE WHEN rn <= 3 THEN total END), avg(CASE WHEN rn BETWEEN 4 AND 6 THEN total END),
		avg(empathy), avg(action_speed), avg(authority_clarity), avg(fairness)
	FROM ranked JOIN trainees t ON t.id = ranked.trainee_id
	GROUP BY ranked.trainee_id ORDER BY t.name` + limitClause(f)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.wrap("summarise trainees", err)
	}
	defer rows.Close()
	var out []TraineeSummary
	for rows.Next() {
		var t TraineeSummary
		var recent float64
		var earlier sql.NullFloat64
		means := make([]float64, len(scoring.Dimensions))
		if err := rows.Scan(&t.Name, &t.Sessions, &t.LatestTotal, &recent, &earlier,
			&means[0], &means[1], &means[2], &means[3]); err != nil {
			return nil, s.wrap("summarise trainees", err)
		}
		t.Trend = trend(recent, earlier)
		t.Weakest = weakest(means)
		out = append(out, t)
	}
	return out, s.wrap("summarise trainees", rows.Err())
}

// trend compares the recent mean with the earlier one (absent below four sessions).
func trend(recent float64, earlier sql.NullFloat64) int {
	switch {
	case !earlier.Valid:
		return 0
	case recent-earlier.Float64 >= TrendThreshold:
		return 1
	case earlier.Float64-recent >= TrendThreshold:
		return -1
	}
	return 0
}

// weakest returns the dimension with the lowest mean; the first in report order wins ties.
func weakest(means []float64) scoring.Dimension {
	low := 0
	for i, m := range means {
		if m < means[low] {
			low = i
		}
	}
	return scoring.Dimensions[low]
}

// DimensionSeries implements Store.
func (s *SQLiteStore) DimensionSeries(ctx context.Context, trainee string, f Filter) ([]SeriesPoint, error) {
	f.Trainee = trainee
	where, args := whereClause(f)
	q := `SELECT se.id, se.started_at, sc.scenario_id, r.total, r.empathy, r.action_speed,
		r.authority_clarity, r.fairness
	FROM sessions se JOIN reports r ON r.session_id = se.id JOIN scenarios sc ON sc.id = se.scenario_ref
	WHERE ` + where + ` ORDER BY se.started_at, se.id` + limitClause(f)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.wrap("read score series", err)
	}
	defer rows.Close()
	var out []SeriesPoint
	for rows.Next() {
		var p SeriesPoint
		var at int64
		sc := make([]int, len(scoring.Dimensions))
		if err := rows.Scan(&p.Session, &at, &p.ScenarioID, &p.Total, &sc[0], &sc[1], &sc[2], &sc[3]); err != nil {
			return nil, s.wrap("read score series", err)
		}
		p.At = fromMS(at)
		p.Scores = scoreMap(sc...)
		out = append(out, p)
	}
	return out, s.wrap("read score series", rows.Err())
}

// ScenarioStats implements Store. The spread comes from the sum of squares so
// one pass over the sessions is enough.
func (s *SQLiteStore) ScenarioStats(ctx context.Context, f Filter) ([]ScenarioStat, error) {
	where, args := whereClause(f)
	q := `SELECT sc.scenario_id, max(sc.title), count(*), avg(r.total), avg(r.total * r.total),
		min(r.total), max(r.total)
	FROM sessions se JOIN reports r ON r.session_id = se.id JOIN scenarios sc ON sc.id = se.scenario_ref
	WHERE ` + where + ` GROUP BY sc.scenario_id ORDER BY sc.scenario_id` + limitClause(f)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.wrap("summarise scenarios", err)
	}
	defer rows.Close()
	var out []ScenarioStat
	for rows.Next() {
		var st ScenarioStat
		var meanSquare float64
		if err := rows.Scan(&st.ScenarioID, &st.Title, &st.Attempts, &st.Mean, &meanSquare, &st.Min, &st.Max); err != nil {
			return nil, s.wrap("summarise scenarios", err)
		}
		st.StdDev = math.Sqrt(math.Max(0, meanSquare-st.Mean*st.Mean))
		out = append(out, st)
	}
	return out, s.wrap("summarise scenarios", rows.Err())
}

// FirstVsBest implements Store. Ties for best go to the earlier attempt: the
// first time a trainee reached a score is the one worth showing.
func (s *SQLiteStore) FirstVsBest(ctx context.Context, trainee string, f Filter) ([]FirstBest, error) {
	f.Trainee = trainee
	where, args := whereClause(f)
	q := `WITH attempts AS (
		SELECT sc.scenario_id, sc.title, se.id, r.total,
			row_number() OVER (PARTITION BY sc.scenario_id ORDER BY se.started_at, se.id) AS nth,
			row_number() OVER (PARTITION BY sc.scenario_id ORDER BY r.total DESC, se.started_at, se.id) AS rank
		FROM sessions se JOIN reports r ON r.session_id = se.id JOIN scenarios sc ON sc.id = se.scenario_ref
		WHERE ` + where + `)
	SELECT scenario_id, max(CASE WHEN nth = 1 THEN title END), count(*),
		max(CASE WHEN nth = 1 THEN id END), max(CASE WHEN nth = 1 THEN total END),
		max(CASE WHEN rank = 1 THEN id END), max(CASE WHEN rank = 1 THEN total END)
	FROM attempts GROUP BY scenario_id ORDER BY scenario_id` + limitClause(f)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.wrap("compare first and best attempts", err)
	}
	defer rows.Close()
	var out []FirstBest
	for rows.Next() {
		var fb FirstBest
		if err := rows.Scan(&fb.ScenarioID, &fb.Title, &fb.Attempts, &fb.First, &fb.FirstTotal,
			&fb.Best, &fb.BestTotal); err != nil {
			return nil, s.wrap("compare first and best attempts", err)
		}
		out = append(out, fb)
	}
	return out, s.wrap("compare first and best attempts", rows.Err())
}

// RuleLosses implements Store. Without a filter the query reads only the
// partial index of penalties; with one it starts from the matching sessions.
func (s *SQLiteStore) RuleLosses(ctx context.Context, f Filter, limit int) ([]RuleLoss, error) {
	from := "evidence e"
	where, args := "e.points < 0", []any(nil)
	if !f.empty() {
		var cond string
		cond, args = whereClause(f)
		from = "sessions se JOIN evidence e ON e.session_id = se.id"
		where += " AND " + cond
	}
	q := `SELECT e.rule, e.dimension, count(*), -sum(e.points) FROM ` + from + ` WHERE ` + where +
		` GROUP BY e.rule, e.dimension ORDER BY count(*) DESC, sum(e.points), e.rule, e.dimension`
	if limit > 0 {
		q += " LIMIT " + itoa(limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.wrap("count lost rules", err)
	}
	defer rows.Close()
	var out []RuleLoss
	for rows.Next() {
		var l RuleLoss
		if err := rows.Scan(&l.Rule, &l.Dimension, &l.Times, &l.PointsLost); err != nil {
			return nil, s.wrap("count lost rules", err)
		}
		out = append(out, l)
	}
	return out, s.wrap("count lost rules", rows.Err())
}
