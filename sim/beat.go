package sim

import (
	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// chooseBeat picks the beat the customer answers with: the ending first, then the
// trainee's strongest move, from what matters most to the customer to what matters
// least. The scenario's fallbacks (scenarios.BeatFallback) then find a beat it defines.
func chooseBeat(sc *scenarios.Scenario, m *move, end Ending) string {
	return sc.ResolveBeat(wantedBeat(m, end))
}

// wantedBeat is the beat the move calls for before fallbacks.
func wantedBeat(m *move, end Ending) string {
	switch end {
	case Resolved:
		return "on_resolved"
	case HungUp:
		return "on_hang_up"
	case Escalated:
		return "on_escalate"
	}
	if m.accepts {
		return "on_accepted"
	}
	for _, rule := range beatRules {
		if rule.when(m) {
			return rule.beat
		}
	}
	return "on_stall"
}

// beatRules map a move to a beat, first match wins. An angry customer close to
// giving up demands a manager unless the agent has just acted.
var beatRules = []struct {
	beat string
	when func(m *move) bool
}{
	{"on_refused", func(m *move) bool { return m.refused != "" }},
	{"on_claim_unseen", func(m *move) bool { return m.claimUnseen }},
	{"on_action", func(m *move) bool { return m.given }},
	{"on_demand_manager", func(m *move) bool { return m.demandManager }},
	{"on_blame", func(m *move) bool { return m.has(scoring.MarkBlame) }},
	{"on_reask", func(m *move) bool { return m.reask }},
	{"on_policy", func(m *move) bool { return m.has(scoring.MarkPolicy) }},
	{"on_hedge", func(m *move) bool { return m.has(scoring.MarkHedge) }},
	{"on_jargon", func(m *move) bool { return m.has(scoring.MarkJargon) }},
	{"on_commitment", func(m *move) bool { return m.committed() }},
	{"on_empathy", func(m *move) bool { return m.acknowledged() || m.has(scoring.MarkReflects) }},
	{"on_apology_only", func(m *move) bool { return m.apologised() }},
	{"on_question", func(m *move) bool { return m.askedRealQuestion() }},
}
