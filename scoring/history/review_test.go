package history

import (
	"context"
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/turnaround-app/turnaround/scoring"
)

// reviewPlay is one scored session of the review fixture.
type reviewPlay struct {
	key, trainee, scenario string
	day, total             int
	// weak is the index (report order) of the dimension that scores lowest.
	weak int
}

// reviewPlays: Ana improves over seven sessions (weakest: action speed); Ben
// has two (weakest: fairness) and one unfinished session that must not count.
var reviewPlays = []reviewPlay{
	{"ana0", "Ana", "late-delivery", 0, 50, 1},
	{"ana1", "Ana", "billing-error", 1, 55, 1},
	{"ana2", "Ana", "late-delivery", 2, 60, 1},
	{"ana3", "Ana", "late-delivery", 3, 62, 1},
	{"ana4", "Ana", "billing-error", 4, 70, 1},
	{"ana5", "Ana", "late-delivery", 5, 75, 1},
	{"ana6", "Ana", "late-delivery", 6, 80, 1},
	{"ben0", "Ben", "late-delivery", 0, 40, 3},
	{"ben1", "Ben", "late-delivery", 1, 45, 3},
}

// seedReview stores reviewPlays and returns their ids by key.
func seedReview(t *testing.T, s Store) map[string]SessionID {
	t.Helper()
	ids := map[string]SessionID{}
	for _, p := range reviewPlays {
		scores := []int{p.total + 5, p.total + 5, p.total + 5, p.total + 5}
		scores[p.weak] = p.total - 10
		m := sampleMeta(p.trainee, p.scenario, t0.AddDate(0, 0, p.day))
		ids[p.key] = playSession(t, s, m, sampleReport(p.total, scores...))
	}
	if _, err := s.BeginSession(context.Background(), sampleMeta("Ben", "late-delivery", t0.AddDate(0, 0, 9))); err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestTrainees(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		seedReview(t, s)
		tests := []struct {
			name string
			f    Filter
			want []TraineeSummary
		}{
			{"everyone", Filter{}, []TraineeSummary{
				// Ana: last three 80, 75, 70 (mean 75) against 62, 60, 55 (59): improving.
				{Name: "Ana", Sessions: 7, LatestTotal: 80, Trend: 1, TrendChange: 21.2, Weakest: scoring.ActionSpeed},
				// Ben: two sessions are too few for a trend.
				{Name: "Ben", Sessions: 2, LatestTotal: 45, Trend: 0, Weakest: scoring.Fairness},
			}},
			{"until day 6 drops Ana's best", Filter{Until: t0.AddDate(0, 0, 6), Trainee: "Ana"}, []TraineeSummary{
				// 75, 70, 62 (69) against 60, 55, 50 (55).
				{Name: "Ana", Sessions: 6, LatestTotal: 75, Trend: 1, TrendChange: 20, Weakest: scoring.ActionSpeed},
			}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.Trainees(context.Background(), tt.f)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("trainees (-want +got):\n%s", diff)
				}
			})
		}
	})
}

func TestTrend(t *testing.T) {
	tests := []struct {
		totals []int // newest first
		want   int
		change float64
	}{
		{[]int{80, 75, 70, 62, 60}, 1, 21.2},
		{[]int{60, 62, 70, 75, 80}, -1, -21.2},
		{[]int{60, 60, 60, 58, 58}, 0, 2.4},
		// A noisy run that ends lower: 75, 20, 74, 32, 44 in the order played.
		{[]int{44, 32, 74, 20, 75}, -1, -20},
		{[]int{61, 59, 60, 62, 58, 10}, 0, 1.2}, // only the last five count
		{[]int{60, 50}, 0, 0},                   // too few to say
	}
	for _, tt := range tests {
		if got := trend(tt.totals); got != tt.want {
			t.Errorf("trend(%v) = %d; want %d", tt.totals, got, tt.want)
		}
		if got := trendChange(tt.totals); math.Abs(got-tt.change) > 0.05 {
			t.Errorf("trendChange(%v) = %.2f; want %.1f", tt.totals, got, tt.change)
		}
	}
}

func TestDimensionSeries(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ids := seedReview(t, s)
		got, err := s.DimensionSeries(context.Background(), "Ana", Filter{Since: t0.AddDate(0, 0, 4)})
		if err != nil {
			t.Fatal(err)
		}
		want := []SeriesPoint{
			{Session: ids["ana4"], At: t0.AddDate(0, 0, 4), ScenarioID: "billing-error", Total: 70,
				Scores: scoreMap(75, 60, 75, 75)},
			{Session: ids["ana5"], At: t0.AddDate(0, 0, 5), ScenarioID: "late-delivery", Total: 75,
				Scores: scoreMap(80, 65, 80, 80)},
			{Session: ids["ana6"], At: t0.AddDate(0, 0, 6), ScenarioID: "late-delivery", Total: 80,
				Scores: scoreMap(85, 70, 85, 85)},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("series (-want +got):\n%s", diff)
		}
	})
}

func TestScenarioStats(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		seedReview(t, s)
		got, err := s.ScenarioStats(context.Background(), Filter{})
		if err != nil {
			t.Fatal(err)
		}
		late := []float64{50, 60, 62, 75, 80, 40, 45}
		want := []ScenarioStat{
			{ScenarioID: "billing-error", Title: "Title of billing-error", Attempts: 2, Mean: 62.5, StdDev: 7.5, Min: 55, Max: 70},
			{ScenarioID: "late-delivery", Title: "Title of late-delivery", Attempts: 7, Mean: mean(late), StdDev: stddev(late), Min: 40, Max: 80},
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
			t.Errorf("stats (-want +got):\n%s", diff)
		}
	})
}

