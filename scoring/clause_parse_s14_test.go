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
