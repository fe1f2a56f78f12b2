package scenarios

import (
	"fmt"
	"regexp"

	"github.com/goccy/go-yaml/ast"
)

// idPattern keeps ids safe for file names, URLs and the command line.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// decodeScenario fills s from the document's root mapping.
func (d *decoder) decodeScenario(root ast.Node, s *Scenario) {
	d.mapping(root, "", []fieldSpec{
		{"id", true, func(n ast.Node, f string) { s.ID = d.id(n, f) }},
		{"title", true, func(n ast.Node, f string) { s.Title, _ = d.requiredText(n, f) }},
		{"brief", false, func(n ast.Node, f string) { s.Brief, _ = d.text(n, f) }},
		{"difficulty", true, func(n ast.Node, f string) { s.Difficulty, _ = d.integer(n, f, 1, 5) }},
		{"channel", false, func(n ast.Node, f string) { s.Channel, _ = d.oneOf(n, f, Channels, "channel") }},
		{"failure", true, func(n ast.Node, f string) { d.decodeFailure(n, f, &s.Failure) }},
		{"customer", true, func(n ast.Node, f string) { d.decodeCustomer(n, f, &s.Customer) }},
		{"authority", true, func(n ast.Node, f string) { s.Authority = d.decodeAuthority(n, f) }},
		{"fair_remedy", true, func(n ast.Node, f string) { d.decodeRange(n, f, &s.FairRemedy) }},
		{"baseline_satisfaction", true, func(n ast.Node, f string) { s.BaselineSatisfaction, _ = d.integer(n, f, 0, 100) }},
		{"weights", false, func(n ast.Node, f string) { s.Weights = d.decodeWeights(n, f) }},
		{"beats", true, func(n ast.Node, f string) { s.Beats = d.decodeBeats(n, f) }},
	})
}

func (d *decoder) id(n ast.Node, field string) string {
	id, ok := d.requiredText(n, field)
	if ok && !idPattern.MatchString(id) {
		d.errorf(n, "id %q must be lower-case words joined by hyphens, like late-delivery-anniversary", id)
	}
	return id
}

func (d *decoder) decodeFailure(n ast.Node, field string, f *Failure) {
	d.mapping(n, field, []fieldSpec{
		{"kind", true, func(n ast.Node, fl string) { f.Kind, _ = d.oneOf(n, fl, FailureKinds, "failure kind") }},
		{"severity", true, func(n ast.Node, fl string) { f.Severity, _ = d.integer(n, fl, 1, 5) }},
		{"repeat", false, func(n ast.Node, fl string) { f.Repeat, _ = d.boolean(n, fl) }},
		{"facts", true, func(n ast.Node, fl string) { f.Facts = d.nonEmptyList(n, fl) }},
		{"on_file", false, func(n ast.Node, fl string) { f.OnFile = d.textList(n, fl) }},
	})
}

// nonEmptyList is a text list that needs at least one item.
func (d *decoder) nonEmptyList(n ast.Node, field string) []string {
	items := d.textList(n, field)
	if seq, ok := n.(*ast.SequenceNode); ok && len(seq.Values) == 0 {
		d.errorf(n, "%s is an empty list; give at least one", field)
	}
	return items
}

func (d *decoder) decodeCustomer(n ast.Node, field string, c *Customer) {
	d.mapping(n, field, []fieldSpec{
		{"name", true, func(n ast.Node, f string) { c.Name, _ = d.requiredText(n, f) }},
		{"persona", true, func(n ast.Node, f string) { c.Persona, _ = d.requiredText(n, f) }},
		{"mood", true, func(n ast.Node, f string) { d.decodeMood(n, f, &c.Mood) }},
		{"wants", true, func(n ast.Node, f string) { c.Wants = d.decodeWants(n, f) }},
	})
}

func (d *decoder) decodeMood(n ast.Node, field string, m *Mood) {
	d.mapping(n, field, []fieldSpec{
		{"frustration", true, func(n ast.Node, f string) { m.Frustration, _ = d.integer(n, f, 0, 100) }},
		{"trust", true, func(n ast.Node, f string) { m.Trust, _ = d.integer(n, f, 0, 100) }},
		{"patience", true, func(n ast.Node, f string) { m.Patience, _ = d.integer(n, f, 1, 20) }},
	})
}

// decodeWants reads what the customer wants: a word from Wants or an action kind.
// Whether an action kind is on the authority card is checked after decoding.
func (d *decoder) decodeWants(n ast.Node, field string) []string {
	wants := d.nonEmptyList(n, field)
	allowed := append(append([]string{}, Wants...), ActionKinds...)
	for i, w := range wants {
		if w != "" && !contains(allowed, w) {
			f := fmt.Sprintf("%s[%d]", field, i)
			d.errorField(f, "%s %q is not something a customer can want%s", f, w, suggestOrList(w, allowed))
		}
	}
	return wants
}

func (d *decoder) decodeAuthority(n ast.Node, field string) []Authority {
	items, ok := d.list(n, field)
	if !ok {
		return nil
	}
	if len(items) == 0 {
		d.errorf(n, "authority is an empty list; give the trainee at least one action")
	}
	card := make([]Authority, len(items))
	for i, item := range items {
		f := fmt.Sprintf("%s[%d]", field, i)
		if v := d.value(item, f); v != nil {
			d.decodeAuthorityLine(v, f, &card[i])
		}
	}
	return card
}

func (d *decoder) decodeAuthorityLine(n ast.Node, field string, a *Authority) {
	d.mapping(n, field, []fieldSpec{
		{"kind", true, func(n ast.Node, f string) { a.Kind, _ = d.oneOf(n, f, ActionKinds, "action kind") }},
		{"max", false, func(n ast.Node, f string) { a.Max, _ = d.money(n, f) }},
		{"currency", false, func(n ast.Node, f string) { a.Currency = d.currency(n, f) }},
		{"value", false, func(n ast.Node, f string) { a.Value, _ = d.money(n, f) }},
		{"to", false, func(n ast.Node, f string) { a.To, _ = d.requiredText(n, f) }},
		{"within", false, func(n ast.Node, f string) { a.Within, _ = d.requiredText(n, f) }},
		{"note", false, func(n ast.Node, f string) { a.Note, _ = d.text(n, f) }},
	})
}

var currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)

func (d *decoder) currency(n ast.Node, field string) string {
	c, ok := d.text(n, field)
	if ok && !currencyPattern.MatchString(c) {
		d.errorf(n, "%s %q must be a three-letter currency code like USD or EUR", field, c)
	}
	return c
}

func (d *decoder) decodeRange(n ast.Node, field string, r *Range) {
	d.mapping(n, field, []fieldSpec{
		{"min", true, func(n ast.Node, f string) { r.Min, _ = d.money(n, f) }},
		{"max", true, func(n ast.Node, f string) { r.Max, _ = d.money(n, f) }},
	})
}

func (d *decoder) decodeWeights(n ast.Node, field string) *Weights {
	w := &Weights{}
	weight := func(dst *float64) func(ast.Node, string) {
		return func(n ast.Node, f string) {
			v, ok := d.number(n, f)
			if ok && (v < 0 || v > 1) {
				d.errorf(n, "%s %s is out of range; a weight is between 0 and 1", f, formatNumber(v))
			}
			*dst = v
		}
	}
	d.mapping(n, field, []fieldSpec{
		{"empathy", true, weight(&w.Empathy)},
		{"action_speed", true, weight(&w.ActionSpeed)},
		{"authority_clarity", true, weight(&w.AuthorityClarity)},
		{"fairness", true, weight(&w.Fairness)},
	})
	return w
}
