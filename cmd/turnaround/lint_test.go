package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/lint from the current output")

// lintDir holds one broken scenario per lint rule, each beside its expected output.
const lintDir = "../../testdata/lint"

// run calls a subcommand in-process and returns its exit code and output.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = dispatch(env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut}, args)
	return code, out.String(), errOut.String()
}

// TestLintGolden lints every rule's file (and the duplicate-id folder) and compares
// the printed problems with the .golden file named after the rule.
func TestLintGolden(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join(lintDir, "*.yaml"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no lint fixtures in %s (err %v)", lintDir, err)
	}
	cases = append(cases, filepath.Join(lintDir, "duplicate-id"))
	for _, path := range cases {
		rule := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(rule, func(t *testing.T) {
			code, stdout, stderr := run(t, "lint", path)
			if code != exitInvalid {
				t.Errorf("exit code %d, want %d (stderr %q)", code, exitInvalid, stderr)
			}
			// Show paths from the repository root, as a trainer running lint there sees them.
			got := strings.ReplaceAll(stdout, "../../", "")
			checkGolden(t, filepath.Join(lintDir, rule+".golden"), got)
		})
	}
}

func checkGolden(t *testing.T, goldenPath, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(goldenPath, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", goldenPath, diff)
	}
}

func TestLintExitCodesAndSummary(t *testing.T) {
	tooBig := filepath.Join(t.TempDir(), "huge.yaml")
	if err := os.WriteFile(tooBig, bytes.Repeat([]byte("# padding\n"), 120_000), 0o644); err != nil {
		t.Fatal(err)
	}
	emptyDir := t.TempDir()
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{"valid file", []string{"lint", "../../scenarios/testdata/valid/late-delivery-anniversary.yaml"}, exitOK, "", "1 file OK.\n"},
		{"missing path", []string{"lint", "no/such/file.yaml"}, exitInvalid, "",
			"no/such/file.yaml: no such file or folder\n0 files checked, 0 problems found.\n"},
		{"folder without yaml", []string{"lint", emptyDir}, exitInvalid, "",
			emptyDir + ": folder has no .yaml or .yml files\n0 files checked, 0 problems found.\n"},
		{"file over 1 MiB", []string{"lint", tooBig}, exitInvalid,
			tooBig + ": file is 1.1 MiB; a scenario file may be at most 1 MiB\n", "1 file checked, 1 problem found.\n"},
		{"unknown flag", []string{"lint", "--strict"}, exitUsage, "", ""},
		{"help", []string{"lint", "-h"}, exitOK, "", "usage: turnaround lint [PATH...]\nChecks scenario files and folders; with no PATH, checks the built-in library.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d", code, tt.wantCode)
			}
			if diff := cmp.Diff(tt.wantStdout, stdout); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
			if tt.wantCode != exitUsage {
				if diff := cmp.Diff(tt.wantStderr, stderr); diff != "" {
					t.Errorf("stderr (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// TestLintBuiltinLibrary is the check CI relies on: the shipped library is clean.
func TestLintBuiltinLibrary(t *testing.T) {
	code, stdout, stderr := run(t, "lint")
	if code != exitOK || stdout != "" || !strings.HasSuffix(stderr, " OK.\n") {
		t.Fatalf("lint of the built-in library: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}
