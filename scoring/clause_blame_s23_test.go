package scoring

import "testing"

// Looking into the trouble takes nothing on: "I've checked and the storm
// brought the line down" lays the fault where the look found it, and what
// follows "I've checked and" is a clause of its own whatever its subject.
// A step that deals with the trouble still takes it on.
func TestLookingIntoTakesNothingOn(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I've checked and the storm brought down the line on your road.", has: blame},
		{text: "I've checked and a lot of members forget to switch off auto-renew.", has: blame},
		{text: "We looked into it and your bank declined the payment.", has: blame},
		{text: "I've had a look and the courier left it at the wrong house.", has: blame},
		{text: "I've checked and your refund went through yesterday.", hasNot: blame},
		{text: "The storm brought the line down, and I've sent an engineer to fix it.", hasNot: blame},
	})
}

// A pattern's gap ends at a pause before a subject: "From what I can see,
// the wrong date was picked" is no "I ... the wrong date" the agent owns.
func TestGapStopsAtAPauseBeforeASubject(t *testing.T) {
	checkReadings(t, []reading{
		{text: "From what I can see, the wrong date was picked.", hasNot: owns},
		{text: "As far as I can tell, the wrong size was ordered.", hasNot: owns},
		{text: "I checked, and we sent the wrong size.", has: owns},
		{text: "I'm so sorry, we sent you the wrong size.", has: owns},
	})
}

// What the customer told someone else is no account of theirs told back:
// "you told the driver the right spot; he just didn't read the note" blames
// the driver. What they told us is: "you told me the driver left it".
func TestToldAnotherIsNoAccount(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You told the courier the right flat number; he just didn't read the label.", has: blame},
		{text: "You told the driver the gate code and he still didn't use it.", has: blame},
		{text: "You told the engineer where the stopcock was; he just never turned it off.", has: blame},
		{text: "You told me the courier left it by the bins.", hasNot: blame},
	})
}
