package history

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
)

// seedWeakSpeed stores Ana's sessions: five recent ones on the late delivery
// with action speed around 41, and an older, better one that must not count.
func seedWeakSpeed(t *testing.T, s Store) {
	t.Helper()
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	playSession(t, s, sampleMeta("Ana", "wrong-size-race-shoes", t0), sampleReport(90, 90, 90, 90, 90))
	for i, speed := range []int{38, 44, 40, 41, 42} {
		m := sampleMeta("Ana", "late-delivery-anniversary", t0.Add(time.Duration(i+1)*time.Hour))
		playSession(t, s, m, sampleReport(60, 70, speed, 65, 72))
	}
	playSession(t, s, sampleMeta("Ben", "calm-cold-seat-overbilling", t0), sampleReport(20, 20, 10, 20, 20))
}

func builtinLibrary(t *testing.T) []*scenarios.Scenario {
	t.Helper()
	lib, err := scenarios.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func TestNextTargetsWeakestDimensionOverRecentSessions(t *testing.T) {
	s := openTemp(t)
	seedWeakSpeed(t, s)
	rec, err := NextFor(context.Background(), s, "Ana", builtinLibrary(t))
	if err != nil {
		t.Fatal(err)
	}
	want := "Your action speed averaged 41 over your last 5 assessed sessions; this scenario weighs action speed at 35%, and you have not played it yet."
	if rec.Scenario.ID != "calm-cold-seat-overbilling" || rec.Weakest != "action_speed" || rec.Average != 41 || rec.Sessions != 5 || rec.Why != want {
		t.Errorf("recommendation = %s, %s %d over %d: %q\nwant calm-cold-seat-overbilling: %q",
			rec.Scenario.ID, rec.Weakest, rec.Average, rec.Sessions, rec.Why, want)
	}
}

func TestNextSkipsScenariosPlayedWellAndPrefersTheWeakFailureKind(t *testing.T) {
	s := openTemp(t)
	seedWeakSpeed(t, s)
	// A later session on the 35% scenario scored well: it is no longer a candidate,
	// and the five recent sessions now include it.
	m := sampleMeta("Ana", "calm-cold-seat-overbilling", time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	playSession(t, s, m, sampleReport(85, 85, 45, 85, 85))
	rec, err := NextFor(context.Background(), s, "Ana", builtinLibrary(t))
	if err != nil {
		t.Fatal(err)
	}
	// Several scenarios weigh action speed at 30%; the late delivery is the failure
	// kind Ana scored lowest on, and her best there is 60.
	want := "Your action speed averaged 42 over your last 5 assessed sessions; this scenario weighs action speed at 30%, and your best there is 60."
	if rec.Scenario.ID != "late-delivery-anniversary" || rec.Why != want {
		t.Errorf("recommendation = %s: %q\nwant late-delivery-anniversary: %q", rec.Scenario.ID, rec.Why, want)
	}
}

func TestNextWithoutScoredSessionsStartsWithTheEasiest(t *testing.T) {
	s := openTemp(t)
	seedWeakSpeed(t, s)
	rec, err := NextFor(context.Background(), s, "Cleo", builtinLibrary(t))
	if err != nil {
		t.Fatal(err)
	}
	if rec.Scenario.ID != "double-charge-streaming" || rec.Sessions != 0 || rec.Why != "You have no scored sessions yet, so this starts with the easiest scenario." {
		t.Errorf("recommendation = %s: %q", rec.Scenario.ID, rec.Why)
	}
	if _, err := Recommend(nil, nil); err == nil {
		t.Error("Recommend with no scenarios gave no error")
	}
}

func TestNextReadsTheWeakestDimensionFromAssessmentsOnceThereAreEnough(t *testing.T) {
	eachStore(t, testNextReadsWeakestFromAssessments)
}

func testNextReadsWeakestFromAssessments(t *testing.T, s Store) {
	a, p := ModeAssessment, ModePractice
	cases := []struct {
		name     string
		modes    []string // oldest first
		weakest  string
		average  int
		sessions int
		assessed bool
		over     string
	}{
		// Three assessments outweigh a newer practice streak that looks weak
		// on speed: practice scores are coached.
		{"three assessed, five newer practice", []string{a, a, a, p, p, p, p, p}, "empathy", 40, 3, true,
			"Your empathy averaged 40 over your last 3 assessed sessions;"},
		// Six assessments: only the latest five count.
		{"six assessed among practice", []string{a, p, a, a, p, a, a, a}, "empathy", 40, 5, true,
			"Your empathy averaged 40 over your last 5 assessed sessions;"},
		// Two assessments are too few: the latest five of either mode count
		// (2 assessed, 3 practice): speed (70+70+30+30+30)/5 = 46.
		{"two assessed, three practice", []string{p, a, p, a, p}, "action_speed", 46, 5, false,
			"Your action speed averaged 46 over your last 5 sessions, practice included;"},
		// No practice at all: the sessions counted are assessments, and say so.
		{"two assessed only", []string{a, a}, "empathy", 40, 2, true,
			"Your empathy averaged 40 over your last 2 assessed sessions;"},
		{"one practice only", []string{p}, "action_speed", 30, 1, false,
			"Your action speed averaged 30 over your last session, practice included;"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			name := "Dee " + c.name
			t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
			for i, mode := range c.modes {
				m := sampleMeta(name, "late-delivery-anniversary", t0.Add(time.Duration(i)*time.Hour))
				m.Mode = mode
				rep := sampleReport(60, 40, 70, 80, 80)
				if mode == ModePractice {
					rep = sampleReport(75, 90, 30, 80, 80)
				}
				playSession(t, s, m, rep)
			}
			rec, err := NextFor(context.Background(), s, name, builtinLibrary(t))
			if err != nil {
				t.Fatal(err)
			}
			if string(rec.Weakest) != c.weakest || rec.Average != c.average || rec.Sessions != c.sessions ||
				rec.Assessed != c.assessed || !strings.HasPrefix(rec.Why, c.over) {
				t.Errorf("recommendation: %s %d over %d (assessed %v): %q\nwant %s %d over %d (assessed %v): %q…",
					rec.Weakest, rec.Average, rec.Sessions, rec.Assessed, rec.Why,
					c.weakest, c.average, c.sessions, c.assessed, c.over)
			}
		})
	}
}
