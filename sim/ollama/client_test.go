package ollama

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestNewClientRejectsBadHosts(t *testing.T) {
	tests := []struct{ host, want string }{
		{"ftp://127.0.0.1:11434", `ollama host "ftp://127.0.0.1:11434" must start with http:// or https://`},
		{"http://", `ollama host "http://" names no server`},
		{"http://127.0.0.1:port", `ollama host "http://127.0.0.1:port" is not a URL like http://127.0.0.1:11434`},
		{"http://exa mple.com", `ollama host "http://exa mple.com" is not a URL like http://127.0.0.1:11434`},
	}
	for _, tt := range tests {
		_, err := NewClient(Config{Host: tt.host})
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("NewClient(%q) error = %v; want it to start %q", tt.host, err, tt.want)
		}
	}
}

func TestNewClientAcceptsOllamaHostForms(t *testing.T) {
	tests := map[string]string{
		"127.0.0.1:11434":      "http://127.0.0.1:11434",
		"localhost":            "http://localhost:11434",
		"https://ollama.lan/":  "https://ollama.lan/",
		"http://10.0.0.5:9999": "http://10.0.0.5:9999",
	}
	for host, want := range tests {
		c, err := NewClient(Config{Host: host})
		if err != nil {
			t.Errorf("NewClient(%q): %v", host, err)
			continue
		}
		if got := c.Config().Host; got != want {
			t.Errorf("NewClient(%q): host %q; want %q", host, got, want)
		}
	}
}

