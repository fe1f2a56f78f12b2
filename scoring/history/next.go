package history

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// RecentSessions is how many of a trainee's latest scored sessions decide their
// weakest dimension: enough to smooth one bad day, few enough to follow progress.
const RecentSessions = 5

// MinAssessed is how many scored assessment sessions a trainee needs before
// their weakest dimension is read from assessments alone. Hints and retries lift
// a practice score, so assessments say more about what the trainee does unaided;
// three is the fewest whose mean one bad session does not decide. With fewer,
// practice sessions count too rather than leave the choice to one or two scores.
const MinAssessed = 3

// LowScore is the best total under which a scenario played before is worth
// playing again.
const LowScore = 70

// Recommendation is the scenario that trains a trainee's weakest dimension, and why.
type Recommendation struct {
	Scenario *scenarios.Scenario
	// Weakest is the dimension with the lowest mean over the recent sessions, and
	// Average that mean, over Sessions sessions; Sessions is 0 when the trainee
	// has no scored session yet (then Weakest is empty).
	Weakest  scoring.Dimension
	Average  int
	Sessions int
	// Assessed is true when those sessions were all assessment sessions: the
	// trainee had MinAssessed or more, or had played no practice session.
	Assessed bool
	// Why is the reason in one sentence for the trainee.
	Why string
}

// NextFor recommends a scenario from lib for trainee, from their sessions in s.
func NextFor(ctx context.Context, s Store, trainee string, lib []*scenarios.Scenario) (Recommendation, error) {
	played, err := s.Sessions(ctx, Filter{Trainee: trainee})
	if err != nil {
		return Recommendation{}, err
	}
	return Recommend(played, lib)
}

// Recommend picks, from lib, a scenario the trainee has not played or scored
// under LowScore on, whose weight on their weakest dimension (over their latest
// RecentSessions scored sessions in played, newest first: assessment sessions
// only once there are MinAssessed of them, else practice ones too) is highest; among
// equal weights it prefers the failure kind they scored lowest on in that
// dimension, then unplayed, then a lower best, then the easier, then by id.
// With no scored session yet it picks the easiest unplayed scenario.
func Recommend(played []SessionSummary, lib []*scenarios.Scenario) (Recommendation, error) {
	if len(lib) == 0 {
		return Recommendation{}, fmt.Errorf("there are no scenarios to choose from")
	}
	best, kinds := bestTotals(played), kindsOf(lib)
	recent := recentScored(played)
	if len(recent) == 0 {
		sc := slices.MinFunc(candidates(lib, best), byEase)
		return Recommendation{Scenario: sc, Why: "You have no scored sessions yet, so this starts with the easiest scenario."}, nil
	}
	weakest, avg := weakestDimension(recent)
	worstKind := worstKindFor(recent, weakest, kinds)
	pool := candidates(lib, best)
	sc := slices.MinFunc(pool, func(a, b *scenarios.Scenario) int {
		return cmp.Or(
			-cmp.Compare(weightPercent(a, weakest), weightPercent(b, weakest)),
			boolFirst(a.Failure.Kind == worstKind, b.Failure.Kind == worstKind),
			boolFirst(!hasBest(best, a.ID), !hasBest(best, b.ID)),
			cmp.Compare(best[a.ID], best[b.ID]),
			byEase(a, b))
	})
	assessed := allAssessed(recent)
	return Recommendation{Scenario: sc, Weakest: weakest, Average: avg, Sessions: len(recent), Assessed: assessed,
		Why: whyText(sc, weakest, avg, sessionsWord(len(recent), assessed), best)}, nil
}

// recentScored is the latest RecentSessions scored assessment sessions when
// the trainee has at least MinAssessed of them, else the latest RecentSessions
// scored sessions of either mode.
func recentScored(played []SessionSummary) []SessionSummary {
	isAssessment := func(s SessionSummary) bool { return s.Mode == ModeAssessment }
	if assessed := latestScored(played, isAssessment, RecentSessions); len(assessed) >= MinAssessed {
		return assessed
	}
	return latestScored(played, func(SessionSummary) bool { return true }, RecentSessions)
}

