package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
)

// scenarioForm edits the fields a trainer changes most. Each edit is written into
// the YAML text; each clean parse of the YAML is shown back here.
type scenarioForm struct {
	id, title, brief, name, persona, baseline *widget.Entry
	difficulty, channel, kind, severity       *widget.Select
	updating                                  bool
	onEdit                                    func(path []string, value string)
	content                                   fyne.CanvasObject
}

func newScenarioForm(onEdit func(path []string, value string)) *scenarioForm {
	f := &scenarioForm{onEdit: onEdit}
	f.id = f.entry("id")
	f.title = f.entry("title")
	f.brief = f.entry("brief")
	f.brief.MultiLine = true
	f.brief.Wrapping = fyne.TextWrapWord
	f.name = f.entry("customer", "name")
	f.persona = f.entry("customer", "persona")
	f.baseline = f.entry("baseline_satisfaction")
	f.difficulty = f.choice([]string{"1", "2", "3", "4", "5"}, "difficulty")
	f.channel = f.choice(scenarios.Channels, "channel")
	f.kind = f.choice(scenarios.FailureKinds, "failure", "kind")
	f.severity = f.choice([]string{"1", "2", "3", "4", "5"}, "failure", "severity")
	form := widget.NewForm(
		widget.NewFormItem("Id", f.id),
		widget.NewFormItem("Title", f.title),
		widget.NewFormItem("Brief", f.brief),
		widget.NewFormItem("Difficulty", f.difficulty),
		widget.NewFormItem("Channel", f.channel),
		widget.NewFormItem("Failure", f.kind),
		widget.NewFormItem("Severity", f.severity),
		widget.NewFormItem("Customer", f.name),
		widget.NewFormItem("Persona", f.persona),
		widget.NewFormItem("Baseline", f.baseline))
	f.content = form
	return f
}

func (f *scenarioForm) entry(path ...string) *widget.Entry {
	e := widget.NewEntry()
	e.OnChanged = func(v string) { f.edited(path, v) }
	return e
}

func (f *scenarioForm) choice(opts []string, path ...string) *widget.Select {
	return widget.NewSelect(opts, func(v string) { f.edited(path, v) })
}

func (f *scenarioForm) edited(path []string, v string) {
	if !f.updating && f.onEdit != nil {
		f.onEdit(path, v)
	}
}

// show fills the form from the YAML text as it stands, whether or not it
// parses, so form and text always agree. A choice the YAML spells in a way
// the form does not offer is shown as invalid, not as the old choice.
func (f *scenarioForm) show(text string) {
	f.updating = true
	defer func() { f.updating = false }()
	for _, e := range []struct {
		entry *widget.Entry
		path  []string
	}{
		{f.id, []string{"id"}}, {f.title, []string{"title"}}, {f.brief, []string{"brief"}},
		{f.name, []string{"customer", "name"}}, {f.persona, []string{"customer", "persona"}},
		{f.baseline, []string{"baseline_satisfaction"}},
	} {
		if v, ok := getYAMLScalar(text, e.path); ok {
			setIfChanged(e.entry, v)
		}
	}
	for _, c := range []struct {
		sel  *widget.Select
		path []string
		what string
	}{
		{f.difficulty, []string{"difficulty"}, "a difficulty (1 to 5)"},
		{f.channel, []string{"channel"}, "a channel"},
		{f.kind, []string{"failure", "kind"}, "a failure kind"},
		{f.severity, []string{"failure", "severity"}, "a severity (1 to 5)"},
	} {
		v, _ := getYAMLScalar(text, c.path)
		showChoice(c.sel, v, c.what)
	}
}

// showChoice selects v, or, when v is not one of the options, clears the
// choice and says in its placeholder what the YAML holds.
func showChoice(sel *widget.Select, v, what string) {
	if slices.Contains(sel.Options, v) {
		sel.PlaceHolder = "(choose)"
		sel.SetSelected(v)
		return
	}
	sel.ClearSelected()
	if v == "" {
		sel.PlaceHolder = "(missing in the YAML)"
	} else {
		sel.PlaceHolder = fmt.Sprintf("%q is not %s", v, what)
	}
	sel.Refresh()
}

// setEnabled makes the form editable, or read-only for a built-in scenario.
func (f *scenarioForm) setEnabled(on bool) {
	for _, w := range []fyne.Disableable{f.id, f.title, f.brief, f.name, f.persona, f.baseline,
		f.difficulty, f.channel, f.kind, f.severity} {
		if on {
			w.Enable()
		} else {
			w.Disable()
		}
	}
}

// setIfChanged leaves an entry alone when it already shows v, so the cursor of a
// trainer typing in it does not jump.
func setIfChanged(e *widget.Entry, v string) {
	if e.Text != v {
		e.SetText(v)
	}
}

// newScenarioTemplate is a complete, valid scenario to start from.
const newScenarioTemplate = `# A new scenario. Change the fields on the left or edit the YAML here.
id: my-new-scenario
title: A short title the trainee will see
brief: One or two sentences on what happened to this customer.
difficulty: 2
channel: chat
failure:
  kind: billing-error
  severity: 3
  repeat: false
  facts:
    - charged twice for the March invoice
    - noticed it on their bank statement
customer:
  name: Sam
  persona: Polite but worried about money this month
  mood: {frustration: 60, trust: 50, patience: 6}
  wants: [acknowledgement, refund, assurance]
authority:
  - {kind: refund, max: 40, currency: USD, note: the duplicate charge}
  - {kind: credit, max: 10, currency: USD}
  - {kind: escalate, to: billing team, within: 48h}
  - {kind: follow-up}
fair_remedy: {min: 30, max: 50}
baseline_satisfaction: 70
beats:
  opening: "I've been charged twice for March. Can you fix that?"
  on_apology_only: ["Thanks, but what happens to my money?"]
  on_hedge: ["Can you refund it or not?"]
  on_action: ["Okay. When will it show up?"]
  on_resolved: ["Thank you, that's sorted then."]
  on_hang_up: ["I'll call my bank instead."]
`
