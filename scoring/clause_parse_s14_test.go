package scoring

import "testing"

// A bare plural, then a plain past, is a subject and its verb: "because
// markets fell", "because prices changed in April".
func TestBarePluralBeforeAPast(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The value dropped because markets fell last week.", word: "fell", actor: actThing, aspect: aspDone, lemma: "fall"},
		{text: "Pipes froze overnight across the estate.", word: "froze", actor: actThing, aspect: aspDone, lemma: "freeze"},
		{text: "The bill rose because prices changed in April.", word: "changed", actor: actThing, aspect: aspDone, lemma: "change"},
	})
}

// After a plural's relative clause, an auxiliary ends it: "customers who
// skip the seating plan | do end up behind the pillar", where "plan" is the
// last noun of the relative clause, not the main verb.
func TestAuxiliaryEndsAPluralsRelativeClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Customers who skip the seating plan do end up behind the pillar.", word: "end", actor: actCustomers, aspect: aspHabit, lemma: "end"},
		{text: "Owners who miss the service check will void the warranty.", word: "void", actor: actCustomers, aspect: aspWill, lemma: "void"},
	})
}

// "So" or "but" typed without a comma, then a bare noun and its verb, opens
// a clause: "the seal's been broken so | warranty doesnt cover it". After
// "so" a verb is an order, no subject: "so check the box".
func TestJoinerBeforeABareSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "the seal has been broken so warranty doesnt cover it", word: "cover", actor: actThing, aspect: aspPresent, lemma: "cover"},
		{text: "we tried it twice but payment failed both times", word: "failed", actor: actThing, aspect: aspDone, lemma: "fail"},
	})
}

// A past spelt as its base ("set", "put"), then a particle and an object,
// is the subject's verb: "your stag party | set off the fire alarm".
func TestSamePastBeforeAParticle(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Your stag party set off the fire alarm twice.", word: "set", actor: actThing, aspect: aspDone, lemma: "set"},
		{text: "The new tenant put up the shelves himself.", word: "put", actor: actThird, aspect: aspDone, lemma: "put"},
	})
}

// A name's thing at the head of a clause, then its verb, is the subject:
// "Munchr's app | sent him round the back".
func TestNamesThingBeforeItsVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Munchr's app sent him round to the wrong entrance.", word: "sent", actor: actThing, aspect: aspDone, lemma: "send"},
		{text: "Zippa's courier lost the parcel at the depot.", word: "lost", actor: actThird, aspect: aspDone, lemma: "lose"},
	})
}

// A sum in a subject's phrase counts as no word of it: "so storage at £15
// a day | applies" reads its verb four words on, as "the address on file
// | had" does.
func TestSumInASubjectsPhrase(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "You left it 19 days, so storage at £15 a day applies.", word: "applies", actor: actThing, aspect: aspPresent, lemma: "apply"},
	})
}

// An aside inside a verb group ("most likely", "more than likely", "no
// doubt", "in all likelihood") says how sure it is, and the verb follows:
// "your firewall is most likely | blocking the sync". "Has no doubt" is no
// "has no say": the participle comes after the aside.
func TestAsidesInTheVerbGroup(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Your firewall is most likely blocking the sync service.", word: "blocking", actor: actThird, aspect: aspNow, lemma: "block"},
		{text: "The parcel was most likely left with a neighbour.", word: "left", actor: actThing, aspect: aspDone, lemma: "leave", passive: true},
		{text: "Your bank has no doubt flagged the payment.", word: "flagged", actor: actThird, aspect: aspDone, lemma: "flag"},
		{text: "The router is more than likely dropping the signal.", word: "dropping", actor: actThird, aspect: aspNow, lemma: "drop"},
		{text: "Your bank has in all likelihood flagged the payment.", word: "flagged", actor: actThird, aspect: aspDone, lemma: "flag"},
	})
}

// A wrong thing typed without its article, after a pause, opens a clause
// whose subject it heads: "ur aids take size 312, | wrong pack was ticked
// at checkout".
func TestWrongThingAfterAPause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "ur aids take size 312 not 13, wrong pack was ticked at checkout", word: "ticked", actor: actThing, aspect: aspDone, lemma: "tick", passive: true},
		{text: "the van came on time, wrong address was on the label though", word: "was", actor: actThing, aspect: aspDone},
	})
}

// "'s" before "what" or "why" is "is": "medium's | what we sent" has its
// subject and its be, as "the 14th is what we booked" does.
func TestApostropheSBeforeWhat(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "You said medium, and medium's what we sent.", word: "medium's", actor: actThing, aspect: aspState},
	})
}
