package sim_test

import (
	"context"
	"fmt"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// A session on a built-in scenario: an action beyond the authority card is
// refused; one within it satisfies the customer, who asks what else to know; the
// agent's closing reply resolves the case.
func ExampleSession() {
	sc, err := scenarios.Load("double-charge-streaming", nil)
	if err != nil {
		panic(err)
	}
	elapsed := time.Duration(0)
	s := sim.NewSession(sc, sim.Options{Clock: func() time.Duration { elapsed += 10 * time.Second; return elapsed }})
	ctx := context.Background()
	if _, err := s.Open(ctx); err != nil {
		panic(err)
	}
	r, _ := s.Submit(ctx, "Here's a full month back.", &scoring.Action{Kind: "refund", Amount: 32})
	fmt.Println(r.Refused)
	fmt.Println(r.Why, r.State.Band())
	r, _ = s.Submit(ctx, "That was our mistake. I've refunded the duplicate charge now.", &scoring.Action{Kind: "refund", Amount: 16})
	fmt.Printf("%s: %q\n", r.Beat, r.Customer.Text)
	r, _ = s.Submit(ctx, "It reaches your card within 3 days; I'll check in on Friday.", nil)
	fmt.Println(r.Ending)
	// Output:
	// refund of 32 USD refused: your ceiling is 16 USD
	// [action-refused no-progress] upset
	// on_accepted: "Okay. Anything else I should know?"
	// resolved
}
