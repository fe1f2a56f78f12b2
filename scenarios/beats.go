package scenarios

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
)

// BeatFallback says which beat the simulator uses when a scenario leaves an optional
// beat out. Following the chain always ends at a required beat (see RequiredBeats),
// so every reply has a line. FORMAT.md documents the same table for trainers.
var BeatFallback = map[string]string{
	"on_empathy":        "on_apology_only",
	"on_policy":         "on_hedge",
	"on_blame":          "on_apology_only",
	"on_stall":          "on_hedge",
	"on_question":       "on_stall",
	"on_reask":          "on_stall",
	"on_commitment":     "on_action",
	"on_refused":        "on_hedge",
	"on_escalate":       "on_action",
	"on_demand_manager": "on_hedge",
	"on_jargon":         "on_stall",
}

// BeatDefaults are the lines the simulator says for an optional beat that a
// scenario leaves out and that no other beat can stand in for: the customer
// accepting a remedy and asking what else to know, and the customer not seeing a
// remedy the trainee only claimed to give. FORMAT.md documents them for trainers.
var BeatDefaults = map[string]string{
	"on_accepted":     "Okay. Anything else I should know?",
	"on_claim_unseen": "I don't see anything yet. Has it actually gone through?",
}

// Lines returns the lines a beat may say: the scenario's own, or the default
// line when the scenario leaves the beat out.
func (s *Scenario) Lines(beat string) []Line {
	if lines := s.Beats[beat]; len(lines) > 0 {
		return lines
	}
	if text, ok := BeatDefaults[beat]; ok {
		return []Line{{Text: text}}
	}
	return nil
}

// ResolveBeat follows BeatFallback from beat to the first beat the scenario defines
// (or has a default line for, see BeatDefaults). It returns "" only when nothing in
// the chain is defined, which Parse rules out for a valid scenario.
func (s *Scenario) ResolveBeat(beat string) string {
	for hops := 0; hops <= len(BeatFallback); hops++ {
		if len(s.Lines(beat)) > 0 {
			return beat
		}
		next, ok := BeatFallback[beat]
		if !ok {
			return ""
		}
		beat = next
	}
	return ""
}

// decodeBeats reads the beats mapping: each key a beat name, each value one line
// or a list of lines.
func (d *decoder) decodeBeats(n ast.Node, field string) Beats {
	pairs, ok := d.mappingPairs(n, field)
	if !ok {
		return nil
	}
	beats := make(Beats, len(pairs))
	for _, pair := range pairs {
		if pair == nil || pair.Key == nil {
			continue
		}
		name := keyString(pair.Key)
		keyPos := nodePos(pair.Key)
		if _, dup := beats[name]; dup {
			d.errorAt(keyPos, "beat %s is written twice; put all its lines in one list", name)
			continue
		}
		if !contains(BeatNames, name) {
			d.errorAt(keyPos, "unknown beat %q%s", name, suggestOrList(name, BeatNames))
			continue
		}
		f := join(field, name)
		d.pos[f+"#key"] = keyPos
		if v := d.value(pair.Value, f); v != nil {
			beats[name] = d.decodeLines(v, f)
		} else {
			beats[name] = nil
		}
	}
	return beats
}

// decodeLines accepts a single line or a list of lines.
func (d *decoder) decodeLines(n ast.Node, field string) []Line {
	seq, isList := n.(*ast.SequenceNode)
	if !isList {
		return []Line{d.decodeLine(n, field)}
	}
	if len(seq.Values) == 0 {
		d.errorf(n, "%s has no lines; write at least one or remove the beat", field)
	}
	lines := make([]Line, len(seq.Values))
	for i, item := range seq.Values {
		f := fmt.Sprintf("%s[%d]", field, i)
		if v := d.value(item, f); v != nil {
			lines[i] = d.decodeLine(v, f)
		}
	}
	return lines
}

// decodeLine reads a plain string or a {text, after, mood} mapping.
func (d *decoder) decodeLine(n ast.Node, field string) Line {
	var l Line
	switch n.(type) {
	case *ast.MappingNode, *ast.MappingValueNode:
		d.mapping(n, field, []fieldSpec{
			{"text", true, func(n ast.Node, f string) { l.Text = d.lineText(n, f) }},
			{"after", false, func(n ast.Node, f string) { l.After, _ = d.oneOf(n, f, ActionKinds, "action kind") }},
			{"mood", false, func(n ast.Node, f string) { l.Mood, _ = d.oneOf(n, f, MoodBands, "mood band") }},
		})
		d.pos[field+"#text"] = d.pos[join(field, "text")]
	default:
		l.Text = d.lineText(n, field)
		d.pos[field+"#text"] = nodePos(n)
	}
	return l
}

// lineText is a customer line; blank lines would make the customer say nothing.
func (d *decoder) lineText(n ast.Node, field string) string {
	s, ok := d.text(n, field)
	if ok && isBlank(s) {
		d.errorf(n, "empty customer line in %s; write what the customer says or remove the line", field)
	}
	return s
}
