package scoring

import (
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The public corpora checks (corpus_sgd_test.go, corpus_empintents_test.go) read
// data that is never committed: each reads a folder named by an environment
// variable and skips when it is unset. See testdata/markers/README.md for where
// the corpora come from and which parts of them may be read.

var corpusMisses = flag.Int("corpus.misses", 0, "log this many sampled disagreements of each kind in the corpus checks")

// corpusCap bounds the utterances kept per category so a corpus check runs in seconds.
const corpusCap = 5000

// corpusSeed fixes which misses -corpus.misses shows, so two runs show the same lines.
const corpusSeed = 20261204

// corpusDir returns the folder named by the environment variable env, skipping the
// test when it is unset and failing it when the folder is missing or lies under a
// folder named "test" (a held-out split nobody may develop against).
func corpusDir(t *testing.T, env, what string) string {
	t.Helper()
	dir := os.Getenv(env)
	if dir == "" {
		t.Skipf("%s is not set: set it to %s to run this check (see testdata/markers/README.md)", env, what)
	}
	refuseHeldOut(t, dir)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Fatalf("%s=%s is not a folder: %v", env, dir, err)
	}
	return dir
}

// refuseHeldOut fails the test when path lies under a held-out "test" folder.
func refuseHeldOut(t *testing.T, path string) {
	t.Helper()
	if underHeldOut(path) {
		t.Fatalf("refusing to read %s: it lies under a \"test\" folder, a held-out split that must not be used for development", path)
	}
}

// underHeldOut reports whether path, as given, made absolute, or with its links
// resolved, has a folder named "test" among its parts.
func underHeldOut(path string) bool {
	paths := []string{path}
	if abs, err := filepath.Abs(path); err == nil {
		paths = append(paths, abs)
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		paths = append(paths, real)
	}
	for _, p := range paths {
		if slices.Contains(strings.Split(filepath.ToSlash(p), "/"), "test") {
			return true
		}
	}
	return false
}

// corpusLine is one utterance of a corpus with the category it was sorted into.
type corpusLine struct {
	category string
	text     string
	note     string // where it came from or what the corpus labelled it, for miss logs
	key      uint64 // sampling key: a hash of the text
}

// corpusSample keeps, per category, at most corpusCap distinct utterances: those with
// the smallest text hashes. The choice depends only on the texts, never on the
// order files are read in, so every run and every machine samples the same lines.
type corpusSample struct {
	seen  map[string]map[string]bool
	lines map[string][]corpusLine
}

func newCorpusSample() *corpusSample {
	return &corpusSample{seen: map[string]map[string]bool{}, lines: map[string][]corpusLine{}}
}

func (s *corpusSample) add(category, text, note string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	if s.seen[category] == nil {
		s.seen[category] = map[string]bool{}
	}
	if s.seen[category][text] {
		return
	}
	s.seen[category][text] = true
	h := fnv.New64a()
	h.Write([]byte(text))
	s.lines[category] = append(s.lines[category], corpusLine{category, text, note, h.Sum64()})
}

// take returns the sampled lines of the categories, in sampling order.
func (s *corpusSample) take(categories ...string) []corpusLine {
	var out []corpusLine
	for _, c := range categories {
		ls := s.lines[c]
		slices.SortFunc(ls, func(a, b corpusLine) int {
			if a.key != b.key {
				if a.key < b.key {
					return -1
				}
				return 1
			}
			return strings.Compare(a.text, b.text)
		})
		out = append(out, ls[:min(len(ls), corpusCap)]...)
	}
	return out
}

// corpusCheck scores one predicate over analysed corpus lines: lines of the
// positive categories should satisfy it, lines of the negative ones should not.
type corpusCheck struct {
	name      string
	pred      func(Analysis) bool
	positives []string
	negatives []string
	shown     []string // categories whose firing rate is logged but not scored
}

// corpusResult is a check's agreement, overall and per category.
type corpusResult struct {
	check      corpusCheck
	score      markerScore
	fired, all map[string]int // per category: lines the predicate held on, lines seen
	misses     []corpusMiss
}

type corpusMiss struct {
	line    corpusLine
	want    bool
	markers []MarkerKind
}

// runCorpusChecks runs every check over the corpus, logs its table and
// sampled misses, and asserts the floors.
func runCorpusChecks(t *testing.T, checks []corpusCheck, lines []corpusLine, analyses []Analysis, floors []corpusFloor) {
	var results []corpusResult
	for _, c := range checks {
		r := runCorpusCheck(c, lines, analyses)
		t.Log(r.table())
		r.logMisses(t, *corpusMisses)
		results = append(results, r)
	}
	assertCorpusFloors(t, results, floors)
}

