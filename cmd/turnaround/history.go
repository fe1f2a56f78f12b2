package main

import "fmt"

// runHistory is not built yet; see the issue that owns the history subcommand.
func runHistory(e env, args []string) int {
	fmt.Fprintln(e.stderr, "turnaround history: not available in this build yet")
	return exitUsage
}
