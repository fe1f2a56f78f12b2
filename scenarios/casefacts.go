package scenarios

import "strings"

// CaseFact is one line of what the trainee knows about the case: a label
// ("Customer", "On file") and its value. Facts from failure.facts have no label.
type CaseFact struct {
	Label, Value string
}

// CaseFacts lists what stays beside the chat while the trainee works the case:
// who the customer is, what broke, the facts the scenario states (order numbers,
// amounts, dates, in the author's words) and the details already on file, which
// the trainee should not ask for again.
func (s *Scenario) CaseFacts() []CaseFact {
	facts := []CaseFact{{Label: "Customer", Value: s.Customer.Name}}
	broke := strings.ReplaceAll(s.Failure.Kind, "-", " ")
	if s.Failure.Repeat {
		broke += ", for the second time"
	}
	facts = append(facts, CaseFact{Label: "What went wrong", Value: broke})
	for _, f := range s.Failure.Facts {
		facts = append(facts, CaseFact{Value: f})
	}
	if len(s.Failure.OnFile) > 0 {
		facts = append(facts, CaseFact{Label: "On file", Value: strings.Join(s.Failure.OnFile, ", ")})
	}
	return facts
}
