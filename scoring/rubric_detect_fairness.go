package scoring

// verdict is the single fairness judgement a session gets.
type verdict int

// The fairness verdicts, from best to worst.
const (
	verdictFits verdict = iota
	verdictOverCeiling
	verdictRepeatNeedsMore
	verdictUnderFair
	verdictBareFix
	verdictNoRemedy
)

// costlySeverity is the failure severity from which a bare fix is not enough.
const costlySeverity = 3

// fairnessVerdict judges the remedy against the scenario's fair range, its
// severity and whether the failure is a repeat.
func (s *session) fairnessVerdict() verdict {
	r, sc := s.remedy, s.sc
	switch {
	case r.value <= 0 && !r.fixed:
		return verdictNoRemedy
	case r.fixed && r.goodwill <= 0 && sc.Failure.Severity >= costlySeverity:
		return verdictBareFix
	case r.value < min(sc.FairRemedy.Min, sc.FairFloor())-1e-9:
		return verdictUnderFair
	case !sc.ReachesFloor(r.value):
		return verdictRepeatNeedsMore
	case sc.FairRemedy.Max > 0 && r.value > sc.FairRemedy.Max:
		return verdictOverCeiling
	default:
		return verdictFits
	}
}

// fairnessDetector fires once, on the turn that completed the remedy, when the
// session's verdict is v.
func fairnessDetector(v verdict) detector {
	return func(s *session) []hit {
		if s.fairnessVerdict() != v {
			return nil
		}
		i := s.remedyTurn()
		if i < 0 {
			return nil
		}
		return s.one(i, s.actionQuote(i))
	}
}

// remedyTurn is the turn fairness evidence cites: the last action that
// compensated or fixed, else the last agent reply.
func (s *session) remedyTurn() int {
	if s.remedy.lastTurn >= 0 {
		return s.remedy.lastTurn
	}
	return s.lastAgentTurn()
}

// actionQuote quotes turn i's action when it has one, else its words.
func (s *session) actionQuote(i int) string {
	if s.t.Turns[i].Action != nil {
		return s.actionText(i)
	}
	return s.turnQuote(i)
}
