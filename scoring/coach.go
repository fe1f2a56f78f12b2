package scoring

import (
	"cmp"
	"fmt"

	"github.com/turnaround-app/turnaround/scenarios"
)

// CoachRules are the rubric rules practice mode warns about the moment a reply
// earns them: every penalty the rubric charges to one reply from that reply and
// the ones before it. The rules charged only when the session ends (no concrete
// step, the fairness of the remedy) are left out: the next replies can still
// change them, so a hint about them could be wrong.
var CoachRules = []string{
	// Words and deeds.
	"grader-instruction", "over-authority-action", "over-authority-promise", "claims-remedy-not-given",
	// Speed.
	"late-first-action", "stalling", "reasks-known-fact", "vague-promise",
	// Empathy.
	"blames-customer", "empathy-without-progress", "apology-repeated", "apology-too-long",
	"scripted-filler", "empathy-pasted", "copy-pasted-turn", "keyword-stuffing",
	// Authority clarity.
	"hides-behind-policy", "hedging", "jargon", "overlong-turn",
}

// Hint is a one-line coaching note shown in practice mode after a reply.
type Hint struct {
	// Turn is the index of the agent turn the hint is about.
	Turn int
	// Rule names the rubric rule, as evidence does; Points is what it cost.
	Rule   string
	Points int
	// Text is the rule's own sentence from the rubric table, with its cost.
	Text string
}

// HintAfter returns a hint when the latest agent turn in t earned a penalty
// under one of CoachRules; ok is false otherwise. When the reply earned several,
// the hint names the costliest (the first in CoachRules among equals): one line
// the trainee can act on. It scores the conversation so far with rubric r (nil
// means DefaultRubric), so a hint charges exactly what the score of record will
// charge, in the table's words.
func HintAfter(t Transcript, sc *scenarios.Scenario, r *Rubric) (h Hint, ok bool) {
	last := lastAgentTurn(t)
	if last < 0 {
		return Hint{}, false
	}
	if r == nil {
		r = DefaultRubric()
	}
	rep, err := Score(t, sc, r)
	if err != nil {
		return Hint{}, false
	}
	for _, name := range CoachRules {
		rule, known := r.Rule(name)
		if !known {
			continue
		}
		if points := pointsAt(rep.Dimensions[rule.Dimension].Evidence, name, last); points < 0 && points < h.Points {
			h, ok = Hint{Turn: last, Rule: name, Points: points, Text: hintText(rule, points)}, true
		}
	}
	return h, ok
}

// hintText words a hint from the rubric table, the way the report names rules:
// "Stalled, -6 points: A reply before the first concrete step that moves
// nothing forward."
func hintText(rule Rule, points int) string {
	return fmt.Sprintf("%s, %d points: %s", cmp.Or(rule.Title, rule.Name), points, rule.Why)
}

// pointsAt sums what rule moved at one turn.
func pointsAt(evidence []Evidence, rule string, turn int) int {
	sum := 0
	for _, e := range evidence {
		if e.Rule == rule && e.Turn == turn {
			sum += e.Points
		}
	}
	return sum
}

func lastAgentTurn(t Transcript) int {
	for i := len(t.Turns) - 1; i >= 0; i-- {
		if t.Turns[i].Role == RoleAgent {
			return i
		}
	}
	return -1
}

// CardProblem says in one clause why the authority card would refuse action a
// after the actions already performed in t ("your ceiling is 25 USD"), or
// returns "" when the card allows it. It judges with the card's own ledger, as
// the simulator will, so a warning before sending never disagrees with what
// happens after.
func CardProblem(t Transcript, sc *scenarios.Scenario, a Action) string {
	ledger := scenarios.NewLedger(sc)
	for _, turn := range t.Turns {
		if turn.Role == RoleAgent && turn.Action != nil && turn.Action.Result != ActionRefused {
			ledger.Give(turn.Action.Grant())
		}
	}
	return ledger.Check(a.Grant())
}
