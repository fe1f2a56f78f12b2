package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring/calibrate"
)

// exampleLabels is the example labels file over the golden transcripts.
const exampleLabels = "../testdata/calibrate/example.csv"

// runCalibrate is the app's calibration over the built-in scenarios.
func runCalibrate(path string) (calibrate.Result, error) {
	return calibrate.Run(path, calibrate.Options{Top: calibrate.DefaultTop})
}

// calibrated opens Review in a 1024×640 window, calibrates against path and
// waits for the dialog.
func calibrated(t *testing.T, path string) (*Review, fyne.Window) {
	t.Helper()
	r, win, loaded := openReview(t, Deps{Calibrate: runCalibrate}, fyne.NewSize(1024, 640))
	r.calibrate(path)
	if !r.calibrateBtn.Disabled() {
		t.Error("Calibrate… stays enabled while a calibration runs")
	}
	waitOn(t, loaded)
	if r.calibrateBtn.Disabled() {
		t.Error("Calibrate… stays disabled after the calibration was shown")
	}
	if win.Canvas().Overlays().Top() == nil {
		t.Fatal("no calibration dialog over the window")
	}
	if r.busy.Visible() {
		t.Error("activity indicator still visible after the calibration was shown")
	}
	return r, win
}

// labelTexts lists the label texts under o, top to bottom, left to right.
func labelTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, c := range test.LaidOutObjects(o) {
		if l, ok := c.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	}
	return out
}

// tableRows reads the agreement table: the row whose first cell is each name.
func tableRows(o fyne.CanvasObject) map[string][]string {
	rows := map[string][]string{}
	for _, c := range test.LaidOutObjects(o) {
		box, ok := c.(*fyne.Container)
		if !ok || len(box.Objects) != 4 {
			continue
		}
		if texts := labelTexts(box); len(texts) == 4 {
			rows[texts[0]] = texts[1:]
		}
	}
	return rows
}

func TestCalibrationShowsTheNumbersCompareGives(t *testing.T) {
	r, _ := calibrated(t, exampleLabels)
	want, err := runCalibrate(exampleLabels)
	if err != nil {
		t.Fatal(err)
	}
	rows := tableRows(r.calibration)
	if got := rows["Dimension"]; !slices.Equal(got, []string{"Rated", "ρ", "κ"}) {
		t.Errorf("header row %q", got)
	}
	for _, d := range want.Dimensions {
		cells := []string{"25", calibrate.Coefficient(d.Rho, d.RhoOK), calibrate.Coefficient(d.Kappa, d.KappaOK)}
		if got := rows[dimensionTitles[d.Dimension]]; !slices.Equal(got, cells) {
			t.Errorf("%s row %q, want %q", d.Dimension, got, cells)
		}
	}
	// The figures testdata/calibrate/example.golden prints.
	if got := rows["Empathy"]; !slices.Equal(got, []string{"25", "0.79", "0.69"}) {
		t.Errorf("empathy row %q, want n 25, ρ 0.79, κ 0.69", got)
	}
	texts := labelTexts(r.calibration)
	for _, s := range []string{
		"../testdata/calibrate/example.csv, 25 transcripts, trainer ratings on the 1–5 scale",
		"Action speed: where trainer and grader disagree most",
		"../transcripts/lost-parcel-policy-hider.json",
		"trainer 1/5 (bin 1), grader 78 (bin 4): the grader is 78 points more generous",
		"Acted early", // the rule's title, not its name early-concrete-action
		`"10 working days"`,
		"Grader's evidence: none; the score stayed at the base",
	} {
		if !slices.Contains(texts, s) {
			t.Errorf("the calibration does not show %q", s)
		}
	}
	// Each dimension's disagreements follow its heading, worst first.
	i := slices.Index(texts, "Empathy: where trainer and grader disagree most")
	if i < 0 || i+1 >= len(texts) || texts[i+1] != "../transcripts/anniversary-policy-hider.json" {
		t.Errorf("empathy's worst disagreement is not first under its heading: %q", texts[i:min(i+3, len(texts))])
	}
}

