package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/sim"
	"github.com/turnaround-app/turnaround/sim/ollama"
)

// playArgs are the parsed flags of turnaround play.
type playArgs struct {
	scenario, voice, out, db, store, trainee string
	// mode is history.ModePractice (hints on) or history.ModeAssessment.
	mode string
	// noHistory turns recording off; otherwise an empty db means the default history file.
	noHistory bool
}

// recorder writes a session to the history store as it happens, so a crash
// leaves a complete-so-far session. openRecorder (record.go) opens one.
type recorder interface {
	// Begin records the session's start; mode is history.ModePractice or
	// history.ModeAssessment.
	Begin(sc *scenarios.Scenario, voice, trainee, mode string) error
	Turn(index int, t scoring.Turn) error
	// Hint stores a coaching hint shown after a reply.
	Hint(h scoring.Hint) error
	Finish(ending sim.Ending, rep *scoring.Report) error
	// Status says how much of the session the store holds.
	Status() history.RecordStatus
	Close() error
}

// runPlay plays a scenario in the terminal: agent lines from stdin, customer
// lines to stdout, the score report at the end, the transcript to --out.
func runPlay(e env, args []string) int {
	a, code, ok := parsePlayArgs(e, args)
	if !ok {
		return code
	}
	sc, code, ok := loadPlayScenario(e, a.scenario)
	if !ok {
		return code
	}
	voice, err := newVoice(a.voice)
	if err != nil {
		fmt.Fprintf(e.stderr, "turnaround play: %v\n", err)
		return exitUsage
	}
	rec := openPlayRecorder(e, a)
	defer rec.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	p := newPlayer(e, sc, a, rec)
	p.warm(ctx, voice)
	return p.run(ctx, voice)
}

// parsePlayArgs reads the flags; ok=false means stop with code.
func parsePlayArgs(e env, args []string) (playArgs, int, bool) {
	fs := flag.NewFlagSet("play", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: turnaround play --scenario ID|PATH [--voice scripted|ollama] [--out transcript.json] [--db PATH | --store URL | --no-history] [--trainee NAME] [--mode practice|assessment]")
		fmt.Fprintln(e.stderr, "Plays a scenario in the terminal: type your replies; /help lists the commands.")
		fs.PrintDefaults()
	}
	var a playArgs
	fs.StringVar(&a.scenario, "scenario", "", "scenario id from the library, or path to a scenario file")
	fs.StringVar(&a.voice, "voice", "scripted", "customer voice: scripted or ollama")
	fs.StringVar(&a.out, "out", "", "write the transcript JSON here (after every turn and at the end)")
	fs.StringVar(&a.db, "db", "", "record the session in this history store (default: the desktop app's history)")
	fs.StringVar(&a.store, "store", "", storeFlagHelp)
	fs.BoolVar(&a.noHistory, "no-history", false, "do not record the session in any history store")
	fs.StringVar(&a.trainee, "trainee", "", "trainee name for the history store (default: your user name)")
	mode := fs.String("mode", "practice", "practice (a coaching hint after a reply the rubric charges for) or assessment (no hints)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return a, exitOK, false
		}
		return a, exitUsage, false
	}
	if err := checkStoreFlags(a.db, a.store); err != nil {
		fmt.Fprintf(e.stderr, "turnaround play: %v.\n", err)
		return a, exitUsage, false
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintf(e.stderr, "turnaround play: unexpected argument %q; name the scenario with --scenario.\n", fs.Arg(0))
		return a, exitUsage, false
	case a.scenario == "":
		fmt.Fprintln(e.stderr, "turnaround play: --scenario is required; run 'turnaround scenarios' for the list.")
		return a, exitUsage, false
	case *mode != "practice" && *mode != "assessment":
		fmt.Fprintf(e.stderr, "turnaround play: unknown mode %q; use practice or assessment.\n", termSafe(*mode))
		return a, exitUsage, false
	case a.noHistory && a.db != "":
		fmt.Fprintf(e.stderr, "turnaround play: --db %s and --no-history contradict each other; give one of them.\n", termSafe(a.db))
		return a, exitUsage, false
	}
	if err := checkOutPath(a.out); err != nil {
		fmt.Fprintf(e.stderr, "turnaround play: %s.\n", termSafe(err.Error()))
		return a, exitUsage, false
	}
	a.trainee = traineeOrDefault(a.trainee)
	if *mode == "practice" {
		a.mode = history.ModePractice
	}
	return a, exitOK, true
}

// checkOutPath refuses an --out that can never be written (a folder, or a file
// in a folder that does not exist) before the session starts, rather than after
// the trainee has typed a whole session that would then be lost.
func checkOutPath(path string) error {
	if path == "" {
		return nil
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("--out %s is a folder; give a file name for the transcript", path)
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return fmt.Errorf("--out %s cannot be written: the folder %s does not exist", path, dir)
	}
	return nil
}

// loadPlayScenario finds the scenario by id (built-in or the user's folder) or path.
// A file that fails lint prints its diagnostics and exits 1.
func loadPlayScenario(e env, idOrPath string) (*scenarios.Scenario, int, bool) {
	sc, err := scenarios.Load(idOrPath, loadUserLibrary(e, "play"))
	if err == nil {
		return sc, exitOK, true
	}
	var diags scenarios.Diagnostics
	if errors.As(err, &diags) {
		for _, d := range diags {
			fmt.Fprintln(e.stderr, termSafe(d.String()))
		}
		name := termSafe(idOrPath)
		fmt.Fprintf(e.stderr, "turnaround play: %s has %s; fix them and try again (turnaround lint %s).\n", name, plural(len(diags), "problem"), termSafe(diags[0].Path))
		return nil, exitInvalid, false
	}
	fmt.Fprintf(e.stderr, "turnaround play: %s\n", termSafe(err.Error()))
	return nil, exitInvalid, false
}

// newVoice builds the customer voice by name, or says why it cannot be used at all.
func newVoice(name string) (sim.Voice, error) {
	switch name {
	case "scripted":
		return sim.NewScripted(), nil
	case "ollama":
		// A terminal cannot take streamed words back, so the model's reply is
		// printed only once it has passed the character check.
		cfg := ollama.DefaultConfig()
		cfg.Model = cmp.Or(os.Getenv("TURNAROUND_OLLAMA_MODEL"), ollama.SuggestedModel)
		c, err := ollama.NewClient(cfg)
		if err != nil {
			return nil, err
		}
		return ollama.WholeReplies(ollama.NewVoice(c, sim.NewScripted(), nil)), nil
	}
	return nil, fmt.Errorf("unknown voice %q; use scripted or ollama", name)
}

// warm loads a model voice before the customer's first line, so that line does
// not pay for the load, and prints what it found: the model is ready, or why
// the scripted lines stand in.
func (p *player) warm(ctx context.Context, voice sim.Voice) {
	w, ok := voice.(ollama.Warmer)
	if !ok {
		return
	}
	if p.interactive {
		p.out.hint("the customer is getting ready (loading the local model)…")
	}
	if note := w.Warm(ctx); note != "" {
		p.out.note(note)
	}
}
