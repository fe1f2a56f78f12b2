package scoring

import "testing"

// A relative clause without "that" told in a perfect stays inside the
// subject, its auxiliaries before its participle: "the cancellation screen
// you'd have seen | says", "the address you'd given us | was".
func TestPerfectRelativeInsideTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The cancellation screen you'd have seen says in bold that access ends straight away.", word: "says", actor: actThing, aspect: aspPresent, lemma: "say"},
		{text: "The email you would have got in March explains the price rise.", word: "explains", actor: actThing, aspect: aspPresent, lemma: "explain"},
		{text: "The forms you've sent back arrived unsigned.", word: "arrived", actor: actThing, aspect: aspDone, lemma: "arrive"},
	})
}
