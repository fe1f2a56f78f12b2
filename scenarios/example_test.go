package scenarios_test

import (
	"fmt"
	"os"

	"github.com/turnaround-app/turnaround/scenarios"
)

// Parse reports every problem in a file with its line and column, top to bottom.
func ExampleParse() {
	data, err := os.ReadFile("../testdata/lint/several-problems-in-order.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	_, diags := scenarios.Parse("case.yaml", data)
	for _, d := range diags {
		fmt.Println(d)
	}
	// Output:
	// case.yaml:5:13: difficulty 9 is out of range; use 1 to 5
	// case.yaml:6:10: channel "fax" is not a known channel; use one of: chat, phone
	// case.yaml:7:1: unknown key "colour" in the scenario; known keys: id, title, brief, difficulty, channel, failure, customer, authority, fair_remedy, baseline_satisfaction, weights, beats
	// case.yaml:20:48: customer.mood.patience 0 is out of range; use 1 to 20
	// case.yaml:27:20: fair_remedy.min 90 is above what the authority card can give (25 refund + 15 credit + 2 follow-up = 42)
	// case.yaml:40:7: empty customer line in beats.on_action[0]; write what the customer says or remove the line
}

// Fill puts the scenario's own details into a customer line.
func ExampleFill() {
	s, diags := scenarios.ParseFile("testdata/valid/late-delivery-anniversary.yaml")
	if len(diags) > 0 {
		fmt.Println(diags)
		return
	}
	line := s.Beats["on_action"][1].Text
	fmt.Println(scenarios.Fill(s, line, map[string]string{"amount": "25"}))
	// Output:
	// 25 USD back. Fine. When?
}

// A scenario that leaves an optional beat out answers with the beat it falls back to.
func ExampleScenario_ResolveBeat() {
	s, _ := scenarios.Load("testdata/valid/late-delivery-anniversary.yaml", nil)
	fmt.Println(s.ResolveBeat("on_policy"), s.ResolveBeat("on_empathy"))
	// Output:
	// on_hedge on_empathy
}
