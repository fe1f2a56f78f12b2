package main

import (
	"bytes"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/turnaround-app/turnaround/scoring"
)

// playIn runs turnaround play in-process with stdin from a string.
func playIn(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = dispatch(env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut}, append([]string{"play"}, args...))
	return code, out.String(), errOut.String()
}

// readOut reads a transcript written by --out.
func readOut(t *testing.T, path string) scoring.Transcript {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("--out file: %v", err)
	}
	var tr scoring.Transcript
	if err := json.Unmarshal(data, &tr); err != nil {
		t.Fatalf("--out file is not transcript JSON: %v\n%s", err, data)
	}
	return tr
}

func TestPlayPipeResolves(t *testing.T) {
	out := filepath.Join(t.TempDir(), "t.json")
	stdin := "Hello.\n\n/refund 60 Here is 60.\n/refund 25 USD I've refunded 25 now.\nIt reaches your card within 3 days.\n"
	code, stdout, stderr := playIn(t, stdin, "--scenario", "late-delivery-anniversary", "--out", out)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	var got []string
	for _, l := range strings.Split(stdout, "\n") {
		if k, _, ok := strings.Cut(l, ":"); ok && (k == "note" || k == "ended") {
			got = append(got, l)
		}
	}
	want := []string{"note: refund of 60 USD refused: your ceiling is 25 USD", "ended: resolved"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("notes and ending (-want +got):\n%s\nstdout:\n%s", diff, stdout)
	}
	if !strings.Contains(stdout, "ended: resolved\n\nScenario late-delivery-anniversary, rubric "+scoring.DefaultRubric().Version+"\nTotal ") {
		t.Errorf("stdout lacks the score report after the ending:\n%s", stdout)
	}
	if n := strings.Count(stdout, "customer: "); n != 5 {
		t.Errorf("%d customer lines, want 5 (opening and four replies):\n%s", n, stdout)
	}
	tr := readOut(t, out)
	roles := ""
	for _, turn := range tr.Turns {
		roles += string(turn.Role[0])
	}
	if tr.Scenario != "late-delivery-anniversary" || tr.Ending != "resolved" || roles != "cacacacac" {
		t.Errorf("transcript scenario %q ending %q roles %q, want late-delivery-anniversary resolved cacacacac", tr.Scenario, tr.Ending, roles)
	}
	if a := tr.Turns[5].Action; a == nil || a.Kind != "refund" || a.Amount != 25 || a.Currency != "USD" || tr.Turns[5].Text != "I've refunded 25 now." {
		t.Errorf("turn 5 = %+v, want the 25 USD refund with its words", tr.Turns[5])
	}
}

func TestPlayEndOfInputAbandonsAndSaves(t *testing.T) {
	out := filepath.Join(t.TempDir(), "t.json")
	code, stdout, stderr := playIn(t, "I'm looking at it.\n", "--scenario", "late-delivery-anniversary", "--out", out)
	if code != exitOK || !strings.Contains(stdout, "ended: abandoned") {
		t.Fatalf("exit %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if tr := readOut(t, out); tr.Ending != "abandoned" || len(tr.Turns) != 3 {
		t.Errorf("transcript ending %q with %d turns, want abandoned with 3", tr.Ending, len(tr.Turns))
	}
}

// TestPlayOutThatCanNeverBeWrittenStopsBeforeTheSession: an --out in a missing
// folder, or naming a folder, was found only after the whole session had been
// typed ("rename ./.turnaround-123.json dir: file exists"); with --no-history
// every line was lost.
func TestPlayOutThatCanNeverBeWrittenStopsBeforeTheSession(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ out, want string }{
		{filepath.Join(dir, "missing-folder", "t.json"),
			"turnaround play: --out " + filepath.Join(dir, "missing-folder", "t.json") + " cannot be written: the folder " + filepath.Join(dir, "missing-folder") + " does not exist.\n"},
		{dir, "turnaround play: --out " + dir + " is a folder; give a file name for the transcript.\n"},
	}
	for _, tt := range tests {
		code, stdout, stderr := playIn(t, "Hello.\n", "--scenario", "late-delivery-anniversary", "--out", tt.out, "--no-history")
		if code != exitUsage || stdout != "" || stderr != tt.want {
			t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, no session, and %q", code, stdout, stderr, exitUsage, tt.want)
		}
	}
}

