package scoring

import "testing"

// TestClauseRulesNameKnownLists: every verb list and word check a row of
// clauseRules names exists, so a typo in the table fails here, not at run time.
func TestClauseRulesNameKnownLists(t *testing.T) {
	for _, r := range clauseRules {
		for _, name := range []string{r.verbs, r.except} {
			if _, ok := verbLists[name]; name != "" && !ok {
				t.Errorf("row %q names verb list %q, which does not exist", r.name, name)
			}
		}
		if _, ok := clauseWords[r.words]; r.words != "" && !ok {
			t.Errorf("row %q names word check %q, which does not exist", r.name, r.words)
		}
		if r.name == "" || r.kind == "" {
			t.Errorf("row %+v needs a kind and a name", r)
		}
	}
}

// TestClauseWordIDsAreKnown checks the word ids the clause reader compares
// tokens with: an id of 0 would match every word no pattern knows.
func TestClauseWordIDsAreKnown(t *testing.T) {
	for w, id := range map[string]int32{"that": idThat, "yourself": idYourself, "your": idYour, "yours": idYours, "no": idNo} {
		if id == 0 {
			t.Errorf("%q has no word id, so comparing with it would match every unknown word", w)
		}
	}
}
