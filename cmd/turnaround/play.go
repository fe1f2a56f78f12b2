package main

import "fmt"

// runPlay is not built yet; see the issue that owns the play subcommand.
func runPlay(e env, args []string) int {
	fmt.Fprintln(e.stderr, "turnaround play: not available in this build yet")
	return exitUsage
}
