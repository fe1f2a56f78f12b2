package ollama

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckCharacter runs the cases in testdata/ollama/check.txt.
func TestCheckCharacter(t *testing.T) {
	path := filepath.Join(testdataDir, "check.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cases := 0
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, " | ")
		if len(fields) != 3 {
			t.Fatalf("%s:%d: want \"beat | reply | reason\", got %q", path, i+1, line)
		}
		beat, reply, want := fields[0], strings.ReplaceAll(fields[1], `\n`, "\n"), fields[2]
		if want == "ok" {
			want = ""
		}
		if got := checkCharacter(reply, 400, beat == "on_resolved", "Dana"); got != want {
			t.Errorf("%s:%d: check(%q, %s) = %q; want %q", path, i+1, reply, beat, got, want)
		}
		cases++
	}
	if cases < 20 {
		t.Fatalf("%s holds only %d cases", path, cases)
	}
}

func TestCheckCharacterLength(t *testing.T) {
	if got := checkCharacter(strings.Repeat("é", 400), 400, false, ""); got != "" {
		t.Errorf("400 runes rejected: %q", got)
	}
	if got, want := checkCharacter(strings.Repeat("é", 401), 400, false, ""), "the reply ran past 400 characters"; got != want {
		t.Errorf("401 runes: %q; want %q", got, want)
	}
}

func TestTidyReply(t *testing.T) {
	tests := map[string]string{
		`  "Fine. When?"  `:       "Fine. When?",
		"“Fine.”":                 "Fine.",
		`"Fine," I said, "okay."`: `"Fine," I said, "okay."`,
		"'Fine.'":                 "Fine.",
		"plain":                   "plain",
	}
	for in, want := range tests {
		if got := tidyReply(in); got != want {
			t.Errorf("tidyReply(%q) = %q; want %q", in, got, want)
		}
	}
}
