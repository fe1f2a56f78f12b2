package scoring

import "testing"

// A count of a thing gone wrong that is the customer's ("the third late
// arrival this month", "the fourth declined card"), or of what our people
// met at their door ("the third locked door our cleaner's turned up to"),
// holds the repeats against them; a count of what we failed to bring ("the
// third late delivery") or of our people arriving late is ours.
func TestCountOfTheirTroubleIsADig(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"That's the third late arrival this month.", []MarkerKind{MarkBlame}},
		{"This is the fourth declined card this week.", []MarkerKind{MarkBlame}},
		{"That's the third locked door our engineer's turned up to this month.", []MarkerKind{MarkBlame}},
		// what we deliver, and our own lateness, are ours
		{"This is the third late delivery this month.", nil},
		{"This is the third time our engineer's turned up late this month.", nil},
	})
}

// A step we will be forced to take after the customer's repeats ("so I'll
// have to shorten the session") follows on from them; it does not take the
// trouble on as a step we offer does.
func TestForcedStepAfterACountTakesNothingOn(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Third late arrival this month, so I'll have to shorten the massage again.", []MarkerKind{MarkBlame}},
		{"That's the third late arrival this month, so we'll have to charge the no-show fee.", []MarkerKind{MarkBlame}},
		// a step done for them takes it on
		{"Third late arrival this month, so I've moved you to the 4pm slot.", []MarkerKind{MarkConcreteAction, MarkTimeCommitment}},
	})
}
