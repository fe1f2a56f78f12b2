package sim

import (
	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// normaliseAction fills an omitted currency and escalation details from the
// authority card, so the transcript records what was actually offered.
func normaliseAction(sc *scenarios.Scenario, a scoring.Action) scoring.Action {
	if card, ok := sc.AuthorityFor(a.Kind); ok {
		if a.Currency == "" && scenarios.IsMoney(a.Kind) {
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
