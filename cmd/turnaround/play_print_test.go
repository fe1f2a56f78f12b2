package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// TestPlayInteractive drives a session as if at a terminal: the brief and card
// come first, prompts appear, empty lines get a hint, replies stream by name with
// a mood bar under them.
func TestPlayInteractive(t *testing.T) {
	sc, err := scenarios.Load("double-charge-streaming", nil)
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	e := env{stdin: strings.NewReader("\n/card\n/refund 99\n/refund 16 Done, refunded.\nIt shows within 3 days.\n"), stdout: &out, stderr: &errOut}
	p := newPlayer(e, sc, playArgs{}, nopRecorder{})
	p.interactive, p.out.interactive = true, true
	if code := p.run(context.Background(), sim.NewScripted()); code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut.String())
	}
	got := out.String()
	for _, want := range []string{
		sc.Title + "  (difficulty 1, chat)",
		"Your authority card:\n  /refund       up to 16 USD (the duplicate charge)",
		"you>    (type a reply to " + sc.Customer.Name + ", or /help for the commands)",
		"   ! refund of 99 USD refused: your ceiling is 16 USD\n" + sc.Customer.Name + ": ",
		"   [calm ] frustration ██░░░░░░░░  20   trust ███████░░░  68   patience 7 (action-given, remedy-fair)",
		"  /explain\n  /follow-up\nType your replies",
		"== session ended: resolved ==",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("interactive output lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "you> "); n != 5 {
		t.Errorf("%d prompts, want 5 (one per line read)", n)
	}
}

func TestMoodLine(t *testing.T) {
	var b bytes.Buffer
	p := newPrinter(&b, &scenarios.Scenario{}, false)
	p.event(sim.Event{Kind: sim.EventState, Why: []string{"hedge", "no-progress"}})
	p.mood(scoring.Mood{Frustration: 72, Trust: 30, Patience: 2})
	p.interactive = true
	p.mood(scoring.Mood{Frustration: 72, Trust: 30, Patience: 2})
	want := "mood: angry, frustration 72, trust 30, patience 2 (hedge, no-progress)\n" +
		"   [angry] frustration ███████░░░  72   trust ███░░░░░░░  30   patience 2\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("mood lines (-want +got):\n%s", diff)
	}
}
