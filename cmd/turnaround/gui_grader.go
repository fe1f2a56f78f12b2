package main

import (
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/ui"
)

// newGrader grades GUI sessions with the default rubric, the score of record.
func newGrader() ui.Grader { return ui.NewRubricGrader(scoring.DefaultRubric()) }
