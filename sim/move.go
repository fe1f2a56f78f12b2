package sim

import (
	"strings"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// move is everything the reaction rules may look at about one agent turn: what its
// words did (the analysis), what its action did, how long the customer waited, and
// how it repeats what came before.
type move struct {
	analysis scoring.Analysis
	action   *scoring.Action
	// given is true when the action was allowed; refused explains a refusal.
	given   bool
	refused string
	// waitMS is how long the customer waited since their last line, on channel
	// (chat or phone), which sets how long is too long.
	waitMS  int64
	channel string
	// apologies counts the agent turns so far, this one included, that apologised.
	apologies int
	// apologyStreak counts consecutive agent turns, this one included, that
	// apologised without moving the case forward.
	apologyStreak int
	// repeated is true when the agent sent the same words as last turn.
	repeated bool
	// reask is true when the agent asked for a detail the case already holds.
	reask bool
	// firstAck is true for the first turn that owns the mistake or names the cost.
	firstAck bool
	// fairReached is true on the turn the remedy first reaches the fair floor.
	fairReached bool
	// demandManager is true on the one turn the customer asks for a manager.
	demandManager bool
	// claimUnseen is true when the words say a remedy was given that no
	// performed action stands behind: the customer sees nothing.
	claimUnseen bool
	// accepts is true on the turn the customer accepts the remedy and asks what
	// else to know, before the agent's closing turn.
	accepts bool
	// repeatFailure is the scenario's repeat flag: harder to calm.
	repeatFailure bool
}

func (m *move) has(k scoring.MarkerKind) bool { return m.analysis.Has(k) }

// apologised: the words apologise at least once.
func (m *move) apologised() bool { return m.has(scoring.MarkApology) }

// acknowledged: the words own the mistake or name this customer's cost.
func (m *move) acknowledged() bool {
	return m.has(scoring.MarkOwnsMistake) || m.has(scoring.MarkAcknowledgesCost)
}

// committed: the words give a time, a next step or a concrete action in progress.
// A remedy claimed but not performed is not a step in progress.
func (m *move) committed() bool {
	return m.has(scoring.MarkTimeCommitment) || (m.has(scoring.MarkConcreteAction) && !m.claimUnseen) || m.has(scoring.MarkFollowUp)
}

// progressed: the turn moved the case forward, by an allowed action or a commitment.
// Words about an action the system just refused are not progress.
func (m *move) progressed() bool {
	return m.given || (m.committed() && m.refused == "")
}

// emptyApology: apologised and did nothing else useful.
func (m *move) emptyApology() bool {
	return m.apologised() && !m.progressed() && !m.acknowledged() && !m.has(scoring.MarkQuestion)
}

// stalled: vague promises or scripted filler with no progress.
func (m *move) stalled() bool {
	return (m.has(scoring.MarkVague) || m.has(scoring.MarkFiller)) && !m.progressed()
}

// askedRealQuestion: an open question, or a request for a detail the case lacks.
func (m *move) askedRealQuestion() bool {
	return m.has(scoring.MarkQuestion) || (m.has(scoring.MarkAsksInfo) && !m.reask)
}

// asksOnFile reports whether an asks-info marker names something the case already
// holds (failure.on_file), for example "order number".
func asksOnFile(a scoring.Analysis, sc *scenarios.Scenario) bool {
	for _, mk := range a.Markers {
		if mk.Kind == scoring.MarkAsksInfo && namesKnownDetail(mk, sc.Failure.OnFile) {
			return true
		}
	}
	return false
}

// namesKnownDetail: the marker's words or detail mention one of the known details.
func namesKnownDetail(mk scoring.Marker, known []string) bool {
	asked := strings.ToLower(mk.Text + " " + mk.Detail)
	detail := strings.ToLower(strings.TrimSpace(mk.Detail))
	for _, k := range known {
		k = strings.ToLower(strings.TrimSpace(k))
		if k == "" {
			continue
		}
		if strings.Contains(asked, k) || (detail != "" && strings.Contains(k, detail)) {
			return true
		}
	}
	return false
}
