package scenarios

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBuiltinIsCleanAndSorted(t *testing.T) {
	list, err := Builtin()
	if err != nil {
		t.Fatalf("built-in library has problems:\n%v", err)
	}
	if len(list) == 0 {
		t.Fatal("built-in library is empty")
	}
	for i, s := range list {
		if !s.IsBuiltin() || !strings.HasPrefix(s.Source, "builtin:library/") {
			t.Errorf("Source = %q, want builtin:library/NAME.yaml", s.Source)
		}
		if i > 0 {
			prev := list[i-1]
			if prev.Difficulty > s.Difficulty || (prev.Difficulty == s.Difficulty && prev.ID >= s.ID) {
				t.Errorf("%s (difficulty %d) listed after %s (difficulty %d)", s.ID, s.Difficulty, prev.ID, prev.Difficulty)
			}
		}
	}
}

// writeUserDir makes a user folder from name -> content.
func writeUserDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func withID(t *testing.T, id string) string {
	return strings.Replace(string(readValid(t)), "id: late-delivery-anniversary", "id: "+id, 1)
}

func TestLoadLibrarySkipsBrokenAndClashingUserFiles(t *testing.T) {
	builtin, _ := Builtin()
	dir := writeUserDir(t, map[string]string{
		"mine.yaml":   withID(t, "my-own-case"),
		"broken.yaml": "id: broken\n",
		"clash.yml":   string(readValid(t)),
		"notes.txt":   "ignored",
	})
	lib, diags := LoadLibrary(dir)
	if got, want := len(lib.All()), len(builtin)+1; got != want {
		t.Errorf("library holds %d scenarios, want %d", got, want)
	}
	if _, err := lib.Get("my-own-case"); err != nil {
		t.Errorf("user scenario missing: %v", err)
	}
	paths := map[string]bool{}
	for _, d := range diags {
		paths[filepath.Base(d.Path)] = true
	}
	if diff := cmp.Diff(map[string]bool{"broken.yaml": true, "clash.yml": true}, paths); diff != "" {
		t.Errorf("files with diagnostics (-want +got):\n%s", diff)
	}
	clash := diags[len(diags)-1]
	if clash.Line != 2 || !strings.Contains(clash.Msg, `is already used by builtin:library/`) {
		t.Errorf("clash diagnostic = %s", clash)
	}
}

func TestLoadLibraryWithoutUserDir(t *testing.T) {
	for _, dir := range []string{"", filepath.Join(t.TempDir(), "missing")} {
		lib, diags := LoadLibrary(dir)
		if len(diags) > 0 || len(lib.All()) == 0 {
			t.Errorf("LoadLibrary(%q): %d scenarios, diagnostics %v", dir, len(lib.All()), diags)
		}
	}
}

func TestLibraryGetUnknownID(t *testing.T) {
	lib, _ := LoadLibrary("")
	_, err := lib.Get("no-such-case")
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), `"no-such-case"`) {
		t.Errorf("Get error = %v, want ErrNotFound naming the id", err)
	}
}

func TestLoad(t *testing.T) {
	broken := filepath.Join(writeUserDir(t, map[string]string{"b.yaml": "id: 5\n"}), "b.yaml")
	tests := []struct {
		name    string
		arg     string
		wantID  string
		wantErr error
	}{
		{"library id", "late-delivery-anniversary", "late-delivery-anniversary", nil},
		{"path", validPath, "late-delivery-anniversary", nil},
		{"unknown id", "nope", "", ErrNotFound},
		{"broken file", broken, "", ErrInvalid},
		{"missing file", "missing.yaml", "", ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Load(tt.arg, nil)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr != nil) != (err != nil) {
				t.Fatalf("Load(%q) error = %v, want %v", tt.arg, err, tt.wantErr)
			}
			if err == nil && s.ID != tt.wantID {
				t.Errorf("id = %q, want %q", s.ID, tt.wantID)
			}
		})
	}
}

func TestLintFilesReportsUnreadablePathsAndDuplicates(t *testing.T) {
	dir := writeUserDir(t, map[string]string{"a.yaml": withID(t, "same"), "b.yaml": withID(t, "same")})
	diags, err := LintFiles([]string{dir, filepath.Join(dir, "a.yaml"), "no-such.yaml"})
	want := []string{filepath.Join(dir, "b.yaml") + `:2:5: id "same" is already used by ` + filepath.Join(dir, "a.yaml") + "; give this scenario its own id"}
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	if err == nil || err.Error() != "no-such.yaml: no such file or folder" {
		t.Errorf("error = %v, want one sentence about no-such.yaml", err)
	}
}
