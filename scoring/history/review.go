package history

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/turnaround-app/turnaround/scoring"
)

// The review queries read scored sessions only (total IS NOT NULL): an
// abandoned, unscored session has no total to average. The scores live on the
// session row so covering indexes answer these without reading reports.

// Trainees implements Store. Means come from one pass over the scored-by-
// trainee index; each trainee's last six totals, for the latest score and the
// trend, come from a short index seek per trainee.
func (s *SQLiteStore) Trainees(ctx context.Context, f Filter) ([]TraineeSummary, error) {
	where, args := whereClause(f)
	q := `SELECT t.name, agg.n, agg.e, agg.s, agg.a, agg.f,
		(SELECT group_concat(total, ',' ORDER BY at DESC, sid DESC) FROM (
			SELECT se.total, se.started_at AS at, se.id AS sid FROM sessions se
			WHERE se.trainee_id = agg.trainee_id AND se.total IS NOT NULL AND ` + where + `
			ORDER BY se.started_at DESC, se.id DESC LIMIT ` + itoa(TrendWindow) + `))
	FROM (SELECT se.trainee_id, count(*) AS n, avg(se.empathy) AS e, avg(se.action_speed) AS s,
			avg(se.authority_clarity) AS a, avg(se.fairness) AS f
		FROM sessions se WHERE se.total IS NOT NULL AND ` + where + ` GROUP BY se.trainee_id) agg
	JOIN trainees t ON t.id = agg.trainee_id ORDER BY t.name` + limitClause(f)
	rows, err := s.db.QueryContext(ctx, q, append(slices.Clone(args), args...)...)
	if err != nil {
		return nil, s.wrap("summarise trainees", err)
	}
	defer rows.Close()
	var out []TraineeSummary
	for rows.Next() {
		var t TraineeSummary
		var recentTotals string
		means := make([]float64, len(scoring.Dimensions))
		if err := rows.Scan(&t.Name, &t.Sessions, &means[0], &means[1], &means[2], &means[3], &recentTotals); err != nil {
			return nil, s.wrap("summarise trainees", err)
		}
		totals, err := parseTotals(recentTotals)
		if err != nil {
			return nil, s.wrap("summarise trainees", err)
		}
		t.LatestTotal = totals[0]
		t.Trend = trend(totals)
		t.TrendChange = trendChange(totals)
		t.Weakest = weakest(means)
		out = append(out, t)
	}
	return out, s.wrap("summarise trainees", rows.Err())
}

// parseTotals reads the comma-separated totals, newest first.
func parseTotals(list string) ([]int, error) {
	var totals []int
	for _, field := range strings.Split(list, ",") {
		n, err := strconv.Atoi(field)
		if err != nil {
			return nil, fmt.Errorf("read recent totals %q: %w", list, err)
		}
		totals = append(totals, n)
	}
	return totals, nil
}

// trend is the direction of the recent totals (newest first): +1 improving,
// -1 slipping, 0 steady or too few sessions. See trendChange.
func trend(totals []int) int {
	if len(totals) < TrendMinSessions {
		return 0
	}
	switch c := trendChange(totals); {
	case c >= TrendThreshold:
		return 1
	case c <= -TrendThreshold:
		return -1
	}
	return 0
}

// trendChange is how far the least-squares line through the last TrendWindow
// totals (newest first) rises or falls from the first of them to the last, in
// points. A fitted line weighs every session, so one good or bad day in a
// noisy run does not decide the direction, and a steady decline is seen even
// when the newest score happens to be high. 0 with fewer than TrendMinSessions.
func trendChange(totals []int) float64 {
	n := min(len(totals), TrendWindow)
	if n < TrendMinSessions {
		return 0
	}
	var sx, sy, sxx, sxy float64
	for i := 0; i < n; i++ {
		x, y := float64(i), float64(totals[n-1-i]) // oldest first
		sx, sy, sxx, sxy = sx+x, sy+y, sxx+x*x, sxy+x*y
	}
	fn := float64(n)
	slope := (fn*sxy - sx*sy) / (fn*sxx - sx*sx)
	return slope * (fn - 1)
}

