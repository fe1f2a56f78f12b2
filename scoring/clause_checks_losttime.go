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
