//go:build !scoringwip

package main

import "github.com/turnaround-app/turnaround/ui"

// newGrader returns nil until scoring.Score builds without the scoringwip tag;
// Practice then says the session could not be scored.
func newGrader() ui.Grader { return nil }
