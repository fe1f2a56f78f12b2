package main

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildTurnaround builds the real binary into a temporary folder once per test.
func buildTurnaround(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	}
	bin := filepath.Join(t.TempDir(), "turnaround")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestPlayBinaryThroughAPipe drives the built binary with stdin through a pipe and
// checks the transcript it writes; then interrupts a second run mid-session, as
// Ctrl-C would, and checks the transcript so far is saved.
func TestPlayBinaryThroughAPipe(t *testing.T) {
	bin := buildTurnaround(t)
	t.Run("piped session", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "t.json")
		cmd := exec.Command(bin, "play", "--scenario", "double-charge-streaming", "--out", out)
		cmd.Stdin = strings.NewReader("/refund 16 I've refunded the duplicate charge now.\nIt shows within 3 days.\n")
		stdout, err := cmd.Output()
		if err != nil {
			t.Fatalf("play: %v\n%s", err, stdout)
		}
		tr := readOut(t, out)
		if tr.Ending != "resolved" || len(tr.Turns) != 5 || tr.Turns[1].Action == nil || tr.Turns[1].Action.Currency != "USD" {
			t.Errorf("transcript %+v; want a 5-turn session resolved by the closing reply after the 16 USD refund", tr)
		}
		if !strings.Contains(string(stdout), "ended: resolved") {
			t.Errorf("stdout lacks the ending:\n%s", stdout)
		}
	})
	t.Run("interrupted session", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "t.json")
		cmd := exec.Command(bin, "play", "--scenario", "late-delivery-anniversary", "--out", out)
		stdin, _ := cmd.StdinPipe()
		stdoutPipe, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		io.WriteString(stdin, "Let me check that for you.\n")
		waitForLines(t, stdoutPipe, "customer: ", 2)
		if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { io.Copy(io.Discard, stdoutPipe); done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("interrupted play exited with %v", err)
			}
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Fatal("play did not stop after SIGINT")
		}
		if tr := readOut(t, out); tr.Ending != "abandoned" || len(tr.Turns) != 3 {
			t.Errorf("after SIGINT: ending %q with %d turns, want abandoned with 3", tr.Ending, len(tr.Turns))
		}
	})
}

// waitForLines reads stdout until n lines start with prefix.
func waitForLines(t *testing.T, r io.Reader, prefix string, n int) {
	t.Helper()
	sc := bufio.NewScanner(r)
	for seen := 0; seen < n; {
		if !sc.Scan() {
			t.Fatalf("stdout ended after %d %q lines, want %d", seen, prefix, n)
		}
		if strings.HasPrefix(sc.Text(), prefix) {
			seen++
		}
	}
}
