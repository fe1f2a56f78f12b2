package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim/ollama"
)

// judgeArgs are the parsed arguments of turnaround judge.
type judgeArgs struct {
	scenario, model, file string
}

// runJudge asks the local model for a second opinion on a transcript and prints
// it beside the score of record, which it never changes.
func runJudge(e env, args []string) int {
	a, code, ok := parseJudgeArgs(e, args)
	if !ok {
		return code
	}
	tr, sc, rep, err := scoreTranscriptFile(e, "judge", a.scenario, a.file)
	if err != nil {
		return judgeFail(e, err)
	}
	cfg := ollama.DefaultConfig()
	cfg.Model = a.model
	c, err := ollama.NewClient(cfg)
	if err != nil {
		return judgeFail(e, err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(e.stderr, "Asking %s at %s for a second opinion (up to %v)…\n", cfg.Model, c.Config().Host, c.Config().JudgeTimeout)
	j, err := ollama.Judge(ctx, c, sc, tr, rep)
	if err != nil {
		return judgeFail(e, fmt.Errorf("no second opinion from %s: %w", cfg.Model, err))
	}
	writeJudgement(e.stdout, j, rep)
	return exitOK
}

// writeJudgement prints each dimension's opinion beside the score of record.
func writeJudgement(w io.Writer, j ollama.Judgement, rep scoring.Report) {
	fmt.Fprintf(w, "Second opinion from %s (the score of record stays %d):\n", j.Model, rep.Total)
	for _, o := range j.Opinions {
		verdict := "differs"
		if o.Agrees {
			verdict = "agrees"
		}
		fmt.Fprintf(w, "  %-18s %3d   record %3d, %s\n      %s\n",
			o.Dimension, o.Score, rep.Dimensions[o.Dimension].Score, verdict, o.Comment)
	}
}

// parseJudgeArgs accepts flags before or after the transcript file.
func parseJudgeArgs(e env, args []string) (judgeArgs, int, bool) {
	fs := flag.NewFlagSet("judge", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: turnaround judge --scenario ID|PATH TRANSCRIPT.json [--model M]")
		fmt.Fprintln(e.stderr, "Asks the local Ollama model (OLLAMA_HOST) for a second opinion beside the score of record.")
		fs.PrintDefaults()
	}
	var a judgeArgs
	fs.StringVar(&a.scenario, "scenario", "", "scenario id, or path to a scenario file")
	fs.StringVar(&a.model, "model", cmp.Or(os.Getenv("TURNAROUND_OLLAMA_MODEL"), ollama.SuggestedModel),
		"Ollama model to ask (default: $TURNAROUND_OLLAMA_MODEL or "+ollama.SuggestedModel+")")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return a, flagExit(err), false
	}
	switch {
	case len(files) != 1:
		return a, judgeUsage(e, fmt.Sprintf("give exactly one transcript file, not %d", len(files))), false
	case a.scenario == "":
		return a, judgeUsage(e, "--scenario is required (a scenario id or a path to a scenario file)"), false
	case a.model == "":
		return a, judgeUsage(e, "--model names no model"), false
	}
	a.file = files[0]
	return a, exitOK, true
}

func judgeFail(e env, err error) int {
	fmt.Fprintf(e.stderr, "turnaround judge: %s\n", termSafeLines(err.Error()))
	return exitInvalid
}

func judgeUsage(e env, msg string) int {
	fmt.Fprintf(e.stderr, "turnaround judge: %s; run 'turnaround judge -h' for usage.\n", msg)
	return exitUsage
}
