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
