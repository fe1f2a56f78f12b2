package main

import (
	"io"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// scoreSession grades the finished (or interrupted) session with the default rubric.
func scoreSession(t scoring.Transcript, sc *scenarios.Scenario) (*scoring.Report, error) {
	rep, err := scoring.Score(t, sc, nil)
	if err != nil {
		return nil, err
	}
	return &rep, nil
}

// writeReport prints the text score report.
func writeReport(w io.Writer, rep *scoring.Report, t scoring.Transcript) error {
	return scoring.WriteReportText(w, *rep, t)
}
