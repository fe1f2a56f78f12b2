package sim

import (
	"slices"
	"testing"

	"github.com/turnaround-app/turnaround/scoring"
)

// TestHintsAgreeWithTheFinalReport replays 200 seeded sessions reply by reply,
// as practice mode sees them: each hint shown after a reply must be a charge the
// final report makes at that reply, for the same points, so no later reply can
// prove a hint wrong; and a reply the final report charges under a coached rule
// must have had a hint.
func TestHintsAgreeWithTheFinalReport(t *testing.T) {
	library := builtins(t)
	hinted := map[string]int{}
	for seed := range uint64(200) {
		sc := library[int(seed)%len(library)]
		tr := randomTrainee(t, sc, seed).Transcript()
		final, err := scoring.Score(tr, sc, nil)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		for k, turn := range tr.Turns {
			if turn.Role != scoring.RoleAgent {
				continue
			}
			h, ok := scoring.HintAfter(soFar(tr, k), sc, nil)
			charged := coachedCharges(final, k)
			switch {
			case ok && charged[h.Rule] != h.Points:
				t.Errorf("seed %d on %s, turn %d: hint %s %d, the final report charges %d there",
					seed, sc.ID, k, h.Rule, h.Points, charged[h.Rule])
			case !ok && len(charged) > 0:
				t.Errorf("seed %d on %s, turn %d: no hint, the final report charges %v there", seed, sc.ID, k, charged)
			}
			if ok {
				hinted[h.Rule]++
			}
		}
	}
	for _, rule := range []string{"stalling", "hedging", "hides-behind-policy", "claims-remedy-not-given"} {
		if hinted[rule] == 0 {
			t.Errorf("no random session earned a %s hint (hints %v); the test would not cover it", rule, hinted)
		}
	}
}

// soFar is the transcript as practice mode holds it right after agent turn k
// went through: with the customer's answer, and the ending only if it came.
func soFar(tr scoring.Transcript, k int) scoring.Transcript {
	end := k + 1
	if end < len(tr.Turns) && tr.Turns[end].Role == scoring.RoleCustomer {
		end++
	}
	out := tr
	out.Turns = tr.Turns[:end]
	if end < len(tr.Turns) {
		out.Ending = ""
	}
	return out
}

// coachedCharges sums the report's penalties at turn k under CoachRules.
func coachedCharges(rep scoring.Report, k int) map[string]int {
	out := map[string]int{}
	for _, d := range rep.Dimensions {
		for _, e := range d.Evidence {
			if e.Turn == k && e.Points < 0 && slices.Contains(scoring.CoachRules, e.Rule) {
				out[e.Rule] += e.Points
			}
		}
	}
	return out
}
