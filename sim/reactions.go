package sim

import (
	"fmt"

	"github.com/turnaround-app/turnaround/scoring"
)

// Reaction is one rule of how the customer reacts to an agent turn. Every reaction
// whose When holds fires, in table order, and adds its deltas to the state; its Name
// is what a trainer sees in the mood trace ("empty-apology", "action-given").
type Reaction struct {
	Name string
	When func(m *move) bool
	// Frustration and Trust are added (0..100 after clamping); Patience counts turns.
	Frustration, Trust, Patience int
	// Why says in a trainer's words what the customer reacts to.
	Why string
}

// waitLimits are how long a customer waits for an answer before it costs patience:
// slow, then very slow. Silence on the phone is felt much sooner than in a chat.
var waitLimits = map[string][2]int64{
	"chat":  {90_000, 240_000},
	"phone": {20_000, 60_000},
}

// waited reports whether the customer waited longer than the channel's limit
// (level 0 slow, 1 very slow); an unknown channel is treated as chat.
func (m *move) waited(level int) bool {
	limits, ok := waitLimits[m.channel]
	if !ok {
		limits = waitLimits["chat"]
	}
	return m.waitMS > limits[level]
}

// waitWords quotes one level of waitLimits for a reaction's reason:
// "over 90 s in a chat, 20 s on the phone".
func waitWords(level int) string {
	return "over " + duration(waitLimits["chat"][level]) + " in a chat, " + duration(waitLimits["phone"][level]) + " on the phone"
}

// duration writes milliseconds as whole minutes when they are, else seconds.
func duration(ms int64) string {
	if ms >= 60_000 && ms%60_000 == 0 {
		return fmt.Sprintf("%d min", ms/60_000)
	}
	return fmt.Sprintf("%d s", ms/1000)
}

