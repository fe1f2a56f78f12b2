package sim

import "github.com/turnaround-app/turnaround/scoring"

// State is the customer's state at one moment. Frustration and Trust run 0..100;
// Patience counts the agent turns left before the customer gives up.
type State struct {
	Frustration int `json:"frustration"`
	Trust       int `json:"trust"`
	Patience    int `json:"patience"`
}

// Ending says how a session finished; the zero value means it is still going.
type Ending string

// The four endings of a session.
const (
	Ongoing   Ending = ""
	Resolved  Ending = scoring.EndingResolved
	Escalated Ending = scoring.EndingEscalated
	HungUp    Ending = scoring.EndingHungUp
	Abandoned Ending = scoring.EndingAbandoned
)
