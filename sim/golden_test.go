package sim

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

var update = flag.Bool("update", false, "rewrite the golden sim traces in testdata/sim")

// traceMarker separates a golden file's script from the trace it produces.
const traceMarker = "== trace =="

// TestGoldenTraces plays each testdata/sim/*.trace script and compares every event
// (turns, notes, state changes with the reactions that fired, beats, ending) with
// the trace stored under the script. Run with -update to rewrite the traces.
func TestGoldenTraces(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "sim", "*.trace"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden traces in testdata/sim (%v)", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".trace"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			script, want, _ := strings.Cut(string(data), traceMarker+"\n")
			got := runScript(t, file, script)
			if *update {
				if err := os.WriteFile(file, []byte(script+traceMarker+"\n"+got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: trace differs (-want +got), run with -update if the change is intended:\n%s", file, diff)
			}
		})
	}
}

// runScript plays a golden script: "scenario: ID", then "agent: LINE" and "quit"
// lines; blank lines and # comments are skipped.
func runScript(t *testing.T, file, script string) string {
	var b strings.Builder
	clock := &fakeClock{}
	var s *Session
	ctx := context.Background()
	for n, raw := range strings.Split(script, "\n") {
		line := strings.TrimSpace(raw)
		key, rest, _ := strings.Cut(line, ":")
		rest = strings.TrimSpace(rest)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case key == "scenario":
			s = NewSession(builtin(t, rest), Options{Clock: clock.Now, OnEvent: func(e Event) { writeEvent(&b, e) }})
			if _, err := s.Open(ctx); err != nil {
				t.Fatal(err)
			}
		case key == "agent" && s != nil:
			l, err := parseAgentLine(rest)
			if err != nil {
				t.Fatalf("%s:%d: %v", file, n+1, err)
			}
			clock.Advance(l.wait)
			r, err := s.Submit(ctx, l.text, l.action)
			if err != nil {
				fmt.Fprintf(&b, "error: %v\n", err)
				continue
			}
			fmt.Fprintf(&b, "beat: %s\n", r.Beat)
			clock.Advance(2 * time.Second)
		case line == "quit" && s != nil:
			s.Quit()
		default:
			t.Fatalf("%s:%d: want 'scenario: ID', 'agent: LINE' or 'quit', got %q", file, n+1, line)
		}
	}
	return b.String()
}

// writeEvent writes one event a line; tokens are left out (TestTokensJoinToReply
// checks them).
func writeEvent(b *strings.Builder, e Event) {
	switch e.Kind {
	case EventTurn:
		fmt.Fprintf(b, "%s[%d] @%s: %s%s\n", e.Turn.Role, e.Index, time.Duration(e.Turn.AtMS)*time.Millisecond, e.Turn.Text, actionSuffix(e.Turn.Action))
	case EventNote:
		fmt.Fprintf(b, "note[%d]: %s\n", e.Index, e.Note)
	case EventState:
		st := e.State
		fmt.Fprintf(b, "state[%d]: frustration %d, trust %d, patience %d (%s)", e.Index, st.Frustration, st.Trust, st.Patience, st.Band())
		if len(e.Why) > 0 {
			fmt.Fprintf(b, " <- %s", strings.Join(e.Why, ", "))
		}
		b.WriteString("\n")
	case EventEnded:
		fmt.Fprintf(b, "ended: %s\n", e.Ending)
	}
}

func actionSuffix(a *scoring.Action) string {
	if a == nil {
		return ""
	}
	return " {" + strings.TrimSpace(a.Kind+" "+moneyOrEmpty(a)) + "}"
}

func moneyOrEmpty(a *scoring.Action) string {
	if a.Amount == 0 {
		return ""
	}
	return scenarios.Money(a.Amount, a.Currency)
}
