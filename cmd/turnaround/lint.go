package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/turnaround-app/turnaround/scenarios"
)

// runLint checks scenario files (or the built-in library when no path is given),
// prints every problem as path:line:col: message, and exits 1 if there is any.
func runLint(e env, args []string) int {
	fs := flag.NewFlagSet("lint", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: turnaround lint [PATH...]")
		fmt.Fprintln(e.stderr, "Checks scenario files and folders; with no PATH, checks the built-in library.")
	}
	if err := fs.Parse(args); err != nil {
		return helpOrUsage(err)
	}
	var result scenarios.LintResult
	if fs.NArg() == 0 {
		result = scenarios.LintBuiltin()
	} else {
		result = scenarios.Lint(fs.Args())
	}
	return reportLint(e, result)
}

// reportLint prints problems on stdout (they are the command's output, for editors
// and scripts), unreadable paths and the summary on stderr.
func reportLint(e env, r scenarios.LintResult) int {
	for _, d := range r.Diagnostics {
		fmt.Fprintln(e.stdout, termSafe(d.String()))
	}
	if r.Err != nil {
		fmt.Fprintln(e.stderr, termSafeLines(r.Err.Error()))
	}
	if len(r.Diagnostics) > 0 || r.Err != nil {
		fmt.Fprintf(e.stderr, "%s checked, %s found.\n", plural(r.Files, "file"), plural(len(r.Diagnostics), "problem"))
		return exitInvalid
	}
	fmt.Fprintf(e.stderr, "%s OK.\n", plural(r.Files, "file"))
	return exitOK
}

// plural writes "1 file" or "3 files".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// helpOrUsage maps a flag parsing error to an exit code: asking for help is success.
func helpOrUsage(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}
