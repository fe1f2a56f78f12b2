package scenarios

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseAcceptsUTF8ByteOrderMark(t *testing.T) {
	data := append([]byte("\ufeff"), readValid(t)...)
	s, diags := Parse("bom.yaml", data)
	if len(diags) > 0 {
		t.Fatalf("a file saved with a byte order mark was refused:\n%v", diags)
	}
	if s.ID != "late-delivery-anniversary" {
		t.Errorf("id = %q, want late-delivery-anniversary", s.ID)
	}
}

func TestParseAcceptsYAMLDirective(t *testing.T) {
	for _, head := range []string{"%YAML 1.1\n---\n", "%YAML 1.2\n---\n", "\ufeff%YAML 1.1\n---\n"} {
		s, diags := Parse("directive.yaml", append([]byte(head), readValid(t)...))
		if len(diags) > 0 {
			t.Errorf("%q before the scenario was refused:\n%v", head, diags)
			continue
		}
		if s.ID != "late-delivery-anniversary" {
			t.Errorf("%q: id = %q, want late-delivery-anniversary", head, s.ID)
		}
	}
}

func TestParseByteOrderMarkKeepsPositions(t *testing.T) {
	_, diags := Parse("bom.yaml", []byte("\ufeffid: x\nbogus: 1\n"))
	for _, d := range diags {
		if strings.Contains(d.Msg, `unknown key "bogus"`) {
			if d.Line != 2 || d.Col != 1 {
				t.Errorf("unknown key at %d:%d, want 2:1", d.Line, d.Col)
			}
			return
		}
	}
	t.Errorf("no unknown-key diagnostic in:\n%v", diags)
}

func TestGetReportsUserScenarioLintErrorNotMissingID(t *testing.T) {
	bad := strings.Replace(withID(t, "my-broken-case"), "difficulty: 2", "difficulty: 9", 1)
	dir := writeUserDir(t, map[string]string{
		"mine.yaml":       bad,
		"unreadable.yaml": "id: [\n",
	})
	lib, _ := LoadLibrary(dir)
	for _, id := range []string{"my-broken-case", "mine", "unreadable"} {
		_, err := lib.Get(id)
		if !errors.Is(err, ErrInvalid) || errors.Is(err, ErrNotFound) {
			t.Errorf("Get(%q) = %v, want the file's own problems (ErrInvalid)", id, err)
			continue
		}
		var diags Diagnostics
		if !errors.As(err, &diags) || diags[0].Line == 0 || !strings.HasPrefix(diags[0].String(), dir) {
			t.Errorf("Get(%q) = %v, want path:line:col diagnostics", id, err)
		}
	}
	if _, err := lib.Get("late-delivery-anniversary"); err != nil {
		t.Errorf("a built-in id is shadowed by a broken user file: %v", err)
	}
	if _, err := lib.Get("no-such-case"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get(unknown) = %v, want ErrNotFound", err)
	}
	if got := filepath.Base(dir); got == "" {
		t.Fatal("no dir")
	}
}
