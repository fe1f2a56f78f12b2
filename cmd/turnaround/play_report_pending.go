//go:build !scoringwip

package main

import (
	"errors"
	"io"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// scoreSession says scoring is missing until scoring.Score builds without the
// scoringwip tag; play still saves the transcript for turnaround score later.
func scoreSession(scoring.Transcript, *scenarios.Scenario) (*scoring.Report, error) {
	return nil, errors.New("scoring is not in this build yet; score the --out transcript later with turnaround score")
}

func writeReport(io.Writer, *scoring.Report, scoring.Transcript) error { return nil }
