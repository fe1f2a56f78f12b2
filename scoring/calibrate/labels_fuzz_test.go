package calibrate

import (
	"os"
	"strings"
	"testing"
)

// FuzzReadLabels checks that no labels file, however broken, panics the reader
// or yields a problem without a position-bearing, non-empty message.
func FuzzReadLabels(f *testing.F) {
	if data, err := os.ReadFile("../../testdata/calibrate/example.csv"); err == nil {
		f.Add(string(data))
	}
	f.Add("transcript,empathy,action_speed,authority_clarity,fairness\na.json,1,2,3,4\n")
	f.Add("transcript,empathy\n\"a.json\",\"1\n")
	f.Fuzz(func(t *testing.T, in string) {
		labels, err := ReadLabels("f.csv", strings.NewReader(in))
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "f.csv") || len(line) < len("f.csv: x") {
					t.Fatalf("problem %q does not name the file", line)
				}
			}
		}
		if _, err := CheckScale("f.csv", labels, 0); err != nil && !strings.HasPrefix(err.Error(), "f.csv:") {
			t.Fatalf("scale problem %q does not name the file", err)
		}
	})
}
