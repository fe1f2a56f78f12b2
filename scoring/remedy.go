package scoring

import (
	"slices"

	"github.com/turnaround-app/turnaround/scenarios"
)

// goodwillKinds compensate the inconvenience; fixKinds only repair the failure.
var (
	goodwillKinds = []string{"refund", "credit", "discount", "waive-fee"}
	fixKinds      = []string{"replacement", "expedite", "restore", "reactivate"}
)

// remedyResult is what the agent's structured actions gave the customer, judged
// by the authority card's own arithmetic (scenarios.Ledger), as the simulator judges it.
type remedyResult struct {
	// value is everything received within authority; goodwill is the part that
	// compensates rather than fixes.
	value, goodwill float64
	fixed           bool
	// ledger is the card's record of what was given, for GivenIn.
	ledger *scenarios.Ledger
	// performed marks turns whose action was performed; over holds, per turn, the
	// card's refusal of an action beyond it ("" when there is none).
	performed []bool
	over      []string
	// falseResult is the first turn recording as performed an action the card
	// refuses (-1 when none), and falseWhy the card's reason.
	falseResult int
	falseWhy    string
	// lastTurn is the last turn that compensated or fixed (-1 when none);
	// floorTurn is the turn at which the value first reached the fair floor (-1
	// when never); escalatedTurn is the first performed escalation (-1 when none).
	lastTurn, floorTurn, escalatedTurn int
}

// Given is what a customer received in a session: the value within authority, in
// the scenario's currency, and the action kinds performed, in the order first performed.
type Given struct {
	Value float64
	Kinds []string
}

// GivenIn is what the customer received in a transcript, judged by the authority
// card as the simulator judges it: an action recorded as refused, or one the card
// refuses, gives nothing.
func GivenIn(t Transcript, sc *scenarios.Scenario) Given {
	r := assessRemedy(t, sc)
	return Given{Value: r.value, Kinds: r.ledger.Given()}
}

// RemedyValue is what the customer actually received within the trainee's
// authority, in the scenario's currency (GivenIn's value).
func RemedyValue(t Transcript, sc *scenarios.Scenario) float64 {
	return assessRemedy(t, sc).value
}

// assessRemedy walks the agent's structured actions through the card's ledger.
func assessRemedy(t Transcript, sc *scenarios.Scenario) remedyResult {
	n := len(t.Turns)
	r := remedyResult{performed: make([]bool, n), over: make([]string, n), falseResult: -1, lastTurn: -1, floorTurn: -1, escalatedTurn: -1}
	ledger := scenarios.NewLedger(sc)
	for i, turn := range t.Turns {
		a := turn.Action
		if turn.Role != RoleAgent || a == nil {
			continue
		}
		if a.Result == ActionRefused {
			r.over[i] = ledger.Refusal(a.Grant())
			continue
		}
		worth, refusal := ledger.Give(a.Grant())
		if refusal != "" {
			r.over[i] = refusal
			if a.Result == ActionPerformed && r.falseResult < 0 {
				r.falseResult, r.falseWhy = i, ledger.Check(a.Grant())
			}
			continue
		}
		r.performed[i] = true
		switch {
		case slices.Contains(goodwillKinds, a.Kind):
			r.goodwill += worth
			r.lastTurn = i
		case slices.Contains(fixKinds, a.Kind):
			r.fixed = true
			r.lastTurn = i
		case a.Kind == "escalate" && r.escalatedTurn < 0:
			r.escalatedTurn = i
		}
		if r.floorTurn < 0 && sc.ReachesFloor(ledger.Value()) {
			r.floorTurn = i
		}
	}
	r.value, r.ledger = ledger.Value(), ledger
	return r
}

// largestCeiling is the highest money ceiling on the card (0 when there is none).
func largestCeiling(sc *scenarios.Scenario) float64 {
	best := 0.0
	for _, a := range sc.Authority {
		if scenarios.IsMoney(a.Kind) && a.Max > best {
			best = a.Max
		}
	}
	return best
}
