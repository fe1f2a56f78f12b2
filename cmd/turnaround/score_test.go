package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldenTranscripts holds the scoring package's golden transcripts and reports.
const goldenTranscripts = "../../testdata/transcripts"

func TestScorePrintsTheGoldenReport(t *testing.T) {
	file := filepath.Join(goldenTranscripts, "anniversary-honest.json")
	want, err := os.ReadFile(filepath.Join(goldenTranscripts, "anniversary-honest.report.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"score", "--scenario", "late-delivery-anniversary", file},
		{"score", file, "--scenario", "late-delivery-anniversary"},
		{"score", "--format=json", file, "--scenario=late-delivery-anniversary"},
	} {
		code, stdout, stderr := run(t, args...)
		if code != exitOK || stderr != "" {
			t.Fatalf("%q: exit %d, stderr %q", args, code, stderr)
		}
		if stdout != string(want) {
			t.Errorf("%q: stdout differs from the golden report:\n%s", args, stdout)
		}
	}
}

func TestScoreTextFormat(t *testing.T) {
	file := filepath.Join(goldenTranscripts, "anniversary-honest.json")
	want, err := os.ReadFile(filepath.Join(goldenTranscripts, "anniversary-honest.report.txt"))
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := run(t, "score", "--scenario", "late-delivery-anniversary", "--format", "text", file)
	if code != exitOK || stdout != string(want) {
		t.Errorf("exit %d, stdout:\n%s", code, stdout)
	}
}

func TestScoreAcceptsAScenarioPath(t *testing.T) {
	file := filepath.Join(goldenTranscripts, "anniversary-honest.json")
	code, stdout, stderr := run(t, "score", "--scenario", "../../scenarios/library/late-delivery-anniversary.yaml", file)
	var rep struct{ Total int }
	if code != exitOK || json.Unmarshal([]byte(stdout), &rep) != nil || rep.Total == 0 {
		t.Errorf("exit %d, stderr %q, stdout %q", code, stderr, stdout)
	}
}

func TestScoreBadInput(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"malformed.json": "{\n  \"turns\": [\n    {\"role\": \"agent\",}\n  ]\n}",
		"unordered.json": `{"turns": [{"role": "customer", "text": "Hi", "at_ms": 500},
		{"role": "agent", "text": "Hello", "at_ms": 100}]}`,
		"role.json":  `{"turns": [{"role": "manager", "text": "Hi", "at_ms": 0}]}`,
		"kind.json":  `{"turns": [{"role": "agent", "action": {"kind": "teleport"}, "at_ms": 0}]}`,
		"empty.json": `{"turns": []}`,
		"claimed.json": `{"turns": [{"role": "customer", "text": "Hi", "at_ms": 0},
		{"role": "agent", "action": {"kind": "refund", "amount": 25, "currency": "EUR", "result": "performed"}, "at_ms": 9000}]}`,
		"banana.json": `{"turns": [{"role": "customer", "text": "Hi", "at_ms": 0}], "ending": "banana"}`,
	})
	malformed := filepath.Join(dir, "malformed.json")
	unordered := filepath.Join(dir, "unordered.json")
	badRole := filepath.Join(dir, "role.json")
	badKind := filepath.Join(dir, "kind.json")
	empty := filepath.Join(dir, "empty.json")
	claimed := filepath.Join(dir, "claimed.json")
	banana := filepath.Join(dir, "banana.json")
	good := filepath.Join(goldenTranscripts, "anniversary-honest.json")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"malformed JSON", []string{malformed}, malformed + ":3:22: invalid character '}' looking for beginning of object key string"},
		{"turns out of time order", []string{unordered}, unordered + ": turn 1 is at 100 ms, before turn 0 at 500 ms"},
		{"unknown role", []string{badRole}, badRole + `: turn 0 has role "manager"`},
		{"unknown action kind", []string{badKind}, badKind + `: turn 0 uses action kind "teleport"`},
		{"empty transcript", []string{empty}, empty + ": the transcript has no turns"},
		{"performed action the card refuses", []string{claimed}, claimed + ": turn 1 records refund of 25 EUR as performed, but the authority card refuses it: your refund ceiling is in USD"},
		{"unknown ending", []string{banana}, banana + `: the transcript's ending "banana" is not one of resolved, escalated, hung-up, abandoned`},
		{"missing file", []string{filepath.Join(dir, "nope.json")}, "cannot read transcript " + filepath.Join(dir, "nope.json")},
		{"unknown scenario", []string{good, "--scenario", "no-such-scenario"}, "cannot score " + good + `: scenario not found: no scenario with id "no-such-scenario"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"score"}, tt.args...)
			if !strings.Contains(strings.Join(tt.args, " "), "--scenario") {
				args = append(args, "--scenario", "late-delivery-anniversary")
			}
			code, stdout, stderr := run(t, args...)
			if code != exitInvalid || stdout != "" {
				t.Errorf("exit %d, stdout %q; want exit %d and no report", code, stdout, exitInvalid)
			}
			if !strings.HasPrefix(stderr, "turnaround score: ") || !strings.Contains(stderr, tt.want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("stderr = %q, want one line containing %q", stderr, tt.want)
			}
		})
	}
}

func TestScoreUsageErrors(t *testing.T) {
	file := filepath.Join(goldenTranscripts, "anniversary-honest.json")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no transcript", []string{"--scenario", "late-delivery-anniversary"}, "give exactly one transcript file, not 0"},
		{"two transcripts", []string{"--scenario", "late-delivery-anniversary", file, file}, "give exactly one transcript file, not 2"},
		{"no scenario", []string{file}, "--scenario is required"},
		{"unknown format", []string{"--scenario", "x", "--format", "xml", file}, `--format is json or text, not "xml"`},
		{"unknown flag", []string{"--colour", file}, "flag provided but not defined: -colour"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, append([]string{"score"}, tt.args...)...)
			if code != exitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, exitUsage, tt.want)
			}
		})
	}
}

func TestScoreHelp(t *testing.T) {
	code, stdout, stderr := run(t, "score", "-h")
	if code != exitOK || stdout != "" || !strings.HasPrefix(stderr, "usage: turnaround score --scenario ID|PATH TRANSCRIPT.json") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
