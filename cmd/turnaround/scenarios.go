package main

import "fmt"

// runScenarios is not built yet; see the issue that owns the scenarios subcommand.
func runScenarios(e env, args []string) int {
	fmt.Fprintln(e.stderr, "turnaround scenarios: not available in this build yet")
	return exitUsage
}
