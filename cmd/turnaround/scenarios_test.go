package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const validScenario = "../../scenarios/testdata/valid/late-delivery-anniversary.yaml"

// userDirWith builds a user scenario folder: a valid scenario with a new id, a
// broken one, and one whose id clashes with a built-in scenario.
func userDirWith(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(validScenario)
	if err != nil {
		t.Fatal(err)
	}
	own := strings.Replace(string(data), "id: late-delivery-anniversary", "id: zz-trainer-own", 1)
	own = strings.Replace(own, "difficulty: 2", "difficulty: 5", 1)
	return writeFiles(t, map[string]string{
		"own.yml":     own,
		"broken.yaml": "id: broken\ndifficulty: [\n",
		"clash.yaml":  string(data),
		"notes.txt":   "not a scenario, ignored",
	})
}

func TestScenariosListsBuiltinAndUser(t *testing.T) {
	dir := userDirWith(t)
	code, stdout, stderr := run(t, "scenarios", "--dir", dir)
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimRight(stdout, "\n"), "\n")
	if got := strings.Fields(lines[0]); !cmp.Equal(got, []string{"ID", "TITLE", "DIFFICULTY", "FAILURE", "SOURCE"}) {
		t.Errorf("header = %q", lines[0])
	}
	last := lines[len(lines)-1]
	fields := strings.Fields(last)
	if fields[0] != "zz-trainer-own" || !cmp.Equal(fields[len(fields)-3:], []string{"5", "late-delivery", "user"}) {
		t.Errorf("user scenario (difficulty 5) should be listed last, got %q", last)
	}
	col := strings.Index(lines[0], "TITLE")
	for _, l := range lines[1:] {
		if l[col-2:col] != "  " || l[col] == ' ' {
			t.Errorf("title column not aligned at %d in %q", col, l)
		}
	}
	for _, want := range []string{
		filepath.Join(dir, "broken.yaml") + ":2:13: YAML syntax error",
		filepath.Join(dir, "clash.yaml") + `:2:5: id "late-delivery-anniversary" is already used by builtin:library/`,
		"left out 2 files with problems",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

// The default folder is missing until a trainer saves a scenario, so that is no
// error; a folder named with --dir must exist (TestScenariosMissingDirIsUsageError).
func TestScenariosMissingDefaultUserDirIsNotAnError(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	code, stdout, stderr := run(t, "scenarios")
	if code != exitOK || stderr != "" || !strings.Contains(stdout, "built-in") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}

func TestScenariosRejectsArguments(t *testing.T) {
	code, _, stderr := run(t, "scenarios", "extra")
	if code != exitUsage || !strings.Contains(stderr, `unexpected argument "extra"`) {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}
