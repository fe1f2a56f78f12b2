package scoring

import "testing"

// "Everything" or "something" followed by a relative clause without "that"
// is one subject: "everything you needed | was spelled out" reads a passive
// of spell, not a clause with no verb.
func TestIndefiniteWithAContactRelativeIsOneSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Everything you needed was spelled out in the booking confirmation.", word: "spelled", actor: actThing, aspect: aspDone, lemma: "spell", passive: true},
		{text: "Everything we sent has arrived.", word: "arrived", actor: actThing, aspect: aspDone, lemma: "arrive"},
		{text: "Everything on our side is fine.", word: "is", actor: actThing, aspect: aspState},
	})
}

// A phrase after the subject's noun may be followed by an adverb before the
// verb: "the card in the box | clearly says", "the man at the desk |
// definitely told you".
func TestAdverbAfterAPhraseInTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The card in the box clearly says no bleach.", word: "says", actor: actThing, aspect: aspPresent, lemma: "say"},
		{text: "The man at the desk clearly told you.", word: "told", actor: actThing, aspect: aspDone, lemma: "tell"},
	})
}
