//go:build demo

package main

import (
	"context"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/sim"
	"github.com/turnaround-app/turnaround/ui"
)

// demoTrainees and their demo lines seed the in-memory history for TURNAROUND_DEMO,
// so the Review screen has something to show in screenshots. Sessions are played
// by the real simulator; when a grader is built in, it scores them too.
var demoTrainees = []string{"Ana Okafor", "Ben Ruiz", "Chloe Tan"}

// demoLevels pick each demo session's lines: Ana improves, Ben slips, Chloe
// is uneven. demoPlan picks the scenario (an offset into the library) so each
// trainee retries some, and first-vs-best differs by scenario and trainee.
var (
	demoLevels = [][]int{{0, 0, 1, 2, 1, 2}, {2, 2, 1, 0, 1, 0}, {1, 2, 0, 2, 1, 1}}
	demoPlan   = []int{0, 1, 0, 2, 1, 0}
)

var demoAgentLines = [][]string{
	{"I'll see what I can do.", "Maybe we can look into it."},
	{"I'm sorry about that. That's on us.", "I can fix that for you now."},
	{"That cost you a weekend, and it was our mistake.", "I've done that now; you'll see it within 3 days. I'll email you tomorrow to confirm."},
}

// seedDemo plays and stores a few sessions per demo trainee, a day apart.
func seedDemo(s history.Store, g ui.Grader, lib []*scenarios.Scenario) error {
	ctx := context.Background()
	start := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	for ti, name := range demoTrainees {
		for k, off := range demoPlan {
			sc := lib[(2*ti+off)%len(lib)]
			level := demoLevels[ti][k]
			t := playDemo(sc, demoAgentLines[level])
			rep := demoReport(t, sc, g, ti, k)
			at := start.AddDate(0, 0, 2*k+ti).Add(time.Duration(k*ti) * time.Hour)
			if err := storeDemo(ctx, s, name, sc, t, rep, at); err != nil {
				return err
			}
		}
	}
	return nil
}

func playDemo(sc *scenarios.Scenario, lines []string) scoring.Transcript {
	s := sim.NewSession(sc, sim.Options{Clock: func() time.Duration { return 20 * time.Second }})
	ctx := context.Background()
	s.Open(ctx)
	for i, l := range lines {
		var act *scoring.Action
		if i == len(lines)-1 && len(sc.Authority) > 0 {
			a := sc.Authority[0]
			act = &scoring.Action{Kind: a.Kind, Amount: a.Max * 0.8, Currency: a.Currency, To: a.To, Within: a.Within}
		}
		if _, err := s.Submit(ctx, l, act); err != nil || s.Ending() != sim.Ongoing {
			break
		}
	}
	if s.Ending() == sim.Ongoing {
		s.Quit()
	}
	return s.Transcript()
}

// demoReport scores with the real grader when there is one; otherwise it makes a
// clearly synthetic report whose numbers only give the demo charts a shape.
func demoReport(t scoring.Transcript, sc *scenarios.Scenario, g ui.Grader, ti, k int) scoring.Report {
	if g != nil {
		if rep, err := g.Score(t, sc); err == nil {
			return rep
		}
	}
	rep := scoring.Report{Scenario: sc.ID, RubricVersion: "demo", Ending: t.Ending,
		Dimensions: map[scoring.Dimension]scoring.DimensionScore{}}
	total := 0
	for i, d := range scoring.Dimensions {
		v := min(45+7*k+5*ti-4*i+3*((k+i)%3), 98)
		ev := []scoring.Evidence{{Turn: 1, Quote: "I'll see what I can do", Rule: "vague-promise", Points: -4 - i}}
		rep.Dimensions[d] = scoring.DimensionScore{Score: v, Weight: 0.25, Evidence: ev}
		total += v
	}
	rep.Total = total / 4
	rep.Outcomes = scoring.Outcomes{Relief: rep.Total > 55, Clarity: rep.Total > 60, Fairness: rep.Total > 65, Confidence: rep.Total > 70}
	rep.Satisfaction = scoring.Satisfaction{Estimate: rep.Total, Baseline: sc.BaselineSatisfaction, Paradox: rep.Total > sc.BaselineSatisfaction}
	return rep
}

func storeDemo(ctx context.Context, s history.Store, name string, sc *scenarios.Scenario, t scoring.Transcript, rep scoring.Report, at time.Time) error {
	id, err := s.BeginSession(ctx, history.SessionMeta{Trainee: name, ScenarioID: sc.ID, ScenarioHash: sc.Hash,
		ScenarioTitle: sc.Title, RubricVersion: rep.RubricVersion, Voice: "scripted", StartedAt: at})
	if err != nil {
		return err
	}
	for i, turn := range t.Turns {
		if err := s.AppendTurn(ctx, id, i, turn); err != nil {
			return err
		}
	}
	return s.FinishSession(ctx, id, rep.Ending, &rep, at.Add(4*time.Minute))
}
