package scoring

import "testing"

// After a filler, "I", "we" or "you" with a verb of its own gives up the
// clause left open and starts a new one: "the thing is, um, | you must've
// put the old sort code in". "You know" and "I mean" are talk, and the
// clause still goes on across the filler.
func TestPersonAfterAFillerStartsAClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The thing is, um, you must've put the old sort code in.", word: "put", actor: actCustomer, aspect: aspMust, lemma: "put"},
		{text: "What happened was, er, we sent it to your old address.", word: "sent", actor: actAgent, aspect: aspDone, lemma: "send"},
	})
	checkReadings(t, []reading{
		{text: "Yeah no I mean the thing is, um, you must've put the old sort code in when you updated it online.", has: blame},
	})
}

// A condition, time or reason typed without a comma ends where a pronoun
// and its verb open the main clause, once the condition has had its own
// verb: a plain present ("if you cancel now | we'll refund it", "once it
// leaves our warehouse | it's with the courier"), a short past ("when you
// rang | we were closed"), or an object pronoun before the next subject
// ("when you booked it | you ticked the box", "after you signed for it | it
// was yours"). A reason ends so before a modal ("because you paid by
// transfer | we can't reverse it"); after a verb of saying the pronoun
// opens what was said, and the clause goes on.
func TestConditionWithoutACommaEndsAtTheMainClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "if you cancel now we'll refund the full amount", word: "refund", actor: actAgent, aspect: aspWill, lemma: "refund"},
		{text: "once it leaves our warehouse its with the courier", word: "it's", actor: actThing, aspect: aspState},
		{text: "when you rang we were closed", word: "closed", actor: actAgent, aspect: aspDone, lemma: "close", passive: true},
		{text: "when you booked it you ticked the non refundable box", word: "ticked", actor: actCustomer, aspect: aspDone, lemma: "tick"},
		{text: "after you signed for it it was your responsibility", word: "was", actor: actThing, aspect: aspDone},
		{text: "because you paid by bank transfer we can't reverse it", word: "reverse", actor: actAgent, aspect: aspCould, lemma: "reverse"},
		{text: "when we told them you'd moved they updated it", word: "moved", actor: actCustomer, aspect: aspDone, lemma: "move"},
	})
	checkReadings(t, []reading{
		{text: "once the restaurant accepts the order its out of our hands", has: blame},
	})
}

// An order after a colon is a clause of its own: "the sign's right there
// above the machine: | pay at the kiosk".
func TestOrderAfterAColon(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The sign's right there above the machine: pay at the kiosk before you go back to the car.", word: "pay", actor: actNone, aspect: aspNone, lemma: "pay"},
	})
}

// A handle opening a sentence ("@daveyb88") names who is spoken to, as
// "Hi Grace," does: the clause starts after it. An address inside a word
// ("help@example.com") is no handle.
func TestHandleOpeningASentence(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "@daveyb88 you ordered the wrong size, I'm afraid.", word: "ordered", actor: actCustomer, aspect: aspDone, lemma: "order"},
		{text: "@beckyb88 our emails might be landing in your junk folder.", word: "landing", actor: actAgent, aspect: aspCould, lemma: "land"},
	})
	checkReadings(t, []reading{
		{text: "@daveyb88 tbh the size guide is right there on the product page, so we can't really accept returns for \"wrong fit\" on sale items", has: blame},
		{text: "Email help@example.com and we'll refund it today.", hasNot: blame},
	})
}

// "Hang on" and "hold on a sec" are talk before the clause, typed with or
// without a comma: "hang on did u actually press confirm?".
func TestHangOnIsTalk(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "hang on did u actually press confirm at the end?", word: "press", actor: actCustomer, aspect: aspDone, lemma: "press"},
		{text: "hold on a sec you've put the wrong postcode in", word: "put", actor: actCustomer, aspect: aspDone, lemma: "put"},
	})
}