func TestHostFromEnv(t *testing.T) {
	tests := map[string]string{
		"":                     DefaultHost,
		"0.0.0.0":              "http://0.0.0.0:11434",
		"10.0.0.5:9999":        "http://10.0.0.5:9999",
		"https://ollama.lan":   "https://ollama.lan",
		"[::1]":                "http://[::1]:11434",
		"  http://box:11434  ": "http://box:11434",
	}
	for in, want := range tests {
		if got := hostFromEnv(in); got != want {
			t.Errorf("hostFromEnv(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestDefaultConfig(t *testing.T) {
	t.Setenv("OLLAMA_HOST", "")
	want := Config{Host: DefaultHost, Temperature: 0.7, NumCtx: 4096,
		FirstTokenTimeout: 8 * time.Second, MaxFirstTokenTimeout: 30 * time.Second, ReplyTimeout: time.Minute,
		MaxReplyRunes: 400, RetryAfter: 30 * time.Second, CallTimeout: 5 * time.Second, LoadTimeout: 3 * time.Minute,
		PullStallTimeout: 2 * time.Minute, JudgeTimeout: 90 * time.Second, JudgePredict: 700}
	if diff := cmp.Diff(want, DefaultConfig()); diff != "" {
		t.Errorf("DefaultConfig (-want +got):\n%s", diff)
	}
	t.Setenv("OLLAMA_HOST", "10.1.2.3")
	if got := DefaultConfig().Host; got != "http://10.1.2.3:11434" {
		t.Errorf("with OLLAMA_HOST=10.1.2.3, Host = %q", got)
	}
}

func TestStatus(t *testing.T) {
	up := newFake(t, map[string][]step{"HEAD /": loadScript(t, "empty-ok"), "GET /api/version": loadScript(t, "version")})
	if got := up.client(t, Config{}).Status(context.Background()); !got.Up || got.Version != "0.17.4" || got.Err != nil {
		t.Errorf("Status of a running server = %+v; want Up, version 0.17.4", got)
	}
	noVersion := newFake(t, map[string][]step{"HEAD /": loadScript(t, "empty-ok")})
	if got := noVersion.client(t, Config{}).Status(context.Background()); !got.Up || got.Version != "unknown" {
		t.Errorf("Status without /api/version = %+v; want Up, version unknown", got)
	}
	down := mustClient(t, Config{Host: closedPort(t)}).Status(context.Background())
	if down.Up || !errors.Is(down.Err, ErrUnavailable) || !strings.Contains(down.Err.Error(), `start it with "ollama serve"`) {
		t.Errorf("Status of a closed port = %+v; want down with a hint to run ollama serve", down)
	}
}

func TestStatusIsQuickOnAHangingServer(t *testing.T) {
	defer func(d time.Duration) { statusTimeout = d }(statusTimeout)
	statusTimeout = 100 * time.Millisecond
	f := newFake(t, map[string][]step{"HEAD /": inline(t, "hang")})
	got := f.client(t, Config{}).Status(context.Background())
	if got.Up || !errors.Is(got.Err, ErrUnavailable) || !strings.Contains(got.Err.Error(), "did not answer in time") {
		t.Errorf("Status of a hanging server = %+v; want down, did not answer in time", got)
	}
}

func TestModels(t *testing.T) {
	f := newFake(t, map[string][]step{"GET /api/tags": inline(t, "file tags.json")})
	got, err := f.client(t, Config{}).Models(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []Model{
		{Name: "llama3.2:1b", Size: 1321098329, Modified: time.Date(2026, 2, 14, 9, 30, 0, 0, time.UTC)},
		{Name: "qwen2.5:0.5b", Size: 397821319, Modified: time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Models (-want +got):\n%s", diff)
	}
	if _, err := mustClient(t, Config{Host: closedPort(t)}).Models(context.Background()); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Models on a closed port: err = %v; want ErrUnavailable", err)
	}
}

func TestPull(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/pull": loadScript(t, "pull-ok")})
	var got []PullProgress
	err := f.client(t, Config{}).Pull(context.Background(), "qwen2.5:0.5b", func(p PullProgress) { got = append(got, p) })
	if err != nil {
		t.Fatal(err)
	}
	layer := "pulling c5396e06af29"
	want := []PullProgress{
		{Status: "pulling manifest"},
		{Status: layer, Digest: "sha256:c5396e06af29", Total: 1000},
		{Status: layer, Digest: "sha256:c5396e06af29", Total: 1000, Completed: 400},
		{Status: layer, Digest: "sha256:c5396e06af29", Total: 1000, Completed: 1000},
		{Status: "verifying sha256 digest"}, {Status: "writing manifest"}, {Status: "success"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("progress (-want +got):\n%s", diff)
	}
	if fr := got[2].Fraction(); fr != 0.4 {
		t.Errorf("Fraction of 400/1000 = %v", fr)
	}
	if fr := got[0].Fraction(); fr != -1 {
		t.Errorf("Fraction without a total = %v; want -1", fr)
	}
	if body := string(f.requests("POST /api/pull")[0]); !strings.Contains(body, `"model":"qwen2.5:0.5b"`) {
		t.Errorf("pull request %s does not name the model", body)
	}
}

func TestPullFailures(t *testing.T) {
	tests := []struct {
		name, script, model, want string
	}{
		{"unknown model", "pull-unknown", "nope:1b", "pull nope:1b: Ollama at http://127.0.0.1:"},
		{"connection cut", "pull-cut", "qwen2.5:0.5b", "pull qwen2.5:0.5b: the download from http://127.0.0.1:"},
		{"no name", "pull-ok", "", "pull: no model name given"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t, map[string][]step{"POST /api/pull": loadScript(t, tt.script)})
			err := f.client(t, Config{}).Pull(context.Background(), tt.model, nil)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Pull error = %v; want it to start %q", err, tt.want)
			}
		})
	}
}

func TestHasModel(t *testing.T) {
	tests := []struct {
		name    string
		routes  map[string][]step
		want    bool
		wantErr error
	}{
		{"installed", map[string][]step{"POST /api/show": loadScript(t, "show-ok")}, true, nil},
		{"missing", map[string][]step{"POST /api/show": loadScript(t, "show-missing")}, false, nil},
		{"not ollama", nil, false, ErrUnavailable},
		{"server error", map[string][]step{"POST /api/show": loadScript(t, "server-error")}, false, ErrBrokenStream},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t, tt.routes)
			got, err := f.client(t, Config{}).HasModel(context.Background(), "nope:1b")
			if got != tt.want || !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
				t.Errorf("HasModel = %v, %v; want %v, %v", got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestPreload(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/chat": loadScript(t, "load")})
	if err := f.client(t, Config{Model: "qwen2.5:0.5b"}).Preload(context.Background()); err != nil {
		t.Fatal(err)
	}
	if body := string(f.requests("POST /api/chat")[0]); !strings.Contains(body, `"messages":null`) {
		t.Errorf("preload request %s carries messages; want none so Ollama only loads", body)
	}
	missing := newFake(t, map[string][]step{"POST /api/chat": loadScript(t, "model-missing")})
	if err := missing.client(t, Config{Model: "qwen2.5:0.5b"}).Preload(context.Background()); !errors.Is(err, ErrModelMissing) {
		t.Errorf("preload of a missing model: %v; want ErrModelMissing", err)
	}
}

func TestPreloadSendsTheRepliesWindow(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/chat": loadScript(t, "load")})
	if err := f.client(t, Config{}).WithModel("qwen2.5:0.5b").Preload(context.Background()); err != nil {
		t.Fatal(err)
	}
	body := string(f.requests("POST /api/chat")[0])
	for _, want := range []string{`"model":"qwen2.5:0.5b"`, `"num_ctx":4096`, `"keep_alive":"10m0s"`} {
		if !strings.Contains(body, want) {
			t.Errorf("preload request %s lacks %s", body, want)
		}
	}
}
