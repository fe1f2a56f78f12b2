package scoring

import "fmt"

// The satisfaction model, in whole points so it rounds the same everywhere.
// The failure drops satisfaction from the baseline by dipPerSeverity per
// severity step (more for a repeat); the recovery wins back a share of the dip
// per outcome reached; only a recovery meeting every paradox condition earns the
// paradoxLift above the baseline, and a repeat failure stays repeatGap below it.
const (
	dipPerSeverity = 6
	repeatDip      = 12
	paradoxLift    = 6
	repeatGap      = 5
)

// recoveryShare is the percentage of the dip each outcome wins back; with a
// genuine tone they add up to 100, a full return to the baseline.
var recoveryShare = map[string]int{
	outcomeRelief: 35, outcomeClarity: 15, outcomeFairness: 25, outcomeConfidence: 15,
}

// genuineShare is won back when the empathy was not scripted.
const genuineShare = 10

// scriptedRules are the rules whose evidence shows the empathy was not genuine.
var scriptedRules = []string{
	"scripted-filler", "apology-repeated", "apology-too-long", "empathy-pasted",
	"keyword-stuffing", "copy-pasted-turn", "grader-instruction",
}

// fastYes and fastNo explain the speed condition with the thresholds the rubric uses.
var (
	fastYes = fmt.Sprintf("The first concrete step came within %d replies and %d seconds.", earlyReplies, earlyMS/1000)
	fastNo  = fmt.Sprintf("The first concrete step did not come within %d replies and %d seconds.", earlyReplies, earlyMS/1000)
)

// paradoxCondition is one condition of the recovery paradox with the words that
// explain it either way.
type paradoxCondition struct {
	met     bool
	yes, no string
}

// satisfaction estimates how satisfied the customer ends, against the baseline.
func (s *session) satisfaction(rep Report) Satisfaction {
	sc := s.sc
	fired := firedRules(rep)
	genuine := isGenuine(fired) && showedEmpathy(rep)
	conds := s.paradoxConditions(fired, genuine, rep)
	dip := dipPerSeverity * sc.Failure.Severity
	if sc.Failure.Repeat {
		dip += repeatDip
	}
	share := 0
	for name, reached := range rep.OutcomeTurns {
		if reached >= 0 {
			share += recoveryShare[name]
		}
	}
	if genuine {
		share += genuineShare
	}
	est := sc.BaselineSatisfaction - dip + dip*min(share, 100)/100
	why := make([]string, 0, len(conds)+1)
	allMet := true
	for _, c := range conds {
		if c.met {
			why = append(why, c.yes)
		} else {
			why = append(why, c.no)
			allMet = false
		}
	}
	switch {
	case allMet:
		est += paradoxLift
		why = append(why, "Every condition held, so the customer ends happier than before the failure.")
	case sc.Failure.Repeat:
		est = min(est, sc.BaselineSatisfaction-repeatGap)
	default:
		est = min(est, sc.BaselineSatisfaction)
	}
	est = clamp(est, 0, 100)
	return Satisfaction{Estimate: est, Baseline: sc.BaselineSatisfaction, Paradox: est > sc.BaselineSatisfaction, Why: why}
}

// paradoxConditions lists the five conditions under which a recovery can leave
// the customer happier than before: isolated, fast, genuine, beyond the bare fix,
// confirmed by follow-up, in the order the report explains them.
func (s *session) paradoxConditions(fired map[string]bool, genuine bool, rep Report) []paradoxCondition {
	return []paradoxCondition{
		{!s.sc.Failure.Repeat,
			"This was a first failure, so a strong recovery can lift satisfaction.",
			"This is a repeat failure: satisfaction stays below where it was before, however good the recovery."},
		{genuine,
			"The empathy sounded genuine, with no scripted or repeated lines.",
			s.notGenuine(fired, rep)},
		{fired["early-concrete-action"],
			fastYes, fastNo},
		{rep.Outcomes.Fairness && s.remedy.goodwill > 0,
			"The remedy went beyond the bare fix to a fair level.",
			s.notBeyondBareFix(rep)},
		{fired["follow-up-scheduled"],
			"A follow-up was scheduled to confirm the fix.",
			s.noFollowUp(rep)},
	}
}

// noFollowUp says why no follow-up was scheduled; when the session resolved on
// the remedy's own turn there was no later turn to offer one in.
func (s *session) noFollowUp(rep Report) string {
	if rep.Ending == EndingResolved && noTurnAfter(s.t, rep.OutcomeTurns[outcomeFairness]) {
		return "The session ended on the remedy's turn, with no follow-up in it; offering one alongside the remedy confirms the fix."
	}
	return "No follow-up was scheduled to confirm the fix."
}

// notGenuine says why the empathy condition failed: scripted lines, or no
// empathy at all.
func (s *session) notGenuine(fired map[string]bool, rep Report) string {
	if isGenuine(fired) && !showedEmpathy(rep) {
		return "No empathy was shown: nothing named the cost, owned the mistake or apologised."
	}
	return "Scripted or repeated lines made the empathy sound like a script."
}

// notBeyondBareFix says why the remedy condition failed, in words that agree
// with the fairness outcome: a fair remedy that only fixed, or one that was not fair.
func (s *session) notBeyondBareFix(rep Report) string {
	switch {
	case rep.Outcomes.Fairness:
		return "The remedy was fair, but all of it fixed the failure; nothing made up for the inconvenience."
	case s.fairnessVerdict() == verdictOverCeiling:
		return "The remedy went above the fair range; a fitting remedy, not a larger one, is what restores trust."
	}
	return "The remedy did not reach a fair level, so it did not go beyond the bare fix."
}

// showedEmpathy reports whether any empathy rule earned points: genuine
// empathy needs some empathy to be genuine.
func showedEmpathy(rep Report) bool {
	for _, e := range rep.Dimensions[Empathy].Evidence {
		if e.Points > 0 {
			return true
		}
	}
	return false
}

// Verdict words the estimate against the baseline: "above", "at" or "below".
func (s Satisfaction) Verdict() string {
	switch {
	case s.Estimate > s.Baseline:
		return "above"
	case s.Estimate == s.Baseline:
		return "at"
	}
	return "below"
}

// isGenuine reports whether no rule that marks scripted empathy fired.
func isGenuine(fired map[string]bool) bool {
	for _, name := range scriptedRules {
		if fired[name] {
			return false
		}
	}
	return true
}

// firedRules is the set of rule names with evidence anywhere in the report.
func firedRules(rep Report) map[string]bool {
	fired := map[string]bool{}
	for _, d := range rep.Dimensions {
		for _, e := range d.Evidence {
			fired[e.Rule] = true
		}
	}
	return fired
}
