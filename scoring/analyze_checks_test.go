package scoring

import (
	"math"
	"testing"
)

// TestAmountValueMatchesParseAmount checks amountValue's reading of whole
// numbers by hand against parseAmount, over the key of every number in
// every labelled utterance and bench text, and keys at its edges.
func TestAmountValueMatchesParseAmount(t *testing.T) {
	keys := []string{"", "0", "25", "007", "1,200", "1,2,3", "1,,", ",5", "4.99", "1,000.50", "5.",
		"999999999999999", "9999999999999999", "1,000,000,000,000", "12345678901234567890", "1e5", "0x10", "inf"}
	for _, text := range append(labelledTexts(t), benchTexts...) {
		var tk tokenizer
		tk.tokenize(text)
		for _, tok := range tk.toks {
			if tok.num {
				keys = append(keys, tk.key(tok))
			}
		}
	}
	if len(keys) < 1000 {
		t.Fatalf("checked only %d numbers", len(keys))
	}
	for _, k := range keys {
		got, gotOK := amountValue(k)
		want, wantOK := parseAmount(k)
		if gotOK != wantOK || math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("amountValue(%q) = %v, %v; parseAmount %v, %v", k, got, gotOK, want, wantOK)
		}
	}
}
