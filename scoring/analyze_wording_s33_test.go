package scoring

import "testing"

// Waiting on another party is no step of ours: an outside party's act that
// broke something stays the cause when all we do is wait ("we're just
// waiting on them"); a step we take still answers it.
func TestWaitingOnThemIsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The lock maker pushed a firmware update that broke auto-lock, we're just waiting on them.", has: blame},
		{text: "The app maker pushed an update that broke sign-in, we're waiting for them now.", has: blame},
		{text: "We're waiting on the supplier for a date.", hasNot: step},
		{text: "I'm waiting for the warehouse to confirm.", hasNot: step},
	})
}
