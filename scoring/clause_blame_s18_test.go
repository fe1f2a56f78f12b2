package scoring

import "testing"

// A thing that "did say" it, with the "did" stressed, insists on what it
// said, whatever it said: "the tracking page did say the delivery attempt
// failed twice". So does a thing we made or gave them that "did have" it:
// "the card we left did have our number on it". Unstressed, or followed by
// help, or in the present ("the tracker does say it's out for delivery"),
// it only reports.
func TestStressedDidInsistsOnWhatWasSaid(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Sorry for the hassle, tho the tracking page did say the delivery attempt failed twice.", has: blame},
		{text: "The card we left did have our number on it.", has: blame},
		{text: "I mean the card we put through your letterbox did have the number on it to rebook, so.", has: blame},
		{text: "The tracking page says the delivery attempt failed twice, so I've booked a redelivery for tomorrow.", hasNot: blame},
		{text: "The card we left has our number on it if you need us.", hasNot: blame},
		{text: "The tracker does say it's out for delivery, so it should be with you today.", hasNot: blame},
	})
}
