// Command turnaround is the Turnaround desktop app and its headless subcommands.
// It only wires packages together; the rules live in scenarios, scoring and sim.
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes from DESIGN.md.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
)

// env is what a subcommand may touch, so tests can run subcommands in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	name    string
	summary string
	run     func(e env, args []string) int
}

func commands() []command {
	return []command{
		{"lint", "check scenario files (default: built-in library)", runLint},
		{"scenarios", "list built-in and user scenarios", runScenarios},
		{"play", "play a scenario in the terminal", runPlay},
		{"score", "score a transcript against a scenario", runScore},
		{"history", "list, show, export and import score history", runHistory},
		{"team", "set up a team store on PostgreSQL (roles, row-level security)", runTeam},
		{"calibrate", "agreement between a trainer's grades and the score", runCalibrate},
		{"judge", "ask the local model for a second opinion on a transcript", runJudge},
		{"next", "the scenario that trains your weakest dimension, and why", runNext},
	}
}

func main() {
	os.Exit(dispatch(env{os.Stdin, os.Stdout, os.Stderr}, os.Args[1:]))
}

func dispatch(e env, args []string) int {
	if len(args) == 0 {
		return runGUI(e, nil)
	}
	switch args[0] {
	case "-h", "--help", "help":
		printUsage(e.stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "turnaround: unknown command %q; run 'turnaround help' for the list.\n", args[0])
	return exitUsage
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: turnaround [command] [flags]")
	fmt.Fprintln(w, "\nWith no command, turnaround opens the desktop app.\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
}
