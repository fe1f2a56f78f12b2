package scoring

import (
	"strings"

	"github.com/turnaround-app/turnaround/scenarios"
)

// Role says who spoke a turn.
type Role string

// The two roles a transcript turn can have.
const (
	RoleCustomer Role = "customer"
	RoleAgent    Role = "agent"
)

// Action is a structured step the trainee took from the authority card.
type Action struct {
	Kind     string  `json:"kind"`
	Amount   float64 `json:"amount,omitempty"`
	Currency string  `json:"currency,omitempty"`
	// To names who an escalation goes to; Within is when they act ("24h").
	To     string `json:"to,omitempty"`
	Within string `json:"within,omitempty"`
	Note   string `json:"note,omitempty"`
	// Result records what the simulated system did with the action: ActionPerformed
	// or ActionRefused. The simulator always writes it; a transcript without it is
	// judged by the authority card's arithmetic (scenarios.Ledger), and one that
	// records as performed an action the card refuses is invalid.
	Result string `json:"result,omitempty"`
}

// The values of Action.Result.
const (
	ActionPerformed = "performed"
	ActionRefused   = "refused"
)

// Grant is the action as the authority card judges it.
func (a Action) Grant() scenarios.Grant {
	return scenarios.Grant{Kind: a.Kind, Amount: a.Amount, Currency: a.Currency}
}

// String words the action the way evidence quotes it: "refund 25 USD",
// "escalate to delivery specialist within 24h". The note is left out.
func (a Action) String() string {
	parts := []string{a.Kind}
	if a.Amount != 0 {
		parts = append(parts, scenarios.Money(a.Amount, a.Currency))
	}
	if a.To != "" {
		parts = append(parts, "to "+a.To)
	}
	if a.Within != "" {
		parts = append(parts, "within "+a.Within)
	}
	return strings.Join(parts, " ")
}

// Mood is the customer's state after a customer turn, recorded for review.
// Frustration and trust are 0..100; patience counts agent turns left.
type Mood struct {
	Frustration int `json:"frustration"`
	Trust       int `json:"trust"`
	Patience    int `json:"patience"`
}

// Turn is one line of a conversation. It has Text, an Action, or both.
type Turn struct {
	Role   Role    `json:"role"`
	Text   string  `json:"text,omitempty"`
	Action *Action `json:"action,omitempty"`
	// AtMS is milliseconds since the session started: for an agent turn, when
	// the trainee sent it; for a customer turn in a TimingShown transcript, when
	// its line finished showing.
	AtMS int64 `json:"at_ms"`
	// Mood, on customer turns written by the simulator, is the state after the reply.
	Mood *Mood `json:"mood,omitempty"`
	// Note carries what the simulated system said about the turn, for example why an
	// action beyond the authority card was refused, or that a voice fell back to script.
	Note string `json:"note,omitempty"`
}

// MaxSessionMS is the latest at_ms a turn may have: a week. Even a session left
// open over a weekend stays below it, so a larger value is a broken file, and
// bounding it keeps every clock the report prints short. The simulator never
// stamps a turn later than this.
const MaxSessionMS = 7 * 24 * 60 * 60 * 1000

// Transcript is a whole conversation: the input of Score and the output of play --out.
type Transcript struct {
	Scenario string `json:"scenario"`
	Turns    []Turn `json:"turns"`
	// Ending is the simulator's ending when the transcript came from a session.
	Ending string `json:"ending,omitempty"`
	// Timing is the version of the turn times (TimingWall when absent,
	// TimingShown for sessions played since the trainee's own time is recorded).
	// See TraineeMS for how speed rules read each.
	Timing int `json:"timing,omitempty"`
}
