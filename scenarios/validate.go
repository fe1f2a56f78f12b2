package scenarios

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml/token"
)

// validate runs the rules that connect fields: they need the whole scenario, so they
// run after decoding and find their positions in d.pos.
func (d *decoder) validate(s *Scenario) {
	d.checkAuthorityCard(s.Authority)
	d.checkFairRemedy(s)
	d.checkWeights(s.Weights)
	d.checkWants(s)
	d.checkBeats(s)
}

// checkAuthorityCard: one line per kind, ceilings only on money, escalations say to whom.
func (d *decoder) checkAuthorityCard(card []Authority) {
	firstLine := map[string]int{}
	for i, a := range card {
		f := fmt.Sprintf("authority[%d]", i)
		if a.Kind == "" {
			continue
		}
		if first, dup := firstLine[a.Kind]; dup {
			d.errorField(f+".kind", "%s is on the authority card twice (first at authority[%d]); merge them into one line", a.Kind, first)
			continue
		}
		firstLine[a.Kind] = i
		isMoney := contains(MoneyActions, a.Kind)
		switch {
		case isMoney && d.pos[f+".max"] == nil:
			d.errorField(f+".kind", "%s needs max: the most the trainee may give without asking", a.Kind)
		case !isMoney && d.pos[f+".max"] != nil:
			d.errorField(f+".max", "max only applies to %s; use value for what %s is worth to the customer", strings.Join(MoneyActions, ", "), a.Kind)
		}
		if a.Kind == "escalate" && d.pos[f+".to"] == nil {
			d.errorField(f+".kind", "escalate needs to: who the case goes to (for example \"delivery specialist\")")
		}
	}
}

// checkFairRemedy: the range is ordered and the card can reach its lower end;
// otherwise no trainee could ever be fair and the scenario cannot be won.
func (d *decoder) checkFairRemedy(s *Scenario) {
	r := s.FairRemedy
	if !d.usable("fair_remedy.min") || !d.usable("fair_remedy.max") {
		return
	}
	if r.Min > r.Max {
		d.errorField("fair_remedy.min", "fair_remedy.min %s is above fair_remedy.max %s", formatNumber(r.Min), formatNumber(r.Max))
		return
	}
	total, parts := reach(s.Authority)
	if r.Min > total+1e-9 {
		d.errorField("fair_remedy.min", "fair_remedy.min %s is above what the authority card can give (%s)", formatNumber(r.Min), explainReach(total, parts))
	}
}

func explainReach(total float64, parts []string) string {
	switch len(parts) {
	case 0:
		return "nothing on it has a max or a value"
	case 1:
		return parts[0]
	}
	return strings.Join(parts, " + ") + " = " + formatNumber(total)
}

func (d *decoder) checkWeights(w *Weights) {
	if w == nil {
		return
	}
	sum := w.Empathy + w.ActionSpeed + w.AuthorityClarity + w.Fairness
	if math.Abs(sum-1) > 0.01 {
		d.errorField("weights", "weights add up to %s; they must add up to 1", formatNumber(math.Round(sum*1000)/1000))
	}
}

// checkWants: a customer who wants an action the trainee cannot take makes the
// scenario unwinnable, so it must be on the card.
func (d *decoder) checkWants(s *Scenario) {
	if d.pos["authority"] == nil {
		return
	}
	for i, w := range s.Customer.Wants {
		if contains(ActionKinds, w) && !s.onCard(w) {
			f := fmt.Sprintf("customer.wants[%d]", i)
			d.errorField(f, "the customer wants %s but it is not on the authority card", w)
		}
	}
}

func (s *Scenario) onCard(kind string) bool {
	_, ok := s.AuthorityFor(kind)
	return ok
}

// checkBeats: every required beat is there, and each line refers only to actions on
// the card and to placeholders Fill knows.
func (d *decoder) checkBeats(s *Scenario) {
	if d.pos["beats"] == nil {
		return
	}
	for _, name := range RequiredBeats {
		if _, ok := s.Beats[name]; !ok {
			d.errorField("beats#key", "beats is missing %s, which every scenario needs", name)
		}
	}
	for _, name := range BeatNames {
		for i, l := range s.Beats[name] {
			f := fmt.Sprintf("beats.%s[%d]", name, i)
			if len(s.Beats[name]) == 1 && d.pos[f+"#text"] == nil {
				f = "beats." + name // written as a single string
			}
			if contains(ActionKinds, l.After) && d.pos["authority"] != nil && !s.onCard(l.After) {
				d.errorField(f+".after", "%s.after names %s, which is not on the authority card", f, l.After)
			}
			d.checkPlaceholders(f+"#text", l.Text, len(s.Failure.Facts))
		}
	}
}

var placeholderPattern = regexp.MustCompile(`\{([^{}\s]*)\}`)

// checkPlaceholders reports every {word} that Fill would not replace.
func (d *decoder) checkPlaceholders(field, text string, facts int) {
	for _, m := range placeholderPattern.FindAllStringSubmatch(text, -1) {
		name := m[1]
		if contains(Placeholders, name) {
			continue
		}
		at := d.placeholderPos(field, m[0])
		if n, ok := factNumber(name); ok {
			if n < 1 || n > facts {
				d.errorAt(at, "{%s} refers to fact %d but failure.facts has %d", name, n, facts)
			}
			continue
		}
		d.errorAt(at, "unknown placeholder {%s}; use {%s} or {fact1}..{fact%d}", name, strings.Join(Placeholders, "}, {"), facts)
	}
}

// placeholderPos points at the placeholder itself when it is written on the line
// where its text starts, and at the start of the text otherwise (block scalars).
func (d *decoder) placeholderPos(field, placeholder string) *token.Position {
	start := d.pos[field]
	if start == nil || start.Line < 1 || start.Line > len(d.lines) {
		return start
	}
	line := d.lines[start.Line-1]
	from := runeOffset(line, start.Column-1)
	i := strings.Index(line[from:], placeholder)
	if i < 0 {
		return start
	}
	at := *start
	at.Column = utf8.RuneCountInString(line[:from+i]) + 1
	return &at
}

// runeOffset is the byte offset of the n-th character of s (0-based), clamped to len(s).
func runeOffset(s string, n int) int {
	for i := range s {
		if n <= 0 {
			return i
		}
		n--
	}
	return len(s)
}

// factNumber parses "fact3" as 3.
func factNumber(name string) (int, bool) {
	rest, ok := strings.CutPrefix(name, "fact")
	if !ok || rest == "" {
		return 0, false
	}
	n, err := strconv.Atoi(rest)
	return n, err == nil
}
