package scoring

import (
	"reflect"
	"testing"
)

// TestPageChecksAreTheirRows checks each page's table of checks against its
// rows: addRowsOf calls a row's check from the table and reads the row only
// on a match, so a check filed under another row's bit would run the wrong
// check and add the wrong kind.
func TestPageChecksAreTheirRows(t *testing.T) {
	for a := range compiledRules.adds {
		for asp := range compiledRules.adds[a] {
			for sh := range compiledRules.adds[a][asp] {
				for pi := range compiledRules.adds[a][asp][sh].pages {
					p := &compiledRules.adds[a][asp][sh].pages[pi]
					for i := range pageRows {
						check := p.checks[i/64][i%64]
						if i >= len(p.rows) {
							if check != nil {
								t.Errorf("bucket %d/%d/%d page %d: a check at %d, past its %d rows", a, asp, sh, pi, i, len(p.rows))
							}
							continue
						}
						if reflect.ValueOf(check).Pointer() != reflect.ValueOf(p.rows[i].words).Pointer() {
							t.Errorf("bucket %d/%d/%d page %d: row %q has another row's check", a, asp, sh, pi, p.rows[i].row.name)
						}
					}
				}
			}
		}
	}
}
