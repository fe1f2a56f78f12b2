package scoring

import "testing"

// A phrase after the subject's noun ends where its verb begins, when that
// verb is a past form that also says a thing went wrong ("expired",
// "cancelled"), or a present in -s right after the phrase's one word:
// "the card on file | expired", "the door factory in Treviso | shuts".
func TestVerbRightAfterAShortPhraseInTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The card on file expired last month.", word: "expired", actor: actThing, aspect: aspDone, lemma: "expire"},
		{text: "The door factory in Treviso shuts for August.", word: "shuts", actor: actThird, aspect: aspPresent, lemma: "shut"},
		{text: "The voucher in the pack expired in May.", word: "expired", actor: actThing, aspect: aspDone, lemma: "expire"},
	})
}

// A share that is also a determiner ("most", "all", "some") opens a phrase
// with "of": "most of these disputes | start", not "most | of these ...".
func TestShareThatIsADeterminerOpensAPhrase(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Most of these disputes start with a missed email.", word: "start", actor: actThing, aspect: aspHabit, lemma: "start"},
		{text: "All of the parcels arrived on Monday.", word: "arrived", actor: actThing, aspect: aspDone, lemma: "arrive"},
	})
}

// After a share's noun ("a lot of folks") a phrase of place may follow, and a
// negation or a word of habit after a phrase opens the verb group: "a lot of
// folks in hard water areas | never descale", "people on this tariff |
// usually pay".
func TestPhraseAfterAShareThenANegation(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "A lot of folks in hard water areas never descale.", word: "descale", actor: actCustomers, aspect: aspHabit, lemma: "descale"},
		{text: "People on this tariff usually pay by card.", word: "pay", actor: actCustomers, aspect: aspHabit, lemma: "pay"},
	})
}

// "Of course" grants what follows and is no phrase of place: "so of course |
// the units don't fit now" reads the units' clause.
func TestOfCourseOpensItsClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "So of course the units don't fit now.", word: "fit", actor: actThing, aspect: aspPresent, lemma: "fit"},
		{text: "Of course it overheated.", word: "overheated", actor: actThing, aspect: aspDone, lemma: "overheat"},
	})
}

// After a relative clause without "that" inside the subject, a present in -s
// of any listed verb is the main verb: "the agreement you signed | sets out
// the exit fee", not "signed" with "the agreement you" as its subject.
func TestPresentAfterAContactRelative(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The agreement you signed sets out the exit fee in bold.", word: "sets", actor: actThing, aspect: aspPresent, lemma: "set"},
		{text: "The leaflet you were given lists the opening times.", word: "lists", actor: actThing, aspect: aspPresent, lemma: "list"},
	})
}

// "Anyone" narrowed by a phrase after an auxiliary put first is the
// question's subject, and the verb follows the phrase: "did anyone in the
// household | switch off the unit", "is anyone else in the house | streaming".
func TestAnyoneNarrowedInAQuestion(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Did anyone in the household switch off the unit?", word: "switch", actor: actThing, aspect: aspDone, lemma: "switch"},
		{text: "Is anyone else in the house streaming films?", word: "streaming", actor: actThing, aspect: aspNow, lemma: "stream"},
	})
}

// A bare plural and what it is like opens a subject: "payments like that |
// only fail", not an order to pay.
func TestBarePluralLikeThatIsASubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Payments like that only fail when the check is refused.", word: "fail", actor: actThing, aspect: aspPresent, lemma: "fail"},
		{text: "Boards like these usually crack at the nose.", word: "crack", actor: actThing, aspect: aspHabit, lemma: "crack"},
	})
}

// Two verb-like words in a row after a plural's relative clause: the first
// ends a noun, the second is the subject's verb ("patients who skip the
// aftercare check | tend to end up sore").
func TestNounThenVerbAfterAPluralsRelative(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Patients who skip the aftercare check tend to end up sore.", word: "end", actor: actCustomers, aspect: aspHabit, lemma: "end"},
		{text: "Customers who skip the wizard tend to miss the setting.", word: "miss", actor: actCustomers, aspect: aspHabit, lemma: "miss"},
	})
}

// Customers named alone and taken up after a pause by "they", as people
// speak, are the subject of the clause that follows: "a lot of our
// customers, | they don't read the terms".
func TestTheyTakesUpFrontedCustomers(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "A lot of our customers, they don't read the terms.", word: "read", actor: actCustomers, aspect: aspPresent, lemma: "read"},
		{text: "The courier, they don't read the notes.", word: "read", actor: actThird, aspect: aspPresent, lemma: "read"},
	})
}

// A filler after a pause that left its clause open on an auxiliary, a
// preposition or a determiner does not end the clause: "it was, um,
// dropped" reads one passive. Said again after the filler ("the, uh, the
// meter reading"), the clause starts afresh.
func TestFillerInsideAnOpenClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "It was, um, dropped on the corner.", word: "dropped", actor: actThing, aspect: aspDone, lemma: "drop", passive: true},
		{text: "So the, uh, the meter reading was sent in wrong.", word: "sent", actor: actThing, aspect: aspDone, lemma: "send", passive: true},
	})
}

// "As the account holder" frames the clause with the customer's role; it
// gives no reason, so the clause after it is read as said, not as a cause.
func TestRoleFrameIsNoReason(t *testing.T) {
	for _, text := range []string{"As the main account holder it's on you to keep your details current.", "As a member you get ten percent off."} {
		az := new(analyzer)
		az.readPhrases(text)
		az.readTurnClauses()
		if len(az.clauses) != 1 || az.clauses[0].causal {
			t.Errorf("%q: want one clause, not a reason; got %d clauses, causal %v", text, len(az.clauses), len(az.clauses) > 0 && az.clauses[0].causal)
		}
	}
}

// "You know", said between pauses, is talk: the clause after it is read on
// its own ("so, you know, | seat selection was never included"). A third
// party named alone and taken up by "that's" is that clause's subject ("the
// strike in France, | that's what grounded the flight").
func TestSpokenFramesAroundAClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "So, you know, seat selection was never included in that fare.", word: "included", actor: actThing, aspect: aspDone, lemma: "include", passive: true},
	})
	checkReadings(t, []reading{
		{text: "So the rail strike in the north, that's what stopped the coach.", has: blame},
		{text: "Right, you went for the basic fare, so, you know, lounge access was never included in it.", has: blame},
	})
}