// latestScored is up to n scored sessions of played (newest first) that keep
// accepts.
func latestScored(played []SessionSummary, keep func(SessionSummary) bool, n int) []SessionSummary {
	var out []SessionSummary
	for _, s := range played {
		if s.Scored && keep(s) && len(out) < n {
			out = append(out, s)
		}
	}
	return out
}

func allAssessed(list []SessionSummary) bool {
	for _, s := range list {
		if s.Mode != ModeAssessment {
			return false
		}
	}
	return true
}

// sessionsWord names the sessions a mean was taken over: "your last 5
// assessed sessions", "your last 2 sessions, practice included".
func sessionsWord(n int, assessed bool) string {
	kind, note := "session", ", practice included"
	if assessed {
		kind, note = "assessed session", ""
	}
	if n == 1 {
		return "your last " + kind + note
	}
	return fmt.Sprintf("your last %d %ss%s", n, kind, note)
}

// weakestDimension is the dimension with the lowest mean score, report order
// breaking ties, with that mean rounded.
func weakestDimension(recent []SessionSummary) (scoring.Dimension, int) {
	var weakest scoring.Dimension
	lowest := math.Inf(1)
	for _, d := range scoring.Dimensions {
		sum := 0
		for _, s := range recent {
			sum += s.Scores[d]
		}
		if mean := float64(sum) / float64(len(recent)); mean < lowest {
			weakest, lowest = d, mean
		}
	}
	return weakest, int(math.Round(lowest))
}

// worstKindFor is the failure kind of the recent session with the lowest score
// on d ("" when no kind is known).
func worstKindFor(recent []SessionSummary, d scoring.Dimension, kinds map[string]string) string {
	worst := slices.MinFunc(recent, func(a, b SessionSummary) int { return cmp.Compare(a.Scores[d], b.Scores[d]) })
	return kinds[worst.ScenarioID]
}

// bestTotals maps each scored scenario id to the trainee's best total there.
func bestTotals(played []SessionSummary) map[string]int {
	best := map[string]int{}
	for _, s := range played {
		if b, ok := best[s.ScenarioID]; s.Scored && (!ok || s.Total > b) {
			best[s.ScenarioID] = s.Total
		}
	}
	return best
}

// kindsOf maps scenario ids to their failure kinds.
func kindsOf(lib []*scenarios.Scenario) map[string]string {
	kinds := map[string]string{}
	for _, sc := range lib {
		kinds[sc.ID] = sc.Failure.Kind
	}
	return kinds
}

// candidates are the unplayed scenarios and those with a best under LowScore;
// when the trainee has done well on all of them, every scenario.
func candidates(lib []*scenarios.Scenario, best map[string]int) []*scenarios.Scenario {
	var pool []*scenarios.Scenario
	for _, sc := range lib {
		if b, ok := best[sc.ID]; !ok || b < LowScore {
			pool = append(pool, sc)
		}
	}
	if len(pool) == 0 {
		return lib
	}
	return pool
}

func hasBest(best map[string]int, id string) bool {
	_, ok := best[id]
	return ok
}

// weightPercent is sc's weight on d in whole percent, so weights that differ
// only by float rounding compare equal.
func weightPercent(sc *scenarios.Scenario, d scoring.Dimension) int {
	return int(math.Round(scoring.ScenarioWeights(sc, nil)[d] * 100))
}

func byEase(a, b *scenarios.Scenario) int {
	return cmp.Or(cmp.Compare(a.Difficulty, b.Difficulty), cmp.Compare(a.ID, b.ID))
}

// boolFirst orders true before false.
func boolFirst(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}

// whyText: "Your action speed averaged 41 over your last 5 assessed sessions;
// this scenario weighs action speed at 35%, and you have not played it yet."
func whyText(sc *scenarios.Scenario, d scoring.Dimension, avg int, over string, best map[string]int) string {
	name := DimensionName(d)
	played := "you have not played it yet"
	if b, ok := best[sc.ID]; ok {
		played = fmt.Sprintf("your best there is %d", b)
	}
	return fmt.Sprintf("Your %s averaged %d over %s; this scenario weighs %s at %d%%, and %s.",
		name, avg, over, name, weightPercent(sc, d), played)
}

// DimensionName is a dimension as a trainee reads it: "action speed".
func DimensionName(d scoring.Dimension) string {
	return strings.ReplaceAll(string(d), "_", " ")
}
