package scenarios

import (
	"errors"
	"testing"
)

func TestDiagnosticString(t *testing.T) {
	tests := []struct {
		d    Diagnostic
		want string
	}{
		{Diagnostic{Path: "a.yaml", Line: 3, Col: 7, Msg: "difficulty 7 is out of range"}, "a.yaml:3:7: difficulty 7 is out of range"},
		{Diagnostic{Path: "big.yaml", Msg: "file is 2.0 MiB"}, "big.yaml: file is 2.0 MiB"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

func TestDiagnosticsAsError(t *testing.T) {
	ds := Diagnostics{{Path: "a.yaml", Line: 1, Col: 1, Msg: "one"}, {Path: "a.yaml", Line: 2, Col: 3, Msg: "two"}}
	if got, want := ds.Error(), "a.yaml:1:1: one\na.yaml:2:3: two"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(ds.Err(), ErrInvalid) {
		t.Error("errors.Is(diagnostics, ErrInvalid) = false, want true")
	}
	if errors.Is(ds.Err(), ErrNotFound) {
		t.Error("diagnostics must not match ErrNotFound")
	}
	if err := Diagnostics(nil).Err(); err != nil {
		t.Errorf("empty Diagnostics.Err() = %v, want nil", err)
	}
}
