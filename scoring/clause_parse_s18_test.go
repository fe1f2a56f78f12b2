package scoring

import "testing"

// A verb no clause list names ends the subject before it, when the English
// dictionary knows it as a verb and no verb follows it: "the excess
// stands", "those cheap ones play havoc". Before a verb the same word is the
// subject's last noun: "the tree roots | cracked the pipe", "the supporting
// documents | arrived late".
func TestVerbOnlyTheDictionaryKnowsEndsTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The excess stands.", word: "stands", actor: actThing, aspect: aspPresent, lemma: "stand"},
		{text: "Those cheap ones play havoc with the signal.", word: "play", actor: actThing, aspect: aspPresent, lemma: "play"},
		{text: "The downtime therefore falls outside the SLA.", word: "falls", actor: actThing, aspect: aspPresent, lemma: "fall"},
		{text: "Your neighbour's tree roots cracked the supply pipe.", word: "cracked", actor: actThing, aspect: aspDone, lemma: "crack"},
		{text: "The supporting documents arrived after the deadline.", word: "arrived", actor: actThing, aspect: aspDone, lemma: "arrive"},
		{text: "The returns form reached us without an order number.", word: "reached", actor: actThing, aspect: aspDone, lemma: "reach"},
	})
}

// A phrase inside the subject may name a place in up to six words before
// the verb: "the power cut at the Slough data centre | took the service
// down", "strikes at French air traffic control | grounded".
func TestLongPlaceInsideTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The power cut at the Slough data centre took the service down.", word: "took", actor: actThing, aspect: aspDone, lemma: "take"},
		{text: "Strikes at French air traffic control grounded the whole morning wave.", word: "grounded", actor: actThird, aspect: aspDone, lemma: "ground"},
	})
}
