package ollama

import (
	"bytes"
	"context"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// testClock is a session clock a test moves by hand; the fake server moves it
// by the time a model "takes" to answer, so no test sleeps.
type testClock struct {
	mu  sync.Mutex
	now time.Duration
}

func (c *testClock) read() time.Duration { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *testClock) add(d time.Duration) { c.mu.Lock(); c.now += d; c.mu.Unlock() }

// playAtModelSpeed plays the same agent lines, each sent 20 s after the
// customer's line showed, against a fake model that takes generate per reply,
// and returns the transcript.
func playAtModelSpeed(t *testing.T, sc *scenarios.Scenario, generate time.Duration, lines []string) scoring.Transcript {
	t.Helper()
	clock := &testClock{}
	f := newFake(t, map[string][]step{"POST /api/chat": loadScript(t, "good")})
	f.onRequest = func(route string) {
		if route == "POST /api/chat" {
			clock.add(generate)
		}
	}
	voice := NewVoice(f.client(t, fastConfig()), sim.NewScripted(), nil)
	s := sim.NewSession(sc, sim.Options{Voice: voice, Clock: clock.read})
	ctx := context.Background()
	if _, err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	for _, line := range lines {
		clock.add(20 * time.Second) // the trainee reads and types
		r, err := s.Submit(ctx, line, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Notes) > 0 {
			t.Fatalf("a reply fell back, so the model's speed was not tested: %v", r.Notes)
		}
		if r.Ending != sim.Ongoing {
			break
		}
	}
	return s.Transcript()
}

// TestSlowModelDoesNotChangeTheScore: the same agent
// lines against a model that answers at once and one that takes 60 s per reply
// give byte-identical reports.
func TestSlowModelDoesNotChangeTheScore(t *testing.T) {
	sc := loadScenario(t)
	lines := []string{
		"I'm sorry, we let you down on your anniversary.",
		"I've refunded the 25 dollars of express shipping to your card; you will see it within 3 days.",
		"Is there anything else I can do for you today?",
	}
	fast := playAtModelSpeed(t, sc, 0, lines)
	slow := playAtModelSpeed(t, sc, 60*time.Second, lines)
	if fast.Turns[len(fast.Turns)-1].AtMS == slow.Turns[len(slow.Turns)-1].AtMS {
		t.Fatal("the slow model took no longer on the session clock; the test does not test anything")
	}
	fastReport, slowReport := reportJSON(t, fast, sc), reportJSON(t, slow, sc)
	if !bytes.Equal(fastReport, slowReport) {
		t.Errorf("reports differ with model speed:\nfast: %s\nslow: %s", fastReport, slowReport)
	}
	// Read as wall time (the old timing), the slow model would have cost the
	// trainee: this is what the versioned timing fixes.
	slow.Timing = scoring.TimingWall
	if bytes.Equal(reportJSON(t, slow, sc), fastReport) {
		t.Error("read as wall time the slow session scores the same; pick lines whose speed rules depend on time")
	}
}

func reportJSON(t *testing.T, tr scoring.Transcript, sc *scenarios.Scenario) []byte {
	t.Helper()
	rep, err := scoring.Score(tr, sc, scoring.DefaultRubric())
	if err != nil {
		t.Fatalf("score: %v", err)
	}
	data, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