func TestPlayBadInputKeepsGoing(t *testing.T) {
	long := strings.Repeat("a", maxLineBytes+10)
	stdin := "/refund abc\n/refund -5\n/refund\n/dance\n/\n" + long + "\n/card\n/quit\n"
	code, stdout, stderr := playIn(t, stdin, "--scenario", "late-delivery-anniversary")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	wantErr := []string{
		"turnaround play: stdin line 1: /refund abc: the amount must be a number, for example /refund 25",
		"turnaround play: stdin line 2: /refund -5: the amount must be above 0",
		"turnaround play: stdin line 3: /refund needs an amount, for example /refund 25",
		"turnaround play: stdin line 4: unknown command /dance; type /help for the list",
		"turnaround play: stdin line 5: a lone / is not a command; type /help for the list",
		"turnaround play: stdin line 6: that line was 65546 bytes; only the first 65536 were read",
	}
	gotErr := strings.Split(strings.TrimSpace(stderr), "\n")
	if diff := cmp.Diff(wantErr, gotErr[:min(len(gotErr), len(wantErr))]); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
	for _, want := range []string{"note: your message was cut to 2000 characters (it had 65536)", "/refund       up to 25 USD", "ended: abandoned"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
}

func TestPlayUsageAndSetupErrors(t *testing.T) {
	t.Setenv("OLLAMA_HOST", "ftp://127.0.0.1:1") // for the "ollama host unusable" row
	broken := filepath.Join(t.TempDir(), "broken.yaml")
	if err := os.WriteFile(broken, []byte("id: broken\ndifficulty: 9\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		code    int
		errHave string
	}{
		{"no scenario", nil, exitUsage, "turnaround play: --scenario is required; run 'turnaround scenarios' for the list."},
		{"stray argument", []string{"--scenario", "x", "extra"}, exitUsage, `unexpected argument "extra"`},
		{"unknown scenario", []string{"--scenario", "no-such-id"}, exitInvalid, `no scenario with id "no-such-id"`},
		{"scenario fails lint", []string{"--scenario", broken}, exitInvalid, broken + ":2:"},
		{"unknown voice", []string{"--scenario", "late-delivery-anniversary", "--voice", "robot"}, exitUsage, `unknown voice "robot"; use scripted or ollama`},
		{"ollama host unusable", []string{"--scenario", "late-delivery-anniversary", "--voice", "ollama"}, exitUsage, `ollama host "ftp://127.0.0.1:1" must start with http:// or https://`},
		{"history file unusable", []string{"--scenario", "late-delivery-anniversary", "--db", broken}, exitInvalid, "history file " + broken + " is not a Turnaround history database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := playIn(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.errHave) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tt.code, tt.errHave)
			}
		})
	}
}

// TestPlayOllamaDownFallsBackToScript: with no Ollama answering, play says so up
// front and the scripted lines stand in.
func TestPlayOllamaDownFallsBackToScript(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("cannot find a free local port: %v", err)
	}
	closed := l.Addr().String()
	l.Close()
	t.Setenv("OLLAMA_HOST", "http://"+closed)
	code, stdout, stderr := playIn(t, "/refund 25 Refunded now.\nIt shows within 3 days.\n", "--scenario", "late-delivery-anniversary", "--voice", "ollama")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	first, _, _ := strings.Cut(stdout, "\n")
	if !strings.HasPrefix(first, "note: Ollama is not running at") || !strings.HasSuffix(first, "Scripted lines stand in; Ollama is checked again every 30s.") {
		t.Errorf("first line %q, want the note that Ollama is not answering", first)
	}
	if !strings.Contains(stdout, "customer: Hi. Order #4471") || !strings.Contains(stdout, "ended: resolved") {
		t.Errorf("want the scripted session to play on:\n%s", stdout)
	}
	if n := strings.Count(stdout, "not running"); n != 1 {
		t.Errorf("Ollama being down is said %d times; want once:\n%s", n, stdout)
	}
	if !strings.Contains(stdout, "note: customer lines: 0 from the model, 3 scripted (3 Ollama not answering)") {
		t.Errorf("want the tally of scripted lines and why:\n%s", stdout)
	}
}