// A title's full stop ("Dr.", "Mrs.") ends no sentence when a name follows;
// at the end of a turn, or before a lowercase word, it still may.
func TestTitleFullStopKeepsTheSentence(t *testing.T) {
	for _, tc := range []struct {
		text  string
		sents int
	}{
		{"Dr. Morales is running behind because the last patient arrived late.", 1},
		{"I spoke to Mrs. Hughes. She said you'd cancelled.", 2},
		{"Please ask for the Dr. then.", 2},
		{"That's everything. Mr Patel will call.", 2},
	} {
		az := new(analyzer)
		az.readPhrases(tc.text)
		if got := len(az.tok.sents); got != tc.sents {
			t.Errorf("%q: %d sentences, want %d", tc.text, got, tc.sents)
		}
	}
}

// "As" before a determiner and a noun only, then a pronoun holding its
// auxiliary, names a role, not a reason: "as the seller | it's on you".
func TestAsNamesARole(t *testing.T) {
	checkReadings(t, []reading{
		{text: "As the seller it's on you to post the item within the dispatch time you set on the listing.", has: blame},
	})
	az := new(analyzer)
	az.readPhrases("As the seller it's on you to post the item.")
	az.readTurnClauses()
	if len(az.clauses) != 2 {
		t.Errorf("\"As the seller it's on you to post the item.\": %d clauses, want 2", len(az.clauses))
	}
}

// "I'm afraid" closing a sentence without a comma is said after the
// clause, not inside it: "which means the change fee applies | I'm afraid".
// Alone in its clause it is politeness, no act of ours (session 18).
func TestTrailingImAfraid(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "You went with the saver rate, which means the change fee applies I'm afraid.", word: "afraid", actor: actNone, aspect: aspNone},
	})
	checkReadings(t, []reading{
		{text: "You went with the saver rate when you booked, which means the change fee applies I'm afraid.", has: blame},
	})
}

// A small word in capitals ("AND", "NOT", "BEFORE") is said with emphasis,
// not an internal acronym; "OLT" still is.
func TestEmphasisInCapitalsIsNoJargon(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Again, as I explained yesterday AND the day before, the refund window closed on the 3rd.", hasNot: []MarkerKind{MarkJargon}},
		{text: "I can NOT move that booking today.", hasNot: []MarkerKind{MarkJargon}},
		{text: "The OLT on your wall has a red light.", has: []MarkerKind{MarkJargon}},
	})
}

// A perfect that counts what has been done so far ("twice already this
// week", "three times today") is told in the past: its time is the span
// counted, no commitment. "I've booked it for Tuesday" still commits.
func TestCountedSoFarIsNoCommitment(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We've been through this twice already this week.", hasNot: timeC},
		{text: "I've rung the depot three times today.", hasNot: timeC},
		{text: "I've booked the engineer for Tuesday.", has: timeC},
	})
}

// A short quote inside a clause whose subject and verb are the agent's own
// words is a label the agent names ("Reset all", "behind the bins"), not
// someone else's words: the clause is read. What a letter "says" in quotes,
// or a long quote, stays someone else's.
func TestShortQuotedLabelKeepsTheClause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Users tend to hit \"Reset all\" without reading the warning, and that's what wipes the custom fields.", has: blame},
		{text: "You asked for it to be left \"behind the bins\" so unfortunately we can't treat it as lost.", has: blame},
		{text: "Your letter says \"you never sent the form\", and I'm sorry we got that wrong.", hasNot: blame},
	})
}

// "Nothing's" is "nothing" with its "has" or "is": the subject, denied.
// "Nothing's gone wrong on our side" owns nothing.
func TestNothingWithItsAuxiliary(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Nothing's gone wrong on our side.", word: "gone", actor: actThing, aspect: aspDone, lemma: "go"},
	})
	checkReadings(t, []reading{
		{text: "Nothing's gone wrong on our side.", hasNot: owns},
		{text: "Nothing's been sent yet, I'm sorry, that's our mistake.", has: owns},
	})
}
