package scoring

import (
	"fmt"
	"slices"

	"github.com/turnaround-app/turnaround/scenarios"
)

// goodwillKinds compensate the inconvenience; fixKinds only repair the failure.
var (
	goodwillKinds = []string{"refund", "credit", "discount", "waive-fee"}
	fixKinds      = []string{"replacement", "expedite", "restore", "reactivate"}
)

// repeatFloorFactor is how much more than a first failure's fair floor a repeat
// failure needs: trust broken twice costs more to rebuild.
const repeatFloorFactor = 1.25

// remedyResult is what the agent's structured actions gave the customer.
type remedyResult struct {
	// value is everything received within authority; goodwill is the part that
	// compensates rather than fixes.
	value, goodwill float64
	fixed           bool
	// allowed marks turns whose action the card allows; over explains, per turn,
	// why an action went beyond the card ("" when it did not).
	allowed []bool
	over    []string
	// lastTurn is the last turn that compensated or fixed (-1 when none);
	// floorTurn is the turn at which the value first reached the fair floor (-1 when never).
	lastTurn, floorTurn int
}

// RemedyValue is what the customer actually received within the trainee's
// authority, in the scenario's currency: money actions up to their ceilings plus
// the card's value of each other action kind, counted once. An action beyond the
// card is refused by the system and is worth nothing.
func RemedyValue(t Transcript, sc *scenarios.Scenario) float64 {
	return assessRemedy(t, sc).value
}

// fairFloor is the least remedy that is fair for this scenario.
func fairFloor(sc *scenarios.Scenario) float64 {
	if sc.Failure.Repeat {
		return sc.FairRemedy.Min * repeatFloorFactor
	}
	return sc.FairRemedy.Min
}

// assessRemedy walks the agent's structured actions against the authority card.
func assessRemedy(t Transcript, sc *scenarios.Scenario) remedyResult {
	n := len(t.Turns)
	r := remedyResult{allowed: make([]bool, n), over: make([]string, n), lastTurn: -1, floorTurn: -1}
	spent := map[string]float64{}
	counted := map[string]bool{}
	floor := fairFloor(sc)
	for i, turn := range t.Turns {
		a := turn.Action
		if turn.Role != RoleAgent || a == nil {
			continue
		}
		worth, why := actionWorth(*a, sc, spent, counted)
		if why != "" {
			r.over[i] = why
			continue
		}
		r.allowed[i] = true
		r.value += worth
		if slices.Contains(goodwillKinds, a.Kind) {
			r.goodwill += worth
			r.lastTurn = i
		}
		if slices.Contains(fixKinds, a.Kind) {
			r.fixed = true
			r.lastTurn = i
		}
		if r.floorTurn < 0 && floor > 0 && r.value >= floor {
			r.floorTurn = i
		}
	}
	return r
}

// actionWorth values one action, or says why the card does not allow it.
func actionWorth(a Action, sc *scenarios.Scenario, spent map[string]float64, counted map[string]bool) (float64, string) {
	card, ok := sc.AuthorityFor(a.Kind)
	if !ok {
		return 0, fmt.Sprintf("%s is not on the authority card", a.Kind)
	}
	if slices.Contains(scenarios.MoneyActions, a.Kind) {
		if card.Max > 0 && spent[a.Kind]+a.Amount > card.Max {
			return 0, fmt.Sprintf("%s of %s takes the total past the %s ceiling",
				a.Kind, scenarios.Money(a.Amount, a.Currency), scenarios.Money(card.Max, card.Currency))
		}
		spent[a.Kind] += a.Amount
		return a.Amount, ""
	}
	if counted[a.Kind] {
		return 0, ""
	}
	counted[a.Kind] = true
	return card.Value, ""
}

// largestCeiling is the highest money ceiling on the card (0 when there is none).
func largestCeiling(sc *scenarios.Scenario) float64 {
	best := 0.0
	for _, a := range sc.Authority {
		if slices.Contains(scenarios.MoneyActions, a.Kind) && a.Max > best {
			best = a.Max
		}
	}
	return best
}
