package sim

import "github.com/turnaround-app/turnaround/scoring"

// EventKind says what an Event reports.
type EventKind int

// The events a session reports through Options.OnEvent, in the order they happen
// within one agent turn: the agent's Turn, any Note, the State change, the reply's
// Tokens, the customer's Turn, and Ended when the session finished.
const (
	EventTurn EventKind = iota
	EventToken
	EventState
	EventNote
	EventEnded
)

// String names the kind for traces and logs.
func (k EventKind) String() string {
	switch k {
	case EventTurn:
		return "turn"
	case EventToken:
		return "token"
	case EventState:
		return "state"
	case EventNote:
		return "note"
	case EventEnded:
		return "ended"
	}
	return "unknown"
}

// Event is one thing that happened in a session. Which fields are set depends on Kind:
// Turn and Index for EventTurn (Index is the turn's position in the transcript);
// State and Why for EventState (Why names the reactions that fired, in table order);
// Note for EventNote; Piece for EventToken; Ending for EventEnded. Index is set on
// every event to the transcript turn it belongs to.
type Event struct {
	Kind   EventKind
	Index  int
	Turn   scoring.Turn
	State  State
	Why    []string
	Ending Ending
	Note   string
	Piece  string
}

// Reply is the outcome of one agent turn: the turns as recorded, the customer's new
// state, the beat the reply came from and the session's ending (Ongoing while it goes on).
// Refused explains an action the simulated system refused ("" when none); Notes are
// everything the system said about the turn; Why names the reactions that fired.
// Customer is the zero Turn (and CustomerIndex -1) when the session has no reply,
// as after Quit.
type Reply struct {
	Agent, Customer           scoring.Turn
	AgentIndex, CustomerIndex int
	State                     State
	Why                       []string
	Beat                      string
	Ending                    Ending
	Refused                   string
	Notes                     []string
	Markers                   []scoring.Marker
}
