package ollama

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWholeReplies(t *testing.T) {
	tests := []struct {
		script     string
		wantReply  string
		wantTokens []string
		wantErr    error
	}{
		{"good", "I'll believe it when I see it. What exactly can you do?",
			[]string{"I'll believe it when I see it. What exactly can you do?"}, nil},
		{"satisfied", hedgeLine, nil, ErrOutOfCharacter},
	}
	for _, tt := range tests {
		t.Run(tt.script, func(t *testing.T) {
			f := newFake(t, map[string][]step{"POST /api/chat": loadScript(t, tt.script)})
			v := WholeReplies(NewVoice(f.client(t, fastConfig()), nil, nil))
			var tokens []string
			reply, err := v.Reply(context.Background(), hedgeRequest(t, "Maybe."), func(p string) { tokens = append(tokens, p) })
			if reply != tt.wantReply || !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
				t.Errorf("Reply = %q, %v; want %q, %v", reply, err, tt.wantReply, tt.wantErr)
			}
			if diff := cmp.Diff(tt.wantTokens, tokens); diff != "" {
				t.Errorf("tokens (-want +got):\n%s", diff)
			}
			if v.Name() != "ollama" {
				t.Errorf("Name() = %q", v.Name())
			}
		})
	}
}

func TestReady(t *testing.T) {
	up := map[string][]step{"HEAD /": loadScript(t, "empty-ok"), "GET /api/version": loadScript(t, "version")}
	withModel := map[string][]step{"POST /api/show": loadScript(t, "show-ok")}
	withoutModel := map[string][]step{"POST /api/show": loadScript(t, "show-missing")}
	for k, v := range up {
		withModel[k], withoutModel[k] = v, v
	}
	tests := []struct {
		name   string
		routes map[string][]step
		closed bool
		want   string
	}{
		{"ready", withModel, false, ""},
		{"model missing", withoutModel, false, `model qwen2.5:0.5b is not installed; run "ollama pull qwen2.5:0.5b". The scripted lines stand in until it is.`},
		{"server down", nil, true, "(connection refused); start it with \"ollama serve\". The scripted lines stand in until it answers."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newFake(t, tt.routes).client(t, fastConfig())
			if tt.closed {
				c = mustClient(t, Config{Host: closedPort(t), Model: "qwen2.5:0.5b"})
			}
			got := c.Ready(context.Background())
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("Ready() = %q; want it to contain %q", got, tt.want)
			}
		})
	}
}
