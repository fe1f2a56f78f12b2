package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/turnaround-app/turnaround/scoring/history"
)

// runHistoryImport copies a desktop history file into the team store. Every
// session carries a key made from the session itself, so a second run (or a
// run after an interruption) copies only what is missing.
func runHistoryImport(e env, fs *flag.FlagSet, hf *historyFlags) int {
	switch {
	case hf.from == "" || hf.to == "":
		return historyUsageError(e, fs, "import needs --from PATH.db and --to postgres://...")
	case !history.IsStoreURL(hf.to):
		return historyUsageError(e, fs, fmt.Sprintf("--to %q is not a postgres:// URL", history.RedactURL(hf.to)))
	}
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "turnaround history import: %s.\n", strings.TrimSuffix(err.Error(), "."))
		return exitInvalid
	}
	path := hf.from
	if _, err := os.Stat(path); err != nil {
		return fail(fmt.Errorf("history file %s cannot be read (%v); name a desktop history with --from", path, errors.Unwrap(err)))
	}
	from, err := history.Open(path)
	if err != nil {
		return fail(err)
	}
	defer from.Close()
	to, err := history.OpenPostgres(context.Background(), hf.to, history.PGOptions{})
	if err != nil {
		return fail(err)
	}
	defer to.Close()
	progress := importProgress(e)
	sum, err := history.Import(context.Background(), from, to, progress)
	if isTerminal(e.stderr) {
		fmt.Fprintln(e.stderr)
	}
	if err != nil {
		return fail(err)
	}
	fmt.Fprintf(e.stdout, "Imported %s (%s) from %s into %s; %d already there.\n",
		plural(sum.Imported, "session"), plural(sum.Turns, "turn"), path, to.Where(), sum.Skipped)
	return exitOK
}

// importProgress rewrites one line in place on a terminal; elsewhere it
// prints a line every 500 sessions and at the end, so a log shows it moving.
func importProgress(e env) func(done, total int) {
	if isTerminal(e.stderr) {
		return func(done, total int) { fmt.Fprintf(e.stderr, "\rimported %d of %d sessions", done, total) }
	}
	return func(done, total int) {
		if done%500 == 0 || done == total {
			fmt.Fprintf(e.stderr, "imported %d of %d sessions\n", done, total)
		}
	}
}
