//go:build !scoringwip

package sim

import "github.com/turnaround-app/turnaround/scoring"

// analyzeTurn reads what an agent turn did. Until scoring.AnalyzeTurn lands without
// the scoringwip tag, an untagged build sees only the structured action, so the
// customer still reacts to what is given, refused and how long they waited.
var analyzeTurn = func(t scoring.Turn) scoring.Analysis {
	var a scoring.Analysis
	if t.Action != nil {
		a.Markers = append(a.Markers, scoring.Marker{Kind: scoring.MarkAction, Text: t.Action.Kind, Detail: t.Action.Kind, Value: t.Action.Amount})
	}
	return a
}
