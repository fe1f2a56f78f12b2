package sim

import (
	"context"
	"strings"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// scripted is the voice that says the scenario's own lines.
type scripted struct{}

// NewScripted returns the scripted voice: it says the line the simulator chose
// from the scenario's beats (VoiceRequest.Scripted), streamed word by word. It never
// fails and needs nothing outside the process.
func NewScripted() Voice { return scripted{} }

// Name is "scripted".
func (scripted) Name() string { return "scripted" }

// Reply streams the scripted line word by word, keeping the spaces so the pieces
// join back to the line exactly.
func (scripted) Reply(ctx context.Context, req VoiceRequest, onToken TokenFunc) (string, error) {
	if onToken != nil {
		for _, piece := range splitWords(req.Scripted) {
			onToken(piece)
		}
	}
	return req.Scripted, nil
}

// splitWords cuts a line after each run of spaces: "a b" becomes "a ", "b".
func splitWords(s string) []string {
	var pieces []string
	for len(s) > 0 {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			pieces = append(pieces, s)
			break
		}
		j := i
		for j < len(s) && s[j] == ' ' {
			j++
		}
		pieces = append(pieces, s[:j])
		s = s[j:]
	}
	return pieces
}

// lineChoice is what picking a scripted line depends on.
type lineChoice struct {
	beat  string
	band  string
	after string // the action kind given this turn, "" for none
	turn  int    // how many agent turns so far (1 for the first reply), which rotates through equal lines
	last  string // the customer's previous line, never said twice in a row
}

// pickLine chooses a beat's line deterministically: the lines whose conditions
// (after, mood) hold, the most specific first; among equals it rotates by turn
// number, skipping the previous line when there is another.
func pickLine(sc *scenarios.Scenario, c lineChoice) string {
	lines := sc.Lines(c.beat)
	if len(lines) == 0 {
		return ""
	}
	best := bestLines(lines, c)
	if len(best) == 0 {
		best = lines
	}
	i := c.turn % len(best)
	if best[i].Text == c.last && len(best) > 1 {
		i = (i + 1) % len(best)
	}
	return best[i].Text
}

// bestLines keeps the lines whose conditions hold and that match the most of them.
func bestLines(lines []scenarios.Line, c lineChoice) []scenarios.Line {
	var best []scenarios.Line
	top := -1
	for _, l := range lines {
		fit := lineFit(l, c)
		switch {
		case fit > top:
			best, top = []scenarios.Line{l}, fit
		case fit == top && fit >= 0:
			best = append(best, l)
		}
	}
	if top < 0 {
		return nil
	}
	return best
}

// lineFit is -1 when a condition fails, otherwise how many conditions matched
// (an after match counts double: it answers what the agent just did).
func lineFit(l scenarios.Line, c lineChoice) int {
	fit := 0
	if l.After != "" {
		if l.After != c.after {
			return -1
		}
		fit += 2
	}
	if l.Mood != "" {
		if l.Mood != c.band {
			return -1
		}
		fit++
	}
	return fit
}

// fillVars are the placeholder values a reply adds to the scenario's own:
// the amount and currency of the action just given.
func fillVars(a *scoring.Action) map[string]string {
	if a == nil || a.Amount == 0 {
		return nil
	}
	vars := map[string]string{"amount": scenarios.Money(a.Amount, "")}
	if a.Currency != "" {
		vars["currency"] = a.Currency
	}
	return vars
}
