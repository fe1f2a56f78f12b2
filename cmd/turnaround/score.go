package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// scoreArgs are the parsed arguments of turnaround score.
type scoreArgs struct {
	scenario, format, file string
}

// runScore scores one transcript against a scenario and prints the report:
// indented JSON by default, or the text report with --format text.
func runScore(e env, args []string) int {
	a, code, ok := parseScoreArgs(e, args)
	if !ok {
		return code
	}
	tr, _, rep, err := scoreTranscriptFile(e, "score", a.scenario, a.file)
	if err != nil {
		return scoreFail(e, err)
	}
	if err := writeScoreReport(e, a.format, rep, tr); err != nil {
		return scoreFail(e, err)
	}
	return exitOK
}

// parseScoreArgs accepts flags before or after the transcript file. It returns
// ok=false with the exit code when the command should stop (usage or help).
func parseScoreArgs(e env, args []string) (scoreArgs, int, bool) {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: turnaround score --scenario ID|PATH TRANSCRIPT.json [--format json|text]")
		fmt.Fprintln(e.stderr, "Scores a transcript against a scenario; the report goes to stdout.")
	}
	var a scoreArgs
	fs.StringVar(&a.scenario, "scenario", "", "scenario id, or path to a scenario file")
	fs.StringVar(&a.format, "format", "json", "report format: json or text")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return a, flagExit(err), false
	}
	switch {
	case len(files) != 1:
		return a, scoreUsage(e, fmt.Sprintf("give exactly one transcript file, not %d", len(files))), false
	case a.scenario == "":
		return a, scoreUsage(e, "--scenario is required (a scenario id or a path to a scenario file)"), false
	case a.format != "json" && a.format != "text":
		return a, scoreUsage(e, fmt.Sprintf("--format is json or text, not %q", a.format)), false
	}
	a.file = files[0]
	return a, exitOK, true
}

func writeScoreReport(e env, format string, rep scoring.Report, tr scoring.Transcript) error {
	if format == "text" {
		return scoring.WriteReportText(e.stdout, rep, tr)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

func scoreFail(e env, err error) int {
	fmt.Fprintf(e.stderr, "turnaround score: %s\n", termSafeLines(err.Error()))
	return exitInvalid
}

func scoreUsage(e env, msg string) int {
	fmt.Fprintf(e.stderr, "turnaround score: %s; run 'turnaround score -h' for usage.\n", msg)
	return exitUsage
}

// scorePathErr drops the path an *os.PathError repeats, since the message names it already.
func scorePathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// scoreTranscriptFile reads a transcript, finds its scenario among the built-in
// and the trainer's own, and scores it: the first steps score and judge share,
// worded the same way for both. verb names the command in the not-found sentence.
func scoreTranscriptFile(e env, verb, scenario, file string) (scoring.Transcript, *scenarios.Scenario, scoring.Report, error) {
	tr, err := scoring.ReadTranscriptFile(file)
	if err != nil {
		return tr, nil, scoring.Report{}, err
	}
	sc, err := scenarios.Load(scenario, loadUserLibrary(e, verb))
	if errors.Is(err, scenarios.ErrNotFound) {
		return tr, nil, scoring.Report{}, fmt.Errorf("cannot %s %s: %w", verb, file, err)
	}
	if err != nil {
		return tr, nil, scoring.Report{}, err
	}
	rep, err := scoring.Score(tr, sc, nil)
	if err != nil {
		return tr, sc, rep, fmt.Errorf("%s: %w", file, err)
	}
	return tr, sc, rep, nil
}
