package scoring

import "testing"

// "Through no fault of your own" clears the customer of what the sentence
// tells went wrong, as "it's not your fault" does.
func TestNoFaultOfYourOwnClears(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Whatever the cause, your card was declined through no fault of your own and the overdraft fees have been refunded.", hasNot: blame},
		{text: "The parcel was held at customs through no fault on your part.", hasNot: blame},
		{text: "Your card was declined because the wrong PIN was entered three times.", has: blame},
	})
}
