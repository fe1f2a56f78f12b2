package main

import (
	"errors"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// openRecorder opens the history store at dbPath for play. With no path the
// session is not recorded. The history store is wired in by its own issue.
func openRecorder(dbPath string) (recorder, error) {
	if dbPath == "" {
		return nopRecorder{}, nil
	}
	return nil, errors.New("history store not built yet")
}

// nopRecorder records nothing.
type nopRecorder struct{}

func (nopRecorder) Begin(*scenarios.Scenario, string, string) error { return nil }
func (nopRecorder) Turn(int, scoring.Turn) error                    { return nil }
func (nopRecorder) Finish(sim.Ending, *scoring.Report) error        { return nil }
func (nopRecorder) Close() error                                    { return nil }
