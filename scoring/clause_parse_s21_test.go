package scoring

import "testing"

// A name's negation opens its verb group: "Royal Mail | never delivered
// it" is the firm, denied, as "Royal Mail didn't" is; so does a bare
// compound's ("Hire firm | never delivered it").
func TestNameThenNeverKeepsTheNegation(t *testing.T) {
	checkDeniedThirdPartyActs(t, "Royal Mail never delivered it.", "Swiftline Couriers never collected it.", "Hire firm never delivered it.")
}

// checkDeniedThirdPartyActs reads each text and checks that the clause
// holding "never" tells a third party's act, done and denied, with a verb
// of its own: "use" or "book" would be a relative clause's verb read as
// the main one.
func checkDeniedThirdPartyActs(t *testing.T, texts ...string) {
	t.Helper()
	for _, text := range texts {
		az, c := clauseOf(t, text, "never")
		if c.actor != actThird || !c.neg || c.aspect != aspDone || c.lemma == "use" || c.lemma == "book" {
			t.Errorf("%q: got actor %d neg %v aspect %d lemma %q over %q; want a third party's act, done and denied",
				text, c.actor, c.neg, c.aspect, c.lemma, spanText(az, c))
		}
	}
}

// A noun phrase set off by commas after a name says who the name is; its
// relative clause ends at the closing comma when the verb group opens
// after it: "TripHopper, the booking site you used, | never passed us".
func TestAppositiveClosedByItsComma(t *testing.T) {
	checkDeniedThirdPartyActs(t,
		"TripHopper, the booking site you used, never passed us your flight number.",
		"Flyaway, the agent you booked through, never sent us the names.")
}

// A compound of up to four plain nouns opening a sentence is its subject,
// even when its first word can give an order ("air"): "Air traffic control
// restrictions | held the aircraft". "No one else" is no compound.
func TestLongCompoundSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Air traffic control restrictions held the aircraft in Palma for four hours.", word: "held", actor: actThird, aspect: aspDone, lemma: "hold"},
		{text: "Dock worker strike action held the ferry in Calais.", word: "held", actor: actThird, aspect: aspDone, lemma: "hold"},
	})
	checkReadings(t, []reading{
		{text: "No one else on the course had a problem logging in.", has: blame},
	})
}

// Only people and firms are hired or employed, so whatever the customer
// hired is a party of theirs, a noun the lexicon does not know among them:
// "the piano tuner you hired". What they used or picked may be a thing.
func TestWhoeverYouHiredIsTheirs(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The piano tuner you hired missed the crack.", word: "missed", actor: actThird, aspect: aspDone, lemma: "miss"},
		{text: "The roofer you employed left the felt loose.", word: "left", actor: actThird, aspect: aspDone, lemma: "leave"},
		{text: "The adapter you used melted the socket.", word: "melted", actor: actThing, aspect: aspDone, lemma: "melt"},
	})
}

// A suggestion without a subject after a statement and its comma ("maybe
// check with your neighbours?", "might be worth giving them a ring?") is
// the only part of the sentence that asks: the statement before it states,
// and a question before it still asks.
func TestSuggestionAfterAStatementAsksAlone(t *testing.T) {
	for _, tc := range []struct{ text, word string }{
		{"nobody else on ur street had a late box today, maybe check with ur neighbours?", "had"},
		{"Sounds like your bank's flagging us as a dodgy merchant, might be worth giving them a ring?", "flagging"},
		{"The courier left it at the depot, worth trying them first?", "left"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if c.question {
			t.Errorf("%q: the clause %q is read as asked; want it stated", tc.text, spanText(az, c))
		}
	}
	az, c := clauseOf(t, "Did you get the email, maybe check your spam?", "get")
	if !c.question {
		t.Errorf("the clause %q is read as stated; want it asked with the sentence", spanText(az, c))
	}
}

// After "nobody else" and a phrase of place, a noun's "'s" before an -ing
// form is "is": "nobody else on your road's | reporting any issues".
func TestNobodyElseThenApostropheS(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Nobody else on your road's reporting any issues with the line.", word: "reporting", actor: actThird, aspect: aspNow, lemma: "report"},
		{text: "Nobody else in the building's seeing any trouble with the lift.", word: "seeing", actor: actThird, aspect: aspNow, lemma: "see"},
	})
}

// A colon after a number ("page 12: hire car cover stops after 14 days")
// opens a clause as any colon does when a clause follows it; a time
// ("at 10:30") has a number after its colon, and opens none.
func TestColonAfterANumberOpensAClause(t *testing.T) {
	checkSpans(t, []spanWant{
		{text: "It's in the policy booklet we sent you, page 12: hire car cover stops after 14 days.", word: "stops", span: "hire car cover stops after 14 days"},
		{text: "The engineer arrives at 10:30 and rings first.", word: "arrives", span: "the engineer arrives at 10 30"},
	})
}

// After a clause of when or a condition with its own verb and object, an
// article, its noun and that noun's verb open the main clause, typed
// without a comma: "once it's left our packing site | the box is ...".
// Right after a verb, the article opens its object: "once you've sent |
// the form".
func TestMainNounPhraseAfterACondition(t *testing.T) {
	checkSpans(t, []spanWant{
		{text: "Once it's left our packing site the box is really the courier's to look after, not ours.", word: "box", span: "the box is really the courier's to look after not ours"},
		{text: "Once you've sent the form the refund goes out.", word: "refund", span: "the refund goes out"},
		{text: "Once you've sent the form the refund goes out.", word: "form", span: "once you've sent the form"},
	})
}

// After a relative clause inside the subject, a present in "-s" that the
// dictionary knows as a verb, before its preposition, is the main verb:
// "the claim reference you've been quoting | belongs to".
func TestRelativeThenPresentBeforeItsPreposition(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The claim reference you've been quoting belongs to a completely different policy.", word: "belongs", actor: actThing, aspect: aspPresent, lemma: "belong"},
		{text: "The code you entered relates to last year's offer.", word: "relates", actor: actThing, aspect: aspPresent, lemma: "relate"},
	})
}

// A demonstrative, its noun, then a past and its particle: "that notice |
// went out in June". The particle is no noun the past describes.
func TestDemonstrativeNounThenPastWithParticle(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "And that notice went out in June.", word: "went", actor: actThing, aspect: aspDone, lemma: "go"},
		{text: "That letter went out on Monday.", word: "went", actor: actThing, aspect: aspDone, lemma: "go"},
	})
}

// A numbered part of a document, then a present in "-s", is the subject
// and its verb, and a rule's: "Condition 7 | requires", "Clause 9 | says".
func TestNumberedPartOfADocument(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Condition 7 requires the car to be kept in a locked garage overnight.", word: "requires", actor: actThing, aspect: aspPresent, lemma: "require"},
		{text: "Clause 9 says the deposit is kept.", word: "says", actor: actThing, aspect: aspPresent, lemma: "say"},
	})
	az, c := clauseOf(t, "Condition 7 requires the car to be kept in a locked garage overnight.", "requires")
	if !c.ruleSubj {
		t.Errorf("%q: its subject is read as no rule", spanText(az, c))
	}
}
