//go:build scoringwip

package sim

import "github.com/turnaround-app/turnaround/scoring"

// analyzeTurn reads what an agent turn did. While scoring.AnalyzeTurn is still
// behind the scoringwip tag, sim uses it only under the same tag.
var analyzeTurn = scoring.AnalyzeTurn