// TestPlayPrintsEachFallbackNoteOnce: a model whose every reply breaks
// character falls back on each line, and each note is printed once.
func TestPlayPrintsEachFallbackNoteOnce(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method + " " + r.URL.Path {
		case "HEAD /":
		case "GET /api/version":
			w.Write([]byte(`{"version":"0.17.4"}`))
		case "POST /api/show":
			w.Write([]byte(`{"modelfile":"FROM qwen2.5:0.5b"}`))
		case "POST /api/chat":
			w.Write([]byte(`{"model":"qwen2.5:0.5b","message":{"role":"assistant","content":"As an AI, I cannot be upset."},"done":true,"done_reason":"stop"}` + "\n"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	t.Setenv("OLLAMA_HOST", srv.URL)
	code, stdout, stderr := playIn(t, "/refund 25 Refunded now.\n", "--scenario", "late-delivery-anniversary", "--voice", "ollama")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	if n := strings.Count(stdout, "it spoke as an AI"); n != 2 {
		t.Errorf("fallback notes printed %d times for 2 customer lines; want 2:\n%s", n, stdout)
	}
	if !strings.Contains(stdout, "note: customer lines: 0 from the model, 2 scripted (2 out of character)") {
		t.Errorf("want the tally:\n%s", stdout)
	}
}

func TestParseInput(t *testing.T) {
	tests := []struct {
		line    string
		command string
		text    string
		action  *scoring.Action
	}{
		{"  hello there ", "", "hello there", nil},
		{"", "empty", "", nil},
		{"/HELP", "help", "", nil},
		{"/quit now", "quit", "", nil},
		{"/refund 25", "", "", &scoring.Action{Kind: "refund", Amount: 25}},
		{"/credit $7.5 eur sorry about that", "", "sorry about that", &scoring.Action{Kind: "credit", Amount: 7.5, Currency: "EUR"}},
		{"/refund 25 the fee", "", "the fee", &scoring.Action{Kind: "refund", Amount: 25}},
		{"/follow-up I'll call Friday", "", "I'll call Friday", &scoring.Action{Kind: "follow-up"}},
		{"/escalate", "", "", &scoring.Action{Kind: "escalate"}},
	}
	for _, tt := range tests {
		in, err := parseInput(tt.line)
		if err != nil {
			t.Errorf("parseInput(%q): %v", tt.line, err)
			continue
		}
		want := input{command: tt.command, text: tt.text, action: tt.action}
		if diff := cmp.Diff(want, in, cmp.AllowUnexported(input{})); diff != "" {
			t.Errorf("parseInput(%q) (-want +got):\n%s", tt.line, diff)
		}
	}
}

// TestParseInputRefusesAmountsThatAreNotMoney: /refund 1e-300 and friends are
// refused with the authority card's reason instead of reaching the session.
func TestParseInputRefusesAmountsThatAreNotMoney(t *testing.T) {
	tests := map[string]string{
		"/refund 1e-300": "/refund 1e-300: the amount 1e-300 is below 0.01, the smallest amount of money",
		"/refund 12.345": "/refund 12.345: the amount 12.345 has more than 2 decimal places",
		"/refund NaN":    "/refund NaN: the amount must be a number, for example /refund 25",
		"/credit -Inf":   "/credit -Inf: the amount must be a number, for example /credit 25",
	}
	for line, want := range tests {
		if _, err := parseInput(line); err == nil || err.Error() != want {
			t.Errorf("parseInput(%q) = %v, want %q", line, err, want)
		}
	}
}
