package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/turnaround-app/turnaround/scoring/calibrate"
)

// calibrateArgs are the parsed arguments of turnaround calibrate.
type calibrateArgs struct {
	file  string
	scale calibrate.Scale
	top   int
}

// runCalibrate scores every transcript a labels file rates and prints how far
// the grader agrees with the trainer on each dimension.
func runCalibrate(e env, args []string) int {
	a, code, ok := parseCalibrateArgs(e, args)
	if !ok {
		return code
	}
	res, err := calibrate.Run(a.file, calibrate.Options{Scale: a.scale, Top: a.top, Library: userLibrary()})
	if err != nil {
		return calibrateFail(e, err)
	}
	if err := calibrate.WriteText(e.stdout, a.file, res); err != nil {
		return calibrateFail(e, err)
	}
	return exitOK
}

// parseCalibrateArgs accepts flags before or after the labels file. It returns
// ok=false with the exit code when the command should stop (usage or help).
func parseCalibrateArgs(e env, args []string) (calibrateArgs, int, bool) {
	fs := flag.NewFlagSet("calibrate", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		printCalibrateUsage(e)
		fs.PrintDefaults()
	}
	var a calibrateArgs
	scale := fs.String("scale", "auto", "trainer rating scale: 5 (1–5), 100 (0–100) or auto")
	fs.IntVar(&a.top, "top", calibrate.DefaultTop, "how many disagreements to list per dimension")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return a, flagExit(err), false
	}
	s, err := calibrate.ParseScale(*scale)
	switch {
	case len(files) != 1:
		return a, calibrateUsage(e, fmt.Sprintf("give exactly one labels file, not %d", len(files))), false
	case err != nil:
		return a, calibrateUsage(e, "--scale: "+err.Error()), false
	case a.top < 0:
		return a, calibrateUsage(e, fmt.Sprintf("--top is 0 or more, not %d", a.top)), false
	}
	a.file, a.scale = files[0], s
	return a, exitOK, true
}

func printCalibrateUsage(e env) {
	fmt.Fprintln(e.stderr, "usage: turnaround calibrate LABELS.csv [--scale 5|100|auto] [--top N]")
	fmt.Fprintln(e.stderr, `Scores every transcript in a trainer's labels file and reports, per dimension,
how far the grader agrees with the trainer: Spearman's rho, quadratic-weighted
Cohen's kappa over five bins, and the transcripts where they disagree most, with
the grader's evidence.

LABELS.csv has a header row, then one row per transcript:
  transcript,scenario,empathy,action_speed,authority_clarity,fairness
  calls/dana.json,late-delivery-anniversary,4,5,3,4
transcript paths are relative to the CSV file; scenario (an id or a scenario
file) may be blank or left out, and the transcript's own scenario is used.
Ratings are 0–100 or 1–5 (auto: 1–5 when every rating is in 1..5); a blank
rating leaves that dimension out for the row. Grader scores and 0–100 ratings
are binned 0–19, 20–39, 40–59, 60–79, 80–100; a 1–5 rating is its own bin.
Exit status: 0 on success, 1 when a row is invalid (path:line:col: message), 2 on usage errors.

flags:`)
}

func calibrateFail(e env, err error) int {
	var errs calibrate.Errors
	if errors.As(err, &errs) {
		for _, one := range errs {
			fmt.Fprintf(e.stderr, "turnaround calibrate: %v\n", one)
		}
		return exitInvalid
	}
	fmt.Fprintf(e.stderr, "turnaround calibrate: %v\n", err)
	return exitInvalid
}

func calibrateUsage(e env, msg string) int {
	fmt.Fprintf(e.stderr, "turnaround calibrate: %s; run 'turnaround calibrate -h' for usage.\n", msg)
	return exitUsage
}

// maxLabelsBytes is the labels file bound calibrate.ReadFile applies.
const maxLabelsBytes = calibrate.MaxLabelsBytes
