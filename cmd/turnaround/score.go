package main

import "fmt"

// runScore is not built yet; see the issue that owns the score subcommand.
func runScore(e env, args []string) int {
	fmt.Fprintln(e.stderr, "turnaround score: not available in this build yet")
	return exitUsage
}
