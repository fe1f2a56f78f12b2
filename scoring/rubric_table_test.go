package scoring

import (
	"fmt"
	"strings"
	"testing"
)

// TestRubricDetectorsAreNamedLikeTheirRules: every default rule's detector has
// the rule's own name, and every rule has a readable title.
func TestRubricDetectorsAreNamedLikeTheirRules(t *testing.T) {
	for _, r := range DefaultRubric().Rules {
		if r.Detector != r.Name {
			t.Errorf("rule %s uses detector %s", r.Name, r.Detector)
		}
		if strings.TrimSpace(r.Title) == "" || r.Title == r.Name {
			t.Errorf("rule %s has title %q; want a readable title", r.Name, r.Title)
		}
	}
	if len(detectors) != len(DefaultRubric().Rules) {
		t.Errorf("%d detectors for %d rules: every detector serves one rule", len(detectors), len(DefaultRubric().Rules))
	}
}

// TestRubricWhyQuotesTheDetectorsThresholds: each why sentence that quotes a
// number quotes the constant its detector uses.
func TestRubricWhyQuotesTheDetectorsThresholds(t *testing.T) {
	r := DefaultRubric()
	want := map[string][]string{
		"early-concrete-action":       {spell(earlyReplies) + " replies", fmt.Sprintf("%d seconds", earlyMS/1000)},
		"late-first-action":           {ordinal(lateReplies) + " reply", spell(lateMS/60_000) + " minutes"},
		"overlong-turn":               {fmt.Sprintf("over %d words", overlongWords)},
		"apology-too-long":            {spell(maxApologySentences) + " sentences"},
		"empathy-without-progress":    {ordinal(progressByReply) + " reply"},
		"empathy-pasted":              {spell(pastedAfter+1) + " or more replies"},
		"repeat-failure-needs-more":   {"a quarter more"},
		"bare-fix-for-costly-failure": {fmt.Sprintf("severity %d", costlySeverity)},
	}
	for name, parts := range want {
		rule, ok := r.Rule(name)
		if !ok {
			t.Errorf("no rule %s", name)
			continue
		}
		for _, p := range parts {
			if !strings.Contains(rule.Why, p) {
				t.Errorf("%s: why %q does not quote %q", name, rule.Why, p)
			}
		}
	}
	if got, _ := r.Rule("early-concrete-action"); got.Why != "A concrete action or commitment within two replies and 90 seconds." {
		t.Errorf("early-concrete-action why = %q", got.Why)
	}
}
