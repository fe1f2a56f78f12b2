package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"text/tabwriter"

	"github.com/turnaround-app/turnaround/scenarios"
)

// runScenarios lists the built-in and user scenarios in aligned columns. A broken
// user file is reported on stderr and left out; the listing goes on.
func runScenarios(e env, args []string) int {
	fs := flag.NewFlagSet("scenarios", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dir := fs.String("dir", "", "folder of user scenarios (default: the user config folder)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: turnaround scenarios [--dir FOLDER]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return helpOrUsage(err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "turnaround scenarios: unexpected argument %q; it takes no arguments, only --dir.\n", fs.Arg(0))
		return exitUsage
	}
	userDir := *dir
	if userDir != "" {
		if msg := userDirProblem(userDir); msg != "" {
			fmt.Fprintf(e.stderr, "turnaround scenarios: --dir %s %s.\n", termSafe(userDir), msg)
			return exitUsage
		}
	}
	if userDir == "" {
		if d, err := scenarios.UserDir(); err == nil {
			userDir = d
		} else {
			fmt.Fprintf(e.stderr, "turnaround scenarios: %v; listing built-in scenarios only.\n", err)
		}
	}
	lib, diags := scenarios.LoadLibrary(userDir)
	reportSkipped(e, diags, userDir)
	printScenarioTable(e, lib.All())
	return exitOK
}

func printScenarioTable(e env, list []*scenarios.Scenario) {
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tTITLE\tDIFFICULTY\tFAILURE\tSOURCE")
	for _, s := range list {
		source := "user"
		if s.IsBuiltin() {
			source = "built-in"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", termSafe(s.ID), termSafe(s.Title), strconv.Itoa(s.Difficulty), termSafe(s.Failure.Kind), source)
	}
	w.Flush()
}

// reportSkipped shows why user files were left out, and how to see it again.
func reportSkipped(e env, diags scenarios.Diagnostics, userDir string) {
	if len(diags) == 0 {
		return
	}
	broken := map[string]bool{}
	for _, d := range diags {
		fmt.Fprintln(e.stderr, termSafe(d.String()))
		broken[d.Path] = true
	}
	fmt.Fprintf(e.stderr, "turnaround scenarios: left out %s with problems; run 'turnaround lint %s' after fixing.\n", plural(len(broken), "file"), termSafe(userDir))
}

// userDirProblem says why a folder named with --dir cannot be listed, or "".
// A folder the trainee named must exist: listing only the built-ins would hide
// the typo.
func userDirProblem(dir string) string {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "does not exist"
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return "cannot be read: " + err.Error()
	case !info.IsDir():
		return "is a file, not a folder of scenarios"
	}
	return ""
}
