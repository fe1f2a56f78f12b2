package scoring

// Time we lost is a trouble we met, not a mistake we made: "the hire
// company never delivered the digger, so we lost the day", "we lost a
// whole morning waiting for the permit". "We lost your parcel" loses a
// thing, and owns it.

// lostTime reports "lose" with a span of time as its object.
func (az *analyzer) lostTime(c *clause) bool {
	if c.lemma != "lose" || c.verb < 0 {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi && i <= c.verb+4; i++ {
		switch {
		case spanNouns.has(toks[i].id):
			return true
		case az.lexAt(i)&(lxDet|lxOurDet|lxAdverb) == 0 && !spanFillers.has(toks[i].id) && !toks[i].num && !numberWords.has(toks[i].id):
			return false // "we lost your parcel on Monday": a thing first
		}
	}
	return false
}

// spanNouns name a span of time; spanFillers may stand before one: "a
// whole morning", "half a day", "two full days".
var (
	spanNouns   = idSetOf(spanNounsList)
	spanFillers = idSetOf(spanFillersList)
)

const (
	spanNounsList   = "day days morning mornings afternoon evening week weeks hour hours time"
	spanFillersList = "whole full half entire"
)

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
