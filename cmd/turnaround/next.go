package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/turnaround-app/turnaround/scoring/history"
)

// runNext names the scenario that trains the trainee's weakest dimension, and why.
func runNext(e env, args []string) int {
	fs := flag.NewFlagSet("next", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: turnaround next [--trainee NAME] [--db PATH]")
		fmt.Fprintf(e.stderr, "Names the scenario that trains your weakest dimension, from your recent assessment sessions\n(practice ones count too while you have fewer than %d).\n", history.MinAssessed)
		fs.PrintDefaults()
	}
	trainee := fs.String("trainee", "", "whose sessions to read (default: your user name)")
	db := fs.String("db", "", "history file (default: the app's, in the user config folder)")
	if err := fs.Parse(args); err != nil {
		return helpOrUsage(err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "turnaround next: unexpected argument %q; name the trainee with --trainee.\n", termSafe(fs.Arg(0)))
		return exitUsage
	}
	name := traineeOrDefault(*trainee)
	played, err := playedSessions(name, *db)
	if err != nil {
		fmt.Fprintf(e.stderr, "turnaround next: %s\n", termSafe(err.Error()))
		return exitInvalid
	}
	lib := loadUserLibrary(e, "next")
	rec, err := history.Recommend(played, lib.All())
	if err != nil {
		fmt.Fprintf(e.stderr, "turnaround next: %v.\n", err)
		return exitInvalid
	}
	fmt.Fprintf(e.stdout, "Next for %s: %s  (%s, difficulty %d)\n", termSafe(orDash(name)),
		termSafe(rec.Scenario.ID), termSafe(rec.Scenario.Title), rec.Scenario.Difficulty)
	fmt.Fprintln(e.stdout, rec.Why)
	fmt.Fprintf(e.stdout, "Play it: turnaround play --scenario %s\n", termSafe(rec.Scenario.ID))
	return exitOK
}

// playedSessions reads the trainee's sessions. A history file that does not
// exist yet (no --db given) means no sessions, not an error: the first
// recommendation comes before the first session.
func playedSessions(trainee, db string) ([]history.SessionSummary, error) {
	if db == "" {
		path, err := history.DefaultPath()
		if err != nil {
			return nil, err
		}
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
	}
	s, err := openReadStore(db, "")
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return s.Sessions(context.Background(), history.Filter{Trainee: trainee})
}
