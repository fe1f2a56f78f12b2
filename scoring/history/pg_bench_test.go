package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

// The team-store benchmarks run on a cluster of their own, kept in
// os.TempDir between runs because generating the team-sized history (the same
// 1,000 trainees × 100 sessions × 30 turns as BenchmarkReview) takes a while
// on two cores. Change pgBenchVersion when the generator or schema changes.
const pgBenchVersion = "v4"

var (
	pgBenchOnce sync.Once
	pgBenchSrv  *pgtest.Server
	pgBenchErr  error
)

// pgBenchServer starts the benchmark cluster; the benchmark that starts it
// halts it when it ends (see stopPGBench in TestMain).
func pgBenchServer(b *testing.B) *pgtest.Server {
	b.Helper()
	pgBenchOnce.Do(func() {
		dir := filepath.Join(os.TempDir(), "turnaround-pg-bench-"+pgBenchVersion)
		pgBenchSrv, pgBenchErr = pgtest.StartCached(dir, "-c shared_buffers=256MB", "-c work_mem=16MB")
	})
	if pgBenchErr != nil {
		b.Fatalf("cannot start the PostgreSQL benchmark server: %v", pgBenchErr)
	}
	return pgBenchSrv
}

// stopPGBench halts the benchmark cluster, keeping its data for the next run.
func stopPGBench() {
	if pgBenchSrv != nil {
		pgBenchSrv.Halt() //nolint:errcheck // nothing to do about it at exit
	}
}

