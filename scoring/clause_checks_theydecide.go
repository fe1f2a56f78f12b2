package scoring

// A third party said to be the one who sets, decides or controls the
// matter, as a standing fact: "the festival organisers set the wristband
// rules", "the school sets the term dates, we just run the transport", "the
// cottage owner controls the keysafe code". It puts the matter out of our
// hands as "head office set the prices, not me" does. Told while we act on
// it ("the airline sets the allowance, so I've checked yours"), it informs.

// theyDecide reports a third party, or one named, as the subject of a
// present "set", "decide", "control", "choose" or "determine", in a
// sentence in which we take no step.
func (az *analyzer) theyDecide(c *clause) bool {
	if c.actor != actThird && !c.named || c.generic || c.neg || c.passive || c.question || c.cond ||
		c.aspect != aspHabit && c.aspect != aspPresent || !c.lemmaIn(decidingVerbs) {
		return false
	}
	if lo, hi := c.subjectSpan(); az.yourHouseholdAt(lo, hi) || az.anyLexIn(lo, hi, lxCustomer) {
		return false // "your husband chooses the colours": their side's own choice
	}
	return !az.weDoSomething(c) // "so I've checked yours"
}

// decidingVerbs say whose say the matter is; decidingForms are their
// present forms, which the check needs in its clause.
var (
	decidingVerbs = lemmaSetOf("set decide control choose determine")
	decidingForms = idSetOf(decidingFormsList)
)

const decidingFormsList = "set sets decide decides control controls choose chooses determine determines"
