package scenarios

import (
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// decoder walks the YAML syntax tree of one file, fills a Scenario and collects
// every problem with its position. It never stops at the first problem: a trainer
// fixing a file wants the whole list at once.
type decoder struct {
	path  string
	diags Diagnostics
	// pos remembers where each decoded field was written ("fair_remedy.min",
	// "authority[1].kind"), so the cross-field checks that run after decoding can
	// still point at the right line.
	pos map[string]*token.Position
	// invalid marks fields whose value was reported, so cross-field rules skip them
	// instead of reasoning from a zero value.
	invalid map[string]bool
	// lines is the source, split, for pointing inside a line's text.
	lines []string
}

// fieldSpec describes one key of a YAML mapping.
type fieldSpec struct {
	key      string
	required bool
	decode   func(n ast.Node, field string)
}

func newDecoder(path string) *decoder {
	return &decoder{path: path, pos: make(map[string]*token.Position), invalid: make(map[string]bool)}
}

// errorAt records a problem at a position (nil means "no position").
func (d *decoder) errorAt(p *token.Position, format string, args ...any) {
	diag := Diagnostic{Path: d.path, Msg: fmt.Sprintf(format, args...)}
	if p != nil {
		diag.Line, diag.Col = p.Line, p.Column
	}
	d.diags = append(d.diags, diag)
}

// errorf records a problem at a node.
func (d *decoder) errorf(n ast.Node, format string, args ...any) {
	d.errorAt(nodePos(n), format, args...)
}

// usable is true when a field was written and its value passed its own checks.
func (d *decoder) usable(field string) bool {
	return d.pos[field] != nil && !d.invalid[field]
}

// errorField records a problem at the remembered position of a field.
func (d *decoder) errorField(field string, format string, args ...any) {
	d.errorAt(d.pos[field], format, args...)
}

// lineOf is a position's line, 0 when unknown.
func lineOf(p *token.Position) int {
	if p == nil {
		return 0
	}
	return p.Line
}

// nodePos is where a node starts in the file, or nil when the parser did not say.
func nodePos(n ast.Node) *token.Position {
	if n == nil {
		return nil
	}
	// A block mapping's own token is the first ':'; its first key is where it starts.
	if m, ok := n.(*ast.MappingNode); ok && len(m.Values) > 0 && !m.IsFlowStyle {
		return nodePos(m.Values[0].Key)
	}
	if mv, ok := n.(*ast.MappingValueNode); ok {
		return nodePos(mv.Key)
	}
	tk := n.GetToken()
	if tk == nil {
		return nil
	}
	return tk.Position
}

// value strips tags and anchors and refuses aliases, which scenario files do not
// need and which could make a file refer to itself. It returns nil when there is
// nothing usable (the problem has been reported).
func (d *decoder) value(n ast.Node, field string) ast.Node {
	if n == nil {
		d.errorAt(d.pos[field+"#key"], "%s has no value", field)
		return nil
	}
	for depth := 0; n != nil && depth < 8; depth++ {
		switch v := n.(type) {
		case *ast.TagNode:
			n = v.Value
		case *ast.AnchorNode:
			n = v.Value
		case *ast.AliasNode:
			d.errorf(n, "%s uses an alias (*name); scenario files do not support anchors and aliases, write the value out", field)
			return nil
		default:
			d.pos[field] = nodePos(n)
			return n
		}
	}
	return n
}

// describe names a node's type the way a trainer would say it.
func describe(n ast.Node) string {
	switch n.(type) {
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping"
	case *ast.SequenceNode:
		return "a list"
	case *ast.StringNode, *ast.LiteralNode:
		return "text"
	case *ast.IntegerNode, *ast.FloatNode:
		return "a number"
	case *ast.InfinityNode:
		return "infinity"
	case *ast.NanNode:
		return "not-a-number (.nan)"
	case *ast.BoolNode:
		return "true/false"
	case *ast.NullNode, nil:
		return "nothing"
	}
	return "an unsupported YAML value"
}

// mappingPairs returns the key/value pairs of a mapping node, or reports the wrong type.
func (d *decoder) mappingPairs(n ast.Node, field string) ([]*ast.MappingValueNode, bool) {
	switch v := n.(type) {
	case *ast.MappingNode:
		return v.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{v}, true
	}
	d.errorf(n, "%s must be a mapping of keys to values, not %s", label(field), describe(n))
	return nil, false
}

// keyString is the text of a mapping key.
func keyString(k ast.MapKeyNode) string {
	if s, ok := k.(*ast.StringNode); ok {
		return s.Value
	}
	return k.String()
}

// mapping decodes a mapping whose keys are fixed by specs: unknown and duplicate keys
// are reported where they are written, missing required keys at the parent key.
func (d *decoder) mapping(n ast.Node, field string, specs []fieldSpec) {
	pairs, ok := d.mappingPairs(n, field)
	if !ok {
		return
	}
	seen := make(map[string]*token.Position, len(pairs))
	// A misspelt key is reported once, as a typo, not again as a missing key.
	typoOf := map[string]bool{}
	for _, pair := range pairs {
		if pair == nil || pair.Key == nil {
			continue
		}
		key := keyString(pair.Key)
		keyPos := nodePos(pair.Key)
		if first, dup := seen[key]; dup {
			d.errorAt(keyPos, "%s is written twice (first on line %d); keep one", label(join(field, key)), lineOf(first))
			continue
		}
		seen[key] = keyPos
		spec, known := findSpec(specs, key)
		if !known {
			d.errorAt(keyPos, "unknown key %q in %s%s", key, label(field), suggest(key, specKeys(specs)))
			typoOf[closest(key, specKeys(specs))] = true
			continue
		}
		child := join(field, key)
		d.pos[child+"#key"] = keyPos
		if v := d.value(pair.Value, child); v != nil {
			spec.decode(v, child)
		}
	}
	// A missing key is reported where its parent key is written, which is where the
	// trainer will add it; the top level has no parent key, so its first key is used.
	missingAt := d.pos[field+"#key"]
	if missingAt == nil {
		missingAt = nodePos(n)
	}
	for _, spec := range specs {
		if _, ok := seen[spec.key]; spec.required && !ok && !typoOf[spec.key] {
			d.errorAt(missingAt, "%s is missing %s", label(field), spec.key)
		}
	}
}

func findSpec(specs []fieldSpec, key string) (fieldSpec, bool) {
	for _, s := range specs {
		if s.key == key {
			return s, true
		}
	}
	return fieldSpec{}, false
}

func specKeys(specs []fieldSpec) []string {
	keys := make([]string, len(specs))
	for i, s := range specs {
		keys[i] = s.key
	}
	return keys
}

// join builds a dotted field path.
func join(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

// label names a field in a message; the top level is "the scenario".
func label(field string) string {
	if field == "" {
		return "the scenario"
	}
	return field
}

// list returns the items of a sequence node, or reports the wrong type.
func (d *decoder) list(n ast.Node, field string) ([]ast.Node, bool) {
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		d.errorf(n, "%s must be a list, not %s", field, describe(n))
		return nil, false
	}
	return seq.Values, true
}

// text returns a string scalar. Numbers and booleans are refused rather than
// converted, so "title: 2024" is caught the same way the JSON Schema catches it.
func (d *decoder) text(n ast.Node, field string) (string, bool) {
	switch v := n.(type) {
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		if v.Value == nil {
			return "", true
		}
		return v.Value.Value, true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		d.errorf(n, "%s must be text, not %s; put it in quotes", field, describe(n))
		return "", false
	}
	d.errorf(n, "%s must be text, not %s", field, describe(n))
	return "", false
}

// requiredText is text that must not be blank.
func (d *decoder) requiredText(n ast.Node, field string) (string, bool) {
	s, ok := d.text(n, field)
	if ok && isBlank(s) {
		d.errorf(n, "%s is empty", field)
		return s, false
	}
	return s, ok
}

// oneOf is text that must be one of the allowed words.
func (d *decoder) oneOf(n ast.Node, field string, allowed []string, what string) (string, bool) {
	s, ok := d.text(n, field)
	if !ok {
		return s, false
	}
	if !contains(allowed, s) {
		d.errorf(n, "%s %q is not a known %s%s", field, s, what, suggestOrList(s, allowed))
		return s, false
	}
	return s, true
}

// number returns a finite numeric scalar.
func (d *decoder) number(n ast.Node, field string) (float64, bool) {
	switch v := n.(type) {
	case *ast.IntegerNode:
		switch i := v.Value.(type) {
		case int64:
			return float64(i), true
		case uint64:
			return float64(i), true
		}
	case *ast.FloatNode:
		if !math.IsNaN(v.Value) && !math.IsInf(v.Value, 0) {
			return v.Value, true
		}
	case *ast.StringNode:
		// The YAML parser keeps a number it cannot hold as text; saying "not
		// text" about 1e400 would send the trainer looking for quotes.
		if tooLargeNumber(v) {
			d.errorf(n, "%s %s is too large a number", field, v.Value)
			d.invalid[field] = true
			return 0, false
		}
	}
	d.errorf(n, "%s must be a number, not %s", field, describe(n))
	d.invalid[field] = true
	return 0, false
}

// tooLargeNumber reports whether an unquoted scalar is written as a number
// that a float64 or an int64 cannot hold.
func tooLargeNumber(v *ast.StringNode) bool {
	if v.Token == nil || v.Token.Type != token.StringType {
		return false
	}
	_, err := strconv.ParseFloat(v.Value, 64)
	return err == nil || errors.Is(err, strconv.ErrRange)
}

// money is a number that may not be negative.
func (d *decoder) money(n ast.Node, field string) (float64, bool) {
	f, ok := d.number(n, field)
	if ok && f < 0 {
		d.errorf(n, "%s %s is below 0; amounts cannot be negative", field, formatNumber(f))
		d.invalid[field] = true
		return f, false
	}
	return f, ok
}

// integer is a whole number within [lo, hi].
func (d *decoder) integer(n ast.Node, field string, lo, hi int) (int, bool) {
	f, ok := d.number(n, field)
	if !ok {
		return 0, false
	}
	if f != math.Trunc(f) {
		d.errorf(n, "%s must be a whole number, not %s", field, formatNumber(f))
		return 0, false
	}
	if f < float64(lo) || f > float64(hi) {
		d.errorf(n, "%s %s is out of range; use %d to %d", field, formatNumber(f), lo, hi)
		return 0, false
	}
	return int(f), true
}

// boolean is true or false.
func (d *decoder) boolean(n ast.Node, field string) (bool, bool) {
	if b, ok := n.(*ast.BoolNode); ok {
		return b.Value, true
	}
	d.errorf(n, "%s must be true or false, not %s", field, describe(n))
	return false, false
}

// textList is a list of non-blank strings.
func (d *decoder) textList(n ast.Node, field string) []string {
	items, ok := d.list(n, field)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(items))
	for i, item := range items {
		f := fmt.Sprintf("%s[%d]", field, i)
		var s string
		if v := d.value(item, f); v != nil {
			s, _ = d.requiredText(v, f)
		}
		// Keep a place for a broken item so {factN} numbering still matches the file.
		out = append(out, s)
	}
	return out
}
