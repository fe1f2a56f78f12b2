package scoring

// MarkerKind names something an agent turn did, found by Analyze.
type MarkerKind string

// The markers Analyze finds. Each names a behaviour from the dimension table in
// DESIGN.md; the rubric turns them into points.
const (
	MarkAcknowledgesCost MarkerKind = "acknowledges-cost" // names this customer's specific cost
	MarkOwnsMistake      MarkerKind = "owns-mistake"      // "we missed", "that was our error"
	MarkApology          MarkerKind = "apology"           // one per apology phrase
	MarkBlame            MarkerKind = "blame"             // on the customer, "the system", a carrier
	MarkReflects         MarkerKind = "reflects"          // reflects back what the customer said
	MarkQuestion         MarkerKind = "question"          // a real, open question
	MarkAsksInfo         MarkerKind = "asks-info"         // asks for a detail (order number, email…)
	MarkConcreteAction   MarkerKind = "concrete-action"   // an action taken or being taken now
	MarkTimeCommitment   MarkerKind = "time-commitment"   // "within 15 minutes", "by Friday"
	MarkChoices          MarkerKind = "offers-choice"     // "you can have X or Y"
	MarkAuthority        MarkerKind = "states-authority"  // "I can refund that now"
	MarkHedge            MarkerKind = "hedge"             // "I'll see what I can do", "maybe"
	MarkPolicy           MarkerKind = "hides-behind-policy"
	MarkPromise          MarkerKind = "promise" // promises a remedy; Value holds an amount if stated
	MarkFollowUp         MarkerKind = "follow-up"
	MarkFiller           MarkerKind = "scripted-filler" // "we value your business"
	MarkVague            MarkerKind = "vague-promise"   // "we'll look into it"
	MarkJargon           MarkerKind = "jargon"          // error codes, internal terms
	MarkInjection        MarkerKind = "grader-instruction"
	MarkEscalation       MarkerKind = "escalation"        // hands the case to someone named
	MarkAction           MarkerKind = "action"            // a structured action from the transcript
	MarkValidates        MarkerKind = "validates-feeling" // "no wonder you're upset", "I'd be livid too"
)

// Marker is one finding in an agent turn with the span of text that shows it.
// Start and End are byte offsets into the analysed text (End exclusive); for a
// structured action they are both 0 and Text describes the action.
type Marker struct {
	Kind  MarkerKind `json:"kind"`
	Start int        `json:"start"`
	End   int        `json:"end"`
	Text  string     `json:"text"`
	// Value is a money amount the words state, for promises and actions.
	Value float64 `json:"value,omitempty"`
	// Detail refines the kind: the action kind, the time phrase's meaning, the asked-for item.
	Detail string `json:"detail,omitempty"`
}

// Analysis is everything Analyze found in one agent turn.
type Analysis struct {
	Markers []Marker
	// Words and Sentences measure the turn; ApologySentences counts sentences that apologise.
	Words            int
	Sentences        int
	ApologySentences int
}

// Has reports whether the analysis holds a marker of kind k.
func (a Analysis) Has(k MarkerKind) bool {
	for _, m := range a.Markers {
		if m.Kind == k {
			return true
		}
	}
	return false
}

// Count returns how many markers of kind k the analysis holds.
func (a Analysis) Count(k MarkerKind) int {
	n := 0
	for _, m := range a.Markers {
		if m.Kind == k {
			n++
		}
	}
	return n
}
