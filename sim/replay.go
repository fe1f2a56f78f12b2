package sim

import (
	"fmt"
	"slices"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// Replay rebuilds a session from stored turns, for example to resume after a crash.
// Agent turns are played through the same rules as Submit; customer turns are kept
// as recorded. When the transcript stops after an agent turn, the customer's reply
// is written from the script with a note, so the trainee can go on. Replay reports
// no events: the caller already has the turns. The clock continues from the last
// recorded turn.
func Replay(sc *scenarios.Scenario, t scoring.Transcript, opts Options) (*Session, error) {
	if t.Scenario != "" && t.Scenario != sc.ID {
		return nil, fmt.Errorf("replay: the transcript is for scenario %q, not %q", t.Scenario, sc.ID)
	}
	if len(t.Turns) == 0 || t.Turns[0].Role != scoring.RoleCustomer {
		return nil, fmt.Errorf("replay: turn 0 must be the customer's opening line")
	}
	listener := opts.OnEvent
	opts.OnEvent = nil
	s := NewSession(sc, opts)
	s.timing = t.Timing
	for i, turn := range t.Turns {
		if err := s.replayTurn(i, cloneTurn(turn)); err != nil {
			return nil, err
		}
	}
	s.baseMS = t.Turns[len(t.Turns)-1].AtMS
	s.answerLastTurn()
	s.opts.OnEvent = listener
	return s, nil
}

// replayTurn adds one stored turn, replaying the rules for an agent turn.
func (s *Session) replayTurn(i int, turn scoring.Turn) error {
	switch turn.Role {
	case scoring.RoleCustomer:
		s.opened = true
		s.mind.lastLine = turn.Text
		s.turns = append(s.turns, turn)
	case scoring.RoleAgent:
		if s.mind.ending != Ongoing {
			return fmt.Errorf("replay: turn %d comes after the session ended (%s)", i, s.mind.ending)
		}
		if turn.Text == "" && turn.Action == nil {
			return fmt.Errorf("replay: agent turn %d has neither text nor an action", i)
		}
		out := s.mind.advance(s.sc, turn, s.lastCustomerAt())
		out.recordResult(&turn)
		s.turns = append(s.turns, turn)
		s.trace = append(s.trace, out.step(i))
		s.pending = &out
	default:
		return fmt.Errorf("replay: turn %d has role %q; want customer or agent", i, turn.Role)
	}
	if turn.Role == scoring.RoleCustomer {
		s.pending = nil
	}
	return nil
}

// answerLastTurn writes the customer's scripted reply to a final agent turn that
// has none, so a resumed session is the customer's turn no longer.
func (s *Session) answerLastTurn() {
	if s.pending == nil {
		return
	}
	out := *s.pending
	s.pending = nil
	agent := s.turns[len(s.turns)-1]
	given := out.given(agent)
	line := pickLine(s.sc, lineChoice{beat: out.beat, band: s.mind.state.Band(), after: actionKind(given), turn: len(s.trace), last: s.mind.lastLine})
	turn := s.customerTurn(scenarios.Fill(s.sc, line, fillVars(given.Action)), "reply rebuilt from the scenario script after a resume")
	s.turns = append(s.turns, turn)
}

// Fork starts a new session that keeps turns [0, atTurn) of this one, replayed to
// rebuild the customer's state, so a trainee can try a turn again: fork at an agent
// turn's index to write that turn differently. When the kept turns end with an agent
// turn, the fork answers it from the script, as Replay does. The original session
// is not changed.
func (s *Session) Fork(atTurn int) (*Session, error) {
	if atTurn < 1 || atTurn > len(s.turns) {
		return nil, fmt.Errorf("fork: turn %d is outside 1..%d (the opening line is always kept)", atTurn, len(s.turns))
	}
	return Replay(s.sc, scoring.Transcript{Scenario: s.sc.ID, Turns: s.turns[:atTurn], Timing: s.timing}, s.opts)
}

// Transcript returns a copy of the conversation so far, with the ending once there is one.
func (s *Session) Transcript() scoring.Transcript {
	turns := make([]scoring.Turn, len(s.turns))
	for i, t := range s.turns {
		turns[i] = cloneTurn(t)
	}
	return scoring.Transcript{Scenario: s.sc.ID, Turns: turns, Ending: string(s.mind.ending), Timing: s.timing}
}

// Trace returns the customer's state after each agent turn, with the reactions that fired.
func (s *Session) Trace() []Step {
	trace := make([]Step, len(s.trace))
	for i, st := range s.trace {
		st.Why = slices.Clone(st.Why)
		trace[i] = st
	}
	return trace
}

// State is the customer's current state.
func (s *Session) State() State { return s.mind.state }

// Ending is how the session ended, or Ongoing.
func (s *Session) Ending() Ending { return s.mind.ending }

// Scenario is the scenario being played.
func (s *Session) Scenario() *scenarios.Scenario { return s.sc }

// Turns is the number of turns so far, the opening line included.
func (s *Session) Turns() int { return len(s.turns) }

// Given is the remedy value the customer has received within authority so far.
func (s *Session) Given() float64 { return s.mind.ledger.Value() }

// GivenKinds lists the action kinds performed so far, in the order first performed.
func (s *Session) GivenKinds() []string { return s.mind.ledger.Given() }

// cloneTurn copies a turn so its action and mood pointers are not shared.
func cloneTurn(t scoring.Turn) scoring.Turn {
	if t.Action != nil {
		a := *t.Action
		t.Action = &a
	}
	if t.Mood != nil {
		m := *t.Mood
		t.Mood = &m
	}
	return t
}
