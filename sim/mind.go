package sim

import (
	"strings"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// mind is the simulated customer's inner state: how they feel, what they have
// been given, and what they remember about how the agent has behaved so far.
// It changes only through advance, so a replay of the same turns rebuilds it exactly.
type mind struct {
	state  State
	ending Ending
	ledger *scenarios.Ledger
	// apologies counts turns that apologised; apologyStreak counts consecutive
	// apologies that moved nothing forward.
	apologies, apologyStreak int
	acknowledged             bool
	fairReached              bool
	demandedManager          bool
	// accepted is set once the customer has accepted a remedy; the agent's next
	// turn closes the session.
	accepted      bool
	lastAgentText string
	lastLine      string
}

func newMind(sc *scenarios.Scenario) mind {
	m := sc.Customer.Mood
	return mind{
		state:  clampState(State{Frustration: m.Frustration, Trust: m.Trust, Patience: m.Patience}),
		ledger: scenarios.NewLedger(sc),
	}
}

// outcome is what one agent turn did to the customer.
type outcome struct {
	state   State
	why     []string
	beat    string
	ending  Ending
	refused string
	markers []scoring.Marker
	isGiven bool
}

// step is the outcome as a line of the mood trace.
func (o outcome) step(agentIndex int) Step {
	return Step{AgentIndex: agentIndex, State: o.state, Why: o.why, Beat: o.beat, Refused: o.refused}
}

// recordResult writes on the agent turn's action whether the system performed
// or refused it, so the transcript carries the simulator's own record.
func (o outcome) recordResult(agent *scoring.Turn) {
	if agent.Action == nil {
		return
	}
	a := *agent.Action
	a.Result = scoring.ActionRefused
	if o.isGiven {
		a.Result = scoring.ActionPerformed
	}
	agent.Action = &a
}

// given is the agent turn as far as its action counted: without the action when
// the system refused it.
func (o outcome) given(agent scoring.Turn) scoring.Turn {
	if !o.isGiven {
		agent.Action = nil
	}
	return agent
}

// advance applies one agent turn: checks its action against the authority card,
// reads what the words did, fires the reactions, and decides the ending and the beat.
// lastCustomerAt is when the customer last spoke, to measure their wait.
func (md *mind) advance(sc *scenarios.Scenario, agent scoring.Turn, lastCustomerAt int64) outcome {
	analysis := scoring.AnalyzeTurn(agent)
	m := move{analysis: analysis, action: agent.Action, waitMS: agent.AtMS - lastCustomerAt, channel: sc.Channel, repeatFailure: sc.Failure.Repeat}
	md.applyAction(sc, &m)
	// Words about an action the system just refused are answered by the refusal.
	if c, ok := scoring.ClaimedRemedy(agent.Text, analysis); ok && m.refused == "" && !c.Backed(md.ledger.Has) {
		m.claimUnseen = true
	}
	md.remember(sc, &m, agent.Text)
	state, why := react(md.state, &m)
	if md.asksForManager(state, &m) {
		m.demandManager, md.demandedManager = true, true
	}
	escalated := m.given && m.action.Kind == "escalate"
	md.ending, m.accepts = decideEnding(sc, state, md.ledger, escalated, md.accepted)
	if md.accepted || m.accepts {
		// A customer who has accepted stays for the closing turn: patience no
		// longer runs out (only anger past the hang-up point ends it now).
		state.Patience = max(state.Patience, 1)
	}
	md.state = state
	md.accepted = md.accepted || m.accepts
	return outcome{
		state: state, why: why, beat: chooseBeat(sc, &m, md.ending), ending: md.ending,
		refused: m.refused, markers: analysis.Markers, isGiven: m.given,
	}
}

// asksForManager: an angry customer close to giving up asks for a manager, once,
// unless the agent has just given them something.
func (md *mind) asksForManager(st State, m *move) bool {
	return !m.given && !md.demandedManager && st.Band() == "angry" &&
		st.Patience > 0 && st.Patience <= demandManagerPatience
}

// applyAction gives an allowed action or records why the system refused it.
func (md *mind) applyAction(sc *scenarios.Scenario, m *move) {
	if m.action == nil {
		return
	}
	if _, why := md.ledger.Give(m.action.Grant()); why != "" {
		m.refused = why
		return
	}
	m.given = true
	if !md.fairReached && sc.ReachesFloor(md.ledger.Value()) {
		m.fairReached, md.fairReached = true, true
	}
}

// remember updates what the customer recalls about the agent's manner: the first
// acknowledgement, apology streaks and repeated words.
func (md *mind) remember(sc *scenarios.Scenario, m *move, text string) {
	m.reask = asksOnFile(m.analysis, sc)
	if m.acknowledged() && !md.acknowledged {
		m.firstAck, md.acknowledged = true, true
	}
	if m.apologised() {
		md.apologies++
	}
	if m.apologised() && !m.progressed() {
		md.apologyStreak++
	} else {
		md.apologyStreak = 0
	}
	m.apologies, m.apologyStreak = md.apologies, md.apologyStreak
	norm := strings.Join(strings.Fields(strings.ToLower(text)), " ")
	m.repeated = norm != "" && norm == md.lastAgentText
	md.lastAgentText = norm
}
