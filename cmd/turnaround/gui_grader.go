package main

import (
	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/ui"
)

// grader scores with the default rubric and explains its rules.
type grader struct{ r *scoring.Rubric }

func newGrader() ui.Grader { return grader{r: scoring.DefaultRubric()} }

func (g grader) Score(t scoring.Transcript, sc *scenarios.Scenario) (scoring.Report, error) {
	return scoring.Score(t, sc, g.r)
}

func (g grader) Why(rule string) string {
	if r, ok := g.r.Rule(rule); ok {
		return r.Why
	}
	return ""
}
