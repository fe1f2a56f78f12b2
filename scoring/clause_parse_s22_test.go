package scoring

import "testing"

// What a party says, right after it and without "that", is a clause of its
// own: "the kitchen says | the order went out right". Words quoted from the
// customer's note are theirs, read as a quotation.
func TestPartySaysOpensAClause(t *testing.T) {
	checkSpans(t, []spanWant{
		{text: "The kitchen says the order went out right.", word: "went", span: "the order went out right"},
		{text: "Kwame in our documents team says the translation agency you used didn't certify the stamp.", word: "certify",
			span: "the translation agency you used didn't certify the stamp"},
		{text: "The courier confirmed the parcel was left in your porch.", word: "left", span: "the parcel was left in your porch"},
	})
	checkParses(t, []parseWant{
		{text: "The kitchen says the order went out right.", word: "says", actor: actThird, aspect: aspPresent, lemma: "say"},
	})
}
