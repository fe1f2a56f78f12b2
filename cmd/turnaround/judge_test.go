package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeJudgeCLIServer answers every chat with content in one final chunk that ends
// for reason.
func fakeJudgeCLIServer(t *testing.T, content, reason string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/api/chat" {
			http.NotFound(w, r)
			return
		}
		line, _ := json.Marshal(map[string]any{
			"model": "qwen2.5:0.5b", "created_at": "2026-01-02T03:04:05Z",
			"message": map[string]string{"role": "assistant", "content": content},
			"done":    true, "done_reason": reason,
		})
		w.Write(append(line, '\n'))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestJudgeCommand(t *testing.T) {
	good, err := os.ReadFile(filepath.Join("..", "..", "testdata", "ollama", "judge", "good.json"))
	if err != nil {
		t.Fatal(err)
	}
	transcript := filepath.Join("..", "..", "testdata", "transcripts", "anniversary-fast-fix.json")
	tests := []struct {
		name, content, reason string
		code                  int
		stdout, stderr        string
	}{
		{"opinion", string(good), "stop", exitOK,
			"Second opinion from qwen2.5:0.5b (the score of record stays ", ""},
		{"cut off", `{"empathy":{"score":70,"comment":"Good good good`, "length", exitInvalid,
			"", "turnaround judge: no second opinion from qwen2.5:0.5b: the model's second opinion was cut off at its 700-token limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("OLLAMA_HOST", fakeJudgeCLIServer(t, tt.content, tt.reason).URL)
			var stdout, stderr bytes.Buffer
			code := dispatch(env{strings.NewReader(""), &stdout, &stderr},
				[]string{"judge", "--scenario", "late-delivery-anniversary", transcript, "--model", "qwen2.5:0.5b"})
			if code != tt.code || !strings.HasPrefix(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("exit %d\nstdout %q\nstderr %q\nwant exit %d, stdout starting %q, stderr containing %q",
					code, stdout.String(), stderr.String(), tt.code, tt.stdout, tt.stderr)
			}
			if tt.code == exitOK && !strings.Contains(stdout.String(), "  empathy             75   record ") {
				t.Errorf("stdout does not show empathy's opinion beside the record:\n%s", stdout.String())
			}
		})
	}
}

func TestJudgeUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := dispatch(env{strings.NewReader(""), &stdout, &stderr}, []string{"judge", "t.json"})
	if code != exitUsage || stderr.String() != "turnaround judge: --scenario is required (a scenario id or a path to a scenario file); run 'turnaround judge -h' for usage.\n" {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}
