package scoring

import "testing"

// "I apologise, but" and "I do apologise, but" turn from an apology as
// "I'm sorry, but" does: what follows is read as said on its own.
func TestApologiseThenButReadsWhatFollows(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I do apologise, but the reason the room wasn't ready is that you arrived four hours before check-in.", []MarkerKind{MarkApology, MarkBlame}},
		{"I apologise, but as per the email we sent on the 2nd, the price went up from this month.", []MarkerKind{MarkApology, MarkBlame}},
		{"I do apologise, but people tend to stick the router behind the telly, and that blocks half the Wi-Fi.", []MarkerKind{MarkApology, MarkBlame}},
		{"I apologise, but we sent the wrong size, and I've ordered the right one.", []MarkerKind{MarkApology, MarkOwnsMistake, MarkConcreteAction}},
	})
}
