package ollama

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// Hard edges of the Ollama voice: every call has a deadline, an
// empty-chunk drip cannot keep a reply alive, bodies are read with a limit.

func TestVoiceEmptyChunkDripDoesNotResetWatchdog(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/chat": loadScript(t, "drip-empty")})
	reply, err := NewVoice(f.client(t, fastConfig()), nil, nil).Reply(context.Background(), hedgeRequest(t, "Maybe."), nil)
	if reply != hedgeLine || !errors.Is(err, ErrSlow) || !strings.Contains(err.Error(), "no first word from qwen2.5:0.5b within 100ms") {
		t.Errorf("Reply = %q, %v; want the scripted line and no first word within 100ms", reply, err)
	}
}

func TestVoiceWholeReplyHasADeadline(t *testing.T) {
	// Words come every 50 ms, each in time, but the reply never ends.
	var script strings.Builder
	for range 40 {
		script.WriteString("chunk \"no \"\nsleep 50ms\n")
	}
	f := newFake(t, map[string][]step{"POST /api/chat": inline(t, script.String())})
	cfg := fastConfig()
	cfg.ReplyTimeout = 300 * time.Millisecond
	cfg.MaxReplyRunes = 10_000
	_, err := NewVoice(f.client(t, cfg), nil, nil).Reply(context.Background(), hedgeRequest(t, "Maybe."), nil)
	if !errors.Is(err, ErrSlow) || !strings.Contains(err.Error(), "did not finish the reply within 300ms") {
		t.Errorf("Reply error = %v; want ErrSlow, did not finish within 300ms", err)
	}
}

// TestEveryCallHasADeadline: a server that accepts and never answers cannot
// hold any call past its limit, including the checks before the first turn.
func TestEveryCallHasADeadline(t *testing.T) {
	defer func(d time.Duration) { statusTimeout = d }(statusTimeout)
	statusTimeout = 100 * time.Millisecond
	hang := inline(t, "hang")
	f := newFake(t, map[string][]step{
		"HEAD /": hang, "GET /api/version": hang, "POST /api/show": hang, "GET /api/tags": hang,
		"POST /api/chat": hang, "POST /api/pull": inline(t, "raw {\"status\":\"pulling manifest\"}\nhang"),
	})
	cfg := fastConfig()
	cfg.CallTimeout, cfg.LoadTimeout, cfg.PullStallTimeout = 100*time.Millisecond, 100*time.Millisecond, 100*time.Millisecond
	c := f.client(t, cfg)
	ctx := context.Background()
	calls := map[string]func() error{
		"status":  func() error { return c.Status(ctx).Err },
		"show":    func() error { _, err := c.HasModel(ctx, "qwen2.5:0.5b"); return err },
		"list":    func() error { _, err := c.Models(ctx); return err },
		"preload": func() error { return c.Preload(ctx) },
		"pull":    func() error { return c.Pull(ctx, "qwen2.5:0.5b", nil) },
		"ready":   func() error { return c.readiness(ctx) },
		"warm": func() error {
			if s := NewVoice(c, nil, nil).Warm(ctx); s != "" {
				return errors.New(s)
			}
			return nil
		},
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() { done <- call() }()
			select {
			case err := <-done:
				if err == nil {
					t.Error("a hanging server answered nil; want an error saying it did not answer")
				}
			case <-time.After(10 * time.Second): // 100× the limits: only a real hang gets here
				t.Fatal("still waiting 10 s after a 100 ms limit")
			}
		})
	}
}

func TestBodiesAreReadWithALimit(t *testing.T) {
	huge := loadScript(t, "version-huge")
	f := newFake(t, map[string][]step{
		"HEAD /": loadScript(t, "empty-ok"), "GET /api/version": huge, "POST /api/show": huge,
	})
	c := f.client(t, fastConfig())
	if st := c.Status(context.Background()); !st.Up || st.Version != "unknown" {
		t.Errorf("Status with a 5 MB version body = %+v; want up, version unknown", st)
	}
	_, err := c.HasModel(context.Background(), "qwen2.5:0.5b")
	if !errors.Is(err, ErrBrokenStream) || !strings.Contains(err.Error(), "sent an answer larger than 4 MB; is it an Ollama server?") {
		t.Errorf("HasModel with a 5 MB body: %v; want a message about the 4 MB limit", err)
	}
}

func TestPullStallAndOfflineErrors(t *testing.T) {
	cfg := Config{PullStallTimeout: 100 * time.Millisecond}
	stall := newFake(t, map[string][]step{"POST /api/pull": loadScript(t, "pull-stall")})
	err := stall.client(t, cfg).Pull(context.Background(), "qwen2.5:0.5b", nil)
	if !errors.Is(err, ErrSlow) || !strings.HasSuffix(err.Error(), "made no progress for 100ms") {
		t.Errorf("stalled pull: %v; want no progress for 100ms", err)
	}
	offline := newFake(t, map[string][]step{"POST /api/pull": loadScript(t, "pull-offline")})
	err = offline.client(t, cfg).Pull(context.Background(), "qwen2.5:0.5b", nil)
	if err == nil || !strings.Contains(err.Error(), "lookup registry.ollama.ai on 127.0.0.53:53: server misbehaving") ||
		!strings.HasSuffix(err.Error(), "downloading needs internet access on the machine that runs Ollama") {
		t.Errorf("offline pull: %v; want the whole cause and a hint about internet access", err)
	}
}
