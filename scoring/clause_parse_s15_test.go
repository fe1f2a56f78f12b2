package scoring

import "testing"

// A filler after "and" leaves the verb that shares the subject its own
// clause: "I've gone ahead and, um, cancelled it".
func TestFillerAfterAndBeforeAVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "I've gone ahead and, um, cancelled it.", word: "cancelled", actor: actAgent, aspect: aspDone, lemma: "cancel"},
		{text: "We checked the line and, uh, replaced the router.", word: "replaced", actor: actAgent, aspect: aspDone, lemma: "replace"},
	})
}

// A start broken off with a filler and said again is read from where it is
// said again: "we did, um, we did send you the letters", "the meter was, uh,
// it was read in May".
func TestFalseStartSaidAgain(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "We did, um, we did post you the new card.", word: "post", actor: actAgent, aspect: aspDone, lemma: "post"},
		{text: "The meter was, uh, it was read in May.", word: "read", actor: actThing, aspect: aspDone, lemma: "read", passive: true},
		{text: "Did you, um, did you keep the receipt?", word: "keep", actor: actCustomer, aspect: aspDone, lemma: "keep"},
	})
}

// A sentence that opens with "did", "have" or "is" before its subject asks,
// though typed with a full stop: "did you read the terms before you signed
// them." is a question of the customer's act, not a step of ours.
func TestQuestionTypedWithAFullStop(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Did you read the terms before you signed them.", word: "read", actor: actCustomer, aspect: aspDone, lemma: "read"},
		{text: "So, um, have you checked the fuse box.", word: "checked", actor: actCustomer, aspect: aspDone, lemma: "check"},
	})
	checkReadings(t, []reading{
		{text: "Did you read the terms before you signed them.", hasNot: step},
		{text: "Did you actually read the contract before you signed it, because the price rise is right there in the terms.", has: blame},
		{text: "Had you told us sooner, we would have held the room.", hasNot: step},
	})
}

// A determiner or preposition said again after a filler goes on with its
// phrase: "we can't do anything about the, er, the weather" is one clause.
func TestWordSaidAgainKeepsItsClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "We can't do anything about the, er, the weather at the port.", word: "weather", actor: actAgent, aspect: aspCould, lemma: "do"},
		{text: "So the, uh, the reading was typed in wrong.", word: "typed", actor: actThing, aspect: aspDone, lemma: "type", passive: true},
	})
}

// A subject said again after a filler starts its clause again where it is
// said again: "so I'd, er, I'd need you to" is read as "so I'd need you to"
// (the word begun twice is said once; see dropFillers).
func TestSubjectSaidAgainAfterAFiller(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "So I'd, er, I'd need you to send it back.", word: "need", actor: actAgent, aspect: aspWould, lemma: "need"},
	})
}

// "'s come" with a particle or a preposition after it is "has come": "the
// form's come back without a signature".
func TestApostropheSCome(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The form's come back without a signature.", word: "come", actor: actThing, aspect: aspDone, lemma: "come"},
		{text: "The part's come from Italy.", word: "come", actor: actThing, aspect: aspDone, lemma: "come"},
	})
	checkReadings(t, []reading{
		{text: "The claim form's come back without a signature.", has: blame, hasNot: step},
		{text: "Your refund's come through this morning.", has: step},
	})
}

// "Of" typed for "'ve" after a modal is "have": "you must of put the wrong
// day in", "you should of told us".
func TestModalOfTypedForHave(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "u must of put the wrong day in", word: "put", actor: actCustomer, aspect: aspMust, lemma: "put"},
		{text: "You could of entered the old code.", word: "entered", actor: actCustomer, aspect: aspCould, lemma: "enter"},
	})
	checkReadings(t, []reading{
		{text: "u must of typed the wrong email when u signed up", has: blame},
		{text: "Of course we can help.", hasNot: blame},
	})
}

// In chat an emoji before a capital ends a sentence as a full stop would:
// "sadly 🚧 We'll retry tomorrow" is two sentences; before a small letter it
// is a pause.
func TestEmojiBeforeACapitalEndsASentence(t *testing.T) {
	if got := Analyze("The roadworks blocked your street, sadly 🚧 We'll retry tomorrow.").Sentences; got != 2 {
		t.Errorf("sentences = %d, want 2", got)
	}
	if got := Analyze("thanks 😊 i've refunded it").Sentences; got != 1 {
		t.Errorf("sentences = %d, want 1", got)
	}
	checkReadings(t, []reading{
		{text: "The council's roadworks are why the driver couldn't get down your street 🚧 We'll retry tomorrow.", has: blame},
	})
}
