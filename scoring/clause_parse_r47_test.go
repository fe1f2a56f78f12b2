package scoring

import "testing"

// After a person or a pet, 's and a past form is "has": "your cat's chewed
// through the cable" is the cat's act. After a thing it is "is", and the
// thing has it done to it: "the cable's chewed through".
func TestApostropheSAfterAPersonOrPetIsHas(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Your cat's chewed through the aerial cable.", word: "chewed", actor: actThing, aspect: aspDone, lemma: "chew"},
		{text: "Your son's unplugged the router again.", word: "unplugged", actor: actThird, aspect: aspDone, lemma: "unplug"},
		{text: "The cable's chewed through at the back.", word: "chewed", actor: actThing, aspect: aspDone, lemma: "chew", passive: true},
	})
}

// "Round" and "around" are prepositions of place in a subject's phrase: "the
// hard water round your way | is".
func TestRoundIsAPreposition(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The hard water round your way is what's scaling up the boiler.", word: "is", actor: actThing, aspect: aspState},
		{text: "The flats around the corner lost power too.", word: "lost", actor: actThing, aspect: aspDone, lemma: "lose"},
	})
}

// "Double" and "triple" before a verb say how it was done: "have you double
// checked | the date?" reads "checked" as the verb.
func TestDoubleBeforeAVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Have you double checked the flight date?", word: "checked", actor: actCustomer, aspect: aspDone, lemma: "check"},
		{text: "We triple checked the address before it left.", word: "checked", actor: actAgent, aspect: aspDone, lemma: "check"},
	})
}

// "Prob", "probs" and "prolly", typed fast, are "probably": skipped in the
// verb group as it is. "ur phone's prob blocking | our texts".
func TestTypedProbablyInTheVerbGroup(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "ur phone's prob blocking our texts", word: "blocking", actor: actThing, aspect: aspNow, lemma: "block"},
		{text: "the courier prolly left it round the back", word: "left", actor: actThird, aspect: aspDone, lemma: "leave"},
	})
}

// "And" before "your" and a noun with its verb opens a clause, after a
// clause that has its own verb: "custom cakes need 72 hours' notice | and
// your order came in with 48". A pair of objects stays one clause: "you
// sent the form and your passport on Monday".
func TestAndYourThingOpensAClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Custom cakes need three days' notice and your order came in with two.", word: "came", actor: actThing, aspect: aspDone, lemma: "come"},
		{text: "You sent the form and your passport on Monday.", word: "sent", actor: actCustomer, aspect: aspDone, lemma: "send"},
	})
}
