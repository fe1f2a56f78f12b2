package main

import (
	"context"

	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/ui"
)

// reviewFilter is the history filter of Review's summaries in scope: a team
// lead's reports count assessment sessions unless asked to include practice,
// since hints and retries make a practice score a different thing.
func reviewFilter(scope ui.ReviewScope) history.Filter {
	return history.Filter{AssessmentOnly: !scope.IncludePractice}
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
