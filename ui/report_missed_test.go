package ui

import (
	"testing"

	"github.com/turnaround-app/turnaround/scoring"
)

// TestReportListsWhatWasMissed: the desktop report shows each missed rule with
// its turn, readable title, points and the rubric's reason, and nothing when
// nothing was missed.
func TestReportListsWhatWasMissed(t *testing.T) {
	rep := scoring.Report{Dimensions: map[scoring.Dimension]scoring.DimensionScore{
		scoring.ActionSpeed: {Missed: []scoring.Missed{{Rule: "follow-up-scheduled", Title: "Scheduled a follow-up", Points: 8, Turn: 3,
			Why: "Schedules a follow-up to confirm the fix held."}}},
	}}
	block := missedBlock(rep)
	if block == nil {
		t.Fatal("no missed block for a report that missed a rule")
	}
	for _, want := range []string{"Action speed", "Turn 3: Scheduled a follow-up, +8", "Schedules a follow-up to confirm the fix held."} {
		if !hasLabel(block, want) {
			t.Errorf("missed block lacks %q", want)
		}
	}
	if missedBlock(scoring.Report{Dimensions: map[scoring.Dimension]scoring.DimensionScore{}}) != nil {
		t.Error("a report that missed nothing shows a missed block")
	}
}
