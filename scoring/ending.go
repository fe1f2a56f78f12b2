package scoring

import (
	"fmt"
	"slices"
	"strings"

	"github.com/turnaround-app/turnaround/scenarios"
)

// The endings a session can have, as transcripts and reports spell them.
const (
	EndingResolved  = "resolved"
	EndingEscalated = "escalated"
	EndingHungUp    = "hung-up"
	EndingAbandoned = "abandoned"
)

// Endings lists every ending a transcript may record.
var Endings = []string{EndingResolved, EndingEscalated, EndingHungUp, EndingAbandoned}

// HangUpFrustration is the frustration at which a customer gives up, whatever
// patience is left; patience at 0 ends a session too.
const HangUpFrustration = 100

// The ending of record is derived from the turns, never taken on trust: score
// checks a recorded ending against what the turns show (endingProblem) and
// rejects one they contradict, naming the turn; a transcript without an ending
// gets the one the turns show (derivedEnding).

// derivedEnding is the ending the turns show: an escalation performed ends the
// session as escalated; a customer recorded at patience 0 or full frustration
// hung up; a performed remedy that reached the fair floor resolved it; anything
// else was abandoned.
func derivedEnding(t Transcript, r remedyResult) string {
	switch {
	case r.escalatedTurn >= 0:
		return EndingEscalated
	case hungUpTurn(t) >= 0:
		return EndingHungUp
	case r.floorTurn >= 0:
		return EndingResolved
	}
	return EndingAbandoned
}

// hungUpTurn is the customer turn whose recorded mood shows they gave up, or -1.
// Only the simulator records moods, so a hand-written transcript shows none.
func hungUpTurn(t Transcript) int {
	for i, turn := range t.Turns {
		if m := turn.Mood; turn.Role == RoleCustomer && m != nil && (m.Patience <= 0 || m.Frustration >= HangUpFrustration) {
			return i
		}
	}
	return -1
}

// gaveUpTurn is the customer turn whose recorded mood shows they had given up
// before the session could resolve, or -1: full frustration anywhere, or patience
// at 0 with the agent still talking after it. Patience at 0 on the customer's
// last line is left alone: transcripts recorded before the closing turn existed
// resolved on the remedy's turn even when it used the last of the patience.
func gaveUpTurn(t Transcript) int {
	for i, turn := range t.Turns {
		m := turn.Mood
		if turn.Role != RoleCustomer || m == nil {
			continue
		}
		if m.Frustration >= HangUpFrustration || (m.Patience <= 0 && nextAgentTurn(t, i) >= 0) {
			return i
		}
	}
	return -1
}

// endingProblem checks a recorded ending against the turns: it must be a known
// ending, an escalation performed ends the session as escalated and nothing
// follows it from the agent, "resolved" needs a performed remedy that reached the
// fair floor and a customer who did not give up.
func endingProblem(t Transcript, sc *scenarios.Scenario, r remedyResult) *TranscriptError {
	claimed, last := t.Ending, len(t.Turns)-1
	if claimed == "" {
		return nil
	}
	if !slices.Contains(Endings, claimed) {
		return &TranscriptError{-1, fmt.Sprintf("the transcript's ending %q is not one of %s", claimed, strings.Join(Endings, ", "))}
	}
	if e := r.escalatedTurn; e >= 0 {
		if claimed != EndingEscalated {
			return &TranscriptError{e, fmt.Sprintf("performs an escalation, which ends the session as escalated, but the transcript's ending is %q", claimed)}
		}
		if after := nextAgentTurn(t, e); after >= 0 {
			return &TranscriptError{after, fmt.Sprintf("is an agent turn after the escalation at turn %d ended the session", e)}
		}
		return nil
	}
	switch claimed {
	case EndingEscalated:
		return &TranscriptError{last, "ends the transcript with no escalation performed, but its ending is \"escalated\""}
	case EndingResolved:
		if h := gaveUpTurn(t); h >= 0 {
			return &TranscriptError{h, "records a customer who gave up (patience 0 or full frustration), but the transcript's ending is \"resolved\""}
		}
		if r.floorTurn < 0 {
			return &TranscriptError{last, fmt.Sprintf("ends the transcript before any performed remedy reached the fair floor (%s), but its ending is \"resolved\"",
				scenarios.Money(sc.FairFloor(), cardCurrency(sc)))}
		}
	}
	return nil
}

// nextAgentTurn is the first agent turn after turn i, or -1.
func nextAgentTurn(t Transcript, i int) int {
	for j := i + 1; j < len(t.Turns); j++ {
		if t.Turns[j].Role == RoleAgent {
			return j
		}
	}
	return -1
}

// cardCurrency is the first currency on the card, for wording the fair floor.
func cardCurrency(sc *scenarios.Scenario) string {
	for _, a := range sc.Authority {
		if a.Currency != "" {
			return a.Currency
		}
	}
	return ""
}

// ending is the ending of record: the recorded one (endingProblem has checked it
// against the turns) or, when none was recorded, the one the turns show.
func ending(t Transcript, r remedyResult) string {
	if t.Ending != "" {
		return t.Ending
	}
	return derivedEnding(t, r)
}
