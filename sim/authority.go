package sim

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// ledger is what the agent has given the customer so far within authority: money per
// action kind (ceilings are per kind, across the session) and the other kinds given.
type ledger struct {
	spent map[string]float64
	given []string
	value float64
}

func newLedger() ledger {
	return ledger{spent: map[string]float64{}}
}

// hasGiven reports whether an action of this kind was given within authority.
func (l ledger) hasGiven(kind string) bool {
	return slices.Contains(l.given, kind)
}

// normaliseAction fills an omitted currency from the authority card, so the
// transcript records what was actually offered.
func normaliseAction(sc *scenarios.Scenario, a scoring.Action) scoring.Action {
	if card, ok := sc.AuthorityFor(a.Kind); ok {
		if a.Currency == "" && isMoney(a.Kind) {
			a.Currency = card.Currency
		}
		if a.Kind == "escalate" {
			if a.To == "" {
				a.To = card.To
			}
			if a.Within == "" {
				a.Within = card.Within
			}
		}
	}
	return a
}

// refusal says why the simulated system refuses an action, or "" when the authority
// card allows it. Money ceilings count everything already given of that kind.
func (l ledger) refusal(sc *scenarios.Scenario, a scoring.Action) string {
	card, ok := sc.AuthorityFor(a.Kind)
	if !ok {
		return fmt.Sprintf("%s refused: it is not on your authority card (you may %s)", a.Kind, cardKinds(sc))
	}
	if !isMoney(a.Kind) {
		return ""
	}
	what := a.Kind + " of " + money(a.Amount, a.Currency)
	switch {
	case a.Amount <= 0:
		return fmt.Sprintf("%s refused: it needs an amount above 0", a.Kind)
	case card.Currency != "" && !strings.EqualFold(a.Currency, card.Currency):
		return fmt.Sprintf("%s refused: your %s ceiling is in %s", what, a.Kind, card.Currency)
	case card.Max > 0 && a.Amount > card.Max:
		return fmt.Sprintf("%s refused: your ceiling is %s", what, money(card.Max, card.Currency))
	case card.Max > 0 && l.spent[a.Kind]+a.Amount > card.Max:
		return fmt.Sprintf("%s refused: %s already given and your ceiling is %s",
			what, money(l.spent[a.Kind], card.Currency), money(card.Max, card.Currency))
	}
	return ""
}

// give records an allowed action and returns what it is worth to the customer:
// money at face value, other kinds at the card's value, each non-money kind once.
func (l *ledger) give(sc *scenarios.Scenario, a scoring.Action) float64 {
	card, _ := sc.AuthorityFor(a.Kind)
	worth := 0.0
	switch {
	case isMoney(a.Kind):
		l.spent[a.Kind] += a.Amount
		worth = a.Amount
	case !l.hasGiven(a.Kind):
		worth = card.Value
	}
	if !l.hasGiven(a.Kind) {
		l.given = append(l.given, a.Kind)
	}
	l.value += worth
	return worth
}

// fairFloor is the least remedy value the customer accepts: the scenario's fair
// minimum, a quarter more after a repeat failure (trust broken twice costs more),
// but never more than the whole authority card can reach.
func fairFloor(sc *scenarios.Scenario) float64 {
	floor := sc.FairRemedy.Min
	if sc.Failure.Repeat {
		floor *= 1.25
	}
	return min(floor, cardReach(sc))
}

// cardReach is the most value the authority card can give in one session.
func cardReach(sc *scenarios.Scenario) float64 {
	total := 0.0
	for _, a := range sc.Authority {
		if isMoney(a.Kind) {
			total += a.Max
		} else {
			total += a.Value
		}
	}
	return total
}

// cardKinds lists the card's action kinds for a refusal message.
func cardKinds(sc *scenarios.Scenario) string {
	kinds := make([]string, len(sc.Authority))
	for i, a := range sc.Authority {
		kinds[i] = a.Kind
	}
	return strings.Join(kinds, ", ")
}

func isMoney(kind string) bool {
	return slices.Contains(scenarios.MoneyActions, kind)
}

// money formats an amount without trailing zeros, with its currency when known.
func money(v float64, currency string) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if currency != "" {
		s += " " + currency
	}
	return s
}
