package sim

import (
	"slices"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// Acceptance thresholds: the customer accepts a remedy only once their frustration
// has fallen this low. A repeat failure needs a calmer customer.
const (
	acceptFrustration       = 55
	acceptFrustrationRepeat = 45
	// hangUpFrustration ends the session however much patience is left.
	hangUpFrustration = scoring.HangUpFrustration
	// demandManagerPatience: an angry customer this close to giving up asks for a manager.
	demandManagerPatience = 2
)

// decideEnding says how the session ends after an agent turn, or Ongoing, and
// whether the customer accepts the remedy on this turn. An escalation the card
// allows ends it first: the case has left the trainee. A customer who accepts
// closes as people do ("Anything else I should know?"), and the agent's next
// turn, the closing turn, resolves the session, unless it angers the customer
// past the hang-up point.
func decideEnding(sc *scenarios.Scenario, st State, l *scenarios.Ledger, escalated, accepted bool) (end Ending, acceptsNow bool) {
	switch {
	case escalated:
		return Escalated, false
	case accepted && st.Frustration >= hangUpFrustration:
		return HungUp, false
	case accepted:
		return Resolved, false
	case accepts(sc, st, l):
		return Ongoing, true
	case st.Frustration >= hangUpFrustration || st.Patience <= 0:
		return HungUp, false
	}
	return Ongoing, false
}

// accepts: the customer is calm enough, has received a fair remedy within the
// agent's authority, and has every action they want that the card can give.
// Words alone never resolve a session: something must have been given.
func accepts(sc *scenarios.Scenario, st State, l *scenarios.Ledger) bool {
	limit := acceptFrustration
	if sc.Failure.Repeat {
		limit = acceptFrustrationRepeat
	}
	return st.Frustration <= limit && len(l.Given()) > 0 && sc.ReachesFloor(l.Value()) && keyWantsMet(sc, l)
}

// keyWantsMet: every wanted action kind that is on the authority card was given.
// Escalation is left out (it ends the session by itself), and so are wants that are
// feelings (acknowledgement, assurance…): the reactions table rewards those.
func keyWantsMet(sc *scenarios.Scenario, l *scenarios.Ledger) bool {
	for _, w := range KeyWants(sc) {
		if !l.Has(w) {
			return false
		}
	}
	return true
}

// KeyWants are the customer's wants a session must meet to resolve: the wanted
// action kinds the authority card can give, escalation aside.
func KeyWants(sc *scenarios.Scenario) []string {
	var keys []string
	for _, w := range sc.Customer.Wants {
		if w == "escalate" || !slices.Contains(scenarios.ActionKinds, w) {
			continue
		}
		if _, onCard := sc.AuthorityFor(w); onCard {
			keys = append(keys, w)
		}
	}
	return keys
}
