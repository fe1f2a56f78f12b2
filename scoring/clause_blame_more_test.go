package scoring

import "testing"

// What goes wrong by itself ("expired", "lapsed") is a state of the
// customer's thing, not a passive someone else did; a named result ("that's
// why", "that's what's") that runs past its link keeps its own negation and
// its own verb of trouble.
func TestLapsesAndNamedResults(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your visa's expired, so the booking can't go ahead.", has: blame},
		{text: "Your membership has lapsed, I'm afraid.", has: blame},
		{text: "Your membership had lapsed, so I've renewed it for free.", hasNot: blame},
		{text: "The old voucher is expired, which is on us for not telling you.", hasNot: blame},
		{text: "Your laptop's on an old browser. That's why the page won't load.", has: blame},
		{text: "You stopped on the red route. That's why the van got clamped.", has: blame},
		{text: "You asked for the express option. That's why it came so quickly.", hasNot: blame},
		{text: "Your charger's a cheap copy, love, and that's what's fried the port.", has: blame},
		{text: "Most ppl who miss the cut-off have just mistyped their card number.", has: blame},
		{text: "That's the removals firm's mistake, not ours.", has: blame},
		{text: "We sent it with a removals firm, and the delay is on us.", hasNot: blame},
	})
}
