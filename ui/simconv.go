package ui

import (
	"context"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// simConversation presents a sim.Session as the Conversation the screens drive.
// It records nothing; a recorded conversation wraps it.
type simConversation struct{ s *sim.Session }

// NewSimConversation wraps a simulator session, unrecorded, for the Author
// screen's play-tests and for recorded conversations to build on.
func NewSimConversation(s *sim.Session) Conversation { return simConversation{s} }

// Finish implements Conversation: an unrecorded session has nothing to store.
func (c simConversation) Finish(context.Context, *scoring.Report) error { return nil }

// HistoryProblem implements Conversation: an unrecorded session has none.
func (c simConversation) HistoryProblem() string { return "" }

// MarkPractice implements Conversation: an unrecorded session keeps no mode.
func (c simConversation) MarkPractice(context.Context) error { return nil }

// AddHint implements Conversation: an unrecorded session keeps no hints.
func (c simConversation) AddHint(context.Context, scoring.Hint) error { return nil }

// Open implements Conversation by delegating to the simulator session.
func (c simConversation) Open(ctx context.Context) (scoring.Turn, error) { return c.s.Open(ctx) }

// Submit implements Conversation by delegating to the simulator session.
func (c simConversation) Submit(ctx context.Context, text string, a *scoring.Action) (Exchange, error) {
	r, err := c.s.Submit(ctx, text, a)
	if err != nil {
		return Exchange{}, err
	}
	ex := Exchange{Agent: r.Agent, Notes: r.Notes}
	if r.CustomerIndex >= 0 {
		ex.Customer = r.Customer
	}
	return ex, nil
}

// State implements Conversation by delegating to the simulator session.
func (c simConversation) State() sim.State { return c.s.State() }

// Band implements Conversation by delegating to the simulator session.
func (c simConversation) Band() string { return c.s.State().Band() }

// Ending implements Conversation by delegating to the simulator session.
func (c simConversation) Ending() sim.Ending { return c.s.Ending() }

// Transcript implements Conversation by delegating to the simulator session.
func (c simConversation) Transcript() scoring.Transcript { return c.s.Transcript() }

// Quit implements Conversation by delegating to the simulator session.
func (c simConversation) Quit() { c.s.Quit() }

// Fork implements Conversation by delegating to the simulator session.
func (c simConversation) Fork(at int) (Conversation, error) {
	f, err := c.s.Fork(at)
	if err != nil {
		return nil, err
	}
	return simConversation{f}, nil
}
