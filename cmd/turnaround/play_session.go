package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/sim"
	"github.com/turnaround-app/turnaround/sim/ollama"
)

// maxLineBytes caps one line read from stdin; the simulator cuts the turn further
// to sim.DefaultMaxTurnRunes characters and says so.
const maxLineBytes = 64 << 10

// player runs one terminal session: it reads lines, turns them into turns or
// commands, prints what the simulator reports, and saves as it goes.
type player struct {
	e           env
	sc          *scenarios.Scenario
	args        playArgs
	rec         recorder
	out         *printer
	session     *sim.Session
	voice       sim.Voice
	interactive bool
	// warned keeps each storage warning to one message per session.
	warnedRecord, warnedOut bool
	outErr                  error
	// keptPath holds every turn when the history lacks some and --out does not.
	keptPath string
}

func newPlayer(e env, sc *scenarios.Scenario, a playArgs, rec recorder) *player {
	interactive := inputIsTerminal(e.stdin)
	return &player{e: e, sc: sc, args: a, rec: rec, interactive: interactive, out: newPrinter(e.stdout, sc, interactive)}
}

// run plays until the session ends, stdin ends, or ctx is cancelled (Ctrl-C),
// then prints the score report and saves the transcript.
func (p *player) run(ctx context.Context, voice sim.Voice) int {
	p.voice = voice
	p.session = sim.NewSession(p.sc, sim.Options{Voice: voice, OnEvent: p.onEvent})
	if err := p.rec.Begin(p.sc, voice.Name(), p.args.trainee, p.args.mode); err != nil {
		p.recordFailed(err)
	}
	if p.interactive {
		p.out.brief()
	}
	if _, err := p.session.Open(ctx); err != nil {
		fmt.Fprintf(p.e.stderr, "turnaround play: %v\n", err)
		return exitInvalid
	}
	reading, stopReading := context.WithCancel(context.Background())
	defer stopReading()
	p.loop(ctx, readLines(reading, p.e.stdin, maxLineBytes))
	return p.finish()
}

// loop feeds lines to the session until it ends.
func (p *player) loop(ctx context.Context, lines <-chan inputLine) {
	for n := 1; p.session.Ending() == sim.Ongoing; n++ {
		p.out.prompt()
		select {
		case <-ctx.Done():
			p.out.note("stopped; the transcript so far is kept")
			p.session.Quit()
		case l, ok := <-lines:
			if !ok {
				p.session.Quit()
				continue
			}
			p.handle(ctx, n, l)
		}
	}
}

// handle plays one line: a reply, an action, or a command.
func (p *player) handle(ctx context.Context, n int, l inputLine) {
	if l.dropped > 0 {
		p.problem(n, fmt.Sprintf("that line was %d bytes; only the first %d were read", l.dropped+len(l.text), maxLineBytes))
	}
	in, err := parseInput(l.text)
	switch {
	case err != nil:
		p.problem(n, err.Error())
	case in.command == "empty":
		if p.interactive {
			p.out.hint("type a reply to " + p.sc.Customer.Name + ", or /help for the commands")
		}
	case in.command == "help":
		p.out.help()
	case in.command == "card":
		p.out.card()
	case in.command == "quit":
		p.session.Quit()
	default:
		if _, err := p.session.Submit(ctx, in.text, in.action); err != nil {
			p.problem(n, err.Error())
			return
		}
		p.coach()
	}
}

// coach shows, in practice mode, the hint the reply just sent earned, worded
// by the rubric as the desktop words it, and stores it with the session.
func (p *player) coach() {
	if p.args.mode != history.ModePractice {
		return
	}
	h, ok := scoring.HintAfter(p.session.Transcript(), p.sc, nil)
	if !ok {
		return
	}
	p.out.coach(h.Text)
	if err := p.rec.Hint(h); err != nil {
		p.recordFailed(err)
	}
}

// onEvent prints and records what the simulator reports.
func (p *player) onEvent(ev sim.Event) {
	p.out.event(ev)
	if ev.Kind != sim.EventTurn {
		return
	}
	if err := p.rec.Turn(ev.Index, ev.Turn); err != nil {
		p.recordFailed(err)
	}
	if ev.Turn.Role == scoring.RoleCustomer {
		p.save()
	}
}

// finish scores the session, prints the report, saves the transcript and closes
// the record. It returns exit 1 when the transcript could not be written or the
// history does not hold the whole session.
func (p *player) finish() int {
	t := p.session.Transcript()
	rep, err := scoreSession(t, p.sc)
	if tv, ok := p.voice.(ollama.Tallier); ok {
		p.out.note(tv.Tally().String())
	}
	fmt.Fprintln(p.e.stdout)
	if err != nil {
		fmt.Fprintf(p.e.stderr, "turnaround play: no score report: %v\n", err)
	} else if err := writeReport(p.e.stdout, rep, t); err != nil {
		fmt.Fprintf(p.e.stderr, "turnaround play: writing the report: %v\n", err)
	}
	p.save()
	if err := p.rec.Finish(p.session.Ending(), rep); err != nil {
		p.recordFailed(err)
	}
	recorded := p.reportRecording()
	if p.outErr != nil || !recorded {
		return exitInvalid
	}
	return exitOK
}

// save writes the transcript to --out through a temporary file, so a crash never
// leaves half a file. It is called after every reply and at the end.
func (p *player) save() {
	defer p.keepWhileUnrecorded()
	if p.args.out == "" {
		return
	}
	p.outErr = writeTranscript(p.args.out, p.session.Transcript())
	if p.outErr != nil && !p.warnedOut {
		p.warnedOut = true
		fmt.Fprintf(p.e.stderr, "turnaround play: cannot write the transcript: %v\n", p.outErr)
	}
}

func writeTranscript(path string, t scoring.Transcript) error {
	data, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".turnaround-*.json")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(append(data, '\n'))
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("%s: %v", path, firstErr(werr, cerr))
	}
	return os.Rename(tmp.Name(), path)
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// recordFailed warns once, when the history store first fails, and says what
// happens next; reportRecording gives the outcome at the end.
func (p *player) recordFailed(err error) {
	if p.warnedRecord {
		return
	}
	p.warnedRecord = true
	goesOn := "the session goes on"
	if p.rec.Status().Session == 0 {
		goesOn = "the session goes on unrecorded"
	}
	fmt.Fprintf(p.e.stderr, "turnaround play: %v; %s, and its transcript keeps every turn.\n", err, goesOn)
}

// problem reports bad input: to the trainee on screen, or to stderr with the
// line number when a script drives the session.
func (p *player) problem(n int, msg string) {
	if p.interactive {
		p.out.hint(msg)
		return
	}
	fmt.Fprintf(p.e.stderr, "turnaround play: stdin line %d: %s\n", n, msg)
}

// inputIsTerminal reports whether r is a terminal (a character device), not a pipe or file.
func inputIsTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
