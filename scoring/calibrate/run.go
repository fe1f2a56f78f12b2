package calibrate

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// MaxLabelsBytes bounds a labels file: a row is a path and four ratings, so
// 4 MiB holds tens of thousands of rated transcripts.
const MaxLabelsBytes = 4 << 20

// DefaultTop is how many disagreements per dimension a report lists unless
// asked otherwise.
const DefaultTop = 3

// Options say how Run reads and compares a labels file.
type Options struct {
	// Scale is the trainer's rating scale; 0 detects it from the ratings.
	Scale Scale
	// Top is how many disagreements to keep per dimension.
	Top int
	// Library finds the scenarios rows name by id; nil is the built-in library.
	Library *scenarios.Library
}

// Run reads the labels file at path, scores every transcript it rates with
// scoring.Score and compares the scores with the trainer's ratings. It is the
// whole of `turnaround calibrate` below the printing, so the command and the
// desktop app read a file the same way.
//
// A file that cannot be read is a one-sentence error naming it. Problems in
// the file's rows come back as Errors, every one of them ordered by line and
// column, because each stage runs on the rows that survived the one before
// and a trainer should see every bad row at once rather than one per run.
func Run(path string, opt Options) (Result, error) {
	data, err := ReadFile(path)
	if err != nil {
		return Result{}, err
	}
	var problems Errors
	labels, err := ReadLabels(path, bytes.NewReader(data))
	problems = appendProblems(problems, path, err)
	scale, err := CheckScale(path, labels, opt.Scale)
	problems = appendProblems(problems, path, err)
	lib := opt.Library
	if lib == nil {
		lib, _ = scenarios.LoadLibrary("")
	}
	graded, err := gradeLabels(path, labels, lib)
	problems = appendProblems(problems, path, err)
	if len(problems) > 0 {
		slices.SortStableFunc(problems, func(x, y *Error) int {
			return cmp.Or(cmp.Compare(x.Pos.Line, y.Pos.Line), cmp.Compare(x.Pos.Col, y.Pos.Col))
		})
		return Result{}, problems
	}
	return Compare(graded, scale, opt.Top), nil
}

// appendProblems adds a stage's problems; every error the stages return is
// Errors, and anything else is kept as a file-level problem.
func appendProblems(problems Errors, path string, err error) Errors {
	var errs Errors
	switch {
	case err == nil:
		return problems
	case errors.As(err, &errs):
		return append(problems, errs...)
	}
	return append(problems, &Error{Path: path, Msg: err.Error()})
}

// gradeLabels reads and scores each labelled transcript, collecting every
// problem as path:line:col of the labels file rather than stopping at the first.
func gradeLabels(path string, labels []Label, lib *scenarios.Library) ([]Graded, error) {
	dir := filepath.Dir(path)
	var graded []Graded
	var errs Errors
	for _, l := range labels {
		rep, pos, err := gradeOne(dir, l, lib)
		if err != nil {
			errs = append(errs, &Error{Path: path, Pos: pos, Msg: err.Error()})
			continue
		}
		graded = append(graded, Graded{Name: l.Transcript, Label: l, Report: rep})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return graded, nil
}

// gradeOne scores one row's transcript; on failure it says which cell was at fault.
func gradeOne(dir string, l Label, lib *scenarios.Library) (scoring.Report, Pos, error) {
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
	sc, err := scenarios.Load(scenarioRef(dir, id), lib)
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
	return rep, Pos{}, nil
}

// relativeTo resolves a path written in the labels file against its folder.
func relativeTo(dir, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

// scenarioRef treats a scenario cell as a file beside the labels when such a
// file exists, and as a scenario id otherwise.
func scenarioRef(dir, ref string) string {
	if p := relativeTo(dir, ref); p != ref {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ref
}

// labelsFile is how labels files are read: a folder or a device (calibrate
// /dev/zero grew past 2 GB in seconds) is refused by name.
var labelsFile = scoring.BoundedFile{What: "labels", Is: "a CSV file", Max: MaxLabelsBytes, TooLarge: func(path string) error {
	return fmt.Errorf("labels file %s is larger than %d MiB; a labels file lists transcripts, one a row", path, MaxLabelsBytes>>20)
}}

// ReadFile reads a labels file of at most MaxLabelsBytes.
func ReadFile(path string) ([]byte, error) {
	return labelsFile.Read(path)
}
