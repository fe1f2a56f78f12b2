package sim

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// fakeClock is a clock tests move by hand.
type fakeClock struct{ now time.Duration }

func (c *fakeClock) Now() time.Duration      { return c.now }
func (c *fakeClock) Advance(d time.Duration) { c.now += d }

// builtins loads the embedded library or fails the test.
func builtins(t testing.TB) []*scenarios.Scenario {
	t.Helper()
	list, err := scenarios.Builtin()
	if err != nil {
		t.Fatalf("built-in library: %v", err)
	}
	if len(list) == 0 {
		t.Fatal("built-in library is empty")
	}
	return list
}

// builtin loads one built-in scenario by id.
func builtin(t testing.TB, id string) *scenarios.Scenario {
	t.Helper()
	sc, err := scenarios.Load(id, nil)
	if err != nil {
		t.Fatalf("load %s: %v", id, err)
	}
	return sc
}

// agentLine is one scripted agent turn: wait, then say text and take an action.
type agentLine struct {
	wait   time.Duration
	text   string
	action *scoring.Action
}

// parseAgentLine reads "[+WAIT] [/kind [amount [CUR]]] text", the form golden
// traces and property scripts use.
func parseAgentLine(s string) (agentLine, error) {
	l := agentLine{wait: 20 * time.Second}
	fields := strings.Fields(s)
	if len(fields) > 0 && strings.HasPrefix(fields[0], "+") {
		d, err := time.ParseDuration(fields[0][1:])
		if err != nil {
			return l, fmt.Errorf("wait %q: %v", fields[0], err)
		}
		l.wait, fields = d, fields[1:]
	}
	if len(fields) > 0 && strings.HasPrefix(fields[0], "/") {
		a := &scoring.Action{Kind: fields[0][1:]}
		fields = fields[1:]
		if len(fields) > 0 {
			if v, err := strconv.ParseFloat(fields[0], 64); err == nil {
				a.Amount, fields = v, fields[1:]
				if len(fields) > 0 && len(fields[0]) == 3 && strings.ToUpper(fields[0]) == fields[0] {
					a.Currency, fields = fields[0], fields[1:]
				}
			}
		}
		l.action = a
	}
	l.text = strings.Join(fields, " ")
	return l, nil
}

// play opens a session and submits the lines until it ends, returning the session.
func play(t testing.TB, sc *scenarios.Scenario, lines []agentLine, opts Options) *Session {
	t.Helper()
	clock := &fakeClock{}
	opts.Clock = clock.Now
	s := NewSession(sc, opts)
	ctx := context.Background()
	if _, err := s.Open(ctx); err != nil {
		t.Fatalf("open: %v", err)
	}
	for i, l := range lines {
		if s.Ending() != Ongoing {
			break
		}
		clock.Advance(l.wait)
		if _, err := s.Submit(ctx, l.text, l.action); err != nil {
			t.Fatalf("%s turn %d %q: %v", sc.ID, i+1, l.text, err)
		}
		clock.Advance(2 * time.Second)
	}
	return s
}

// lines builds agent lines from the short form, failing the test on a typo.
func lines(t testing.TB, short ...string) []agentLine {
	t.Helper()
	out := make([]agentLine, len(short))
	for i, s := range short {
		l, err := parseAgentLine(s)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = l
	}
	return out
}
