package scoring

import (
	"slices"
	"strings"
)

// Turning up at another time than was booked. "The booking was for the
// 14th, but you arrived on the 15th", "your appointment was at 9:15 and you
// got here at 9:35", "your ticket was for the 12:10, and you boarded the
// 10:40", "the tickets were for the Saturday, and you came on the Sunday",
// and the booking told after, "you boarded the 10:40 when your ticket was
// for the 12:10": what was booked, and the customer's own arrival set beside
// it at another time, answers the complaint with their timing. The same
// time, or a sentence where we are sorry or act, lays nothing.

// cameAtAnotherTime reports the customer's arrival in such a sentence (see
// above).
func (az *analyzer) cameAtAnotherTime(c *clause) bool {
	if c.actor != actCustomer || c.neg || c.question || c.cond || c.aspect != aspDone || !c.lemmaIn(turnedUpVerbs) {
		return false
	}
	p := az.bookingBeside(c)
	if p == nil {
		return false
	}
	booked := az.bookedTimeIn(p.comp+1, p.hi)
	came := az.bookedTimeIn(c.verb+1, c.hi)
	if booked.kind == measureNone || came.kind != booked.kind || came.value == booked.value {
		return false
	}
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.helpInSentence(c)
}

// bookingBeside returns the clause that tells what was booked and when,
// right before c ("the booking was for | the 14th, but you arrived ...") or
// right after it, opened by "when", "but", "while" or "whereas" ("you
// boarded the 10:40 | when your ticket was for the 12:10"); nil if neither
// does.
func (az *analyzer) bookingBeside(c *clause) *clause {
	if p := az.prevInSentence(c); p != nil && az.tellsBooking(p) {
		return p
	}
	if n := az.nextInSentence(c); n != nil && bookingAfterOpeners.has(az.tok.toks[n.lo].id) && az.tellsBooking(n) {
		return n
	}
	return nil
}

// tellsBooking reports a clause with no verb but "be" whose subject names
// what was booked, tied to its time: "the booking was for", "your
// appointment was at".
func (az *analyzer) tellsBooking(p *clause) bool {
	return p.verb < 0 && !p.neg && p.comp < p.hi && az.subjectHas(p, bookedNouns) && bookedLinks.has(az.tok.toks[p.comp].id)
}

// bookedTimeIn returns the time told between lo and hi: a date, a day of the
// month or a clock time (see measureIn), else a day of the week, which only a
// booking and an arrival are set beside each other by.
func (az *analyzer) bookedTimeIn(lo, hi int) measure {
	if m, _, _ := az.measureIn(lo, hi); m.kind != measureNone {
		return m
	}
	for i := lo; i < hi; i++ {
		if d := slices.Index(weekdayIDs, az.tok.toks[i].id); d >= 0 {
			return measure{kind: measureWeekday, value: d}
		}
	}
	return measure{}
}

// bookedNouns name what was booked; bookedLinks tie it to its time ("for",
// "at", "on"); turnedUpVerbs tell the customer arriving.
var (
	bookedNouns   = idSetOf(bookedNounsList)
	bookedLinks   = idSetOf("for at on")
	turnedUpVerbs = lemmaSetOf("arrive come get turn show board catch check")
	// bookingAfterOpeners open a booking told after the arrival.
	bookingAfterOpeners = idSetOf("when but while whereas")
)

const bookedNounsList = "booking ticket tickets appointment reservation slot table"

// weekdayIDs are the days of the week in order; calendarNames interns them.
var weekdayIDs = func() []int32 {
	var ids []int32
	for _, w := range strings.Fields(weekdayNamesList) {
		ids = append(ids, wordID(w))
	}
	return ids
}()

const weekdayNamesList = "monday tuesday wednesday thursday friday saturday sunday"
