package scoring

// Limit bounds how far one rule can move a score in one session, so no behaviour
// can be repeated into a high score (or a single slip into a ruinous one).
type Limit struct {
	// Max is how many occurrences score at all; 0 means every occurrence scores.
	Max int `json:"max,omitempty"`
	// Halving gives diminishing returns: each further occurrence is worth half the
	// one before (integer halving, so 12, 6, 3, 1, then nothing).
	Halving bool `json:"halving,omitempty"`
	// Cap bounds the size of the rule's summed points in a session; 0 means no cap.
	Cap int `json:"cap,omitempty"`
}

// Rule is one line of the rubric: where a behaviour is found, which dimension it
// moves, by how much, and how often it may count.
type Rule struct {
	// Name is the kebab-case name evidence cites, for example "owns-the-mistake".
	Name string `json:"name"`
	// Title is the name as a trainee reads it in a report: "Owned the mistake".
	Title     string    `json:"title"`
	Dimension Dimension `json:"dimension"`
	// Points per occurrence; negative points are penalties.
	Points int   `json:"points"`
	Limit  Limit `json:"limit"`
	// Detector names the function that finds where the rule fires (see detectors);
	// in the default rubric it is the rule's own name.
	Detector string `json:"detector"`
	// Why says in a trainer's words what the rule rewards or costs.
	Why string `json:"why"`
}

// Rubric is a versioned set of rules and dimension weights. Reports name the
// version, so a score can be reproduced after the rubric changes.
type Rubric struct {
	Version string                `json:"version"`
	Weights map[Dimension]float64 `json:"weights"`
	// Base is where every dimension starts before evidence moves it.
	Base  int    `json:"base"`
	Rules []Rule `json:"rules"`
}

// RubricVersion is the version of the default rubric, the one the score of
// record uses; a session records it when it begins, before any report exists.
const RubricVersion = "2"

// DefaultRubric returns a fresh copy of rubric version RubricVersion; callers may change it.
// Version 2 reads turns clause by clause (see clauseRules), adds validates-feeling,
// and scores a silent session below any real attempt.
func DefaultRubric() *Rubric {
	rules := make([]Rule, len(defaultRules))
	copy(rules, defaultRules)
	return &Rubric{
		Version: RubricVersion,
		Weights: map[Dimension]float64{
			Empathy:          0.25,
			ActionSpeed:      0.30,
			AuthorityClarity: 0.25,
			Fairness:         0.20,
		},
		Base:  50,
		Rules: rules,
	}
}

// Rule returns the rule with the given name.
func (r *Rubric) Rule(name string) (Rule, bool) {
	for _, rule := range r.Rules {
		if rule.Name == name {
			return rule, true
		}
	}
	return Rule{}, false
}

// points returns the points the n-th occurrence (0-based) of a rule earns before
// the cap, or 0 when the limit says it no longer counts.
func (l Limit) points(base, n int) int {
	if l.Max > 0 && n >= l.Max {
		return 0
	}
	if l.Halving {
		if n >= 31 {
			return 0
		}
		return base / (1 << n)
	}
	return base
}

// capped trims p so that the running total stays within the cap.
func (l Limit) capped(total, p int) int {
	if l.Cap <= 0 {
		return p
	}
	room := l.Cap - abs(total)
	if room <= 0 {
		return 0
	}
	if abs(p) > room {
		if p < 0 {
			return -room
		}
		return room
	}
	return p
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