func meanOf(xs []int) float64 {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
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
	q := `SELECT se.id, se.started_at, sc.scenario_id, se.total, se.empathy, se.action_speed,
		se.authority_clarity, se.fairness
	FROM sessions se JOIN scenarios sc ON sc.id = se.scenario_ref
	WHERE se.total IS NOT NULL AND ` + where + ` ORDER BY se.started_at, se.id` + limitClause(f)
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

// ScenarioStats implements Store. Totals are first summed per scenario
// version along the scored-by-scenario index, then per scenario id; the spread
// comes from the sum of squares, so one pass is enough. The title is the one
// of the most recently stored version.
func (s *SQLiteStore) ScenarioStats(ctx context.Context, f Filter) ([]ScenarioStat, error) {
	where, args := whereClause(f)
	q := `SELECT sc.scenario_id,
		(SELECT title FROM scenarios v WHERE v.scenario_id = sc.scenario_id ORDER BY v.id DESC LIMIT 1),
		sum(x.n), sum(x.s), sum(x.sq), min(x.lo), max(x.hi)
	FROM (SELECT se.scenario_ref, count(*) AS n, sum(se.total) AS s, sum(se.total * se.total) AS sq,
			min(se.total) AS lo, max(se.total) AS hi
		FROM sessions se WHERE se.total IS NOT NULL AND ` + where + ` GROUP BY se.scenario_ref) x
	JOIN scenarios sc ON sc.id = x.scenario_ref
	GROUP BY sc.scenario_id ORDER BY sc.scenario_id` + limitClause(f)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.wrap("summarise scenarios", err)
	}
	defer rows.Close()
	var out []ScenarioStat
	for rows.Next() {
		var st ScenarioStat
		var sum, sumSquares float64
		if err := rows.Scan(&st.ScenarioID, &st.Title, &st.Attempts, &sum, &sumSquares, &st.Min, &st.Max); err != nil {
			return nil, s.wrap("summarise scenarios", err)
		}
		n := float64(st.Attempts)
		st.Mean = sum / n
		st.StdDev = math.Sqrt(math.Max(0, sumSquares/n-st.Mean*st.Mean))
		out = append(out, st)
	}
	return out, s.wrap("summarise scenarios", rows.Err())
}

// FirstVsBest implements Store. Ties for best go to the earlier attempt: the
// first time a trainee reached a score is the one worth showing.
func (s *SQLiteStore) FirstVsBest(ctx context.Context, trainee string, f Filter) ([]FirstBest, error) {
	f.Trainee = trainee
	where, args := whereClause(f)
	q := firstVsBestQuery(where, f)
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

// RuleLosses implements Store. Without a filter it reads the running totals
// the triggers keep; with one it starts from the matching sessions (CROSS JOIN
// fixes that join order) and reads only their penalties. The costliest rule
// comes first: a rule that fired twice for 30 points matters more than one
// that fired five times for 5.
func (s *SQLiteStore) RuleLosses(ctx context.Context, f Filter, limit int) ([]RuleLoss, error) {
	q := `SELECT rule, dimension, times, -points FROM rule_losses
		ORDER BY points, times DESC, rule, dimension`
	var args []any
	if !f.empty() {
		var where string
		where, args = whereClause(f)
		q = `SELECT e.rule, e.dimension, count(*), -sum(e.points)
		FROM sessions se CROSS JOIN evidence e ON e.session_id = se.id
		WHERE e.points < 0 AND ` + where + `
		GROUP BY e.rule, e.dimension ORDER BY sum(e.points), count(*) DESC, e.rule, e.dimension`
	}
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

// firstVsBestQuery is FirstVsBest's query for both stores, which read the
// same window functions: each scenario's first attempt and its best, ties for
// best going to the earlier attempt. where holds the store's own filter.
func firstVsBestQuery(where string, f Filter) string {
	return `WITH attempts AS (
	SELECT sc.scenario_id, sc.title, se.id, se.total,
		row_number() OVER (PARTITION BY sc.scenario_id ORDER BY se.started_at, se.id) AS nth,
		row_number() OVER (PARTITION BY sc.scenario_id ORDER BY se.total DESC, se.started_at, se.id) AS rank
	FROM sessions se JOIN scenarios sc ON sc.id = se.scenario_ref
	WHERE se.total IS NOT NULL AND ` + where + `)
SELECT scenario_id, max(CASE WHEN nth = 1 THEN title END), count(*),
	max(CASE WHEN nth = 1 THEN id END), max(CASE WHEN nth = 1 THEN total END),
	max(CASE WHEN rank = 1 THEN id END), max(CASE WHEN rank = 1 THEN total END)
FROM attempts GROUP BY scenario_id ORDER BY scenario_id` + limitClause(f)
}
