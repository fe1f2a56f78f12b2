package scoring

// Dimension names one of the four graded dimensions, as spelled in report JSON.
type Dimension string

// The four dimensions, in report order.
const (
	Empathy          Dimension = "empathy"
	ActionSpeed      Dimension = "action_speed"
	AuthorityClarity Dimension = "authority_clarity"
	Fairness         Dimension = "fairness"
)

// Dimensions lists the four dimensions in the order reports show them.
var Dimensions = []Dimension{Empathy, ActionSpeed, AuthorityClarity, Fairness}

// Evidence is one point gained or lost: which turn, which words, which rule.
type Evidence struct {
	Turn   int    `json:"turn"`
	Quote  string `json:"quote"`
	Rule   string `json:"rule"`
	Points int    `json:"points"`
}

// DimensionScore is one dimension's integer score 0..100 with its weight, its
// evidence, and the positive rules it missed (what would have raised it).
type DimensionScore struct {
	Score    int        `json:"score"`
	Weight   float64    `json:"weight"`
	Evidence []Evidence `json:"evidence"`
	Missed   []Missed   `json:"missed"`
}

// Outcomes are the four customer outcomes a good recovery reaches.
type Outcomes struct {
	Relief     bool `json:"relief"`
	Clarity    bool `json:"clarity"`
	Fairness   bool `json:"fairness"`
	Confidence bool `json:"confidence"`
}

// Satisfaction compares the estimated post-recovery satisfaction with the scenario's
// baseline before the failure (the recovery paradox).
type Satisfaction struct {
	Estimate int `json:"estimate"`
	Baseline int `json:"baseline"`
	// Paradox is true when the estimate ends above the baseline.
	Paradox bool `json:"paradox"`
	// Why lists, in a trainer's words, what held the estimate where it is.
	Why []string `json:"why,omitempty"`
}

// Report is the score of record for one transcript. Its JSON form is the contract
// in DESIGN.md; fields beyond it are additions, never changes.
type Report struct {
	Scenario      string                       `json:"scenario"`
	RubricVersion string                       `json:"rubric_version"`
	Total         int                          `json:"total"`
	Dimensions    map[Dimension]DimensionScore `json:"dimensions"`
	Outcomes      Outcomes                     `json:"outcomes"`
	Ending        string                       `json:"ending"`
	Satisfaction  Satisfaction                 `json:"satisfaction"`
	// OutcomeTurns says at which turn each outcome was reached (-1 when it was not).
	OutcomeTurns map[string]int `json:"outcome_turns,omitempty"`
}
