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