// reactions is the whole table of how the simulated customer feels. It is data on
// purpose: a trainer can read it top to bottom, and the golden traces name its rows.
var reactions = []Reaction{
	// What the agent did.
	{Name: "action-given", When: func(m *move) bool { return m.given }, Frustration: -18, Trust: +12,
		Why: "the agent did something concrete from their authority card"},
	{Name: "remedy-fair", When: func(m *move) bool { return m.fairReached }, Frustration: -17, Trust: +8,
		Why: "what the customer has received now fits the harm"},
	{Name: "action-refused", When: func(m *move) bool { return m.refused != "" }, Frustration: +10, Trust: -12,
		Why: "the agent tried something beyond their authority and the system refused it"},
	{Name: "claim-unseen", When: func(m *move) bool { return m.claimUnseen }, Frustration: +8, Trust: -10,
		Why: "the agent said a remedy was given, but the customer sees nothing"},
	{Name: "time-commitment", When: func(m *move) bool { return m.has(scoring.MarkTimeCommitment) }, Frustration: -5, Trust: +6,
		Why: "the customer knows what happens next and by when"},
	{Name: "follow-up", When: func(m *move) bool { return m.has(scoring.MarkFollowUp) }, Frustration: -2, Trust: +4,
		Why: "the agent offered to check back"},
	{Name: "states-authority", When: func(m *move) bool { return m.has(scoring.MarkAuthority) }, Frustration: -3, Trust: +3,
		Why: "the agent said plainly what they can do"},
	{Name: "offers-choice", When: func(m *move) bool { return m.has(scoring.MarkChoices) }, Frustration: -2, Trust: +2,
		Why: "the customer was given a choice"},

	// How the agent listened.
	{Name: "owns-it", When: func(m *move) bool { return m.firstAck }, Frustration: -7, Trust: +5,
		Why: "the agent owned the mistake or named what it cost the customer"},
	{Name: "first-apology", When: func(m *move) bool { return m.apologised() && m.apologies == 1 }, Frustration: -3, Trust: +1,
		Why: "one apology is welcome"},
	{Name: "reflects-back", When: func(m *move) bool { return m.has(scoring.MarkReflects) }, Frustration: -3, Trust: +3,
		Why: "the customer feels heard"},
	{Name: "real-question", When: func(m *move) bool { return m.askedRealQuestion() }, Frustration: -1, Trust: +2,
		Why: "the agent asked something the case does not already say"},

	// What makes it worse.
	{Name: "empty-apology", When: func(m *move) bool { return m.emptyApology() && m.apologyStreak == 2 }, Frustration: +6, Trust: -3,
		Why: "a second apology with nothing behind it"},
	{Name: "apology-again", When: func(m *move) bool { return m.emptyApology() && m.apologyStreak >= 3 }, Frustration: +12, Trust: -6, Patience: -1,
		Why: "a third apology in a row sounds scripted and angers more than the first"},
	{Name: "hedge", When: func(m *move) bool { return m.has(scoring.MarkHedge) && !m.given }, Frustration: +6, Trust: -5,
		Why: "the customer cannot tell whether the agent can do anything"},
	{Name: "hides-behind-policy", When: func(m *move) bool { return m.has(scoring.MarkPolicy) }, Frustration: +8, Trust: -6,
		Why: "policy is the company's problem, not the customer's"},
	{Name: "blame", When: func(m *move) bool { return m.has(scoring.MarkBlame) }, Frustration: +12, Trust: -8, Patience: -1,
		Why: "the agent blamed the customer or someone else for the company's mistake"},
	{Name: "stalling", When: func(m *move) bool { return m.stalled() }, Frustration: +5, Trust: -3,
		Why: "vague promises and filler, nothing the customer can hold on to"},
	{Name: "asks-again", When: func(m *move) bool { return m.reask }, Frustration: +8, Trust: -4,
		Why: "the agent asked for something the case already has"},
	{Name: "jargon", When: func(m *move) bool { return m.has(scoring.MarkJargon) }, Frustration: +4, Trust: -2,
		Why: "internal terms and codes mean nothing to the customer"},
	{Name: "copy-paste", When: func(m *move) bool { return m.repeated }, Frustration: +8, Trust: -5,
		Why: "the agent sent the same words again"},
	{Name: "odd-instructions", When: func(m *move) bool { return m.has(scoring.MarkInjection) }, Frustration: +5, Trust: -5,
		Why: "the agent wrote something that is not meant for the customer"},

	// Time and patience.
	{Name: "no-progress", When: func(m *move) bool { return !m.progressed() }, Patience: -1,
		Why: "another turn without anything concrete uses up patience"},
	{Name: "slow-reply", When: func(m *move) bool { return m.waited(0) }, Frustration: +4, Patience: -1,
		Why: "the customer waited too long for an answer (" + waitWords(0) + ")"},
	{Name: "very-slow-reply", When: func(m *move) bool { return m.waited(1) }, Frustration: +6, Patience: -1,
		Why: "the customer waited far too long (" + waitWords(1) + ")"},
}

// repeatCalming is how much of a helpful change reaches a customer after a repeat
// failure, in percent: trust broken twice is slower to rebuild.
const repeatCalming = 60

// react applies every reaction that fires to the state and returns their names.
func react(s State, m *move) (State, []string) {
	var fired []string
	for i := range reactions {
		r := &reactions[i]
		if !r.When(m) {
			continue
		}
		fired = append(fired, r.Name)
		s.Frustration += softened(r.Frustration, r.Frustration < 0, m.repeatFailure)
		s.Trust += softened(r.Trust, r.Trust > 0, m.repeatFailure)
		s.Patience += r.Patience
	}
	return clampState(s), fired
}

// softened shrinks a helpful change (falling frustration, rising trust) after a
// repeat failure; harmful changes land in full.
func softened(delta int, helps, repeat bool) int {
	if repeat && helps {
		return delta * repeatCalming / 100
	}
	return delta
}

// ReactionNames lists the reactions in table order, for documentation and tests.
func ReactionNames() []string {
	names := make([]string, len(reactions))
	for i, r := range reactions {
		names[i] = r.Name
	}
	return names
}
