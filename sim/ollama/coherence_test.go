package ollama

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/turnaround-app/turnaround/sim"
)

// TestCoherence runs the cases in testdata/ollama/coherence.txt against the
// test scenario's vocabulary.
func TestCoherence(t *testing.T) {
	path := filepath.Join(testdataDir, "coherence.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	known := contextWords(sim.VoiceRequest{Scenario: loadScenario(t)})
	cases := 0
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		reply, want, ok := strings.Cut(line, " | ")
		if !ok {
			t.Fatalf("%s:%d: want \"reply | reason\", got %q", path, i+1, line)
		}
		if want == "ok" {
			want = ""
		}
		if got := coherenceProblem(reply, known); got != want {
			t.Errorf("%s:%d: coherenceProblem(%q) = %q; want %q", path, i+1, reply, got, want)
		}
		cases++
	}
	if cases < 15 {
		t.Fatalf("%s holds only %d cases", path, cases)
	}
}

// Every recorded reply the other tests accept must also read as English, so the
// coherence check cannot quietly turn their fallbacks into passes.
func TestCheckCharacterCasesThatPassAreCoherent(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(testdataDir, "check.txt"))
	if err != nil {
		t.Fatal(err)
	}
	known := contextWords(sim.VoiceRequest{Scenario: loadScenario(t)})
	for _, line := range strings.Split(string(data), "\n") {
		fields := strings.Split(line, " | ")
		if len(fields) != 3 || fields[2] != "ok" {
			continue
		}
		if why := coherenceProblem(fields[1], known); why != "" {
			t.Errorf("%q passes the character check but not the coherence check: %s", fields[1], why)
		}
	}
}
