package ollama

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

const hedgeLine = "Can you actually do anything, or do I need someone else?"

// loadScenario reads the scenario every test here talks about.
func loadScenario(t testing.TB) *scenarios.Scenario {
	t.Helper()
	var sc scenarios.Scenario
	readJSON(t, "scenario.json", &sc)
	return &sc
}

func readJSON(t testing.TB, name string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testdataDir, name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// hedgeRequest is the agent hedging on turn two; the simulator chose on_hedge.
func hedgeRequest(t testing.TB, agentText string) sim.VoiceRequest {
	sc := loadScenario(t)
	opening := scoring.Turn{Role: scoring.RoleCustomer, Text: sc.Beats["opening"][0].Text}
	agent := scoring.Turn{Role: scoring.RoleAgent, Text: agentText, AtMS: 14000}
	return sim.VoiceRequest{
		Scenario: sc,
		State:    sim.State{Frustration: 78, Trust: 34, Patience: 5},
		Beat:     "on_hedge",
		Agent:    agent,
		History:  []scoring.Turn{opening, agent},
		Scripted: hedgeLine,
	}
}

// fastConfig keeps fault tests quick: a server that says nothing for 100 ms is slow.
func fastConfig() Config {
	return Config{Model: "qwen2.5:0.5b", FirstTokenTimeout: 100 * time.Millisecond}
}

// voiceRun is what one Reply did, for comparing with a table row.
type voiceRun struct {
	reply  string
	err    error
	tokens []string
	notes  []string
}

func runVoice(t *testing.T, c *Client, req sim.VoiceRequest) voiceRun {
	t.Helper()
	var run voiceRun
	v := NewVoice(c, nil, func(s string) { run.notes = append(run.notes, s) })
	before := deepCopy(t, req)
	run.reply, run.err = v.Reply(context.Background(), req, func(p string) { run.tokens = append(run.tokens, p) })
	if diff := cmp.Diff(before, req); diff != "" {
		t.Errorf("Reply changed the request (-before +after):\n%s", diff)
	}
	return run
}

// deepCopy copies a request through JSON, so a change through any pointer shows.
func deepCopy(t testing.TB, req sim.VoiceRequest) sim.VoiceRequest {
	data, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	var out sim.VoiceRequest
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestVoiceStreamsAndReturnsGoodReply(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/chat": loadScript(t, "good")})
	run := runVoice(t, f.client(t, fastConfig()), hedgeRequest(t, "I'll see what I can do."))
	want := voiceRun{
		reply:  "I'll believe it when I see it. What exactly can you do?",
		tokens: []string{"I'll believe it ", "when I see it. ", "What exactly can you do?"},
	}
	if diff := cmp.Diff(want, run, cmp.AllowUnexported(voiceRun{}), cmpErr); diff != "" {
		t.Errorf("Reply (-want +got):\n%s", diff)
	}
}

func TestVoiceTrimsQuotes(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/chat": loadScript(t, "quoted")})
	run := runVoice(t, f.client(t, fastConfig()), hedgeRequest(t, "Maybe."))
	if run.reply != "Fine. When?" || len(run.notes) != 0 {
		t.Errorf("reply %q notes %q; want \"Fine. When?\" and no notes", run.reply, run.notes)
	}
}

func TestVoiceAcceptsOnlyOnResolvedBeat(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/chat": loadScript(t, "resolved")})
	req := hedgeRequest(t, "I've refunded the $25 shipping now and added a $10 credit.")
	req.Beat, req.Scripted = "on_resolved", "Thanks. That's fair."
	run := runVoice(t, f.client(t, fastConfig()), req)
	if run.reply != "Thanks, that's fair. I appreciate it." || len(run.notes) != 0 {
		t.Errorf("on_resolved: reply %q notes %q; want the model's words and no notes", run.reply, run.notes)
	}
}

// cmpErr compares errors by message, so a table can say which error it expects.
var cmpErr = cmp.Comparer(func(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Error() == b.Error()
})

// TestVoiceFallsBack covers every way Ollama can fail a turn. In each the
// session must go on: the scripted line, a note saying why, no error.
func TestVoiceFallsBack(t *testing.T) {
	tests := []struct {
		name     string
		script   string // a testdata script for POST /api/chat; "" for no route
		host     string // overrides the fake's URL
		wantNote string
		streamed bool // whether pieces reached onToken before the retraction
		backsOff bool // whether the failure starts scripted lines for a while
	}{
		{name: "ollama not running", host: "closed", wantNote: "is not running at http://127.0.0.1:", backsOff: true},
		{name: "wrong host", script: "", wantNote: "answered \"not found\" (404 page not found); is it an Ollama server?", backsOff: true},
		{name: "model not installed", script: "model-missing", wantNote: `model "qwen2.5:0.5b" is not installed in Ollama at`, backsOff: true},
		{name: "server error", script: "server-error", wantNote: "refused the request (HTTP 500): llama runner process has terminated"},
		{name: "slow first token", script: "slow-first-token", wantNote: "no first word from qwen2.5:0.5b within 100ms", backsOff: true},
		{name: "stall mid reply", script: "stall-mid-reply", wantNote: "qwen2.5:0.5b stopped mid-reply for more than 100ms", streamed: true},
		{name: "connection cut mid stream", script: "cut-mid-stream", wantNote: "the reply from qwen2.5:0.5b was cut off before it finished", streamed: true},
		{name: "ends without done", script: "ends-without-done", wantNote: "the reply from qwen2.5:0.5b was cut off before it finished", streamed: true},
		{name: "malformed stream", script: "malformed", wantNote: "broke off with: <html><body>proxy error</body></html>", streamed: true},
		{name: "error line mid stream", script: "error-mid-stream", wantNote: "out of memory", streamed: true},
		{name: "empty stream", script: "empty", wantNote: "sent an empty reply"},
		{name: "reply far too long", script: "too-long", wantNote: "the reply ran past 400 characters", streamed: true},
		{name: "cut at token limit", script: "length-limit", wantNote: "the reply hit the model's length limit", streamed: true},
		{name: "speaks as an AI", script: "as-an-ai", wantNote: "rejected because it spoke as an AI", streamed: true},
		{name: "coaches the agent", script: "coaching", wantNote: "rejected because it coached the agent", streamed: true},
		{name: "satisfied too early", script: "satisfied", wantNote: "rejected because the customer gave in before the simulation said they accept", streamed: true},
		{name: "role label", script: "role-label", wantNote: "rejected because it showed prompt text or role labels", streamed: true},
		{name: "writes both sides", script: "script-both-sides", wantNote: "rejected because it showed prompt text or role labels", streamed: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			routes := map[string][]step{}
			if tt.script != "" {
				routes["POST /api/chat"] = loadScript(t, tt.script)
			}
			f := newFake(t, routes)
			c := f.client(t, fastConfig())
			if tt.host == "closed" {
				c = mustClient(t, Config{Host: closedPort(t), Model: "qwen2.5:0.5b", FirstTokenTimeout: 100 * time.Millisecond})
			}
			run := runVoice(t, c, hedgeRequest(t, "I'll see what I can do, maybe."))
			if run.reply != hedgeLine || run.err != nil {
				t.Errorf("Reply = %q, %v; want the scripted line and no error", run.reply, run.err)
			}
			suffix := "The scripted line was used instead."
			if tt.backsOff {
				suffix = "Scripted lines stand in; Ollama is checked again every 30s."
			}
			if len(run.notes) != 1 || !strings.Contains(run.notes[0], tt.wantNote) || !strings.HasSuffix(run.notes[0], suffix) {
				t.Errorf("notes = %q; want one note containing %q", run.notes, tt.wantNote)
			}
			if got := len(run.tokens) > 0; got != tt.streamed {
				t.Errorf("streamed pieces %q; want streamed=%v", run.tokens, tt.streamed)
			}
		})
	}
}

func mustClient(t testing.TB, cfg Config) *Client {
	t.Helper()
	c, err := NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestVoiceNeverWaitsOnAHangingServer shows the fallback decision is bounded by
// FirstTokenTimeout: the server never answers, so returning at all proves
// Reply did not wait for it.
func TestVoiceNeverWaitsOnAHangingServer(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/chat": inline(t, "hang")})
	c := f.client(t, fastConfig())
	done := make(chan voiceRun, 1)
	go func() {
		v := NewVoice(c, nil, nil)
		reply, err := v.Reply(context.Background(), hedgeRequest(t, "Hmm."), nil)
		done <- voiceRun{reply: reply, err: err}
	}()
	select {
	case run := <-done:
		if run.reply != hedgeLine || !errors.Is(run.err, ErrSlow) {
			t.Errorf("Reply = %q, %v; want the scripted line and ErrSlow", run.reply, run.err)
		}
	case <-time.After(10 * time.Second): // 100× the timeout: only a real hang gets here
		t.Fatal("Reply still waiting on a hanging server 10 s after a 100 ms timeout")
	}
}

// TestVoiceBacksOffAndSaysSoOnce: after the model is found missing the voice
// says so once, uses scripted lines at once without asking Ollama, re-checks
// in the background when the rest is over, and asks the model again only once
// that check passes. Nothing calls a server that is up "unavailable".
func TestVoiceBacksOffAndSaysSoOnce(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/chat": loadScript(t, "model-missing")})
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	var notes []string
	v := NewVoice(f.client(t, fastConfig()), nil, func(s string) { notes = append(notes, s) })
	v.now = func() time.Time { return now }
	req := hedgeRequest(t, "Maybe.")
	reply := func() string {
		t.Helper()
		line, err := v.Reply(context.Background(), req, nil)
		if err != nil {
			t.Fatal(err)
		}
		return line
	}

	reply()
	if len(notes) != 1 || !strings.Contains(notes[0], "is not installed") ||
		!strings.HasSuffix(notes[0], "Scripted lines stand in; Ollama is checked again every 30s.") {
		t.Fatalf("notes = %q; want one saying the model is missing and what happens now", notes)
	}
	now = now.Add(10 * time.Second)
	if got := reply(); got != hedgeLine {
		t.Errorf("reply while resting = %q; want the scripted line", got)
	}
	now = now.Add(21 * time.Second) // the rest is over: a background check starts
	reply()
	v.probes.Wait()
	if got := len(f.requests("POST /api/chat")); got != 1 {
		t.Fatalf("Ollama chat asked %d times while the server still lacked the model; want 1", got)
	}
	if got := len(f.requests("HEAD /")); got != 1 {
		t.Errorf("the background check asked HEAD / %d times; want 1", got)
	}
	// The model appears; the next check finds it, and the reply after that asks.
	f.setRoute("HEAD /", loadScript(t, "empty-ok"))
	f.setRoute("POST /api/show", loadScript(t, "show-ok"))
	f.setRoute("POST /api/chat", loadScript(t, "good"))
	now = now.Add(31 * time.Second)
	reply()
	v.probes.Wait()
	if got := reply(); got != "I'll believe it when I see it. What exactly can you do?" {
		t.Errorf("reply after the check passed = %q; want the model's words", got)
	}
	if len(notes) != 1 {
		t.Errorf("notes = %q; want the one note only", notes)
	}
	for _, n := range notes {
		if strings.Contains(n, "unavailable") {
			t.Errorf("note %q calls a server that answered unavailable", n)
		}
	}
	want := Tally{Model: 1, Fallback: map[string]int{"model not installed": 4}}
	if diff := cmp.Diff(want, v.Tally()); diff != "" {
		t.Errorf("Tally (-want +got):\n%s", diff)
	}
}

func TestVoiceUsesFallbackVoice(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/chat": loadScript(t, "as-an-ai")})
	v := NewVoice(f.client(t, fastConfig()), fixedVoice("scripted voice line"), func(string) {})
	reply, err := v.Reply(context.Background(), hedgeRequest(t, "Maybe."), nil)
	if reply != "scripted voice line" || err != nil {
		t.Errorf("Reply = %q, %v; want the fallback voice's line", reply, err)
	}
}

// TestVoiceWithoutNotesReportsAsError: with no notes callback the reason comes
// back as a typed error beside the scripted line, the way sim.Session expects a
// failing voice to report.
func TestVoiceWithoutNotesReportsAsError(t *testing.T) {
	tests := []struct {
		script string
		want   error
	}{
		{"model-missing", ErrModelMissing},
		{"slow-first-token", ErrSlow},
		{"cut-mid-stream", ErrBrokenStream},
		{"as-an-ai", ErrOutOfCharacter},
		{"", ErrUnavailable}, // no chat route: not an Ollama server
	}
	for _, tt := range tests {
		t.Run(tt.want.Error(), func(t *testing.T) {
			routes := map[string][]step{}
			if tt.script != "" {
				routes["POST /api/chat"] = loadScript(t, tt.script)
			}
			f := newFake(t, routes)
			reply, err := NewVoice(f.client(t, fastConfig()), nil, nil).Reply(context.Background(), hedgeRequest(t, "Maybe."), nil)
			var e *Error
			if reply != hedgeLine || !errors.Is(err, tt.want) || !errors.As(err, &e) {
				t.Errorf("Reply = %q, %v; want the scripted line and an *Error of kind %v", reply, err, tt.want)
			}
		})
	}
}

func TestVoiceReturnsCallersCancel(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/chat": inline(t, "hang")})
	ctx, cancel := context.WithCancel(context.Background())
	var notes []string
	v := NewVoice(f.client(t, Config{Model: "m", FirstTokenTimeout: time.Minute}), nil, func(s string) { notes = append(notes, s) })
	time.AfterFunc(50*time.Millisecond, cancel)
	reply, err := v.Reply(ctx, hedgeRequest(t, "Maybe."), nil)
	if reply != hedgeLine || !errors.Is(err, context.Canceled) || len(notes) != 0 {
		t.Errorf("Reply = %q, %v, notes %q; want the scripted line, context.Canceled, no note", reply, err, notes)
	}
}

func TestVoiceWithoutModelFallsBack(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/chat": loadScript(t, "good")})
	run := runVoice(t, f.client(t, Config{}), hedgeRequest(t, "Maybe."))
	if run.reply != hedgeLine || len(run.notes) != 1 || !strings.Contains(run.notes[0], "no Ollama model is chosen") {
		t.Errorf("Reply = %q, notes %q; want scripted line and a note asking to pick a model", run.reply, run.notes)
	}
	if n := len(f.requests("POST /api/chat")); n != 0 {
		t.Errorf("asked Ollama %d times without a model", n)
	}
}

func TestVoiceName(t *testing.T) {
	if got := NewVoice(nil, nil, nil).Name(); got != "ollama" {
		t.Errorf("Name() = %q", got)
	}
}

// fixedVoice is a sim.Voice that always says the same line.
type fixedVoice string

func (f fixedVoice) Name() string { return "fixed" }
func (f fixedVoice) Reply(context.Context, sim.VoiceRequest, sim.TokenFunc) (string, error) {
	return string(f), nil
}
