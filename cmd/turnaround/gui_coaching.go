package main

import (
	"context"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/ui"
)

// reviewFilter is the history filter of Review's summaries in scope: a team
// lead's reports count assessment sessions unless asked to include practice,
// since hints and retries make a practice score a different thing.
func reviewFilter(scope ui.ReviewScope) history.Filter {
	return history.Filter{AssessmentOnly: !scope.IncludePractice}
}

// MarkPractice implements ui.CoachingStore.
func (h *historyAdapter) MarkPractice(ctx context.Context, id string) error {
	sid, err := parseID(id)
	if err != nil {
		return err
	}
	return h.s.SetMode(ctx, sid, history.ModePractice)
}

// AddHint implements ui.CoachingStore.
func (h *historyAdapter) AddHint(ctx context.Context, id string, hint scoring.Hint) error {
	sid, err := parseID(id)
	if err != nil {
		return err
	}
	return h.s.AddHint(ctx, sid, storedHint(hint))
}

// suggester recommends the next scenario from the trainee's history in s.
func suggester(s history.Store) ui.SuggestFunc {
	return func(trainee string) (ui.Suggestion, error) {
		lib, err := loadScenarios()
		if len(lib) == 0 {
			return ui.Suggestion{}, err
		}
		rec, err := history.NextFor(context.Background(), s, trainee, lib)
		if err != nil {
			return ui.Suggestion{}, err
		}
		return ui.Suggestion{ScenarioID: rec.Scenario.ID, Why: rec.Why}, nil
	}
}
