package scenarios

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to Parse. It must never panic, and what it returns
// must keep its promises: problems in position order, and a scenario without
// problems that the simulator can use (every beat resolves to a line).
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"testdata/valid/*.yaml", lintFixtures + "/*.yaml", lintFixtures + "/*/*.yaml"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
	names, _ := fs.Glob(libraryFS, "library/*.yaml")
	for _, name := range names {
		data, _ := libraryFS.ReadFile(name)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, diags := Parse("fuzz.yaml", data)
		checkDiagnosticOrder(t, diags)
		if len(diags) == 0 {
			checkUsable(t, s)
		}
	})
}

func checkDiagnosticOrder(t *testing.T, diags Diagnostics) {
	for i, d := range diags {
		if d.Msg == "" || d.Line < 0 || d.Col < 0 {
			t.Fatalf("malformed diagnostic %+v", d)
		}
		if i == 0 {
			continue
		}
		prev := diags[i-1]
		if prev.Line > d.Line || (prev.Line == d.Line && prev.Col > d.Col) {
			t.Fatalf("diagnostics out of order: %s before %s", prev, d)
		}
	}
}

func checkUsable(t *testing.T, s *Scenario) {
	if s == nil {
		t.Fatal("no diagnostics but no scenario")
	}
	for _, beat := range BeatNames {
		resolved := s.ResolveBeat(beat)
		if resolved == "" {
			t.Fatalf("valid scenario has no line for beat %s", beat)
		}
		for _, l := range s.Beats[resolved] {
			_ = Fill(s, l.Text, map[string]string{"amount": "1"})
		}
	}
}
