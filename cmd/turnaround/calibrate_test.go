package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// calibrateDir holds the example labels file and its expected report.
const calibrateDir = "../../testdata/calibrate"

func TestCalibrateGolden(t *testing.T) {
	code, stdout, stderr := run(t, "calibrate", filepath.Join(calibrateDir, "example.csv"))
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	// Show paths from the repository root, as a trainer running calibrate there sees them.
	checkGolden(t, filepath.Join(calibrateDir, "example.golden"), strings.ReplaceAll(stdout, "../../", ""))
}

// writeFiles writes name→content files into a fresh folder and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestCalibrateResolvesPathsBesideTheLabels(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"honest.json": readFile(t, filepath.Join(goldenTranscripts, "anniversary-honest.json")),
		"blame.json":  readFile(t, filepath.Join(goldenTranscripts, "anniversary-blame.json")),
		"s.yaml":      readFile(t, "../../scenarios/library/late-delivery-anniversary.yaml"),
		"labels.csv": "transcript,scenario,empathy,action_speed,authority_clarity,fairness\n" +
			"honest.json,s.yaml,90,85,70,90\n" +
			"blame.json,,10,50,,20\n",
	})
	code, stdout, stderr := run(t, "calibrate", "--top", "1", filepath.Join(dir, "labels.csv"))
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"2 transcripts, trainer ratings on the 0–100 scale", "authority_clarity    1    n/a    n/a"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
}

// TestCalibrateBadRows checks that every kind of bad row is reported in one run, in file order.
func TestCalibrateBadRows(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"ok.json":        readFile(t, filepath.Join(goldenTranscripts, "anniversary-honest.json")),
		"malformed.json": "{\n  \"turns\": [\n    {\"role\": \"agent\",}\n  ]\n}",
		"nameless.json":  `{"turns": [{"role": "agent", "text": "Hello", "at_ms": 0}]}`,
		"labels.csv": "transcript,scenario,empathy,action_speed,authority_clarity,fairness\n" +
			"ok.json,,4,5,4,5\n" +
			"missing.json,,4,5,4,5\n" +
			"malformed.json,,4,5,4,5\n" +
			"ok.json,no-such-scenario,4,5,4,5\n" +
			"nameless.json,,4,5,4,5\n" +
			"ok.json,,4,x,4,5\n" +
			"ok.json,,4,5,4,9\n",
	})
	labels := filepath.Join(dir, "labels.csv")
	code, stdout, stderr := run(t, "calibrate", "--scale", "5", labels)
	want := []string{
		"turnaround calibrate: " + labels + ":3:1: cannot read transcript " + filepath.Join(dir, "missing.json") + ": no such file or directory",
		"turnaround calibrate: " + labels + ":4:1: " + filepath.Join(dir, "malformed.json") + ":3:22: invalid character '}' looking for beginning of object key string",
		"turnaround calibrate: " + labels + ":5:9: cannot score " + filepath.Join(dir, "ok.json") + `: scenario not found: no scenario with id "no-such-scenario"; run 'turnaround scenarios' for the list`,
		"turnaround calibrate: " + labels + ":6:1: " + filepath.Join(dir, "nameless.json") + " names no scenario; fill in the scenario column",
		"turnaround calibrate: " + labels + `:7:12: the action_speed rating "x" is not a number`,
		"turnaround calibrate: " + labels + ":8:16: the fairness rating 9 is outside the 1–5 scale; ratings run from 1 to 5",
	}
	if code != exitInvalid || stdout != "" || stderr != strings.Join(want, "\n")+"\n" {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit 1, no report, stderr:\n%s", code, stdout, stderr, strings.Join(want, "\n"))
	}
}

func TestCalibrateBadRatingsAndFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"ratings.csv": "transcript,empathy,action_speed,authority_clarity,fairness\n" +
			"a.json,4,five,3,120\n",
		"header.csv": "transcript,empathy,speed,authority_clarity,fairness\na.json,1,2,3,4\n",
	})
	ratings, header := filepath.Join(dir, "ratings.csv"), filepath.Join(dir, "header.csv")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"not a number", []string{ratings}, ratings + `:2:10: the action_speed rating "five" is not a number`},
		{"outside the scale", []string{"--scale", "5", writeLabels(t, "a.json,4,5,3,0\n")}, ":2:14: the fairness rating 0 is outside the 1–5 scale; ratings run from 1 to 5"},
		{"misspelt column", []string{header}, header + `:1:20: unknown column "speed"`},
		{"missing file", []string{filepath.Join(dir, "nope.csv")}, "cannot read labels " + filepath.Join(dir, "nope.csv") + ": no such file or directory"},
		// calibrate /dev/zero read without bound and grew past 2 GB in seconds.
		{"device is refused, not read forever", []string{os.DevNull}, "cannot read labels " + os.DevNull + ": it is a device, not a CSV file"},
		{"folder", []string{dir}, "cannot read labels " + dir + ": it is a folder, not a CSV file"},
		{"larger than the bound", []string{writeLabels(t, strings.Repeat("a.json,1,1,1,1\n", maxLabelsBytes/15+1))}, " is larger than 4 MiB; a labels file lists transcripts, one a row"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, append([]string{"calibrate"}, tt.args...)...)
			if code != exitInvalid || stdout != "" || !strings.HasPrefix(stderr, "turnaround calibrate: ") || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and %q", code, stdout, stderr, tt.want)
			}
		})
	}
}

// writeLabels writes a labels file with the standard header and the given rows.
func writeLabels(t *testing.T, rows string) string {
	dir := writeFiles(t, map[string]string{"l.csv": "transcript,empathy,action_speed,authority_clarity,fairness\n" + rows})
	return filepath.Join(dir, "l.csv")
}

func TestCalibrateUsageErrors(t *testing.T) {
	file := filepath.Join(calibrateDir, "example.csv")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no labels file", nil, "give exactly one labels file, not 0"},
		{"two labels files", []string{file, file}, "give exactly one labels file, not 2"},
		{"unknown scale", []string{"--scale", "10", file}, `--scale: the scale is 5, 100 or auto, not "10"`},
		{"negative top", []string{file, "--top", "-1"}, "--top is 0 or more, not -1"},
		{"unknown flag", []string{"--colour", file}, "flag provided but not defined: -colour"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, append([]string{"calibrate"}, tt.args...)...)
			if code != exitUsage || stdout != "" || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, exitUsage, tt.want)
			}
		})
	}
}

func TestCalibrateHelp(t *testing.T) {
	code, stdout, stderr := run(t, "calibrate", "-h")
	if code != exitOK || stdout != "" || !strings.HasPrefix(stderr, "usage: turnaround calibrate LABELS.csv") ||
		!strings.Contains(stderr, "-scale string") || !strings.Contains(stderr, "binned 0–19, 20–39, 40–59, 60–79, 80–100") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	_, listing, _ := run(t, "help")
	if !strings.Contains(listing, "calibrate") {
		t.Errorf("turnaround help does not list calibrate:\n%s", listing)
	}
}
