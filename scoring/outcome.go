package scoring

import "slices"

// Outcome names, as OutcomeTurns spells them.
const (
	outcomeRelief     = "relief"
	outcomeClarity    = "clarity"
	outcomeFairness   = "fairness"
	outcomeConfidence = "confidence"
)

// addressKinds show the customer's frustration was addressed.
var addressKinds = []MarkerKind{MarkAcknowledgesCost, MarkOwnsMistake, MarkApology}

// nextStepKinds tell the customer what happens next.
var nextStepKinds = []MarkerKind{MarkTimeCommitment, MarkFollowUp, MarkEscalation}

// outcomes says which of the four outcomes the conversation reached and at which turn.
func (s *session) outcomes() (Outcomes, map[string]int) {
	turns := map[string]int{
		outcomeRelief:     s.reliefTurn(),
		outcomeClarity:    s.clarityTurn(),
		outcomeFairness:   s.fairnessTurn(),
		outcomeConfidence: s.confidenceTurn(),
	}
	return Outcomes{
		Relief:     turns[outcomeRelief] >= 0,
		Clarity:    turns[outcomeClarity] >= 0,
		Fairness:   turns[outcomeFairness] >= 0,
		Confidence: turns[outcomeConfidence] >= 0,
	}, turns
}

// reliefTurn: a concrete remedy was delivered and the frustration addressed, in
// words or by the customer accepting it (a session that resolved).
func (s *session) reliefTurn() int {
	remedy := s.firstTurn(func(i int) bool {
		a := s.t.Turns[i].Action
		return a != nil && s.remedy.performed[i] && (slices.Contains(goodwillKinds, a.Kind) || slices.Contains(fixKinds, a.Kind))
	})
	addressed := s.firstTurn(func(i int) bool { return s.hasAny(i, addressKinds) })
	if s.ending == EndingResolved {
		// The customer accepted what they were given: that is relief, whatever
		// kind of action gave it and whether or not the words addressed it.
		if remedy < 0 {
			remedy = s.remedy.floorTurn
		}
		if addressed < 0 {
			addressed = s.remedy.floorTurn
		}
	}
	return bothReached(remedy, addressed)
}

// clarityTurn: authority and the next step stated plainly, with no hedge left
// unresolved by a later plain statement.
func (s *session) clarityTurn() int {
	auth, next, reached, pendingHedge := false, false, -1, false
	for _, i := range s.agent {
		if s.untrusted[i] {
			continue
		}
		acted := s.t.Turns[i].Action != nil && s.remedy.performed[i]
		if s.hasAny(i, []MarkerKind{MarkHedge}) {
			pendingHedge = true
		}
		if acted || s.hasAny(i, []MarkerKind{MarkAuthority}) {
			auth, pendingHedge = true, false
		}
		if s.hasAny(i, nextStepKinds) || (acted && isNextStepAction(*s.t.Turns[i].Action)) {
			next = true
		}
		if auth && next && !pendingHedge && reached < 0 {
			reached = i
		}
	}
	if pendingHedge {
		return -1
	}
	return reached
}

// isNextStepAction reports whether an action itself sets the next step.
func isNextStepAction(a Action) bool {
	return a.Kind == "follow-up" || a.Kind == "callback" || a.Within != ""
}

// fairnessTurn: the remedy reached the fair floor and ended within the range.
func (s *session) fairnessTurn() int {
	v := s.fairnessVerdict()
	if v != verdictFits {
		return -1
	}
	return s.remedy.floorTurn
}

// confidenceTurn: the agent owned the mistake and either scheduled a follow-up
// or made a time commitment that an action then kept.
func (s *session) confidenceTurn() int {
	owned := s.firstTurn(func(i int) bool { return s.hasAny(i, []MarkerKind{MarkOwnsMistake}) })
	assured := -1
	if f := detectFollowUpScheduled(s); len(f) > 0 && !s.untrusted[f[0].turn] {
		assured = f[0].turn
	}
	if kept := s.keptCommitmentTurn(); kept >= 0 && (assured < 0 || kept < assured) {
		assured = kept
	}
	return bothReached(owned, assured)
}

// keptCommitmentTurn is the first turn where a time commitment stood fulfilled
// by an allowed action in the same or a later turn, or -1.
func (s *session) keptCommitmentTurn() int {
	committed := -1
	for _, i := range s.agent {
		if s.untrusted[i] {
			continue
		}
		if committed < 0 && s.hasAny(i, []MarkerKind{MarkTimeCommitment}) {
			committed = i
		}
		if committed >= 0 && s.t.Turns[i].Action != nil && s.remedy.performed[i] {
			return i
		}
	}
	return -1
}

// firstTurn returns the first trusted agent turn satisfying ok, or -1.
func (s *session) firstTurn(ok func(i int) bool) int {
	for _, i := range s.agent {
		if !s.untrusted[i] && ok(i) {
			return i
		}
	}
	return -1
}

// bothReached is the turn by which both conditions held, or -1.
func bothReached(a, b int) int {
	if a < 0 || b < 0 {
		return -1
	}
	return max(a, b)
}