// runCorpusCheck scores one check over the corpus lines it sorts into its categories.
func runCorpusCheck(c corpusCheck, lines []corpusLine, analyses []Analysis) corpusResult {
	r := corpusResult{check: c, fired: map[string]int{}, all: map[string]int{}}
	for i, l := range lines {
		want := slices.Contains(c.positives, l.category)
		scored := want || slices.Contains(c.negatives, l.category)
		if !scored && !slices.Contains(c.shown, l.category) {
			continue
		}
		got := c.pred(analyses[i])
		r.all[l.category]++
		if got {
			r.fired[l.category]++
		}
		if !scored {
			continue
		}
		switch {
		case got && want:
			r.score.tp++
		case got:
			r.score.fp++
		case want:
			r.score.fn++
		}
		if got != want {
			r.misses = append(r.misses, corpusMiss{l, want, markerKinds(analyses[i])})
		}
	}
	return r
}

func markerKinds(a Analysis) []MarkerKind {
	var ks []MarkerKind
	for _, m := range a.Markers {
		if !slices.Contains(ks, m.Kind) {
			ks = append(ks, m.Kind)
		}
	}
	return ks
}

// rate is the share of a category's lines the predicate held on.
func (r corpusResult) rate(category string) float64 { return ratio(r.fired[category], r.all[category]) }

// table formats the check's precision and recall, then each category's firing rate.
func (r corpusResult) table() string {
	var b strings.Builder
	s := r.score
	fmt.Fprintf(&b, "%s: precision %.3f recall %.3f (tp %d, fp %d, fn %d)\n", r.check.name, s.precision(), s.recall(), s.tp, s.fp, s.fn)
	for _, c := range slices.Concat(r.check.positives, r.check.negatives, r.check.shown) {
		role := "negative"
		switch {
		case slices.Contains(r.check.positives, c):
			role = "positive"
		case slices.Contains(r.check.shown, c):
			role = "shown"
		}
		fmt.Fprintf(&b, "  %-36s %-8s fires on %5d of %5d (%.3f)\n", c, role, r.fired[c], r.all[c], r.rate(c))
	}
	return b.String()
}

// logMisses logs up to n missed positives and n false alarms, picked with a fixed seed.
func (r corpusResult) logMisses(t *testing.T, n int) {
	t.Helper()
	if n <= 0 {
		return
	}
	for _, want := range []bool{true, false} {
		var ms []corpusMiss
		for _, m := range r.misses {
			if m.want == want {
				ms = append(ms, m)
			}
		}
		rand.New(rand.NewPCG(corpusSeed, 1)).Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		kind := "false alarms"
		if want {
			kind = "missed positives"
		}
		t.Logf("%s: %d of %d %s", r.check.name, min(n, len(ms)), len(ms), kind)
		for _, m := range ms[:min(n, len(ms))] {
			t.Logf("  [%s %s] markers %v: %s", m.line.category, m.line.note, m.markers, m.line.text)
		}
	}
}

// corpusFloor is a figure a check must keep: a precision, a recall, or for one
// category the share of lines the predicate held on (positive) or did not (negative).
type corpusFloor struct {
	check   string
	measure string // "precision", "recall", or a category name
	atLeast float64
}

func (f corpusFloor) value(r corpusResult) float64 {
	switch f.measure {
	case "precision":
		return r.score.precision()
	case "recall":
		return r.score.recall()
	}
	if slices.Contains(r.check.negatives, f.measure) {
		return 1 - r.rate(f.measure)
	}
	return r.rate(f.measure)
}

// assertCorpusFloors fails for every floor a result falls below.
func assertCorpusFloors(t *testing.T, results []corpusResult, floors []corpusFloor) {
	t.Helper()
	for _, f := range floors {
		i := slices.IndexFunc(results, func(r corpusResult) bool { return r.check.name == f.check })
		if i < 0 {
			t.Errorf("floor names check %q, which did not run", f.check)
			continue
		}
		if v := f.value(results[i]); math.IsNaN(v) || v < f.atLeast {
			t.Errorf("%s %s is %.3f, below its floor %.2f (run with -corpus.misses 20 to see sampled disagreements)", f.check, f.measure, v, f.atLeast)
		}
	}
}

// analyseAll runs Analyze over the lines once, so several checks can share it.
func analyseAll(lines []corpusLine) []Analysis {
	out := make([]Analysis, len(lines))
	for i, l := range lines {
		out[i] = Analyze(l.text)
	}
	return out
}
