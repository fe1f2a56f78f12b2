package scoring

import "testing"

// TestVetoRowsAcceptAsRowsTest checks the veto rows' index against the
// rows' own bit tests (matches, without the check) on every clause of the
// corpus, for every slot: a row the index leaves out would never veto, and
// one it lets in would cost a call.
func TestVetoRowsAcceptAsRowsTest(t *testing.T) {
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		for k := range compiledRules.vetoes {
			v := &compiledRules.vetoes[k]
			got := v.accepting(c)
			for i := range v.rows {
				r := v.rows[i]
				r.words = nil // the bit tests alone
				if want := az.matches(&r, c); want != (got&(1<<i) != 0) {
					t.Errorf("%q: veto row %s, slot %d: index accepts %v, row tests %v", text, r.row.name, k, !want, want)
				}
			}
		}
	})
}
