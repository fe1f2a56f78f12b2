package scoring

import "testing"

// A rule stated in the sentence names the customer's part, so "you didn't"
// after it is that part skipped, whatever the verb; a part not done yet is
// still theirs to do, and what they did not get is no part.
func TestSkippedAfterARule(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Gym policy is clear that memberships must be frozen in advance, and you didn't ask.", has: blame},
		{text: "The vaccination card has to come in with the dog, and yours didn't, so he can't stay tonight.", has: blame},
		{text: "Bookings must be changed online, and you didn't log in before the cut-off.", has: blame},
		{text: "Policy is one free reschedule per booking, and you haven't used yours yet, so let's pick a new date.", hasNot: blame},
		{text: "Refunds must be sent within five days, and you didn't receive yours.", hasNot: blame},
		{text: "You didn't ask for a callback, so I'll email you instead.", hasNot: blame},
	})
}

// A thing "out of order" or "out of service" cannot be used, as one "out
// of date" cannot: the customer's own, so put, is the trouble.
func TestOutOfServiceIsATrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The lift in your block was out of service, so the driver couldn't get the sofa up.", has: blame},
		{text: "The lift in your block was out of order, so the driver couldn't get the sofa up.", has: blame},
		{text: "The lift in your block was in service, so the driver took the sofa up.", hasNot: blame},
	})
}
