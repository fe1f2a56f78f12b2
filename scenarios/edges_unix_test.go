//go:build unix

package scenarios

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// within fails the test when f does not return in time, instead of hanging the run.
func within(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s did not return within 5 s", what)
	}
}

// userDirWithSpecialFiles holds a valid scenario, a named pipe nobody writes to
// and a link to an endless device, all with scenario names.
func userDirWithSpecialFiles(t *testing.T) string {
	t.Helper()
	dir := writeUserDir(t, map[string]string{"mine.yaml": withID(t, "my-own-case")})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.yml")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestLoadLibrarySkipsFIFOAndDeviceWithWarning(t *testing.T) {
	dir := userDirWithSpecialFiles(t)
	var lib *Library
	var diags Diagnostics
	within(t, "LoadLibrary", func() { lib, diags = LoadLibrary(dir) })
	if _, err := lib.Get("my-own-case"); err != nil {
		t.Errorf("the regular user scenario was not loaded: %v", err)
	}
	if _, err := lib.Get("late-delivery-anniversary"); err != nil {
		t.Errorf("a built-in id is not found: %v", err)
	}
	want := []string{
		filepath.Join(dir, "pipe.yaml") + ": skipped: this is a named pipe, not a scenario file",
		filepath.Join(dir, "zero.yml") + ": skipped: this is a device, not a scenario file",
	}
	for i, w := range lib.Warnings() {
		if i >= len(want) || w.String() != want[i] {
			t.Errorf("warning %d = %q, want %q", i, w, want[min(i, len(want)-1)])
		}
	}
	if len(lib.Warnings()) != len(want) || len(diags) != len(want) {
		t.Errorf("warnings %v, diagnostics %v; want %d of each", lib.Warnings(), diags, len(want))
	}
}

func TestParseFileRefusesFIFOAndDevice(t *testing.T) {
	dir := userDirWithSpecialFiles(t)
	for name, kind := range map[string]string{"pipe.yaml": "a named pipe", "zero.yml": "a device"} {
		var diags Diagnostics
		within(t, "ParseFile("+name+")", func() { _, diags = ParseFile(filepath.Join(dir, name)) })
		if len(diags) != 1 || !strings.Contains(diags[0].Msg, "this is "+kind) {
			t.Errorf("ParseFile(%s) = %v, want one diagnostic saying it is %s", name, diags, kind)
		}
	}
}

func TestLintFolderNamesFIFO(t *testing.T) {
	dir := userDirWithSpecialFiles(t)
	var err error
	within(t, "expandPaths", func() { _, err = expandPaths([]string{dir}) })
	if err == nil || !strings.Contains(err.Error(), "pipe.yaml: skipped: this is a named pipe") {
		t.Errorf("expandPaths error = %v, want the pipe named", err)
	}
}
