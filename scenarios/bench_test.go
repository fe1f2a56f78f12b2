package scenarios

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
)

// benchFiles writes n valid scenario files that differ only in their id, so the
// linter does the full work on each (and the duplicate-id check finds nothing).
func benchFiles(b *testing.B, n int) (string, []string) {
	b.Helper()
	data, err := os.ReadFile(validPath)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	files := make([]string, n)
	for i := range files {
		text := strings.Replace(string(data), "id: late-delivery-anniversary", fmt.Sprintf("id: generated-case-%04d", i), 1)
		files[i] = filepath.Join(dir, fmt.Sprintf("case-%04d.yaml", i))
		if err := os.WriteFile(files[i], []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir, files
}

// BenchmarkLintLibrary lints 1,000 scenario files in one folder, as
// 'turnaround lint FOLDER' does. Target: at most 1 s per run on one core (-cpu 1).
func BenchmarkLintLibrary(b *testing.B) {
	dir, _ := benchFiles(b, 1000)
	for b.Loop() {
		diags, err := LintFiles([]string{dir})
		if err != nil || len(diags) > 0 {
			b.Fatalf("generated files should be clean: %v %v", err, diags)
		}
	}
}

// BenchmarkUnmarshalLibrary is the baseline: read the same 1,000 files and decode
// them with a plain yaml.Unmarshal, with no checks and no positions.
func BenchmarkUnmarshalLibrary(b *testing.B) {
	_, files := benchFiles(b, 1000)
	for b.Loop() {
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				b.Fatal(err)
			}
			var v any
			if err := yaml.Unmarshal(data, &v); err != nil {
				b.Fatal(err)
			}
		}
	}
}
