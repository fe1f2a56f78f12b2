package main

import "fmt"

// runLint is not built yet; see the issue that owns the lint subcommand.
func runLint(e env, args []string) int {
	fmt.Fprintln(e.stderr, "turnaround lint: not available in this build yet")
	return exitUsage
}
