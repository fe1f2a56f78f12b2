package scoring

import (
	"regexp"
	"strings"
	"testing"
)

func TestDefaultRubricTableIsWellFormed(t *testing.T) {
	r := DefaultRubric()
	if r.Version != "2" {
		t.Errorf("Version = %q, want 2", r.Version)
	}
	kebab := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	seen := map[string]bool{}
	for _, rule := range r.Rules {
		if !kebab.MatchString(rule.Name) {
			t.Errorf("rule %q is not kebab-case", rule.Name)
		}
		if seen[rule.Name] {
			t.Errorf("rule %q appears twice", rule.Name)
		}
		seen[rule.Name] = true
		if _, ok := detectors[rule.Detector]; !ok {
			t.Errorf("rule %q names detector %q, which does not exist", rule.Name, rule.Detector)
		}
		if rule.Points == 0 || strings.TrimSpace(rule.Why) == "" {
			t.Errorf("rule %q needs non-zero points and a Why", rule.Name)
		}
		if rule.Points > 0 && rule.Limit.Max == 0 && rule.Limit.Cap == 0 {
			t.Errorf("rewarding rule %q has no limit, so repeating it could buy any score", rule.Name)
		}
	}
	for _, name := range []string{"owns-the-mistake", "acknowledges-cost", "first-apology", "apology-repeated",
		"apology-too-long", "empathy-without-progress", "blames-customer", "reflects-back", "asks-real-question",
		"scripted-filler", "empathy-pasted", "early-concrete-action", "late-first-action", "stalling",
		"reasks-known-fact", "vague-promise", "time-commitment", "follow-up-scheduled", "states-authority",
		"offers-choices", "hedging", "hides-behind-policy", "over-authority-promise", "over-authority-action",
		"remedy-fits-harm", "remedy-under-fair", "bare-fix-for-costly-failure", "remedy-over-ceiling-not-rewarded",
		"repeat-failure-needs-more", "keyword-stuffing", "copy-pasted-turn", "overlong-turn", "grader-instruction", "jargon",
		"validates-feeling", "silent-session-empathy", "silent-session-action", "silent-session-authority",
		"silent-session-fairness"} {
		if _, ok := r.Rule(name); !ok {
			t.Errorf("rubric has no rule %q", name)
		}
	}
}

func TestDefaultRubricWeightsAddUpToOne(t *testing.T) {
	r := DefaultRubric()
	sum := 0.0
	for _, d := range Dimensions {
		sum += r.Weights[d]
	}
	if sum < 0.999 || sum > 1.001 {
		t.Errorf("weights add up to %v, want 1", sum)
	}
	if r.Weights[ActionSpeed] != 0.30 {
		t.Errorf("action_speed weight = %v, want 0.30", r.Weights[ActionSpeed])
	}
}

func TestDefaultRubricIsACopy(t *testing.T) {
	a := DefaultRubric()
	a.Rules[0].Points = 999
	if b := DefaultRubric(); b.Rules[0].Points == 999 {
		t.Fatal("changing one DefaultRubric changed the next")
	}
}

func TestLimitPoints(t *testing.T) {
	tests := []struct {
		name  string
		limit Limit
		base  int
		want  []int // points for occurrences 0, 1, 2, 3 before any cap
	}{
		{"unlimited", Limit{}, -5, []int{-5, -5, -5, -5}},
		{"max one", Limit{Max: 1}, 12, []int{12, 0, 0, 0}},
		{"halving", Limit{Halving: true}, 10, []int{10, 5, 2, 1}},
		{"halving max two", Limit{Max: 2, Halving: true}, 10, []int{10, 5, 0, 0}},
	}
	for _, tt := range tests {
		for n, want := range tt.want {
			if got := tt.limit.points(tt.base, n); got != want {
				t.Errorf("%s: occurrence %d = %d, want %d", tt.name, n, got, want)
			}
		}
	}
}

func TestApplyRuleCapsTheSessionTotal(t *testing.T) {
	rule := Rule{Name: "apology-repeated", Points: -8, Limit: Limit{Cap: 20}}
	hits := []hit{{1, "sorry"}, {3, "sorry"}, {5, "sorry"}, {7, "sorry"}}
	got := applyRule(nil, rule, 0, 0, hits, func(hit) bool { return false })
	want := []int{-8, -8, -4}
	if len(got) != len(want) {
		t.Fatalf("got %d evidence entries, want %d: %+v", len(got), len(want), got)
	}
	for i, e := range got {
		if e.Points != want[i] {
			t.Errorf("entry %d: %d points, want %d", i, e.Points, want[i])
		}
	}
}

func TestApplyRuleSkipsUntrustedTurnsForRewardsOnly(t *testing.T) {
	untrusted := []bool{false, true, false}
	gamed := func(h hit) bool { return untrusted[h.turn] }
	hits := []hit{{1, "x"}, {2, "y"}}
	reward := applyRule(nil, Rule{Name: "r", Points: 5, Limit: Limit{Max: 1}}, 0, 0, hits, gamed)
	if len(reward) != 1 || reward[0].Turn != 2 {
		t.Errorf("reward evidence = %+v, want one entry at turn 2", reward)
	}
	penalty := applyRule(nil, Rule{Name: "p", Points: -5}, 0, 0, hits, gamed)
	if len(penalty) != 2 {
		t.Errorf("penalty evidence = %+v, want both turns", penalty)
	}
}

func TestScoreRejectsRubricWithUnknownDetector(t *testing.T) {
	r := DefaultRubric()
	r.Rules = append(r.Rules, Rule{Name: "mind-reading", Dimension: Empathy, Points: 5, Detector: "telepathy"})
	_, err := Score(conv(cust(0, "Hello?"), agent(1000, "Hi.")), fixture(), r)
	if err == nil || !strings.Contains(err.Error(), `rule mind-reading names detector "telepathy"`) {
		t.Fatalf("err = %v, want it to name the rule and detector", err)
	}
}
