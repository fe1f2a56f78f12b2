package history

import (
	"context"
	"slices"
	"testing"
	"time"
)

// TestReviewQueriesCountPracticeOnlyWhenAsked holds every Review summary to the
// same rule on both stores: AssessmentOnly leaves practice sessions out, the
// zero filter counts them.
func TestReviewQueriesCountPracticeOnlyWhenAsked(t *testing.T) {
	eachStore(t, testReviewQueriesCountPracticeOnlyWhenAsked)
}

func testReviewQueriesCountPracticeOnlyWhenAsked(t *testing.T, s Store) {
	ctx := context.Background()
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	playSession(t, s, sampleMeta("Ana", "late-delivery", t0), sampleReport(60, 60, 60, 60, 60))
	for i, p := range []struct {
		trainee string
		total   int
	}{{"Ana", 90}, {"Ben", 81}} {
		m := sampleMeta(p.trainee, "late-delivery", t0.Add(time.Duration(i+1)*time.Hour))
		m.Mode = ModePractice
		playSession(t, s, m, sampleReport(p.total, p.total, p.total, p.total, p.total))
	}
	cases := []struct {
		name string
		f    Filter
		// trainees reads "name sessions latest" per trainee.
		trainees             []string
		attempts, min, max   int
		anaAttempts, anaBest int
		lossTimes, points    int
	}{
		{"assessment only", Filter{AssessmentOnly: true}, []string{"Ana 1 60"}, 1, 60, 60, 1, 60, 1, 1},
		{"practice included", Filter{}, []string{"Ana 2 90", "Ben 1 81"}, 3, 60, 90, 2, 90, 3, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			trainees, err := s.Trainees(ctx, c.f)
			var got []string
			for _, tr := range trainees {
				got = append(got, tr.Name+" "+itoa(tr.Sessions)+" "+itoa(tr.LatestTotal))
			}
			if err != nil || !slices.Equal(got, c.trainees) {
				t.Errorf("Trainees = %q, %v; want %q", got, err, c.trainees)
			}
			stats, err := s.ScenarioStats(ctx, c.f)
			if err != nil || len(stats) != 1 || stats[0].Attempts != c.attempts || stats[0].Min != c.min || stats[0].Max != c.max {
				t.Errorf("ScenarioStats = %+v, %v; want %d attempts from %d to %d", stats, err, c.attempts, c.min, c.max)
			}
			fb, err := s.FirstVsBest(ctx, "Ana", c.f)
			if err != nil || len(fb) != 1 || fb[0].Attempts != c.anaAttempts || fb[0].FirstTotal != 60 || fb[0].BestTotal != c.anaBest {
				t.Errorf("FirstVsBest(Ana) = %+v, %v; want %d attempts, first 60, best %d", fb, err, c.anaAttempts, c.anaBest)
			}
			losses, err := s.RuleLosses(ctx, c.f, 0)
			if err != nil || len(losses) != 4 || losses[0].Rule != "fairness-loss" || losses[0].Times != c.lossTimes {
				t.Errorf("RuleLosses = %+v, %v; want 4 rules, fairness-loss first, %d times", losses, err, c.lossTimes)
			}
			series, err := s.DimensionSeries(ctx, "Ana", c.f)
			if err != nil || len(series) != c.points {
				t.Errorf("DimensionSeries(Ana) holds %d points, %v; want %d", len(series), err, c.points)
			}
		})
	}
}
