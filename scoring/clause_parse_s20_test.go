package scoring

import "testing"

// After a subject naming people, a word that is both a noun and a verb is
// their verb when its object follows: people are not a noun's modifier, as
// "customer" is in "customer order".
func TestPeopleThenVerbWithItsObject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "A lot of people order the wrong size without measuring.", word: "order", actor: actCustomers, aspect: aspHabit, lemma: "order"},
		{text: "A lot of people fit the blinds without measuring twice.", word: "fit", actor: actCustomers, aspect: aspHabit, lemma: "fit"},
		{text: "Most people on this tariff book the early slot.", word: "book", actor: actCustomers, aspect: aspHabit, lemma: "book"},
	})
}

// "Doing" after "been" is a progressive, as "keeping" is: it is listed for
// its lemma, not as a past form, so it makes no passive.
func TestBeenDoingIsProgressive(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Have you been doing a lot of short runs?", word: "doing", actor: actCustomer, aspect: aspNow, lemma: "do"},
		{text: "Have you been keeping the insulin in the fridge door?", word: "keeping", actor: actCustomer, aspect: aspNow, lemma: "keep"},
		{text: "The job has been done twice.", word: "done", actor: actThing, aspect: aspDone, lemma: "do", passive: true},
	})
}

// After people named in a phrase, a verb the dictionary knows before "to"
// is theirs: "most of our customers manage to upload".
func TestPeopleThenVerbBeforeTo(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Most of our customers manage to upload their photos.", word: "manage", actor: actCustomers, aspect: aspHabit, lemma: "manage"},
		{text: "A lot of our members tend to book early.", word: "book", actor: actCustomers, aspect: aspHabit, lemma: "book"},
	})
}

// A relative clause without "that" and without an auxiliary ends where a
// negation or a word of frequency opens the main verb: "the transfer you
// booked | no longer lines up"; "no longer" is the verb group's negation.
func TestRelativeEndsAtNegationBeforeTheVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The transfer you booked no longer lines up.", word: "lines", actor: actThing, aspect: aspPresent, lemma: "line"},
		{text: "The voucher you bought no longer works online.", word: "works", actor: actThing, aspect: aspPresent, lemma: "work"},
	})
}

// "There" after "someone" places the pronoun: "someone there | must've
// taken it in" has its verb after it.
func TestSomeoneThereKeepsItsVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "So someone there must've taken it in.", word: "taken", actor: actThird, aspect: aspMust, lemma: "take"},
		{text: "Somebody here will ring you back.", word: "ring", actor: actThird, aspect: aspWill, lemma: "ring"},
	})
}

// "Your" before an article is "you're" typed: no possessive comes before
// "the" or "a". "ur the one who picked the fare" is the customer, with be.
func TestYourBeforeAnArticleIsYoure(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "ur the one who picked the non-flex fare", word: "one", actor: actCustomer, aspect: aspState, lemma: ""},
		{text: "Your the one who booked it.", word: "one", actor: actCustomer, aspect: aspState, lemma: ""},
	})
}

// "Given what happened" weighs the circumstances before our clause; it is
// no verb of the customer's: "given what's happened | I've waived the fee".
func TestGivenFramesTheClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "But given what's happened I've waived the early exit fee.", word: "waived", actor: actAgent, aspect: aspDone, lemma: "waive"},
		{text: "And given the circumstances we'll refund it in full.", word: "refund", actor: actAgent, aspect: aspWill, lemma: "refund"},
	})
}

// A site, app or platform the customer chose to use is a firm of theirs, a
// third party, as the engineer they hired is: "the booking site you used |
// never passed us your flight number".
func TestServiceYouUsedIsAThirdParty(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The booking site you used never passed us your flight number.", word: "passed", actor: actThird, aspect: aspDone, lemma: "pass"},
		{text: "The website you used sent the wrong date.", word: "sent", actor: actThird, aspect: aspDone, lemma: "send"},
	})
}
