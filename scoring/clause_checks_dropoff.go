package scoring

// A thing dropped off is handed over, not let fall: "you dropped it off on
// the 3rd", "the packing kit we dropped off came with a guide". "We
// dropped your parcel" owns a slip; "we dropped it off" reports a step.

// droppedOff reports "drop" with "off" just after it: "you dropped it off
// on the 3rd", "the packing kit we dropped off" handed a thing over; "we
// dropped your parcel" let it fall.
func (az *analyzer) droppedOff(c *clause) bool {
	return c.lemma == "drop" && az.anyIn(c.verb+1, min(c.hi, c.verb+4), offWord)
}

// dropOffWithin reports a form of "drop" with "off" just after it anywhere
// in c, its subject's relative clause among them: "the packing kit we
// dropped off | came with a guide".
func (az *analyzer) dropOffWithin(c *clause) bool {
	for i := c.lo; i+1 < c.hi; i++ {
		if dropForms.has(az.tok.toks[i].id) && az.anyIn(i+1, min(c.hi, i+4), offWord) {
			return true
		}
	}
	return false
}

// dropForms are the forms of "drop".
var dropForms = idSetOf(dropFormsList)

const dropFormsList = "drop drops dropped dropping"
