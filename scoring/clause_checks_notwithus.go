package scoring

// Where a fault does not rest: "that one doesn't sit with us", "the
// responsibility doesn't lie with the store". Denied of us, it is "not our
// responsibility" said with the verbs that place a fault.

// notWithUs reports "with us" or "with our ..." after the verb of a
// clause that denies where the fault rests.
func (az *analyzer) notWithUs(c *clause) bool {
	return c.verb >= 0 && az.pairIn(c, idWith, withUsWords)
}

// withUsWords name the company after "with": "with us", "with our team".
var withUsWords = idSetOf(withUsWordsList)

const withUsWordsList = "us our me"
