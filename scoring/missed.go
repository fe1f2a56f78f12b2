package scoring

// Missed is a positive rule a session did not earn: what would have raised the
// dimension, by how much, and the turn where it would have fitted best.
type Missed struct {
	Rule   string `json:"rule"`
	Title  string `json:"title"`
	Points int    `json:"points"`
	Turn   int    `json:"turn"`
	Why    string `json:"why"`
}

// consolationRules are positive only as the lesser of two outcomes; missing
// them is no loss (a remedy above the fair range is not a goal).
var consolationRules = map[string]bool{"remedy-over-ceiling-not-rewarded": true}

// unneededWhenResolved are rules a session resolved by the trainee has no use
// for: a case settled on this contact needs no hand-off.
var unneededWhenResolved = map[string]bool{"escalates-to-named-owner": true}

// missedRules lists, per dimension in rubric order, the positive rules with no
// evidence in dims that the session could have used.
func (s *session) missedRules(r *Rubric, dims map[Dimension]DimensionScore, ending string) map[Dimension][]Missed {
	earned := map[string]bool{}
	for _, d := range dims {
		for _, e := range d.Evidence {
			earned[e.Rule] = true
		}
	}
	missed := func(rule Rule) bool {
		return len(s.agent) > 0 && rule.Points > 0 && !earned[rule.Name] && !consolationRules[rule.Name] &&
			!(ending == EndingResolved && unneededWhenResolved[rule.Detector])
	}
	// One backing array for every dimension's list, so a report costs one allocation here.
	n := 0
	for _, rule := range r.Rules {
		if missed(rule) {
			n++
		}
	}
	all := make([]Missed, 0, n)
	out := make(map[Dimension][]Missed, len(Dimensions))
	for _, d := range Dimensions {
		start := len(all)
		for _, rule := range r.Rules {
			if rule.Dimension == d && missed(rule) {
				all = append(all, Missed{Rule: rule.Name, Title: rule.Title, Points: rule.Points, Turn: s.bestTurnFor(rule.Detector), Why: rule.Why})
			}
		}
		out[d] = all[start:len(all):len(all)]
	}
	return out
}

// bestTurnFor is the agent turn where a missed rule would have fitted best:
// naming the cost, owning it and asking belong in the first reply; the remedy's
// own rules at the turn that gave (or should have given) it; a follow-up in the
// closing reply.
func (s *session) bestTurnFor(detector string) int {
	switch detector {
	case "remedy-fits-harm", "offers-choices":
		return s.remedyTurn()
	case "acts-within-authority", "time-commitment":
		if s.firstStep >= 0 {
			return s.firstStep
		}
		return s.firstAgentTurn()
	case "follow-up-scheduled", "escalates-to-named-owner":
		return s.lastAgentTurn()
	}
	return s.firstAgentTurn()
}

// firstAgentTurn returns the first agent turn (missedRules runs only when there is one).
func (s *session) firstAgentTurn() int {
	return s.agent[0]
}
