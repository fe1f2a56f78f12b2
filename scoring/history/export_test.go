package history

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

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
