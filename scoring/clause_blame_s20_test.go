package scoring

import "testing"

// A result with no verb of its own ("that's why your application was
// turned down") still tells a refusal: the outside act before it is blamed
// as "the form was turned down" after "so" would be.
func TestTurnedDownInAResultFrame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The grant rules changed in April, and that's why your application was turned down.", has: blame},
		{text: "The scheme closed in March, which is why the claim was turned away.", has: blame},
		{text: "The grant rules changed in April, and that's why we rang you.", hasNot: blame},
	})
}

// Customers in general doing something carelessly, too fast or leaving a
// step out, is a slip said as a habit, whether or not its result is told.
func TestCustomersHabitDoneCarelessly(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Half our punters tap through seat selection too fast and end up in row A.", has: blame},
		{text: "A lot of people fit the blinds without measuring twice.", has: blame},
		{text: "A lot of people order the wrong size without measuring.", has: blame},
		{text: "Most people order too early for the sale, so there's plenty of stock.", hasNot: blame},
		{text: "Our fitters cut the worktops without measuring twice.", hasNot: blame},
	})
}

// A count of repeats: a chat, query or ticket is one only the customer
// raises; a thing reset again was reset on their side; a step made with
// "re-" is our service done again; and "this'll be" counts as "this is".
// A second time is only a second, unless what the customer brought back a
// second time came back damaged or worn.
func TestMoreRepeatsCountedAgainstYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's the third chat about this voucher today, so I'll keep it brief: it expired on the 1st.", has: blame},
		{text: "With respect, that's now the fifth time the parental PIN has been reset on this account in a fortnight.", has: blame},
		{text: "This'll be the third time this month we've re-imaged this machine, mate.", has: blame},
		{text: "This is the third time this month we've reinstalled it.", has: blame},
		{text: "This is the second time you've brought one of our vans back with the tailgate bent.", has: blame},
		{text: "This is the second pair you've brought back that's clearly been worn, madam.", has: blame},
		{text: "This is the second time you've had to call us about this, and I'm sorry.", hasNot: blame},
		{text: "This is the second time you've asked about the refund.", hasNot: blame},
		{text: "This is the third time we've messed up your delivery.", hasNot: blame},
	})
}

// What heat, damp and careless use do to a thing (blow a fuse, warp,
// shrink, rust, fade) is trouble, so a question about the customer's use
// followed by it suggests their part.
func TestAskedThenWhatHarmsAThing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Was it plugged into one of them cheap extension leads at home? They blow the fuse on these.", has: blame},
		{text: "Were the care instructions followed? Hot washes will shrink merino every single time.", has: blame},
		{text: "Was the frame left out in the garden? Rain will rust the hinges.", has: blame},
		{text: "Was it plugged into the wall socket? Great, thanks for checking.", hasNot: blame},
	})
}
