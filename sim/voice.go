package sim

import (
	"context"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// VoiceRequest is everything a voice needs to word one customer reply. The state
// and the beat are already decided by the simulator; a voice only words them.
type VoiceRequest struct {
	Scenario *scenarios.Scenario
	// State is the customer's state after the agent's turn.
	State State
	// Beat is the scenario beat the simulator chose ("on_hedge", "on_resolved", …).
	Beat string
	// Agent is the agent turn being answered (zero for the opening line).
	Agent scoring.Turn
	// History is the conversation so far, oldest first, not including the reply.
	History []scoring.Turn
	// Scripted is the scripted line for this beat, already filled in: the fallback
	// every voice may return when it cannot do better.
	Scripted string
}

// TokenFunc receives the reply as it is produced, piece by piece.
type TokenFunc func(piece string)

// Voice words a customer reply. Reply streams pieces through onToken (which may be
// nil) and returns the whole reply; ctx cancels it. A voice never changes the state.
type Voice interface {
	Name() string
	Reply(ctx context.Context, req VoiceRequest, onToken TokenFunc) (string, error)
}
