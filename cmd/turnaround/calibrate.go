package main

import (
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
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
	data, err := readLabelsFile(a.file)
	if err != nil {
		return calibrateFail(e, err)
	}
	// Every stage runs on the rows that survived the one before, so a trainer
	// sees every bad row of the file at once rather than one per run.
	var problems calibrate.Errors
	labels, err := calibrate.ReadLabels(a.file, bytes.NewReader(data))
	problems = appendProblems(problems, a.file, err)
	scale, err := calibrate.CheckScale(a.file, labels, a.scale)
	problems = appendProblems(problems, a.file, err)
	graded, err := gradeLabels(a.file, labels)
	problems = appendProblems(problems, a.file, err)
	if len(problems) > 0 {
		slices.SortStableFunc(problems, func(x, y *calibrate.Error) int {
			return cmp.Or(cmp.Compare(x.Pos.Line, y.Pos.Line), cmp.Compare(x.Pos.Col, y.Pos.Col))
		})
		return calibrateFail(e, problems)
	}
	res := calibrate.Compare(graded, scale, a.top)
	if err := calibrate.WriteText(e.stdout, a.file, res); err != nil {
		return calibrateFail(e, err)
	}
	return exitOK
}

// appendProblems adds a stage's problems; every error the stages return is
// calibrate.Errors, and anything else is kept as a file-level problem.
func appendProblems(problems calibrate.Errors, path string, err error) calibrate.Errors {
	var errs calibrate.Errors
	switch {
	case err == nil:
		return problems
	case errors.As(err, &errs):
		return append(problems, errs...)
	}
	return append(problems, &calibrate.Error{Path: path, Msg: err.Error()})
}

// gradeLabels reads and scores each labelled transcript, collecting every
// problem as path:line:col of the labels file rather than stopping at the first.
func gradeLabels(path string, labels []calibrate.Label) ([]calibrate.Graded, error) {
	dir := filepath.Dir(path)
	var graded []calibrate.Graded
	var errs calibrate.Errors
	for _, l := range labels {
		rep, pos, err := gradeOne(dir, l)
		if err != nil {
			errs = append(errs, &calibrate.Error{Path: path, Pos: pos, Msg: err.Error()})
			continue
		}
		graded = append(graded, calibrate.Graded{Name: l.Transcript, Label: l, Report: rep})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return graded, nil
}

// gradeOne scores one row's transcript; on failure it says which cell was at fault.
func gradeOne(dir string, l calibrate.Label) (scoring.Report, calibrate.Pos, error) {
	file := relativeTo(dir, l.Transcript)
	tr, err := scoring.ReadTranscriptFile(file)
	if err != nil {
		return scoring.Report{}, l.TranscriptPos, err
	}
	id, pos := l.Scenario, l.ScenarioPos
	if id == "" {
		id, pos = tr.Scenario, l.TranscriptPos
	}
	if id == "" {
		return scoring.Report{}, l.TranscriptPos, fmt.Errorf("%s names no scenario; fill in the scenario column", file)
	}
	sc, err := scoreScenario(calibrateScenarioRef(dir, id))
	if errors.Is(err, scenarios.ErrNotFound) {
		return scoring.Report{}, pos, fmt.Errorf("cannot score %s: %w", file, err)
	}
	if err != nil {
		return scoring.Report{}, pos, err
	}
	rep, err := scoring.Score(tr, sc, nil)
	if err != nil {
		return scoring.Report{}, l.TranscriptPos, fmt.Errorf("%s: %w", file, err)
	}
	return rep, calibrate.Pos{}, nil
}

// relativeTo resolves a path written in the labels file against its folder.
func relativeTo(dir, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

// calibrateScenarioRef treats a scenario cell as a file beside the labels when
// such a file exists, and as a scenario id otherwise.
func calibrateScenarioRef(dir, ref string) string {
	if p := relativeTo(dir, ref); p != ref {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ref
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
	fs.IntVar(&a.top, "top", 3, "how many disagreements to list per dimension")
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

// maxLabelsBytes bounds a labels file: a row is a path and four ratings, so
// 4 MiB holds tens of thousands of rated transcripts.
const maxLabelsBytes = 4 << 20

// readLabelsFile reads a labels file of bounded size. A folder or a device
// (calibrate /dev/zero grew past 2 GB in seconds) is refused by name.
func readLabelsFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read labels %s: %w", path, scorePathErr(err))
	}
	switch {
	case info.IsDir():
		return nil, fmt.Errorf("cannot read labels %s: it is a folder, not a CSV file", path)
	case info.Mode()&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeSocket) != 0:
		return nil, fmt.Errorf("cannot read labels %s: it is a device, not a CSV file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read labels %s: %w", path, scorePathErr(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxLabelsBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read labels %s: %w", path, scorePathErr(err))
	}
	if len(data) > maxLabelsBytes {
		return nil, fmt.Errorf("labels file %s is larger than %d MiB; a labels file lists transcripts, one a row", path, maxLabelsBytes>>20)
	}
	return data, nil
}
