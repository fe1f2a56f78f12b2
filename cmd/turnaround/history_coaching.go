package main

import (
	"fmt"
	"io"

	"github.com/turnaround-app/turnaround/scoring/history"
)

// modeMark marks a practice session in the list: " (practice)", or
// " (assisted)" when hints were shown; nothing for assessment.
func modeMark(s history.SessionSummary) string {
	switch {
	case s.Assisted():
		return " (assisted)"
	case s.Mode == history.ModePractice:
		return " (practice)"
	}
	return ""
}

// writeCoaching says, for a practice session, that it was one and which hints
// the trainee was shown.
func writeCoaching(w io.Writer, d history.SessionDetail) {
	if d.Mode != history.ModePractice && len(d.Hints) == 0 {
		return
	}
	fmt.Fprintf(w, "Practice mode, %s shown\n", plural(len(d.Hints), "hint"))
	for _, h := range d.Hints {
		fmt.Fprintf(w, "  after turn %d: %s\n", h.Turn, termSafe(h.Text))
	}
}
