package ollama

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// readyRoutes answer the readiness checks: the server is up and has the model.
func readyRoutes(t *testing.T, chat []step) map[string][]step {
	return map[string][]step{
		"HEAD /": loadScript(t, "empty-ok"), "GET /api/version": loadScript(t, "version"),
		"POST /api/show": loadScript(t, "show-ok"), "POST /api/chat": chat,
	}
}

func TestWarmUsesTheRepliesOptions(t *testing.T) {
	f := newFake(t, readyRoutes(t, loadScript(t, "warm-fast")))
	c := f.client(t, Config{Model: "qwen2.5:0.5b"}) // the shipped 8 s first-word limit
	if got, want := NewVoice(c, nil, nil).Warm(context.Background()), "qwen2.5:0.5b is ready (loaded in 0.0 s)."; got != want {
		t.Errorf("Warm() = %q; want %q", got, want)
	}
	var warm, reply map[string]any
	if err := json.Unmarshal(f.requests("POST /api/chat")[0], &warm); err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(NewVoice(c, nil, nil).chatRequest(hedgeRequest(t, "Maybe.")))
	if err := json.Unmarshal(body, &reply); err != nil {
		t.Fatal(err)
	}
	// The options that make Ollama restart the runner must match.
	for _, key := range []string{"model", "keep_alive", "think"} {
		if !cmp.Equal(warm[key], reply[key]) {
			t.Errorf("%s: warm-up %v, reply %v", key, warm[key], reply[key])
		}
	}
	if w, r := warm["options"].(map[string]any)["num_ctx"], reply["options"].(map[string]any)["num_ctx"]; w != r || w != float64(4096) {
		t.Errorf("num_ctx: warm-up %v, reply %v; want both 4096", w, r)
	}
}

// TestWarmRaisesFirstWordLimitOnASlowMachine: after a warm-up that measured a
// slow machine, a first word that comes after the default limit is still used.
func TestWarmRaisesFirstWordLimitOnASlowMachine(t *testing.T) {
	cfg := fastConfig() // 100 ms first-word limit
	cfg.MaxFirstTokenTimeout = time.Second

	cold := newFake(t, readyRoutes(t, loadScript(t, "late-first-word")))
	run := runVoice(t, cold.client(t, cfg), hedgeRequest(t, "Maybe."))
	if run.reply != hedgeLine {
		t.Fatalf("without a warm-up the late first word was used (%q); the test needs it to fall back", run.reply)
	}

	f := newFake(t, readyRoutes(t, nil))
	f.chats = [][]step{loadScript(t, "warm-slow"), loadScript(t, "late-first-word")}
	var notes []string
	v := NewVoice(f.client(t, cfg), nil, func(s string) { notes = append(notes, s) })
	got := v.Warm(context.Background())
	want := "qwen2.5:0.5b is ready (loaded in 12.0 s); this machine reads prompts slowly, so each reply may wait up to 1s for its first word."
	if got != want {
		t.Errorf("Warm() = %q; want %q", got, want)
	}
	reply, err := v.Reply(context.Background(), hedgeRequest(t, "Maybe."), nil)
	if err != nil || len(notes) != 0 || !strings.HasPrefix(reply, "I'll believe it") {
		t.Errorf("first reply after the warm-up = %q, %v, notes %q; want the model's words", reply, err, notes)
	}
}

func TestWarmWithoutTheModelBacksOff(t *testing.T) {
	routes := readyRoutes(t, loadScript(t, "good"))
	routes["POST /api/show"] = loadScript(t, "show-missing")
	f := newFake(t, routes)
	v := NewVoice(f.client(t, fastConfig()), nil, nil)
	got := v.Warm(context.Background())
	if !strings.HasPrefix(got, "model qwen2.5:0.5b is not installed") || !strings.HasSuffix(got, "Ollama is checked again every 30s.") {
		t.Errorf("Warm() = %q; want the missing model and the back-off", got)
	}
	reply, err := v.Reply(context.Background(), hedgeRequest(t, "Maybe."), nil)
	if reply != hedgeLine || err != nil || len(f.requests("POST /api/chat")) != 0 {
		t.Errorf("first reply = %q, %v after %d chats; want the scripted line at once, no error, no chat",
			reply, err, len(f.requests("POST /api/chat")))
	}
}
