package main

import (
	"net"
	"strings"
	"testing"
)

// TestPlayOllamaWithoutServer: --voice ollama with nothing listening still plays
// the whole session on the scripted lines, and says why up front and per turn.
func TestPlayOllamaWithoutServer(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("cannot listen on 127.0.0.1: %v", err)
	}
	host := "http://" + l.Addr().String()
	l.Close() // nothing listens there now: connections are refused
	t.Setenv("OLLAMA_HOST", host)
	t.Setenv("TURNAROUND_OLLAMA_MODEL", "qwen2.5:0.5b")

	code, stdout, stderr := playIn(t, "I'm sorry, I'll see what I can do.\n",
		"--scenario", "late-delivery-anniversary", "--voice", "ollama")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	wantUpFront := "note: Ollama is not running at " + host + " (connection refused)"
	if !strings.HasPrefix(stdout, wantUpFront) {
		t.Errorf("output starts %q; want the readiness note %q", firstLine(stdout), wantUpFront)
	}
	if n := strings.Count(stdout, "the ollama voice failed"); n < 2 {
		t.Errorf("%d per-turn fallback notes; want one for the opening and one for the reply:\n%s", n, stdout)
	}
	if !strings.Contains(stdout, "customer: ") || !strings.Contains(stdout, "ended: ") {
		t.Errorf("the session did not play to its end on the scripted lines:\n%s", stdout)
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
