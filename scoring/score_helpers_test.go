package scoring

import (
	"testing"

	"github.com/turnaround-app/turnaround/scenarios"
)

// goldenDir holds the golden transcripts and their reports, shared with other packages.
const goldenDir = "../testdata/transcripts"

// fixture is the DESIGN.md example scenario, held here so unit tests do not move
// when a trainer edits the built-in library.
func fixture() *scenarios.Scenario {
	return &scenarios.Scenario{
		ID:    "late-delivery-anniversary",
		Title: "The anniversary gift that arrived late",
		Failure: scenarios.Failure{
			Kind: "late-delivery", Severity: 3,
			Facts:  []string{"order #4471 promised for Friday", "arrived Monday", "customer paid express shipping"},
			OnFile: []string{"order number", "delivery address"},
		},
		Customer: scenarios.Customer{Name: "Dana", Mood: scenarios.Mood{Frustration: 70, Trust: 40, Patience: 6}},
		Authority: []scenarios.Authority{
			{Kind: "refund", Max: 25, Currency: "USD"},
			{Kind: "credit", Max: 15, Currency: "USD"},
			{Kind: "escalate", To: "delivery specialist", Within: "24h"},
			{Kind: "follow-up", Value: 2},
			{Kind: "replacement", Value: 0},
		},
		FairRemedy:           scenarios.Range{Min: 12, Max: 40},
		BaselineSatisfaction: 70,
	}
}

// repeatFixture is the same scenario as a second failure.
func repeatFixture() *scenarios.Scenario {
	sc := fixture()
	sc.Failure.Repeat = true
	return sc
}

func cust(ms int64, text string) Turn  { return Turn{Role: RoleCustomer, Text: text, AtMS: ms} }
func agent(ms int64, text string) Turn { return Turn{Role: RoleAgent, Text: text, AtMS: ms} }

// act is an agent turn with a structured action and no words.
func act(ms int64, kind string, amount float64) Turn {
	return Turn{Role: RoleAgent, Action: &Action{Kind: kind, Amount: amount, Currency: "USD"}, AtMS: ms}
}

// conv builds a transcript for the fixture from turns.
func conv(turns ...Turn) Transcript {
	return Transcript{Scenario: "late-delivery-anniversary", Turns: turns}
}

// mustScore scores with the default rubric and fails the test on error.
func mustScore(t testing.TB, tr Transcript, sc *scenarios.Scenario) Report {
	t.Helper()
	rep, err := Score(tr, sc, nil)
	if err != nil {
		t.Fatalf("Score: %v", err)
	}
	return rep
}

// pointsFor sums the points a rule earned across the report.
func pointsFor(rep Report, rule string) (points int, fired bool) {
	for _, d := range rep.Dimensions {
		for _, e := range d.Evidence {
			if e.Rule == rule {
				points += e.Points
				fired = true
			}
		}
	}
	return points, fired
}
