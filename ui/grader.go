package ui

import (
	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// rubricGrader scores with a scoring rubric and explains its rules.
type rubricGrader struct{ r *scoring.Rubric }

// NewRubricGrader grades sessions with r through scoring.Score.
func NewRubricGrader(r *scoring.Rubric) Grader { return rubricGrader{r} }

// Score implements Grader.
func (g rubricGrader) Score(t scoring.Transcript, sc *scenarios.Scenario) (scoring.Report, error) {
	return scoring.Score(t, sc, g.r)
}

// Why implements Grader.
func (g rubricGrader) Why(rule string) string {
	if r, ok := g.r.Rule(rule); ok {
		return r.Why
	}
	return ""
}
