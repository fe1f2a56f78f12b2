package main

import (
	"fmt"

	"github.com/turnaround-app/turnaround/scenarios"
)

// loadUserLibrary loads the built-in scenarios and the trainer's own folder for a
// command that looks a scenario up by id. Files that are not regular (a named pipe,
// a device) are skipped with a warning on stderr; broken files stay quiet here,
// since they only matter when asked for, and then Get reports their problems.
func loadUserLibrary(e env, cmd string) *scenarios.Library {
	lib := userLibrary()
	if lib == nil {
		return nil
	}
	for _, w := range lib.Warnings() {
		fmt.Fprintf(e.stderr, "turnaround %s: warning: %s\n", cmd, termSafe(w.String()))
	}
	return lib
}

// userLibrary is the built-in scenarios and the trainer's own folder, or nil
// (the built-ins alone) when the folder cannot be found.
func userLibrary() *scenarios.Library {
	dir, err := scenarios.UserDir()
	if err != nil {
		return nil
	}
	lib, _ := scenarios.LoadLibrary(dir)
	return lib
}
