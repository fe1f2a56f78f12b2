package scoring

import "testing"

// TestKindNumbersNameKinds checks, over every labelled utterance and bench
// text, that each candidate's facts carry the number of the kind it has,
// after the veto rows have dropped what they drop: the result passes read
// the kind by that number alone.
func TestKindNumbersNameKinds(t *testing.T) {
	texts := append(labelledTexts(t), benchTexts...)
	az := new(analyzer)
	for _, text := range texts {
		az.readPhrases(text)
		az.applyClauseRules()
		az.findQuestions()
		for i, m := range az.cands {
			f := az.candFacts[i]
			if got := candidateKinds[f.kind()]; got != m.Kind {
				t.Fatalf("%q: candidate %d of kind %s carries the number of %s", text, i, m.Kind, got)
			}
			if f != factsOf(m.Kind) {
				t.Fatalf("%q: candidate %d of kind %s has facts %b, want %b", text, i, m.Kind, f, factsOf(m.Kind))
			}
		}
	}
}

// TestSuppressorNumbers checks the numbered forms of isSuppressor and
// suppressedBy against them, kind by kind.
func TestSuppressorNumbers(t *testing.T) {
	for i, k := range candidateKinds {
		if got := suppressorKinds.has(kindID(i)); got != isSuppressor(k) {
			t.Errorf("%s: numbered as a suppressor %v, want %v", k, got, isSuppressor(k))
		}
		by := suppressedBy(k)
		if len(suppressorsOf[i]) != len(by) {
			t.Fatalf("%s: %d numbered suppressors, want %d", k, len(suppressorsOf[i]), len(by))
		}
		for j, s := range by {
			if candidateKinds[suppressorsOf[i][j]] != s {
				t.Errorf("%s: suppressor %d numbered as %s, want %s", k, j, candidateKinds[suppressorsOf[i][j]], s)
			}
		}
	}
}

// TestKindNumbersFollowNames checks that kinds' numbers compare as their
// names do, which sortOrder relies on to order candidates that start
// together.
func TestKindNumbersFollowNames(t *testing.T) {
	for i, a := range candidateKinds {
		for j, b := range candidateKinds {
			if (i < j) != (a < b) {
				t.Errorf("%s is number %d and %s number %d, out of their names' order", a, i, b, j)
			}
		}
	}
}
