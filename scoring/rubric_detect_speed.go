package scoring

import (
	"slices"
	"strings"

	"github.com/turnaround-app/turnaround/scenarios"
)

// Speed thresholds: both the reply count and the clock must agree that a step
// was early, because a fast typist can still stall and a slow one can still act.
const (
	earlyReplies = 2
	earlyMS      = 90_000
	lateReplies  = 4
	lateMS       = 300_000
)

// ownMS is the trainee's own time up to turn i: how speed rules read the clock,
// never the time a customer line took to be written.
func (s *session) ownMS(i int) int64 {
	return traineeMSAt(s.t, i)
}

// progressKinds are markers that move the case forward; a reply before the first
// concrete step with none of them is stalling.
var progressKinds = []MarkerKind{
	MarkConcreteAction, MarkTimeCommitment, MarkPromise, MarkEscalation, MarkQuestion,
	MarkAsksInfo, MarkAuthority, MarkChoices, MarkFollowUp, MarkAction,
}

// detectEarlyConcreteAction fires when the first concrete step came within two
// replies and 90 s of the trainee's own time (see TraineeMS).
func detectEarlyConcreteAction(s *session) []hit {
	i := s.firstStep
	if i < 0 || s.ordinal[i] > earlyReplies || s.ownMS(i) > earlyMS {
		return nil
	}
	return s.one(i, s.stepQuote)
}

// detectLateFirstAction fires when the first concrete step came after four
// replies or five minutes of the trainee's own time.
func detectLateFirstAction(s *session) []hit {
	i := s.firstStep
	if i < 0 || (s.ordinal[i] <= lateReplies && s.ownMS(i) <= lateMS) {
		return nil
	}
	return s.one(i, s.stepQuote)
}

// detectNoConcreteAction fires at the last reply when no concrete step was ever taken.
func detectNoConcreteAction(s *session) []hit {
	if s.firstStep >= 0 || len(s.agent) == 0 {
		return nil
	}
	last := s.lastAgentTurn()
	return s.one(last, s.turnQuote(last))
}

// detectStalling fires on each reply after the first that comes before any
// concrete step and moves nothing forward.
func detectStalling(s *session) []hit {
	hits := s.hitBuf()
	for _, i := range s.agent {
		if s.firstStep >= 0 && i >= s.firstStep {
			break
		}
		if s.ordinal[i] < 2 || s.t.Turns[i].Action != nil || s.hasAny(i, progressKinds) {
			continue
		}
		hits = append(hits, hit{i, s.turnQuote(i)})
	}
	return hits
}

// detectReasksKnownFact fires on each request for a detail the case already holds.
func detectReasksKnownFact(s *session) []hit {
	hits := s.hitBuf()
	for _, i := range s.agent {
		for _, m := range s.an[i].Markers {
			if m.Kind == MarkAsksInfo && onFile(m, s.sc.Failure.OnFile) {
				hits = append(hits, hit{i, m.Text})
			}
		}
	}
	return hits
}

// onFile reports whether an asked-for detail is one the case already holds.
func onFile(m Marker, known []string) bool {
	asked := strings.ToLower(m.Detail + " " + m.Text)
	for _, k := range known {
		k = strings.ToLower(strings.TrimSpace(k))
		if k == "" {
			continue
		}
		if strings.Contains(asked, k) || (m.Detail != "" && strings.Contains(k, strings.ToLower(m.Detail))) {
			return true
		}
	}
	return false
}

// detectFollowUpScheduled fires on the first follow-up the agent schedules, in words or as an action.
func detectFollowUpScheduled(s *session) []hit {
	return firstActionOrWords(s, func(a *Action) bool { return a.Kind == "follow-up" || a.Kind == "callback" }, MarkFollowUp)
}

// detectEscalatesToNamedOwner fires on the first hand-off to someone named.
func detectEscalatesToNamedOwner(s *session) []hit {
	return firstActionOrWords(s, func(a *Action) bool { return a.Kind == "escalate" && a.To != "" }, MarkEscalation)
}

// firstActionOrWords fires on the first agent turn that shows a step either as an
// allowed action the test accepts (quoted as the action) or in words (quoted as
// the marker); within one turn the action wins, since it is what was done.
func firstActionOrWords(s *session, isStep func(*Action) bool, k MarkerKind) []hit {
	for _, i := range s.agent {
		if a := s.t.Turns[i].Action; a != nil && isStep(a) && s.remedy.performed[i] {
			return s.one(i, s.actionText(i))
		}
		if m, ok := s.firstMarker(i, k); ok {
			return s.one(i, m.Text)
		}
	}
	return nil
}

// detectActsWithinAuthority fires on the first action the card allows; an
// explanation alone does not show the agent knows what they may grant.
func detectActsWithinAuthority(s *session) []hit {
	for _, i := range s.agent {
		if a := s.t.Turns[i].Action; a != nil && a.Kind != "explain" && s.remedy.performed[i] {
			return s.one(i, s.actionText(i))
		}
	}
	return nil
}

// detectOverAuthorityPromise fires on each promise of more than the authority card allows.
func detectOverAuthorityPromise(s *session) []hit {
	hits := s.hitBuf()
	for _, i := range s.agent {
		for _, m := range s.an[i].Markers {
			if m.Kind == MarkPromise && promiseBeyondCard(m, s.sc) {
				hits = append(hits, hit{i, m.Text})
			}
		}
	}
	return hits
}

// promiseBeyondCard reports whether a promised remedy is one the card does not
// allow: a kind not on it, or an amount above the ceiling.
func promiseBeyondCard(m Marker, sc *scenarios.Scenario) bool {
	if slices.Contains(scenarios.ActionKinds, m.Detail) {
		card, ok := sc.AuthorityFor(m.Detail)
		if !ok {
			return true
		}
		return scenarios.IsMoney(m.Detail) && card.Max > 0 && m.Value > card.Max
	}
	ceiling := largestCeiling(sc)
	return ceiling > 0 && m.Value > ceiling
}

// detectOverAuthorityAction fires on each structured action the card does not allow.
func detectOverAuthorityAction(s *session) []hit {
	hits := s.hitBuf()
	for _, i := range s.agent {
		if s.remedy.over[i] != "" {
			hits = append(hits, hit{i, s.actionText(i)})
		}
	}
	return hits
}

// hasAny reports whether turn i holds a marker of any of the kinds.
func (s *session) hasAny(i int, kinds []MarkerKind) bool {
	for _, m := range s.an[i].Markers {
		if containsKind(kinds, m.Kind) {
			return true
		}
	}
	return false
}

// detectClaimsRemedyNotGiven fires on each turn whose words claim a remedy that
// no performed action stands behind.
func detectClaimsRemedyNotGiven(s *session) []hit {
	hits := s.hitBuf()
	for _, i := range s.agent {
		if q := s.claims[i]; q != "" {
			hits = append(hits, hit{i, q})
		}
	}
	return hits
}
