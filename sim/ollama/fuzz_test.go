package ollama

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParseOpinions feeds the judge's parser arbitrary answers, seeded from the
// answers in testdata/ollama/judge. It must never panic, and whatever it accepts
// must hold exactly the four dimensions with scores in range.
func FuzzParseOpinions(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(testdataDir, "judge", "*.*"))
	for _, path := range seeds {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, answer string) {
		ops, err := parseOpinions(answer)
		if err != nil {
			if !errors.Is(err, ErrBadJudgement) {
				t.Fatalf("error %v is not ErrBadJudgement", err)
			}
			return
		}
		if len(ops) != 4 {
			t.Fatalf("accepted %d opinions", len(ops))
		}
		for _, o := range ops {
			if o.Score < 0 || o.Score > 100 || o.Comment == "" {
				t.Fatalf("accepted %+v", o)
			}
		}
	})
}

// FuzzCheckCharacter: the check, run on a tidied reply as Voice runs it, never
// panics and never passes an empty or overlong reply. Its first find, a reply of
// two quotation marks, is kept in testdata/fuzz.
func FuzzCheckCharacter(f *testing.F) {
	for _, s := range []string{"Fine.", "As an AI, no.", "Customer: hi", "I am satisfied.", ""} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, reply string, accepting bool) {
		tidy := tidyReply(reply)
		why := checkCharacter(tidy, 40, accepting, "Dana")
		if why == "" && (len([]rune(tidy)) > 40 || strings.TrimSpace(tidy) == "") {
			t.Fatalf("passed %q", tidy)
		}
	})
}

// FuzzCoherence: the coherence check never panics, on any text, and always
// rejects a reply with no words.
func FuzzCoherence(f *testing.F) {
	data, err := os.ReadFile(filepath.Join(testdataDir, "coherence.txt"))
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if reply, _, ok := strings.Cut(line, " | "); ok && !strings.HasPrefix(line, "#") {
			f.Add(reply)
		}
	}
	f.Add("")
	f.Add("...,")
	f.Fuzz(func(t *testing.T, reply string) {
		why := coherenceProblem(reply, map[string]bool{"dana": true})
		if len(splitWords(reply)) == 0 && why == "" {
			t.Fatalf("accepted %q, which has no words", reply)
		}
	})
}
