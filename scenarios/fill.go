package scenarios

import (
	"strconv"
	"strings"
)

// AuthorityFor returns the authority card line for an action kind, if the trainee has one.
func (s *Scenario) AuthorityFor(kind string) (Authority, bool) {
	for _, a := range s.Authority {
		if a.Kind == kind {
			return a, true
		}
	}
	return Authority{}, false
}

// IsBuiltin reports whether the scenario came from the embedded library.
func (s *Scenario) IsBuiltin() bool {
	return strings.HasPrefix(s.Source, builtinPrefix)
}

// Fill replaces the placeholders in a customer line: {name} is the customer's name,
// {fact1}..{factN} the failure facts, {currency}, {escalate_to} and {within} come from
// the authority card, and vars (for example "amount" after an action) override all of
// them. A placeholder with no value is left as written, so a gap is visible, not silent.
func Fill(s *Scenario, line string, vars map[string]string) string {
	if !strings.Contains(line, "{") {
		return line
	}
	values := defaultVars(s)
	for k, v := range vars {
		values[k] = v
	}
	return placeholderPattern.ReplaceAllStringFunc(line, func(m string) string {
		if v, ok := values[m[1:len(m)-1]]; ok {
			return v
		}
		return m
	})
}

// defaultVars are the placeholder values a scenario supplies by itself.
func defaultVars(s *Scenario) map[string]string {
	values := map[string]string{}
	if s == nil {
		return values
	}
	values["name"] = s.Customer.Name
	for i, f := range s.Failure.Facts {
		values["fact"+strconv.Itoa(i+1)] = f
	}
	for _, a := range s.Authority {
		if a.Currency != "" && values["currency"] == "" {
			values["currency"] = a.Currency
		}
	}
	if esc, ok := s.AuthorityFor("escalate"); ok {
		values["escalate_to"] = esc.To
		values["within"] = esc.Within
	}
	return values
}
