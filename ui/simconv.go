package ui

import (
	"context"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// simConversation presents a sim.Session as the Conversation the screens drive.
type simConversation struct{ s *sim.Session }

// NewSimConversation wraps a simulator session for the Practice and Author screens.
func NewSimConversation(s *sim.Session) Conversation { return simConversation{s} }

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
