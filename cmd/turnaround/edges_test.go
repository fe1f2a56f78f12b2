package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
)

const goldenTranscript = "../../testdata/transcripts/anniversary-fast-fix.json"

// runWithin is run that fails the test instead of hanging it.
func runWithin(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		c, o, e := run(t, args...)
		done <- result{c, o, e}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(10 * time.Second):
		t.Fatalf("turnaround %s did not finish within 10 s", strings.Join(args, " "))
		return 0, "", ""
	}
}

// oneSentence fails unless msg is one line that names want.
func oneSentence(t *testing.T, msg, want string) {
	t.Helper()
	if strings.Count(strings.TrimRight(msg, "\n"), "\n") != 0 || !strings.Contains(msg, want) {
		t.Errorf("stderr = %q, want one line containing %q", msg, want)
	}
}

func TestScoreOneMegabyteAgentTurnEndsWithOneSentence(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long-turn.json")
	body := `{"scenario":"late-delivery-anniversary","turns":[{"role":"customer","text":"Hi","at_ms":0},` +
		`{"role":"agent","text":"` + strings.Repeat("sorry ", 170000) + `","at_ms":1000}]}`
	must(t, os.WriteFile(path, []byte(body), 0o644))
	code, _, stderr := runWithin(t, "score", "--scenario", "late-delivery-anniversary", path)
	if code != exitInvalid {
		t.Errorf("exit code %d, want %d", code, exitInvalid)
	}
	oneSentence(t, stderr, path+": turn 1 has 1020000 characters; a turn may have at most 2000, as in play")
}

func TestScoreFiveMegabyteTranscriptEndsWithOneSentence(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.json")
	must(t, os.WriteFile(path, []byte(`{"turns":[`+strings.Repeat(`{"role":"agent","text":"hi","at_ms":1},`, 5<<20/38)+`]}`), 0o644))
	code, _, stderr := runWithin(t, "score", "--scenario", "late-delivery-anniversary", path)
	if code != exitInvalid {
		t.Errorf("exit code %d, want %d", code, exitInvalid)
	}
	oneSentence(t, stderr, "turnaround score: "+path+" is larger than 1 MiB")
}

func TestScoreDevZeroTranscriptEndsWithOneSentence(t *testing.T) {
	code, _, stderr := runWithin(t, "score", "--scenario", "late-delivery-anniversary", "/dev/zero")
	if code != exitInvalid {
		t.Errorf("exit code %d, want %d", code, exitInvalid)
	}
	oneSentence(t, stderr, "turnaround score: cannot read transcript /dev/zero: it is a device, not a transcript file")
}

func TestScoreUserScenarioLintErrorIsReportedWithPosition(t *testing.T) {
	dir := userScenarioDir(t)
	data, err := os.ReadFile(validScenario)
	must(t, err)
	bad := strings.Replace(string(data), "id: late-delivery-anniversary", "id: my-broken-case", 1)
	bad = strings.Replace(bad, "difficulty: 2", "difficulty: 9", 1)
	must(t, os.WriteFile(filepath.Join(dir, "mine.yaml"), []byte(bad), 0o644))
	code, _, stderr := runWithin(t, "score", "--scenario", "my-broken-case", goldenTranscript)
	if code != exitInvalid || strings.Contains(stderr, "no scenario with id") {
		t.Errorf("exit %d, stderr %q; want the file's problem, not a missing id", code, stderr)
	}
	if want := filepath.Join(dir, "mine.yaml") + ":5:13: difficulty"; !strings.Contains(stderr, want) {
		t.Errorf("stderr = %q, want it to contain %q", stderr, want)
	}
	code, _, stderr = runWithin(t, "play", "--no-history", "--scenario", "my-broken-case")
	if code != exitInvalid || !strings.Contains(stderr, filepath.Join(dir, "mine.yaml")+":5:13: difficulty") {
		t.Errorf("play: exit %d, stderr %q; want the file's problem with its position", code, stderr)
	}
}

// userScenarioDir makes the user scenario folder under a fresh config folder.
func userScenarioDir(t *testing.T) string {
	t.Helper()
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	dir := filepath.Join(cfg, "turnaround", "scenarios")
	must(t, os.MkdirAll(dir, 0o755))
	return dir
}

