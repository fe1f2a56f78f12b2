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
