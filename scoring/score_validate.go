package scoring

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/turnaround-app/turnaround/scenarios"
)

// ErrInvalidTranscript is what every transcript problem matches with errors.Is.
var ErrInvalidTranscript = errors.New("invalid transcript")

// TranscriptError is one problem with a transcript, as one sentence a trainer can act on.
type TranscriptError struct {
	// Turn is the index into Turns the problem is in, or -1 for the whole transcript.
	Turn int
	Msg  string
}

// Error returns the sentence, naming the turn when there is one.
func (e *TranscriptError) Error() string {
	if e.Turn < 0 {
		return e.Msg
	}
	return fmt.Sprintf("turn %d %s", e.Turn, e.Msg)
}

// Is makes every TranscriptError match ErrInvalidTranscript.
func (e *TranscriptError) Is(target error) bool { return target == ErrInvalidTranscript }

// ValidateTranscript checks that a transcript can be scored against sc: it has
// turns, every role is known, every turn says or does something, time never runs
// backwards, every action kind exists, no action the authority card refuses is
// recorded as performed, and a recorded ending agrees with the turns (see
// endingProblem). It returns the first problem found.
func ValidateTranscript(t Transcript, sc *scenarios.Scenario) error {
	if sc == nil {
		return &TranscriptError{-1, "there is no scenario to score the transcript against"}
	}
	if len(t.Turns) == 0 {
		return &TranscriptError{-1, "the transcript has no turns"}
	}
	if t.Timing != TimingWall && t.Timing != TimingShown {
		return &TranscriptError{-1, fmt.Sprintf("the transcript has timing %d; known versions are %d (or none) and %d",
			t.Timing, TimingWall, TimingShown)}
	}
	if t.Scenario != "" && sc.ID != "" && t.Scenario != sc.ID {
		return &TranscriptError{-1, fmt.Sprintf("the transcript is for scenario %q, not %q", t.Scenario, sc.ID)}
	}
	for i, turn := range t.Turns {
		if msg := turnProblem(turn, sc); msg != "" {
			return &TranscriptError{i, msg}
		}
		if i > 0 && turn.AtMS < t.Turns[i-1].AtMS {
			return &TranscriptError{i, fmt.Sprintf("is at %d ms, before turn %d at %d ms; turns must be in time order",
				turn.AtMS, i-1, t.Turns[i-1].AtMS)}
		}
	}
	r := assessRemedy(t, sc)
	if i := r.falseResult; i >= 0 {
		return &TranscriptError{i, fmt.Sprintf("records %s as performed, but the authority card refuses it: %s",
			t.Turns[i].Action.Grant(), r.falseWhy)}
	}
	if err := endingProblem(t, sc, r); err != nil {
		return err
	}
	return nil
}

// turnProblem describes what is wrong with one turn on its own, or returns "".
func turnProblem(turn Turn, sc *scenarios.Scenario) string {
	switch {
	case turn.Role != RoleAgent && turn.Role != RoleCustomer:
		return fmt.Sprintf("has role %q; a role is \"customer\" or \"agent\"", turn.Role)
	case turn.AtMS < 0:
		return fmt.Sprintf("has a negative at_ms (%d)", turn.AtMS)
	case turn.AtMS > MaxSessionMS:
		return fmt.Sprintf("has at_ms %d, past the week (%d ms) a session can last", turn.AtMS, MaxSessionMS)
	case strings.TrimSpace(turn.Text) == "" && turn.Action == nil:
		return "has neither text nor an action"
	case len(turn.Text) > MaxTurnRunes && utf8.RuneCountInString(turn.Text) > MaxTurnRunes:
		return fmt.Sprintf("has %d characters; a turn may have at most %d, as in play",
			utf8.RuneCountInString(turn.Text), MaxTurnRunes)
	case turn.Action == nil:
		return ""
	case turn.Role == RoleCustomer:
		return "is a customer turn with an action; only agents take actions"
	}
	return actionProblem(*turn.Action, sc)
}

// actionProblem describes what is wrong with an action, or returns "".
func actionProblem(a Action, sc *scenarios.Scenario) string {
	if a.Kind == "" {
		return "has an action with no kind"
	}
	if _, ok := sc.AuthorityFor(a.Kind); !ok && !slices.Contains(scenarios.ActionKinds, a.Kind) {
		return fmt.Sprintf("uses action kind %q, which is neither on the authority card nor a known action (%s)",
			a.Kind, strings.Join(scenarios.ActionKinds, ", "))
	}
	if a.Result != "" && a.Result != ActionPerformed && a.Result != ActionRefused {
		return fmt.Sprintf("has action result %q; a result is %q or %q", a.Result, ActionPerformed, ActionRefused)
	}
	if a.Amount < 0 || math.IsNaN(a.Amount) || math.IsInf(a.Amount, 0) {
		return fmt.Sprintf("has an action amount of %v; an amount is zero or more", a.Amount)
	}
	return ""
}
