package scoring

import "testing"

// orderings are the anti-gaming promises: each gamed or poor recovery scores
// lower in total than the plain honest recovery of the same scenario.
var orderings = []struct{ worse, better string }{
	{"anniversary-keyword-stuffing", "anniversary-honest"},
	{"anniversary-pasted-empathy", "anniversary-honest"},
	{"anniversary-apology-spam", "anniversary-honest"},
	{"anniversary-copy-paste", "anniversary-honest"},
	{"anniversary-overlong", "anniversary-honest"},
	{"anniversary-grader-injection", "anniversary-honest"},
	{"anniversary-over-authority", "anniversary-honest"},
	{"anniversary-policy-hider", "anniversary-honest"},
	{"anniversary-hedger", "anniversary-honest"},
	{"anniversary-blame", "anniversary-honest"},
	{"anniversary-over-compensation", "anniversary-honest"},
	{"anniversary-slow-kind", "anniversary-honest"},
	{"double-charge-reasker", "double-charge-honest"},
	{"lost-parcel-bare-fix", "lost-parcel-honest"},
	{"lost-parcel-policy-hider", "lost-parcel-honest"},
	{"cloud-outage-jargon-hedger", "cloud-outage-honest"},
	{"cloud-outage-over-authority", "cloud-outage-honest"},
	{"repeat-clinic-first-failure-remedy", "repeat-clinic-honest"},
	{"repeat-clinic-bare-fix", "repeat-clinic-honest"},
}

func TestGamingScoresLowerThanHonestRecovery(t *testing.T) {
	totals := map[string]int{}
	for _, g := range loadGoldens(t) {
		totals[g.name] = mustScore(t, g.tr, g.sc).Total
	}
	for _, o := range orderings {
		worse, okW := totals[o.worse]
		better, okB := totals[o.better]
		if !okW || !okB {
			t.Errorf("golden %s or %s is missing", o.worse, o.better)
			continue
		}
		if worse >= better {
			t.Errorf("%s total %d, want below %s total %d", o.worse, worse, o.better, better)
		}
	}
}

// TestGoldenRecoveryParadox: the same honest recovery lifts a first failure
// above its baseline but leaves a repeat failure below it.
func TestGoldenRecoveryParadox(t *testing.T) {
	want := map[string]bool{"anniversary-honest": true, "repeat-clinic-honest": false}
	for _, g := range loadGoldens(t) {
		paradox, ok := want[g.name]
		if !ok {
			continue
		}
		s := mustScore(t, g.tr, g.sc).Satisfaction
		if s.Paradox != paradox || (s.Estimate > s.Baseline) != paradox {
			t.Errorf("%s: estimate %d vs baseline %d, paradox %v; want paradox %v", g.name, s.Estimate, s.Baseline, s.Paradox, paradox)
		}
		delete(want, g.name)
	}
	if len(want) > 0 {
		t.Errorf("goldens missing: %v", want)
	}
}
