package history

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// percentileMS returns the p-th percentile of durations in milliseconds.
func percentileMS(d []time.Duration, p float64) float64 {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	i := int(float64(len(s)-1) * p / 100)
	return float64(s[i]) / float64(time.Millisecond)
}

// timeOps runs op b.N times and reports its p50 and the given percentile.
func timeOps(b *testing.B, p float64, op func(i int) error) {
	b.Helper()
	d := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if err := op(i); err != nil {
			b.Fatal(err)
		}
		d = append(d, time.Since(start))
	}
	b.StopTimer()
	b.ReportMetric(percentileMS(d, 50), "p50-ms")
	b.ReportMetric(percentileMS(d, p), "p"+itoa(int(p))+"-ms")
}

// benchAppend measures one committed turn write as a running session makes it.
func benchAppend(b *testing.B, o Options) {
	s, err := OpenWithOptions(filepath.Join(b.TempDir(), "history.db"), o)
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

// BenchmarkAppendTurn is the app's durable write (WAL, synchronous=NORMAL).
func BenchmarkAppendTurn(b *testing.B) { benchAppend(b, Options{}) }

// BenchmarkAppendTurnNoSync is the baseline: the same write with synchronous=OFF.
func BenchmarkAppendTurnNoSync(b *testing.B) { benchAppend(b, Options{Synchronous: "OFF"}) }

// BenchmarkAppendTurnFull shows what an fsync per turn (synchronous=FULL) would cost.
func BenchmarkAppendTurnFull(b *testing.B) { benchAppend(b, Options{Synchronous: "FULL"}) }

// BenchmarkReview runs every review query against a team-sized history
// (1,000 trainees × 100 sessions × 30 turns), reporting p95 per query, and
// the file's bytes per stored turn.
func BenchmarkReview(b *testing.B) {
	path := benchDB(b)
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
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
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) { timeOps(b, 95, q.run) })
	}
	b.Run("Size", func(b *testing.B) {
		info, err := os.Stat(path)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(info.Size())/float64(benchTrainees*benchSessions*benchTurns), "bytes/turn")
	})
	b.Run("Export/csv-last-month", func(b *testing.B) {
		timeOps(b, 95, func(int) error { return s.Export(ctx, io.Discard, "csv", lastMonth, nil) })
	})
}

func benchTrainee(i int) string { return "trainee-" + pad4(1+i*37%benchTrainees) }

func pad4(n int) string {
	s := itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}
