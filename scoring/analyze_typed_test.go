package scoring

import (
	"slices"
	"testing"

	"maps"
)

// Every typed form reads as its word without breaking the readers that go
// back to the text: the time phrases read their words' spelling from the
// text itself, so a form standing for a time word ("tmrw") would slice past
// the form. Each form is read inside and around time phrases.
func TestTypedFormsReadBesideTimes(t *testing.T) {
	for _, form := range slices.Sorted(maps.Keys(typedForms)) {
		for _, text := range []string{
			"I'll ring you " + form + " at 5, " + form + " Friday.",
			form + " tomorrow by 10am " + form,
			"by " + form + " next week " + form + " in 3 days",
			"i'll get it redelivered " + form,
		} {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%q: Analyze panicked: %v", text, r)
					}
				}()
				Analyze(text)
			}()
		}
	}
}

// A typed form has the reading of its word: "cos" is "because", "youll" is
// "you'll".
func TestMoreTypedFormsReadAsTheirWord(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "youll have had an email about it back in June", word: "had", actor: actCustomer, aspect: aspWill, lemma: "have"},
	})
	checkReadings(t, []reading{
		{text: "it broke cos u dropped it", has: blame},
	})
}

// "u" with its auxiliary joined ("u'd", "u'll", "u've", "u're") is "you"
// with it, however its apostrophe or capital is typed.
func TestTypedYouWithItsAuxiliary(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "rotas are done by head office, u'd have to take that up w them", word: "take", actor: actCustomer, aspect: aspWould, lemma: "take"},
		{text: "U’ll get a text when it's on its way", word: "get", actor: actCustomer, aspect: aspWill, lemma: "get"},
		{text: "u've booked the wrong day", word: "booked", actor: actCustomer, aspect: aspDone, lemma: "book"},
	})
	checkReadings(t, []reading{
		{text: "rotas are done by head office, u'd have to take that up w them", has: blame},
	})
}
