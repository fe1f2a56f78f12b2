package scenarios

// Scenario is one service-recovery exercise: what went wrong, who the customer is,
// what the trainee may do about it, and the customer's scripted lines.
// Field names mirror the YAML keys documented in FORMAT.md.
type Scenario struct {
	ID                   string      `yaml:"id" json:"id"`
	Title                string      `yaml:"title" json:"title"`
	Brief                string      `yaml:"brief,omitempty" json:"brief,omitempty"`
	Difficulty           int         `yaml:"difficulty" json:"difficulty"`
	Channel              string      `yaml:"channel" json:"channel"`
	Failure              Failure     `yaml:"failure" json:"failure"`
	Customer             Customer    `yaml:"customer" json:"customer"`
	Authority            []Authority `yaml:"authority" json:"authority"`
	FairRemedy           Range       `yaml:"fair_remedy" json:"fair_remedy"`
	BaselineSatisfaction int         `yaml:"baseline_satisfaction" json:"baseline_satisfaction"`
	// Weights overrides the rubric's dimension weights for this scenario; nil keeps the defaults.
	Weights *Weights `yaml:"weights,omitempty" json:"weights,omitempty"`
	Beats   Beats    `yaml:"beats" json:"beats"`

	// Source is where the scenario was read from ("builtin:library/NAME.yaml" or a file path).
	Source string `yaml:"-" json:"-"`
	// Hash is the hex SHA-256 of the file's bytes, so a report knows which version it scored.
	Hash string `yaml:"-" json:"-"`
}

// Failure describes what the company got wrong.
type Failure struct {
	Kind     string `yaml:"kind" json:"kind"`
	Severity int    `yaml:"severity" json:"severity"`
	// Repeat marks a second failure after an earlier recovery; the recovery paradox cannot apply.
	Repeat bool     `yaml:"repeat" json:"repeat"`
	Facts  []string `yaml:"facts" json:"facts"`
	// OnFile lists details the case already holds (for example "order number"); asking the
	// customer for them again costs action-speed points.
	OnFile []string `yaml:"on_file,omitempty" json:"on_file,omitempty"`
}

// Customer is the simulated person the trainee talks to.
type Customer struct {
	Name    string   `yaml:"name" json:"name"`
	Persona string   `yaml:"persona" json:"persona"`
	Mood    Mood     `yaml:"mood" json:"mood"`
	Wants   []string `yaml:"wants" json:"wants"`
}

// Mood is the customer's starting state. Frustration and Trust are 0..100;
// Patience is the number of agent turns the customer will give before giving up.
type Mood struct {
	Frustration int `yaml:"frustration" json:"frustration"`
	Trust       int `yaml:"trust" json:"trust"`
	Patience    int `yaml:"patience" json:"patience"`
}

// Authority is one line of the trainee's authority card: an action they may take
// without asking anyone, with its ceiling where it has one.
type Authority struct {
	Kind string `yaml:"kind" json:"kind"`
	// Max is the ceiling for money actions (refund, credit, discount); 0 for others.
	Max      float64 `yaml:"max,omitempty" json:"max,omitempty"`
	Currency string  `yaml:"currency,omitempty" json:"currency,omitempty"`
	// Value is what a non-money action is worth to the customer, for fairness.
	Value float64 `yaml:"value,omitempty" json:"value,omitempty"`
	// To and Within say who an escalation goes to and how soon they act.
	To     string `yaml:"to,omitempty" json:"to,omitempty"`
	Within string `yaml:"within,omitempty" json:"within,omitempty"`
	Note   string `yaml:"note,omitempty" json:"note,omitempty"`
}

// Range is an inclusive value range in the scenario's currency.
type Range struct {
	Min float64 `yaml:"min" json:"min"`
	Max float64 `yaml:"max" json:"max"`
}

// Weights are the four dimension weights; they must add up to 1.
type Weights struct {
	Empathy          float64 `yaml:"empathy" json:"empathy"`
	ActionSpeed      float64 `yaml:"action_speed" json:"action_speed"`
	AuthorityClarity float64 `yaml:"authority_clarity" json:"authority_clarity"`
	Fairness         float64 `yaml:"fairness" json:"fairness"`
}

// Beats maps a beat name (see BeatNames) to the customer lines it may say.
type Beats map[string][]Line

// Line is one scripted customer line. In YAML it is either a plain string or a
// mapping with text and optional conditions.
type Line struct {
	Text string `yaml:"text" json:"text"`
	// After limits the line to replies following this action kind.
	After string `yaml:"after,omitempty" json:"after,omitempty"`
	// Mood limits the line to a mood band: "angry", "upset" or "calm".
	Mood string `yaml:"mood,omitempty" json:"mood,omitempty"`
}
