package scoring

import "testing"

// "last" or "first" between an auxiliary and its participle says when in a
// series the act was, inside the verb group: "the boiler was last serviced
// by", "the fault was first reported on Monday". "Refunds last a week"
// keeps "last" as its verb.
func TestOrderAdverbInsideTheVerbGroup(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The boiler was last serviced by a non-approved engineer.", word: "serviced", actor: actThing, aspect: aspDone, lemma: "service", passive: true},
		{text: "The fault was first reported on Monday.", word: "reported", actor: actThing, aspect: aspDone, lemma: "report", passive: true},
		{text: "The card was last used in Leeds.", word: "used", actor: actThing, aspect: aspDone, lemma: "use", passive: true},
	})
}

// A passive with "get" takes a participle spelt as its base ("the wrong
// date got put in", "the call got cut off") as it takes any other.
func TestGetPassiveWithASameFormParticiple(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The wrong date got put in when you booked online.", word: "put", actor: actThing, aspect: aspDone, lemma: "put", passive: true},
		{text: "The call got cut off twice.", word: "cut", actor: actThing, aspect: aspDone, lemma: "cut", passive: true},
	})
}

// What the agent can see is a clause of its own when its subject is a
// noun of two words before a plain past: "I can see | the survey form came
// back without a measurement".
func TestSeenClauseWithACompoundNoun(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "I can see the survey form came back without a doorway measurement on it.", word: "came", actor: actThing, aspect: aspDone, lemma: "come"},
		{text: "I can see the confirmation text went out at 8am.", word: "went", actor: actThing, aspect: aspDone, lemma: "go"},
	})
}

// An opinion of the customer's thing is a clause of its own after the
// verb of opinion: "I think | your landlord's old wiring is what's
// tripping it".
func TestOpinionOfYourThing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I think your landlord's old wiring is probably what's tripping the boiler, to be honest.", has: blame},
		{text: "I think your order is on its way now.", hasNot: blame},
	})
}

// A noun in -ing made plural ("settings", "bookings", "readings") is no
// verb in -s, so the subject runs on past it: "the network settings on
// your console | are".
func TestPluralIngNounIsNoVerb(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The network settings on your console are what's stopping it from reaching our servers.", has: blame},
	})
	az := new(analyzer)
	az.readPhrases("The network settings on your console are wrong.")
	az.readTurnClauses()
	if c := az.clauses[0]; c.verb >= 0 && az.tok.key(az.tok.toks[c.verb]) == "settings" {
		t.Errorf("\"settings\" read as the verb of %q", "The network settings on your console are wrong.")
	}
}
