package scenarios

import (
	"os"
	"strings"
	"testing"
)

// TestFormatDocMatchesCode keeps FORMAT.md honest: every beat and every fallback
// the simulator uses is in the trainer's documentation, as written in the code.
func TestFormatDocMatchesCode(t *testing.T) {
	raw, err := os.ReadFile("FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	for _, beat := range BeatNames {
		if !strings.Contains(doc, "| `"+beat+"` |") {
			t.Errorf("FORMAT.md has no row for beat %s", beat)
		}
	}
	for from, to := range BeatFallback {
		if !strings.Contains(doc, "| `"+from+"` | `"+to+"`") {
			t.Errorf("FORMAT.md does not say %s falls back to %s", from, to)
		}
	}
	for _, p := range Placeholders {
		if !strings.Contains(doc, "| `{"+p+"}` |") {
			t.Errorf("FORMAT.md has no row for placeholder {%s}", p)
		}
	}
	for _, kinds := range [][]string{FailureKinds, ActionKinds, Wants, MoodBands, Channels} {
		for _, k := range kinds {
			if !strings.Contains(doc, "`"+k+"`") {
				t.Errorf("FORMAT.md never mentions %q", k)
			}
		}
	}
}
