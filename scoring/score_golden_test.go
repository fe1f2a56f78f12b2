package scoring

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/turnaround-app/turnaround/scenarios"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata/transcripts")

// golden is one golden transcript with its scenario, ready to score.
type golden struct {
	name string
	tr   Transcript
	sc   *scenarios.Scenario
}

// loadGoldens reads every NAME.json in goldenDir and its built-in scenario.
func loadGoldens(t testing.TB) []golden {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(goldenDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out []golden
	for _, p := range paths {
		if strings.HasSuffix(p, ".report.json") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := ReadTranscript(p, data)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := scenarios.Load(tr.Scenario, nil)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, golden{strings.TrimSuffix(filepath.Base(p), ".json"), tr, sc})
	}
	return out
}

// renderReports returns the JSON and text forms of a golden's report.
func renderReports(t testing.TB, g golden) (jsonOut, textOut []byte) {
	t.Helper()
	rep, err := Score(g.tr, g.sc, nil)
	if err != nil {
		t.Fatalf("%s: %v", g.name, err)
	}
	jsonOut, err = json.MarshalIndent(rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	var text bytes.Buffer
	if err := WriteReportText(&text, rep, g.tr); err != nil {
		t.Fatal(err)
	}
	return append(jsonOut, '\n'), text.Bytes()
}

func TestGoldenReports(t *testing.T) {
	goldens := loadGoldens(t)
	scenarioIDs := map[string]bool{}
	for _, g := range goldens {
		scenarioIDs[g.sc.ID] = true
		t.Run(g.name, func(t *testing.T) {
			jsonOut, textOut := renderReports(t, g)
			checkGolden(t, filepath.Join(goldenDir, g.name+".report.json"), jsonOut)
			checkGolden(t, filepath.Join(goldenDir, g.name+".report.txt"), textOut)
		})
	}
	if len(goldens) < 15 || len(scenarioIDs) < 5 {
		t.Errorf("%d golden transcripts over %d scenarios, want at least 15 over 5", len(goldens), len(scenarioIDs))
	}
}

// checkGolden compares got with the file, or rewrites the file with -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./scoring -run TestGoldenReports -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

func TestGoldenReportsAreByteIdenticalAcrossRuns(t *testing.T) {
	for _, g := range loadGoldens(t) {
		j1, t1 := renderReports(t, g)
		j2, t2 := renderReports(t, g)
		if !bytes.Equal(j1, j2) || !bytes.Equal(t1, t2) {
			t.Errorf("%s: two runs gave different reports", g.name)
		}
	}
}

// TestEveryPointHasEvidence holds the report's central promise on every golden:
// each dimension is exactly the base plus its evidence, clamped, and each piece
// of evidence names a real turn, real words and a rule of that dimension.
func TestEveryPointHasEvidence(t *testing.T) {
	r := DefaultRubric()
	for _, g := range loadGoldens(t) {
		rep, err := Score(g.tr, g.sc, r)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range Dimensions {
			ds := rep.Dimensions[d]
			sum := r.Base
			for _, e := range ds.Evidence {
				sum += e.Points
				checkEvidence(t, g, d, e, r)
			}
			if want := clamp(sum, 0, 100); ds.Score != want {
				t.Errorf("%s %s: score %d, but base + evidence = %d", g.name, d, ds.Score, want)
			}
		}
	}
}

func checkEvidence(t *testing.T, g golden, d Dimension, e Evidence, r *Rubric) {
	t.Helper()
	rule, ok := r.Rule(e.Rule)
	switch {
	case !ok || rule.Dimension != d:
		t.Errorf("%s: evidence %+v cites a rule not in dimension %s", g.name, e, d)
	case e.Turn < 0 || e.Turn >= len(g.tr.Turns):
		t.Errorf("%s: evidence %+v cites a turn that does not exist", g.name, e)
	case e.Points == 0 || e.Quote == "":
		t.Errorf("%s: evidence %+v has no points or no quote", g.name, e)
	case !quotesTurn(g.tr.Turns[e.Turn], e.Quote):
		t.Errorf("%s: evidence %+v quotes words turn %d does not hold", g.name, e, e.Turn)
	}
}

// quotesTurn reports whether quote is the turn's words or its action.
func quotesTurn(turn Turn, quote string) bool {
	return strings.Contains(turn.Text, quote) || (turn.Action != nil && turn.Action.String() == quote)
}
