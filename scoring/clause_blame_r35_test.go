package scoring

import "testing"

// A fault denied where it began: "the issue didn't start with us" says the
// trouble began elsewhere, as "it didn't come from us" does; a fault placed
// with something of ours and then denied is no ownership.
func TestDenialOfWhereItBegan(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The issue didn't start with us.", has: blame},
		{text: "We'll take a fresh impression, although the problem didn't begin with us.", has: blame},
		{text: "We'll recalibrate it as a goodwill gesture, even though there's nothing wrong with how we fitted it.", has: blame},
		{text: "The problem started with our new booking system, and that's on us.", hasNot: blame},
		{text: "I'm not sure how we missed it, I'm sorry.", hasNot: blame},
	})
}
