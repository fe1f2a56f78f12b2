package scenarios

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCaseFactsKeepNameFailureAndFacts(t *testing.T) {
	s, diags := Parse("valid.yaml", readValid(t))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	s.Failure.Repeat = true
	s.Failure.OnFile = []string{"order number", "delivery address"}
	want := []CaseFact{
		{"Customer", "Dana"},
		{"What went wrong", "late delivery, for the second time"},
	}
	for _, f := range s.Failure.Facts {
		want = append(want, CaseFact{Value: f})
	}
	want = append(want, CaseFact{"On file", "order number, delivery address"})
	if diff := cmp.Diff(want, s.CaseFacts()); diff != "" {
		t.Errorf("CaseFacts (-want +got):\n%s", diff)
	}
	if len(s.Failure.Facts) == 0 {
		t.Fatal("the valid scenario has no facts to show")
	}
}
