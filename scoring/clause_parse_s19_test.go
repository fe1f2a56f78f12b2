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

// A phrase opened by a verb's form in -ing after the subject's noun belongs
// to the subject, and the main verb comes after it: "the lad delivering your
// parcel | left it", "accounts streaming on four screens | get paused".
// "The policy wording you signed" is a noun and a relative clause.
func TestParticiplePhraseInsideTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The lad delivering your parcel left it with a neighbour.", word: "left", actor: actThing, aspect: aspDone, lemma: "leave"},
		{text: "Kids jumping on a pocket-sprung mattress will do that to the springs.", word: "do", actor: actThird, aspect: aspWill, lemma: "do"},
		{text: "The engineer fixing your boiler found a leak under the sink.", word: "found", actor: actAgent, aspect: aspDone, lemma: "find"},
	})
}

// After a form of be, a relative clause without "that" may hold a
// participle in -ing: "the charge you're seeing | is the pending hold".
func TestProgressiveRelativeInsideTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The charge you're seeing is the pending hold.", word: "is", actor: actThing, aspect: aspState, lemma: ""},
		{text: "The address you're using doesn't match the one on file.", word: "match", actor: actThing, aspect: aspPresent, lemma: "match"},
	})
}

// "Which is when" opens one result clause, as "which is why" does: the
// "when" after it opens no clause of time of its own.
func TestWhichIsWhenIsOneClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The direct debit bounced in January, which is when the cover lapsed.", word: "lapsed", actor: actThing, aspect: aspState, lemma: ""},
	})
}

// "By any chance" said inside a question's verb group leaves the verb after
// it the main one: "have you by any chance been sharing the login".
func TestByAnyChanceInsideTheVerbGroup(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Have you by any chance been sharing the login with anyone?", word: "sharing", actor: actCustomer, aspect: aspNow, lemma: "share"},
	})
}

// "Next time" opening a sentence is a frame with or without its comma: the
// clause after it has its own subject.
func TestNextTimeWithoutItsComma(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Next time it's worth checking in online the day before.", word: "worth", actor: actThing, aspect: aspState, lemma: ""},
	})
	checkReadings(t, []reading{
		{text: "Next time it's worth checking in online the day before, then this won't happen.", has: blame},
		{text: "Next time we'll send the engineer with the part.", hasNot: blame},
	})
}

// A relative clause without "that" may end on its preposition before a
// document's verb: "the terms you agreed to | say no refunds". "The form you
// need to fill in" keeps its infinitive.
func TestRelativeEndingOnItsPreposition(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The terms you agreed to say no refunds after fourteen days.", word: "say", actor: actThing, aspect: aspPresent, lemma: "say"},
		{text: "The form you need to fill in is attached.", word: "attached", actor: actThing, aspect: aspDone, lemma: "attach", passive: true},
	})
}

// "Before you" right after a noun, with a negation or a word of habit next,
// says which one, not when: "the tenant before you | never closed the
// account". With a verb already in the clause, it opens a clause of time.
func TestBeforeYouAfterANoun(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The tenant before you never closed the account.", word: "closed", actor: actThird, aspect: aspDone, lemma: "close"},
		{text: "The engineer called before you never answered the door.", word: "called", actor: actAgent, aspect: aspDone, lemma: "call"},
	})
}
