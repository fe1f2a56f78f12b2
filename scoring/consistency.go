package scoring

import (
	"fmt"
	"slices"
	"strings"
)

// Contradictions lists, one sentence each, the places where a report disagrees
// with itself or with the transcript it scored: an outcome reached beside a
// reason saying it was missed, "above" or "below" with equal numbers, a missed
// rule that was in fact earned, a follow-up asked for when no turn was left. An
// empty list means every sentence of the report agrees with every other. It
// checks what the report says, not whether the scoring rules are right.
func Contradictions(rep Report, t Transcript) []string {
	var found []string
	add := func(format string, args ...any) { found = append(found, fmt.Sprintf(format, args...)) }
	why := strings.Join(rep.Satisfaction.Why, "\n")
	says := func(s string) bool { return strings.Contains(why, s) }
	fired := firedRules(rep)

	checkOutcomeTurns(rep, t, add)
	o := rep.Outcomes
	if o.Fairness && (says("did not reach a fair level") || says("went above the fair range")) {
		add("fairness is reached, but the satisfaction reasons say the remedy was not fair")
	}
	if !o.Fairness && (says("went beyond the bare fix to a fair level") || says("The remedy was fair")) {
		add("fairness is not reached, but the satisfaction reasons call the remedy fair")
	}
	if o.Fairness != fired["remedy-fits-harm"] {
		add("fairness reached is %v, but remedy-fits-harm fired is %v", o.Fairness, fired["remedy-fits-harm"])
	}
	if fired["no-remedy"] && (o.Relief || o.Fairness || rep.Ending == EndingResolved) {
		add("no-remedy fired beside relief %v, fairness %v, ending %s", o.Relief, o.Fairness, rep.Ending)
	}
	if rep.Ending == EndingResolved && !o.Relief {
		add("the session resolved, but relief is not reached")
	}
	if says("The empathy sounded genuine") && !showedEmpathy(rep) {
		add("the empathy is called genuine, but no empathy earned a point")
	}
	if (says("No follow-up was scheduled") || says("with no follow-up in it")) == fired["follow-up-scheduled"] {
		add("the follow-up reason disagrees with follow-up-scheduled (fired %v)", fired["follow-up-scheduled"])
	}
	if says(fastYes) != fired["early-concrete-action"] {
		add("the speed reason disagrees with early-concrete-action (fired %v)", fired["early-concrete-action"])
	}
	if says("No follow-up was scheduled") && rep.Ending == EndingResolved && noTurnAfter(t, rep.OutcomeTurns[outcomeFairness]) {
		add("the report asks for a follow-up, but the session resolved on the remedy's turn with no turn left to offer one")
	}
	checkSatisfaction(rep.Satisfaction, add)
	checkMissed(rep, t, fired, add)
	return found
}

// checkOutcomeTurns: each outcome's flag agrees with its turn, and a reached
// outcome names an agent turn of the transcript.
func checkOutcomeTurns(rep Report, t Transcript, add func(string, ...any)) {
	flags := map[string]bool{
		outcomeRelief: rep.Outcomes.Relief, outcomeClarity: rep.Outcomes.Clarity,
		outcomeFairness: rep.Outcomes.Fairness, outcomeConfidence: rep.Outcomes.Confidence,
	}
	for _, name := range outcomeOrder {
		turn, ok := rep.OutcomeTurns[name]
		if !ok {
			turn = -1
		}
		if flags[name] != (turn >= 0) {
			add("%s is reached %v, but its turn is %d", name, flags[name], turn)
		}
		if turn >= len(t.Turns) || (turn >= 0 && t.Turns[turn].Role != RoleAgent) {
			add("%s is reached at turn %d, which is not an agent turn", name, turn)
		}
	}
}

// checkSatisfaction: the paradox and the wording agree with the numbers.
func checkSatisfaction(s Satisfaction, add func(string, ...any)) {
	if s.Paradox != (s.Estimate > s.Baseline) {
		add("paradox is %v with an estimate of %d against a baseline of %d", s.Paradox, s.Estimate, s.Baseline)
	}
	held := slices.ContainsFunc(s.Why, func(w string) bool { return strings.HasPrefix(w, "Every condition held") })
	if held && !s.Paradox {
		add("every paradox condition held, but the estimate %d is not above the baseline %d", s.Estimate, s.Baseline)
	}
	var text strings.Builder
	writeSatisfaction(&text, s)
	first, _, _ := strings.Cut(strings.TrimSpace(text.String()), "\n")
	if strings.Contains(first, "above") != (s.Estimate > s.Baseline) || strings.Contains(first, "below") != (s.Estimate < s.Baseline) {
		add("the report says %q", first)
	}
}

// checkMissed: a missed rule was not earned, and its turn is an agent turn.
func checkMissed(rep Report, t Transcript, fired map[string]bool, add func(string, ...any)) {
	for _, d := range Dimensions {
		for _, m := range rep.Dimensions[d].Missed {
			if fired[m.Rule] {
				add("%s is listed as missed in %s, but it earned points", m.Rule, d)
			}
			if m.Turn < 0 || m.Turn >= len(t.Turns) || t.Turns[m.Turn].Role != RoleAgent {
				add("%s is missed at turn %d, which is not an agent turn", m.Rule, m.Turn)
			}
			if m.Points <= 0 || m.Title == "" || m.Why == "" {
				add("missed %s has points %d, title %q, why %q", m.Rule, m.Points, m.Title, m.Why)
			}
		}
	}
}

// noTurnAfter reports whether no agent turn follows turn i (and i is a turn).
func noTurnAfter(t Transcript, i int) bool {
	return i >= 0 && nextAgentTurn(t, i) < 0
}