// benchPGAppend measures one committed turn write from one desktop; params
// are extra connection settings.
func benchPGAppend(b *testing.B, params string) {
	srv := pgBenchServer(b)
	s, err := OpenPostgres(context.Background(), srv.AdminURL("postgres")+params, PGOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	id, err := s.BeginSession(ctx, sampleMeta("Ana", "late-delivery", t0))
	if err != nil {
		b.Fatal(err)
	}
	turn := scoring.Turn{Role: scoring.RoleAgent, AtMS: 14000,
		Text: "We missed the delivery window you paid express for; I'm refunding the shipping fee right now."}
	timeOps(b, 99, func(i int) error { return s.AppendTurn(ctx, id, i, turn) })
}

// BenchmarkPGAppendTurn is the team store's durable write on loopback
// (synchronous_commit on: the commit is flushed to the server's WAL).
func BenchmarkPGAppendTurn(b *testing.B) { benchPGAppend(b, "") }

// BenchmarkPGAppendTurnAsync is the baseline: the same write without waiting
// for the WAL flush (synchronous_commit off).
func BenchmarkPGAppendTurnAsync(b *testing.B) { benchPGAppend(b, "&synchronous_commit=off") }

// BenchmarkPGWriters has 50 desktops write turns at once, each into its own
// session, and reports durable turns per second.
func BenchmarkPGWriters(b *testing.B) {
	srv := pgBenchServer(b)
	ctx := context.Background()
	const writers = 50
	stores := make([]*PGStore, writers)
	ids := make([]SessionID, writers)
	for w := range stores {
		s, err := OpenPostgres(ctx, srv.AdminURL("postgres"), PGOptions{MaxConns: 1})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		if ids[w], err = s.BeginSession(ctx, sampleMeta(fmt.Sprintf("writer-%02d", w), "late-delivery", t0)); err != nil {
			b.Fatal(err)
		}
		stores[w] = s
	}
	turn := scoring.Turn{Role: scoring.RoleAgent, AtMS: 14000, Text: "I've refunded the shipping fee; you'll see it in three days."}
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	b.ResetTimer()
	start := time.Now()
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for idx := 0; next.Add(1) <= int64(b.N); idx++ {
				if err := stores[w].AppendTurn(ctx, ids[w], idx, turn); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "turns/s")
}

// BenchmarkPGReview runs every review query against the team-sized history
// on the server, reporting p95 per query.
func BenchmarkPGReview(b *testing.B) {
	srv := pgBenchServer(b)
	db := "review_" + pgBenchVersion
	if err := ensurePGBenchData(b, srv, db); err != nil {
		b.Fatal(err)
	}
	s, err := OpenPostgres(context.Background(), srv.AdminURL(db), PGOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	// The export's baseline runs the export as it was before OpenPostgres
	// turned JIT off and sessions kept their hint count (exportBefore).
	jit, err := OpenPostgres(context.Background(), srv.AdminURL(db)+"&jit=on", PGOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer jit.Close()
	ctx := context.Background()
	lastMonth := Filter{Since: benchEnd.AddDate(0, -1, 0)}
	queries := []struct {
		name string
		run  func(i int) error
	}{
		{"Sessions/newest-50", func(int) error { _, err := s.Sessions(ctx, Filter{Limit: 50}); return err }},
		{"Sessions/trainee", func(i int) error { _, err := s.Sessions(ctx, Filter{Trainee: benchTrainee(i)}); return err }},
		{"Session/detail", func(i int) error {
			_, err := s.Session(ctx, SessionID(1+i*7919%(benchTrainees*benchSessions)))
			return err
		}},
		{"Unfinished", func(int) error { _, err := s.Unfinished(ctx); return err }},
		{"Trainees/all", func(int) error { _, err := s.Trainees(ctx, Filter{}); return err }},
		{"Trainees/last-month", func(int) error { _, err := s.Trainees(ctx, lastMonth); return err }},
		{"DimensionSeries", func(i int) error { _, err := s.DimensionSeries(ctx, benchTrainee(i), Filter{}); return err }},
		{"ScenarioStats/all", func(int) error { _, err := s.ScenarioStats(ctx, Filter{}); return err }},
		{"ScenarioStats/last-month", func(int) error { _, err := s.ScenarioStats(ctx, lastMonth); return err }},
		{"FirstVsBest", func(i int) error { _, err := s.FirstVsBest(ctx, benchTrainee(i), Filter{}); return err }},
		{"RuleLosses/all", func(int) error { _, err := s.RuleLosses(ctx, Filter{}, 10); return err }},
		{"RuleLosses/last-month", func(int) error { _, err := s.RuleLosses(ctx, lastMonth, 10); return err }},
		{"RuleLosses/trainee", func(i int) error { _, err := s.RuleLosses(ctx, Filter{Trainee: benchTrainee(i)}, 10); return err }},
		{"Export/csv-last-month", func(int) error { return s.Export(ctx, io.Discard, "csv", lastMonth, nil) }},
		{"Export/csv-last-month-before", func(int) error { return exportBefore(ctx, jit, io.Discard, lastMonth) }},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) { timeOps(b, 95, q.run) })
	}
}

// ensurePGBenchData generates the team-sized history in database db once,
// on the server (generate_series), and keeps it for later runs.
func ensurePGBenchData(b *testing.B, srv *pgtest.Server, db string) error {
	ctx := context.Background()
	admin, err := OpenPostgres(ctx, srv.AdminURL("postgres"), PGOptions{})
	if err != nil {
		return err
	}
	defer admin.Close()
	var exists bool
	if err := admin.pool.QueryRow(ctx, `SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)`, db).Scan(&exists); err != nil {
		return err
	}
	if exists {
		return nil
	}
	start := time.Now()
	tmp := db + "_partial"
	if _, err := admin.pool.Exec(ctx, "DROP DATABASE IF EXISTS "+tmp); err != nil {
		return err
	}
	if _, err := admin.pool.Exec(ctx, "CREATE DATABASE "+tmp); err != nil {
		return err
	}
	s, err := OpenPostgres(ctx, srv.AdminURL(tmp), PGOptions{ReadTimeout: time.Hour, WriteTimeout: time.Hour})
	if err != nil {
		return err
	}
	report, err := json.Marshal(sampleReport(70, 70, 65, 75, 70))
	if err != nil {
		return err
	}
	for _, step := range pgBenchSteps(string(report)) {
		if _, err := s.pool.Exec(ctx, step.sql, step.args...); err != nil {
			s.Close()
			return fmt.Errorf("generate the benchmark history: %s: %w", firstWords(step.sql), err)
		}
	}
	s.Close()
	if _, err := admin.pool.Exec(ctx, "ALTER DATABASE "+tmp+" RENAME TO "+db); err != nil {
		return err
	}
	b.Logf("generated the team-sized history in %v", time.Since(start).Round(time.Second))
	return nil
}

// pgBenchSteps fill an empty team store with benchTrainees × benchSessions
// sessions of benchTurns turns over benchScenarios scenarios, the newest
// benchUnfinished left unfinished, starts spread over the year before
// benchEnd. Evidence goes in with the running-total trigger off and the
// totals are computed once at the end, as the trigger would have kept them.
func pgBenchSteps(report string) []struct {
	sql  string
	args []any
} {
	n := benchTrainees * benchSessions
	return []struct {
		sql  string
		args []any
	}{
		{`INSERT INTO trainees (name) SELECT 'trainee-' || lpad(i::text, 4, '0') FROM generate_series(1, $1::int) i`,
			[]any{benchTrainees}},
		{`INSERT INTO scenarios (scenario_id, hash, title)
			SELECT 'scenario-' || lpad(i::text, 2, '0'), 'hash-' || i, 'Scenario ' || i FROM generate_series(1, $1::int) i`,
			[]any{benchScenarios}},
		{`ALTER TABLE sessions DISABLE TRIGGER USER`, nil},
		{`INSERT INTO sessions (trainee_id, scenario_ref, rubric_version, voice, started_at, ended_at, ending,
				total, empathy, action_speed, authority_clarity, fairness, turn_count)
			SELECT t, 1 + (t * 7 + k) % $4::int, '1', 'scripted', st,
				CASE WHEN unfinished THEN NULL ELSE st + 300000 END, CASE WHEN unfinished THEN NULL ELSE 'resolved' END,
				CASE WHEN unfinished THEN NULL ELSE 40 + (t * 13 + k * 7) % 55 END,
				CASE WHEN unfinished THEN NULL ELSE 35 + (t * 11 + k * 3) % 60 END,
				CASE WHEN unfinished THEN NULL ELSE 30 + (t * 17 + k * 5) % 65 END,
				CASE WHEN unfinished THEN NULL ELSE 45 + (t * 19 + k) % 50 END,
				CASE WHEN unfinished THEN NULL ELSE 40 + (t * 23 + k * 11) % 55 END, $7::int
			FROM (SELECT t, k, $3::bigint - ($2::int - ((k - 1) * $1::int + t)) * (31536000000 / $2::int) AS st,
					(k - 1) * $1::int + t > $2::int - $5::int AS unfinished
				FROM generate_series(1, $6::int) k, generate_series(1, $1::int) t) x
			ORDER BY st`,
			[]any{benchTrainees, n, toMS(benchEnd), benchScenarios, benchUnfinished, benchSessions, benchTurns}},
		{`ALTER TABLE sessions ENABLE TRIGGER USER`, nil},
		{`INSERT INTO trainee_stats SELECT trainee_id, count(*), sum(empathy), sum(action_speed),
				sum(authority_clarity), sum(fairness) FROM sessions WHERE total IS NOT NULL GROUP BY trainee_id`, nil},
		{`INSERT INTO scenario_stats SELECT scenario_ref, count(*), sum(total), sum(total::bigint * total),
				min(total), max(total) FROM sessions WHERE total IS NOT NULL GROUP BY scenario_ref`, nil},
		{`INSERT INTO turns (session_id, idx, role, text, at_ms)
			SELECT s, i, CASE WHEN i % 2 = 0 THEN 'customer' ELSE 'agent' END,
				($3::text[])[1 + (s + i) % array_length($3::text[], 1)], i * 9000
			FROM generate_series(1, $1::int) s, generate_series(0, $2::int - 1) i`,
			[]any{n, benchTurns, benchLines}},
		{`INSERT INTO reports (session_id, report) SELECT id, $1::jsonb FROM sessions WHERE total IS NOT NULL`,
			[]any{report}},
		{`ALTER TABLE evidence DISABLE TRIGGER USER`, nil},
		{`INSERT INTO evidence (session_id, dimension, turn, rule, points)
			SELECT se.id, (ARRAY['empathy','action_speed','authority_clarity','fairness'])[1 + k % 4], k * 3,
				($1::text[])[1 + (se.id * 5 + k) % array_length($1::text[], 1)],
				CASE WHEN (se.id + k) % 3 = 0 THEN -(1 + k % 5) ELSE 4 + k % 6 END
			FROM sessions se, generate_series(0, 7) k WHERE se.total IS NOT NULL`,
			[]any{benchRules}},
		{`ALTER TABLE evidence ENABLE TRIGGER USER`, nil},
		{`INSERT INTO rule_losses (rule, dimension, times, points)
			SELECT rule, dimension, count(*), sum(points) FROM evidence WHERE points < 0 GROUP BY rule, dimension`, nil},
		{`VACUUM ANALYZE`, nil},
	}
}

func firstWords(q string) string {
	f := strings.Fields(q)
	return strings.Join(f[:min(len(f), 4)], " ")
}

// exportBefore is PGStore.Export as it was before the export was made fast,
// kept as the benchmark's baseline: a count round trip first, a hint count
// subquery per row, on a connection with the server's default JIT, scanning
// nullable columns through sql.NullInt64.
func exportBefore(ctx context.Context, s *PGStore, w io.Writer, f Filter) error {
	enc, err := newExportEncoder(w, "csv")
	if err != nil {
		return err
	}
	where, args := pgWhere(f, 0)
	var total int
	if err := s.pool.QueryRow(ctx, "SELECT count(*) FROM sessions se WHERE "+where, args...).Scan(&total); err != nil {
		return err
	}
	cols := strings.Replace(summaryColumns, "(SELECT count(*) FROM turns WHERE session_id = se.id)", "se.turn_count", 1)
	rows, err := s.pool.Query(ctx, "SELECT "+cols+summaryFrom+" WHERE "+where+" ORDER BY se.started_at, se.id", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		sum, err := scanSummaryBefore(rows)
		if err != nil {
			return err
		}
		if err := enc.row(sum); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return enc.close()
}

// scanSummaryBefore is scanSummary as it was, with sql.NullInt64 columns.
func scanSummaryBefore(row scanner) (SessionSummary, error) {
	var s SessionSummary
	var started int64
	var ended, total, emp, speed, auth, fair sql.NullInt64
	err := row.Scan(&s.ID, &s.Trainee, &s.ScenarioID, &s.ScenarioTitle, &s.ScenarioHash,
		&s.RubricVersion, &s.Voice, &started, &ended, &s.Ending, &s.Turns, &s.ParentID, &s.ForkTurn,
		&total, &emp, &speed, &auth, &fair, &s.Mode, &s.HintCount)
	if err != nil {
		return s, err
	}
	s.StartedAt = fromMS(started)
	if ended.Valid {
		s.EndedAt = fromMS(ended.Int64)
	}
	if total.Valid {
		s.Scored, s.Total = true, int(total.Int64)
		s.Scores = scoreMap(int(emp.Int64), int(speed.Int64), int(auth.Int64), int(fair.Int64))
	}
	return s, nil
}
