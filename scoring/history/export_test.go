package history

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestExportGolden(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		seedReview(t, s)
		for _, format := range ExportFormats {
			t.Run(format, func(t *testing.T) {
				var buf bytes.Buffer
				var calls [][2]int
				progress := func(done, total int) { calls = append(calls, [2]int{done, total}) }
				if err := s.Export(context.Background(), &buf, format, Filter{}, progress); err != nil {
					t.Fatal(err)
				}
				// Nine scored sessions and Ben's unfinished one; fewer than
				// progressEvery, so one final call.
				if diff := cmp.Diff([][2]int{{10, 10}}, calls); diff != "" {
					t.Errorf("progress calls (-want +got):\n%s", diff)
				}
				checkGolden(t, filepath.Join("..", "..", "testdata", "history", "export."+format), buf.Bytes())
			})
		}
	})
}

func TestExportIsValidCSVAndJSON(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		seedReview(t, s)
		var c, j bytes.Buffer
		if err := s.Export(context.Background(), &c, "csv", Filter{Trainee: "Ben"}, nil); err != nil {
			t.Fatal(err)
		}
		records, err := csv.NewReader(&c).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		// Oldest first: Ben's two scored sessions, then the unfinished one with empty scores.
		last := len(CSVHeader) - 1
		if len(records) != 4 || records[2][last] != "35" || records[3][last] != "" || records[3][9] != "" {
			t.Errorf("CSV for Ben = %q; want header, fairness 30 and 35, then an unfinished row", records)
		}
		if err := s.Export(context.Background(), &j, "json", Filter{Trainee: "Nobody"}, nil); err != nil {
			t.Fatal(err)
		}
		var rows []SessionSummary
		if err := json.Unmarshal(j.Bytes(), &rows); err != nil || rows == nil || len(rows) != 0 {
			t.Errorf("empty JSON export = %q (%v); want an empty array", j.String(), err)
		}
	})
}

func TestExportUnknownFormat(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		err := s.Export(context.Background(), &bytes.Buffer{}, "xlsx", Filter{}, nil)
		if err == nil || err.Error() != `unknown export format "xlsx"; use csv or json` {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestCellTextDisarmsFormulas(t *testing.T) {
	for in, want := range map[string]string{"Ana": "Ana", "=1+1": "'=1+1", "@SUM(A1)": "'@SUM(A1)", "-2": "'-2", "": ""} {
		if got := cellText(in); got != want {
			t.Errorf("cellText(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestExportCSVNeutralisesFormulaAfterInvisibleOrFullWidthPrefix stores names
// whose first visible character starts a formula only after something a
// spreadsheet skips or folds, exports them, and reads the file back with a
// CSV reader: every such cell must come back starting with the apostrophe,
// and harmless names must come back unchanged.
func TestExportCSVNeutralisesFormulaAfterInvisibleOrFullWidthPrefix(t *testing.T) {
	armed := []string{
		"=HYPERLINK(\"http://x\")", "\r=1+1", "\t=1+1", " =1+1", "\ufeff=1+1", "\u200b@SUM(A1)",
		"\uff1d1+1", "\uff0bcmd", "\uff0d2", "\uff20SUM(A1)", "\ufe66 1", " \t\ufeff\uff1d1", "\n+1", "\u22122",
	}
	harmless := []string{"Ana", " Ana", "\ufeffBo", "Zoë = lead", "\uff21na", "O'Neil"}
	s := openTemp(t)
	for i, name := range append(append([]string{}, armed...), harmless...) {
		m := sampleMeta(name, "scenario-"+strconv.Itoa(i), t0.Add(time.Duration(i)*time.Minute))
		m.ScenarioTitle = name
		if _, err := s.BeginSession(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, "csv", Filter{}, nil); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("read the export back: %v", err)
	}
	if len(records) != 1+len(armed)+len(harmless) {
		t.Fatalf("%d CSV records; want a header and %d rows", len(records), len(armed)+len(harmless))
	}
	for i, rec := range records[1:] {
		for _, col := range []int{3, 5} { // trainee, scenario_title
			// A CRLF writer drops a lone carriage return inside a field.
			name := strings.ReplaceAll(append(armed, harmless...)[i], "\r", "")
			want := name
			if i < len(armed) {
				want = "'" + name
			}
			if rec[col] != want {
				t.Errorf("row %d %s = %q; want %q", i+1, CSVHeader[col], rec[col], want)
			}
		}
	}
}

// checkGolden compares got with the golden file, rewriting it under -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}
