package scenarios

import (
	"strconv"
	"strings"
	"testing"
)

// TestUnclosedFlowCollectionIsReportedWhereTheBracketIsMissing: the YAML
// reader notices a missing '}' or ']' only at the next line; lint names the
// line the bracket belongs on.
func TestUnclosedFlowCollectionIsReportedWhereTheBracketIsMissing(t *testing.T) {
	valid, err := libraryFS.ReadFile("library/late-delivery-anniversary.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, from, to string
		want           string
	}{
		{"mapping", "mood: {frustration: 70, trust: 40, patience: 6}", "mood: {frustration: 70, trust: 40, patience: 6",
			"the mapping opened at line %d, column 9 is not closed; add '}' here"},
		{"list", "wants: [acknowledgement, refund, assurance]", "wants: [acknowledgement, refund, assurance",
			"the list opened at line %d, column 10 is not closed; add ']' here"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := string(valid)
			if !strings.Contains(text, tt.from) {
				t.Fatalf("the library file no longer contains %q", tt.from)
			}
			text = strings.Replace(text, tt.from, tt.to, 1)
			line := 1 + strings.Count(text[:strings.Index(text, tt.to)], "\n")
			col := len(lineAt(text, line)) + 1
			_, diags := Parse("x.yaml", []byte(text))
			if len(diags) != 1 {
				t.Fatalf("got %d diagnostics, want 1: %v", len(diags), diags)
			}
			d := diags[0]
			if d.Line != line || d.Col != col {
				t.Errorf("reported at %d:%d, want %d:%d (end of the line missing its bracket)", d.Line, d.Col, line, col)
			}
			if want := "YAML syntax error: " + strings.Replace(tt.want, "%d", strconv.Itoa(line), 1); d.Msg != want {
				t.Errorf("message %q, want %q", d.Msg, want)
			}
		})
	}
}

func lineAt(text string, n int) string { return strings.Split(text, "\n")[n-1] }
