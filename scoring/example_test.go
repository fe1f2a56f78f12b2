package scoring_test

import (
	"fmt"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// ExampleScore scores a short recovery against the built-in anniversary scenario
// and prints the total, one dimension's evidence and the outcomes.
func ExampleScore() {
	sc, err := scenarios.Load("late-delivery-anniversary", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	tr := scoring.Transcript{
		Scenario: sc.ID,
		Turns: []scoring.Turn{
			{Role: scoring.RoleCustomer, Text: "My order was supposed to arrive Friday. It came Monday.", AtMS: 0},
			{Role: scoring.RoleAgent, Text: "We missed the delivery date you paid for. I'm sorry.", AtMS: 15000},
			{Role: scoring.RoleAgent, Text: "I've refunded 20 USD to your card; it arrives within 3 business days.", AtMS: 30000,
				Action: &scoring.Action{Kind: "refund", Amount: 20, Currency: "USD"}},
		},
	}
	rep, err := scoring.Score(tr, sc, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("total:", rep.Total)
	for _, e := range rep.Dimensions[scoring.Fairness].Evidence {
		fmt.Printf("fairness: turn %d %+d %s %q\n", e.Turn, e.Points, e.Rule, e.Quote)
	}
	fmt.Printf("outcomes: %+v\n", rep.Outcomes)
	// Output:
	// total: 74
	// fairness: turn 2 +30 remedy-fits-harm "refund 20 USD"
	// outcomes: {Relief:true Clarity:true Fairness:true Confidence:true}
}