func TestFirstVsBest(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ids := seedReview(t, s)
		got, err := s.FirstVsBest(context.Background(), "Ana", Filter{})
		if err != nil {
			t.Fatal(err)
		}
		want := []FirstBest{
			{ScenarioID: "billing-error", Title: "Title of billing-error", Attempts: 2,
				First: ids["ana1"], FirstTotal: 55, Best: ids["ana4"], BestTotal: 70},
			{ScenarioID: "late-delivery", Title: "Title of late-delivery", Attempts: 5,
				First: ids["ana0"], FirstTotal: 50, Best: ids["ana6"], BestTotal: 80},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("first vs best (-want +got):\n%s", diff)
		}
	})
}

func TestRuleLosses(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		seedReview(t, s)
		tests := []struct {
			name  string
			f     Filter
			limit int
			want  []RuleLoss
		}{
			// Every session loses each rule once; the heavier penalties rank first.
			{"team, top two", Filter{}, 2, []RuleLoss{
				{Rule: "fairness-loss", Dimension: scoring.Fairness, Times: 9, PointsLost: 36},
				{Rule: "authority_clarity-loss", Dimension: scoring.AuthorityClarity, Times: 9, PointsLost: 27},
			}},
			{"one trainee, since day 1", Filter{Trainee: "Ben", Since: t0.AddDate(0, 0, 1)}, 1, []RuleLoss{
				{Rule: "fairness-loss", Dimension: scoring.Fairness, Times: 1, PointsLost: 4},
			}},
			{"nobody", Filter{Trainee: "Zed"}, 5, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.RuleLosses(context.Background(), tt.f, tt.limit)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("losses (-want +got):\n%s", diff)
				}
			})
		}
	})
}

// TestRuleLossTotalsStayExact checks the trigger-kept totals (the unfiltered
// path) against a count over the evidence rows (the filtered path), after a
// report is replaced and its old evidence removed.
func TestRuleLossTotalsStayExact(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ids := seedReview(t, s)
		ctx := context.Background()
		rep := sampleReport(90, 90, 90, 90, 90)
		rep.Dimensions[scoring.Empathy] = scoring.DimensionScore{Score: 90, Evidence: []scoring.Evidence{
			{Turn: 3, Rule: "blames-customer", Points: -7}}}
		if err := s.FinishSession(ctx, ids["ana6"], "resolved", rep, t0.AddDate(0, 0, 7)); err != nil {
			t.Fatal(err)
		}
		totals, err := s.RuleLosses(ctx, Filter{}, 0)
		if err != nil {
			t.Fatal(err)
		}
		counted, err := s.RuleLosses(ctx, Filter{Since: t0.AddDate(-1, 0, 0)}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(counted, totals); diff != "" {
			t.Errorf("running totals differ from counted evidence (-counted +totals):\n%s", diff)
		}
		// ana6 lost empathy-loss once before the replacement: 9 sessions became 8.
		want := RuleLoss{Rule: "empathy-loss", Dimension: scoring.Empathy, Times: 8, PointsLost: 8}
		if i := slices.IndexFunc(totals, func(l RuleLoss) bool { return l.Rule == "empathy-loss" }); i < 0 || totals[i] != want {
			t.Errorf("totals = %+v; want %+v among them", totals, want)
		}
	})
}

func mean(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

func stddev(xs []float64) float64 {
	m, sq := mean(xs), 0.0
	for _, x := range xs {
		sq += (x - m) * (x - m)
	}
	return math.Sqrt(sq / float64(len(xs)))
}

// TestRuleLossesRankByPointsLost: a rule that cost 30 points in two sessions
// ranks above one that cost 10 in five, with and without a filter.
func TestRuleLossesRankByPointsLost(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) { rankByPointsLost(t, s) })
}

func rankByPointsLost(t *testing.T, s Store) {
	for i := 0; i < 5; i++ {
		rep := &scoring.Report{Scenario: "late-delivery", RubricVersion: "1", Total: 60, Ending: "resolved",
			Dimensions: map[scoring.Dimension]scoring.DimensionScore{}}
		ev := []scoring.Evidence{{Turn: 1, Rule: "hedges", Points: -2}}
		if i < 2 {
			ev = append(ev, scoring.Evidence{Turn: 3, Rule: "blames-customer", Points: -15})
		}
		for _, d := range scoring.Dimensions {
			rep.Dimensions[d] = scoring.DimensionScore{Score: 60, Weight: 0.25}
		}
		rep.Dimensions[scoring.Empathy] = scoring.DimensionScore{Score: 60, Weight: 0.25, Evidence: ev}
		playSession(t, s, sampleMeta("Ana", "late-delivery", t0.AddDate(0, 0, i)), rep)
	}
	want := []RuleLoss{
		{Rule: "blames-customer", Dimension: scoring.Empathy, Times: 2, PointsLost: 30},
		{Rule: "hedges", Dimension: scoring.Empathy, Times: 5, PointsLost: 10},
	}
	for _, f := range []Filter{{}, {Trainee: "Ana"}} {
		got, err := s.RuleLosses(context.Background(), f, 0)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("losses with filter %+v (-want +got):\n%s", f, diff)
		}
	}
}
