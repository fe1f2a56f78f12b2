package scoring

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/turnaround-app/turnaround/scenarios"
)

// paraphraseDir holds two rewordings of several golden recoveries and their
// quality class (see its README.md).
const paraphraseDir = "../testdata/paraphrase"

// paraphraseDrift is how far a rewording may move any dimension of the score.
const paraphraseDrift = 8

// version is one wording of a recovery: the original golden or a paraphrase.
type version struct {
	name  string // "anniversary-honest" or "anniversary-honest.a"
	class string
	rep   Report
}

// loadParaphraseClasses reads classes.txt: one "name class" pair a line.
func loadParaphraseClasses(t *testing.T) [][2]string {
	t.Helper()
	f, err := os.Open(filepath.Join(paraphraseDir, "classes.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		if len(fields) != 2 || fields[1] != "good" && fields[1] != "mediocre" && fields[1] != "poor" {
			t.Fatalf("classes.txt:%d: want \"name good|mediocre|poor\", got %q", line, sc.Text())
		}
		out = append(out, [2]string{fields[0], fields[1]})
	}
	return out
}

// readFile reads one transcript.
func readFile(t *testing.T, path string) Transcript {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := ReadTranscript(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// sameBehaviour reports how a paraphrase differs from its original in
// anything but the agent's words: turns, roles, times, actions, ending.
func sameBehaviour(orig, para Transcript) string {
	if len(orig.Turns) != len(para.Turns) || orig.Ending != para.Ending || orig.Scenario != para.Scenario {
		return "turn count, scenario or ending"
	}
	for i := range orig.Turns {
		o, p := orig.Turns[i], para.Turns[i]
		if o.Role != p.Role || o.AtMS != p.AtMS || (o.Action == nil) != (p.Action == nil) ||
			o.Action != nil && *o.Action != *p.Action || o.Role == RoleCustomer && o.Text != p.Text {
			return fmt.Sprintf("turn %d", i)
		}
	}
	return ""
}

// scoreFile reads and scores one transcript with its built-in scenario.
func scoreFile(t *testing.T, path string) Report {
	t.Helper()
	return scoreTranscript(t, readFile(t, path))
}

// scoreTranscript scores tr with its built-in scenario.
func scoreTranscript(t *testing.T, tr Transcript) Report {
	t.Helper()
	sc, err := scenarios.Load(tr.Scenario, nil)
	if err != nil {
		t.Fatalf("%s: %v", tr.Scenario, err)
	}
	return mustScore(t, tr, sc)
}

// TestParaphrasesScoreLikeTheirOriginal: the same behaviour in other words
// scores within paraphraseDrift points of the original on every dimension, and
// every good wording totals above every mediocre one, every mediocre above every poor.
func TestParaphrasesScoreLikeTheirOriginal(t *testing.T) {
	var all []version
	for _, nc := range loadParaphraseClasses(t) {
		name, class := nc[0], nc[1]
		orig := scoreFile(t, filepath.Join(goldenDir, name+".json"))
		all = append(all, version{name, class, orig})
		for _, v := range []string{"a", "b"} {
			path := filepath.Join(paraphraseDir, name+"."+v+".json")
			if diff := sameBehaviour(readFile(t, filepath.Join(goldenDir, name+".json")), readFile(t, path)); diff != "" {
				t.Errorf("%s differs from its original in %s, not only in the agent's words", path, diff)
			}
			p := scoreFile(t, path)
			all = append(all, version{name + "." + v, class, p})
			for _, d := range Dimensions {
				if diff := p.Dimensions[d].Score - orig.Dimensions[d].Score; abs(diff) > paraphraseDrift {
					t.Errorf("%s.%s %s %d, original %d: moved %+d by wording alone", name, v, d,
						p.Dimensions[d].Score, orig.Dimensions[d].Score, diff)
				}
			}
		}
	}
	rank := map[string]int{"good": 2, "mediocre": 1, "poor": 0}
	bad := 0
	for _, hi := range all {
		for _, lo := range all {
			if rank[hi.class] == rank[lo.class]+1 && hi.rep.Total <= lo.rep.Total {
				bad++
				t.Errorf("%s (%s) totals %d, not above %s (%s) at %d", hi.name, hi.class, hi.rep.Total, lo.name, lo.class, lo.rep.Total)
			}
		}
	}
	if len(all) < 30 {
		t.Errorf("found %d wordings, want the original and two paraphrases of at least 10 recoveries", len(all))
	}
	t.Logf("%d wordings, %d orderings broken", len(all), bad)
}
