package scoring

import (
	"strings"
	"testing"
)

// TestBareReadsMatchText checks that readBareForms, reading a known word
// typed as it is from bareReads, reads what the word's bytes say, on every
// word of the labelled utterances as readBareForms meets them (read as
// readPhrases reads them up to it), typed as they are and without their
// apostrophes: the table only saves time.
func TestBareReadsMatchText(t *testing.T) {
	checked := 0
	for _, text := range labelledTexts(t) {
		for _, typed := range []string{text, strings.ReplaceAll(text, "'", "")} {
			az := new(analyzer)
			az.tok.tokenize(typed)
			az.tok.dropFillers()
			az.tok.noteCues()
			az.tok.tidySpeech()
			az.tok.dropPoliteness()
			az.dropAgreementTags()
			for i := range az.tok.toks {
				tok := &az.tok.toks[i]
				if tok.odd || tok.id == 0 {
					continue
				}
				if got, want := bareReads[uint(tok.id)%maxSetWord], az.tok.bareReadOfText(tok); got != want {
					t.Errorf("%q in %q: bareReads has %d, its bytes say %d", typed[tok.start:tok.end], typed, got, want)
				}
				checked++
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("checked only %d words", checked)
	}
}
