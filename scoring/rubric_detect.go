package scoring

// hit is one place a rule fires: the turn and the words that show it.
type hit struct {
	turn  int
	quote string
}

// detector finds, in turn order, every place one rule fires in a session.
type detector func(*session) []hit

// detectors maps each detector name to the function that finds where its rule
// fires; a detector has the name of the default rule it serves. A rubric naming a
// detector that is not here is rejected by Score.
var detectors = map[string]detector{
	// Plain markers: each marker of the kind in an agent turn is one hit.
	"acknowledges-cost":   markerDetector(MarkAcknowledgesCost),
	"owns-the-mistake":    markerDetector(MarkOwnsMistake),
	"blames-customer":     markerDetector(MarkBlame),
	"reflects-back":       markerDetector(MarkReflects),
	"asks-real-question":  markerDetector(MarkQuestion),
	"scripted-filler":     markerDetector(MarkFiller),
	"vague-promise":       markerDetector(MarkVague),
	"time-commitment":     markerDetector(MarkTimeCommitment),
	"states-authority":    markerDetector(MarkAuthority),
	"offers-choices":      markerDetector(MarkChoices),
	"hedging":             markerDetector(MarkHedge),
	"hides-behind-policy": markerDetector(MarkPolicy),
	"jargon":              markerDetector(MarkJargon),
	"validates-feeling":   markerDetector(MarkValidates),

	// No attempt at all: one detector serves the four silent-session rules.
	"silent-session-empathy":   detectSilentSession,
	"silent-session-action":    detectSilentSession,
	"silent-session-authority": detectSilentSession,
	"silent-session-fairness":  detectSilentSession,

	// Empathy patterns across turns (rubric_detect_empathy.go).
	"first-apology":            detectFirstApology,
	"apology-repeated":         detectApologyRepeated,
	"apology-too-long":         detectApologyTooLong,
	"empathy-without-progress": detectEmpathyWithoutProgress,
	"empathy-pasted":           detectEmpathyPasted,

	// Anti-gaming (rubric_detect_gaming.go).
	"keyword-stuffing":   detectKeywordStuffing,
	"copy-pasted-turn":   detectCopyPastedTurn,
	"grader-instruction": detectGraderInstruction,
	"overlong-turn":      detectOverlongTurn,

	// Speed and authority (rubric_detect_speed.go).
	"early-concrete-action":    detectEarlyConcreteAction,
	"late-first-action":        detectLateFirstAction,
	"no-concrete-action":       detectNoConcreteAction,
	"stalling":                 detectStalling,
	"reasks-known-fact":        detectReasksKnownFact,
	"follow-up-scheduled":      detectFollowUpScheduled,
	"escalates-to-named-owner": detectEscalatesToNamedOwner,
	"acts-within-authority":    detectActsWithinAuthority,
	"over-authority-promise":   detectOverAuthorityPromise,
	"over-authority-action":    detectOverAuthorityAction,
	"claims-remedy-not-given":  detectClaimsRemedyNotGiven,

	// Fairness: one verdict per session (rubric_detect_fairness.go).
	"remedy-fits-harm":                 fairnessDetector(verdictFits),
	"remedy-over-ceiling-not-rewarded": fairnessDetector(verdictOverCeiling),
	"repeat-failure-needs-more":        fairnessDetector(verdictRepeatNeedsMore),
	"remedy-under-fair":                fairnessDetector(verdictUnderFair),
	"bare-fix-for-costly-failure":      fairnessDetector(verdictBareFix),
	"no-remedy":                        fairnessDetector(verdictNoRemedy),
}

// detectSilentSession fires once, at the last turn, when no agent turn has
// words or an action: the agent made no attempt at all.
func detectSilentSession(s *session) []hit {
	for _, i := range s.agent {
		if t := s.t.Turns[i]; t.Action != nil || trimSpaceRight(t.Text) != "" {
			return nil
		}
	}
	return s.one(len(s.t.Turns)-1, "")
}

// hitBuf returns the session's reusable hit buffer, emptied. A detector's hits
// are consumed before the next detector runs, so one buffer serves them all and
// scoring does not allocate per rule.
func (s *session) hitBuf() []hit {
	return s.hits[:0]
}

// recycle keeps the larger of the buffer and a detector's result for reuse.
func (s *session) recycle(hits []hit) {
	if cap(hits) > cap(s.hits) {
		s.hits = hits[:0]
	}
}

// one returns a single hit in the reusable buffer.
func (s *session) one(turn int, quote string) []hit {
	return append(s.hitBuf(), hit{turn, quote})
}

// markerDetector fires once for every marker of kind k in every agent turn.
func markerDetector(k MarkerKind) detector {
	return func(s *session) []hit {
		hits := s.hitBuf()
		for _, i := range s.agent {
			for _, m := range s.an[i].Markers {
				if m.Kind == k {
					hits = append(hits, hit{i, m.Text})
				}
			}
		}
		return hits
	}
}

// firstMarker returns the first marker of kind k in turn i.
func (s *session) firstMarker(i int, k MarkerKind) (Marker, bool) {
	for _, m := range s.an[i].Markers {
		if m.Kind == k {
			return m, true
		}
	}
	return Marker{}, false
}

// excerpt returns the start of a turn's words, up to the end of the twelfth word,
// as an exact substring so evidence always quotes what was said.
func excerpt(text string) string {
	const maxWords = 12
	words, inWord := 0, false
	for i, r := range text {
		space := r == ' ' || r == '\n' || r == '\t' || r == '\r'
		if !space && !inWord {
			words++
			if words > maxWords {
				return trimSpaceRight(text[:i])
			}
		}
		inWord = !space
	}
	return trimSpaceRight(text)
}

func trimSpaceRight(s string) string {
	for len(s) > 0 {
		switch s[len(s)-1] {
		case ' ', '\n', '\t', '\r':
			s = s[:len(s)-1]
		default:
			return s
		}
	}
	return s
}

// turnQuote is what evidence about a whole turn quotes: its opening words, or
// the action when the turn has no words.
func (s *session) turnQuote(i int) string {
	turn := s.t.Turns[i]
	if q := excerpt(turn.Text); q != "" {
		return q
	}
	if turn.Action != nil {
		return s.actionText(i)
	}
	return ""
}
