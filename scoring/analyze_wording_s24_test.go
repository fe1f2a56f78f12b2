package scoring

import (
	"slices"
	"testing"
)

// kindsWant is a text and every marker kind it must read as, in any order.
type kindsWant struct {
	text string
	want []MarkerKind
}

// checkKinds checks that each text reads as exactly its kinds.
func checkKinds(t *testing.T, cases []kindsWant) {
	t.Helper()
	for _, tc := range cases {
		got := markerKinds(Analyze(tc.text))
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q reads %v, want %v", tc.text, got, want)
		}
	}
}

// A one-word tag asks the customer to go along with a statement, which
// stands as said: the step is done, the time promised, and no open
// question is asked. One after a sentence that opens as a question leaves
// it a question.
func TestAgreementTagLeavesAStatement(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I've reversed the duplicate charge of $89.99, OK?", []MarkerKind{MarkConcreteAction}},
		{"I've reversed the duplicate charge of $89.99.", []MarkerKind{MarkConcreteAction}},
		{"Refund issued, ok?", []MarkerKind{MarkConcreteAction}},
		{"I'll ring you back on Friday, alright?", []MarkerKind{MarkFollowUp, MarkTimeCommitment}},
		{"You were charged $25 for express delivery on that order, okay?", nil},
		{"Your guests left the balcony door open overnight, and that's how the pigeons got in, OK?", []MarkerKind{MarkAcknowledgesCost, MarkBlame}},
		{"Had you read the booking confirmation, you would have seen that check-in opens at 3pm, OK?", []MarkerKind{MarkBlame}},
		{"Can't take them back like that, OK?", nil},
		{"Can I ring you back tomorrow, ok?", []MarkerKind{MarkQuestion}},
		{"When can you bring it in, okay?", []MarkerKind{MarkQuestion}},
	})
}
