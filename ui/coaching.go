package ui

import (
	"context"

	"github.com/turnaround-app/turnaround/scoring"
)

// Practice modes. In practice mode a one-line hint follows a reply the rubric
// will charge for, and the report offers a retry from any turn; assessment mode
// has neither and is what a team lead's reports count.
const (
	ModePractice   = "practice"
	ModeAssessment = "assessment"
)

// PrefMode remembers the mode the trainee chose last.
const PrefMode = "practice_mode"

// CoachingStore is implemented by a HistoryStore that keeps a session's mode and
// the hints shown in it; with a store that does not, sessions are stored without.
type CoachingStore interface {
	// MarkPractice records that session id is played in practice mode.
	MarkPractice(ctx context.Context, id string) error
	// AddHint stores a hint shown during session id.
	AddHint(ctx context.Context, id string, h scoring.Hint) error
}

// markPractice records the session's mode once it has begun. Call on the UI thread.
func (w *historyWriter) markPractice() {
	w.coaching(func(ctx context.Context, cs CoachingStore) error { return cs.MarkPractice(ctx, w.id) })
}

// addHint stores a hint the trainee was shown. Call on the UI thread.
func (w *historyWriter) addHint(h scoring.Hint) {
	w.coaching(func(ctx context.Context, cs CoachingStore) error { return cs.AddHint(ctx, w.id, h) })
}

// coaching queues a write for a store that keeps coaching, after the writes
// before it, so a hint is never stored before its session.
func (w *historyWriter) coaching(job func(ctx context.Context, cs CoachingStore) error) {
	cs, ok := w.store.(CoachingStore)
	if !ok {
		return
	}
	w.do(func(ctx context.Context) error {
		if w.id == "" {
			return nil // BeginSession failed and was reported already
		}
		return job(ctx, cs)
	})
}

// modeNote marks a session in lists: "   · practice, assisted" when hints were
// shown, "   · practice" without; nothing for assessment.
func modeNote(s SessionInfo) string {
	switch {
	case s.Assisted:
		return "   · practice, assisted"
	case s.Practice:
		return "   · practice"
	}
	return ""
}
