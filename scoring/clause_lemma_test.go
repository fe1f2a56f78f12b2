package scoring

import "testing"

// TestVerbFormsHoldEveryKnownForm holds verbForms to what verbAt assumes when
// it reads a word verbForms lacks by lemmaByRule: that irregularVerbs and
// knownForms, which lemma looks in first, hold none of it.
func TestVerbFormsHoldEveryKnownForm(t *testing.T) {
	for _, forms := range []map[string]string{irregularVerbs, knownForms} {
		for form, base := range forms {
			if _, ok := verbForms[form]; !ok {
				t.Errorf("verbForms lacks %q (base %q)", form, base)
			}
		}
	}
}
