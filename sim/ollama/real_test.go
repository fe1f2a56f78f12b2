package ollama

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// TestRealOllama plays a short session against a running `ollama serve`. It is
// the only test here that needs Ollama and is skipped unless asked for:
//
//	ollama pull qwen2.5:0.5b
//	TURNAROUND_OLLAMA_MODEL=qwen2.5:0.5b go test -run RealOllama -v ./sim/ollama
//
// OLLAMA_HOST picks another server. A small model may break character now and
// then; the test then sees the scripted line and a note, which is the designed
// behaviour, so it checks the invariants and logs what the model said.
func TestRealOllama(t *testing.T) {
	model := os.Getenv("TURNAROUND_OLLAMA_MODEL")
	if model == "" {
		t.Skip("set TURNAROUND_OLLAMA_MODEL (and OLLAMA_HOST if not local) to run against a real Ollama; see sim/ollama/README.md")
	}
	ctx := context.Background()
	// The shipped limits: this test measures what a trainee would see.
	c := mustClient(t, Config{Model: model})
	if st := c.Status(ctx); !st.Up {
		t.Fatalf("TURNAROUND_OLLAMA_MODEL is set but Ollama is down: %v", st.Err)
	}
	if ok, err := c.HasModel(ctx, model); !ok {
		t.Fatalf("model %s is not installed (err %v); run: ollama pull %s", model, err, model)
	}
	var notes []string
	v := NewVoice(c, nil, func(s string) { notes = append(notes, s) })
	start := time.Now()
	t.Logf("warm-up: %s (%v)", v.Warm(ctx), time.Since(start).Round(100*time.Millisecond))
	transcript := playRealSession(t, v, &notes)
	t.Logf("%s", v.Tally())
	judgeRealSession(t, c, transcript)
}

// playRealSession has the model word three beats and checks each reply.
func playRealSession(t *testing.T, v *Voice, notesp *[]string) scoring.Transcript {
	opening := hedgeRequest(t, "")
	opening.Beat, opening.Scripted = "opening", opening.History[0].Text
	opening.Agent, opening.History = scoring.Turn{}, nil
	hedge := hedgeRequest(t, "I'm sorry. I'll see what I can do, maybe.")
	resolved := hedgeRequest(t, "I've refunded your $25 express shipping and added a $10 credit for the second gift.")
	resolved.Beat, resolved.Scripted = "on_resolved", "Thanks. That's fair."
	resolved.State = sim.State{Frustration: 30, Trust: 60, Patience: 4}

	tr := scoring.Transcript{Scenario: "late-delivery-anniversary"}
	for _, req := range []sim.VoiceRequest{opening, hedge, resolved} {
		*notesp = (*notesp)[:0]
		var streamed string
		reply, err := v.Reply(context.Background(), req, func(p string) { streamed += p })
		notes := *notesp
		if err != nil || reply == "" {
			t.Fatalf("%s: Reply = %q, %v; want a reply and no error", req.Beat, reply, err)
		}
		switch {
		case len(notes) > 0 && reply != req.Scripted:
			t.Errorf("%s: fell back (%q) but returned %q, not the scripted line", req.Beat, notes, reply)
		case len(notes) == 0 && reply != tidyReply(streamed):
			t.Errorf("%s: returned %q but streamed %q", req.Beat, reply, streamed)
		}
		t.Logf("%-12s %q notes=%q", req.Beat, reply, notes)
		if req.Agent.Text != "" {
			tr.Turns = append(tr.Turns, req.Agent)
		}
		tr.Turns = append(tr.Turns, scoring.Turn{Role: scoring.RoleCustomer, Text: reply})
	}
	return tr
}

// judgeRealSession asks for a second opinion. A judge that does not finish
// (cut off at its token cap or its time limit) fails the test: that is what
// the cap and the schema are for. A model that finishes with JSON the check
// refuses is logged, since a small model may do that.
func judgeRealSession(t *testing.T, c *Client, tr scoring.Transcript) {
	_, rep := loadSession(t)
	start := time.Now()
	j, err := Judge(context.Background(), c, loadScenario(t), tr, rep)
	t.Logf("second opinion took %v", time.Since(start).Round(100*time.Millisecond))
	switch {
	case err != nil && (errors.Is(err, ErrSlow) || strings.Contains(err.Error(), "cut off")):
		t.Fatalf("the judge did not finish: %v", err)
	case err != nil:
		t.Logf("second opinion unavailable: %v", err)
		return
	}
	for _, o := range j.Opinions {
		t.Logf("%-17s %3d agrees=%-5v %s", o.Dimension, o.Score, o.Agrees, o.Comment)
	}
}