func TestBOMTranscriptIsScored(t *testing.T) {
	data, err := os.ReadFile(goldenTranscript)
	must(t, err)
	path := filepath.Join(t.TempDir(), "bom.json")
	must(t, os.WriteFile(path, append([]byte("\ufeff"), data...), 0o644))
	code, stdout, stderr := runWithin(t, "score", "--scenario", "late-delivery-anniversary", path)
	if code != exitOK || !strings.Contains(stdout, `"total"`) {
		t.Errorf("exit %d, stderr %q; a transcript saved with a BOM should score", code, stderr)
	}
}

func TestPlayDBWithNoHistoryIsUsageError(t *testing.T) {
	code, _, stderr := runWithin(t, "play", "--scenario", "late-delivery-anniversary", "--db", "x.db", "--no-history")
	if code != exitUsage {
		t.Errorf("exit code %d, want %d", code, exitUsage)
	}
	oneSentence(t, stderr, "turnaround play: --db x.db and --no-history contradict each other; give one of them.")
}

func TestScenariosMissingDirIsUsageError(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	code, stdout, stderr := runWithin(t, "scenarios", "--dir", missing)
	if code != exitUsage || stdout != "" {
		t.Errorf("exit code %d with stdout %q, want %d and no listing", code, stdout, exitUsage)
	}
	oneSentence(t, stderr, "turnaround scenarios: --dir "+missing+" does not exist.")
	code, _, stderr = runWithin(t, "scenarios", "--dir", goldenTranscript)
	if code != exitUsage || !strings.Contains(stderr, "is a file, not a folder of scenarios") {
		t.Errorf("--dir FILE: exit %d, stderr %q", code, stderr)
	}
}

func TestTermSafeEscapesControlAndBidi(t *testing.T) {
	for in, want := range map[string]string{
		"Dana":                        "Dana",
		"Zoë 😀 日本":                    "Zoë 😀 日本",
		"\x1b]0;pwned\x07Title":       `\x1b]0;pwned\x07Title`,
		"abc\u202edcba":               `abc\u202edcba`,
		"a\u2066b\u2069\u200fc\u061c": `a\u2066b\u2069\u200fc\u061c`,
		"tab\there\r\n\u009b":         `tab\x09here\x0d\x0a\x9b`,
	} {
		if got := termSafe(in); got != want {
			t.Errorf("termSafe(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestScenariosEscapesControlCharactersInTitles(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(validScenario)
	must(t, err)
	evil := strings.Replace(string(data), "id: late-delivery-anniversary", "id: zz-evil", 1)
	evil = replaceLine(t, evil, "title:", "title: \"\\e]0;pwned\\aGift \\u202egnol\"")
	must(t, os.WriteFile(filepath.Join(dir, "evil.yaml"), []byte(evil), 0o644))
	code, stdout, stderr := runWithin(t, "scenarios", "--dir", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.ContainsAny(stdout, "\x1b\a\u202e") || !strings.Contains(stdout, `\x1b]0;pwned\x07Gift \u202egnol`) {
		t.Errorf("listing prints control characters raw:\n%q", stdout)
	}
}

func replaceLine(t *testing.T, text, prefix, with string) string {
	t.Helper()
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, prefix) {
			lines[i] = with
			return strings.Join(lines, "\n")
		}
	}
	t.Fatalf("no line starts with %q", prefix)
	return ""
}

func TestHistoryEscapesControlCharactersInNames(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.db")
	s, err := history.Open(path)
	must(t, err)
	seedSession(t, s, history.SessionMeta{Trainee: "Ana\x1b[2J", ScenarioID: "late-delivery", StartedAt: historyT0},
		[]scoring.Turn{{Role: scoring.RoleCustomer, Text: "It came \u202eyadnoM\x1b]0;x\x07"}})
	must(t, s.Close())
	for _, args := range [][]string{{"history", "list", "--db", path}, {"history", "show", "1", "--db", path}} {
		code, stdout, stderr := runWithin(t, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		if strings.ContainsAny(stdout, "\x1b\a\u202e") || !strings.Contains(stdout, `Ana\x1b[2J`) {
			t.Errorf("%v prints control characters raw:\n%q", args, stdout)
		}
	}
}

func TestLintEscapesControlCharactersInFileNames(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "evil\x1b]0;x\a.yaml")
	must(t, os.WriteFile(path, []byte("id: x\n"), 0o644))
	_, stdout, stderr := runWithin(t, "lint", dir)
	if strings.ContainsAny(stdout+stderr, "\x1b\a") || !strings.Contains(stdout, `evil\x1b]0;x\x07.yaml:`) {
		t.Errorf("lint prints a file name's control characters raw:\n%q\n%q", stdout, stderr)
	}
}