func TestCalibrationMarksUndefinedCoefficients(t *testing.T) {
	honest, err := filepath.Abs("../testdata/transcripts/anniversary-honest.json")
	if err != nil {
		t.Fatal(err)
	}
	labels := filepath.Join(t.TempDir(), "one.csv")
	data := "transcript,empathy,action_speed,authority_clarity,fairness\n" + honest + ",5,5,,5\n"
	if err := os.WriteFile(labels, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	r, _ := calibrated(t, labels)
	rows := tableRows(r.calibration)
	// One rated transcript has no ranks to correlate; an unrated dimension has none at all.
	if got := rows["Empathy"]; !slices.Equal(got, []string{"1", "n/a", "n/a"}) {
		t.Errorf("empathy row %q, want 1 n/a n/a", got)
	}
	if got := rows["Authority clarity"]; !slices.Equal(got, []string{"0", "n/a", "n/a"}) {
		t.Errorf("authority clarity row %q, want 0 n/a n/a", got)
	}
	texts := labelTexts(r.calibration)
	for _, s := range []string{calibrate.UndefinedNote, "none: the trainer rated no transcript on this dimension"} {
		if !slices.Contains(texts, s) {
			t.Errorf("the calibration does not say %q", s)
		}
	}
}

func TestCalibrationListsBadRowsWithTheirPositions(t *testing.T) {
	dir := t.TempDir()
	labels := filepath.Join(dir, "labels.csv")
	data := "transcript,empathy,action_speed,authority_clarity,fairness\n" +
		"gone.json,4,5,4,120\n" +
		"also-gone.json,4,5,x,5\n"
	if err := os.WriteFile(labels, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	r, _ := calibrated(t, labels)
	want := []string{
		"3 problems to fix before calibrating; nothing was scored",
		labels + ":2:1: cannot read transcript " + filepath.Join(dir, "gone.json") + ": no such file or directory",
		labels + ":2:17: the fairness rating 120 is outside the 0–100 scale; ratings run from 0 to 100",
		labels + `:3:20: the authority_clarity rating "x" is not a number`,
	}
	if got := labelTexts(r.calibration); !slices.Equal(got, want) {
		t.Errorf("problems shown:\n%q\nwant:\n%q", got, want)
	}
}

func TestCalibrationListsAtMostTwoHundredProblems(t *testing.T) {
	labels := filepath.Join(t.TempDir(), "labels.csv")
	data := "transcript,empathy,action_speed,authority_clarity,fairness\n" + strings.Repeat("a.json,x,1,1,1\n", 250)
	if err := os.WriteFile(labels, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	r, _ := calibrated(t, labels)
	got := labelTexts(r.calibration)
	if len(got) != 202 || got[0] != "250 problems to fix before calibrating; nothing was scored" ||
		got[200] != labels+`:201:8: the empathy rating "x" is not a number` ||
		got[201] != "…and 50 more; `turnaround calibrate` lists every one." {
		t.Errorf("%d labels; first %q, last two %q", len(got), got[0], got[max(0, len(got)-2):])
	}
}

func TestCalibrationNamesAMissingFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.csv")
	r, win := calibrated(t, missing)
	want := []string{"The labels file could not be read", "cannot read labels " + missing + ": no such file or directory"}
	if got := labelTexts(r.calibration); !slices.Equal(got, want) {
		t.Errorf("shown %q, want %q", got, want)
	}
	if !hasLabel(win.Canvas().Overlays().Top(), "Calibration: nope.csv") {
		t.Error("the dialog's title does not name the file")
	}
}

func TestCalibrateWithoutTheFeatureSaysSo(t *testing.T) {
	test.NewTempApp(t)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	r := NewReview(Deps{}, win, func(string) *scenarios.Scenario { return nil })
	win.SetContent(r.Content())
	r.pickLabels()
	if r.status.Text != "Calibration is not available in this build." || win.Canvas().Overlays().Top() != nil {
		t.Errorf("status %q, overlay %v", r.status.Text, win.Canvas().Overlays().Top())
	}
}

func TestSnapshotCalibration(t *testing.T) {
	_, win := calibrated(t, exampleLabels)
	assertMarkup(t, "review/calibration.xml", win.Canvas())
}
