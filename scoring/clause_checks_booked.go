package scoring

// Turning up at another time than was booked. "The booking was for the
// 14th, but you arrived on the 15th", "your appointment was at 9:15 and you
// got here at 9:35", "your ticket was for the 12:10, and you boarded the
// 10:40": what was booked, and the customer's own arrival set beside it at
// another time, answers the complaint with their timing. The same time, or
// a sentence where we are sorry or act, lays nothing.

// cameAtAnotherTime reports the customer's arrival in such a sentence (see
// above).
func (az *analyzer) cameAtAnotherTime(c *clause) bool {
	if c.actor != actCustomer || c.neg || c.question || c.cond || c.aspect != aspDone || !c.lemmaIn(turnedUpVerbs) {
		return false
	}
	p := az.prevInSentence(c)
	if p == nil || p.verb >= 0 || p.neg || p.comp >= p.hi || !az.subjectHas(p, bookedNouns) || !bookedLinks.has(az.tok.toks[p.comp].id) {
		return false // "the booking was for | the 14th", "your appointment was at | 9:15"
	}
	booked, _, _ := az.measureIn(p.comp+1, p.hi)
	came, _, _ := az.measureIn(c.verb+1, c.hi)
	if booked.kind == measureNone || came.kind != booked.kind || came.value == booked.value {
		return false
	}
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.helpInSentence(c)
}

// bookedNouns name what was booked; bookedLinks tie it to its time ("for",
// "at", "on"); turnedUpVerbs tell the customer arriving.
var (
	bookedNouns   = idSetOf(bookedNounsList)
	bookedLinks   = idSetOf("for at on")
	turnedUpVerbs = lemmaSetOf("arrive come get turn show board catch check")
)

const bookedNounsList = "booking ticket tickets appointment reservation slot table"
