package calibrate

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/turnaround-app/turnaround/scoring"
)

// exampleLabels is the example labels file over the golden transcripts.
const exampleLabels = "../../testdata/calibrate/example.csv"

func TestRunReadsTheExampleFile(t *testing.T) {
	res, err := Run(exampleLabels, Options{Top: DefaultTop})
	if err != nil {
		t.Fatal(err)
	}
	if res.Scale != Scale5 || res.Transcript != 25 || len(res.Dimensions) != len(scoring.Dimensions) {
		t.Fatalf("scale %v, %d transcripts, %d dimensions; want 1–5, 25, 4", res.Scale, res.Transcript, len(res.Dimensions))
	}
	// The same figures as testdata/calibrate/example.golden prints.
	emp := res.Dimensions[0]
	if got := Coefficient(emp.Rho, emp.RhoOK) + " " + Coefficient(emp.Kappa, emp.KappaOK); got != "0.79 0.69" {
		t.Errorf("empathy ρ κ = %s, want 0.79 0.69", got)
	}
	if len(emp.Worst) != 3 || emp.Worst[0].Name != "../transcripts/anniversary-policy-hider.json" {
		t.Fatalf("empathy's worst = %+v", emp.Worst)
	}
	if got, want := emp.Worst[0].Verdict(res.Scale), "trainer 1/5 (bin 1), grader 50 (bin 3): the grader is 50 points more generous"; got != want {
		t.Errorf("verdict %q, want %q", got, want)
	}
}

func TestRunCollectsBadRowsInFileOrder(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// A scale problem (found in a later stage) sits on line 2, a missing
	// transcript on line 3: the report follows the file, not the stages.
	labels := write("labels.csv", "transcript,empathy,action_speed,authority_clarity,fairness\n"+
		"gone.json,4,5,4,9\n"+
		"also-gone.json,4,5,x,5\n")
	_, err := Run(labels, Options{Scale: Scale5})
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("error %v is not Errors", err)
	}
	want := []string{
		labels + ":2:1: cannot read transcript " + filepath.Join(dir, "gone.json") + ": no such file or directory",
		labels + ":2:17: the fairness rating 9 is outside the 1–5 scale; ratings run from 1 to 5",
		labels + `:3:20: the authority_clarity rating "x" is not a number`,
	}
	if got := err.Error(); got != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

func TestRunNamesAnUnreadableFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.csv")
	_, err := Run(missing, Options{})
	if err == nil || err.Error() != "cannot read labels "+missing+": no such file or directory" {
		t.Errorf("error %v", err)
	}
	var errs Errors
	if errors.As(err, &errs) {
		t.Error("an unreadable file is one sentence, not a list of row problems")
	}
}
