package scoring

import (
	"slices"
	"strings"
)

// Turning up at another time than was booked. "The booking was for the
// 14th, but you arrived on the 15th", "your appointment was at 9:15 and you
// got here at 9:35", "you were booked in for 9:15 and got here at 9:35",
// "your ticket was for the 12:10, and you boarded the 10:40", "the tickets
// were for the Saturday, and you came on the Sunday", and the booking told
// after, "you boarded the 10:40 when your ticket was for the 12:10": what
// was booked, and the customer's own arrival set beside it at another time,
// answers the complaint with their timing. The same time, or a sentence
// where we are sorry or act, lays nothing.

// cameAtAnotherTime reports the customer's arrival in such a sentence (see
// above).
func (az *analyzer) cameAtAnotherTime(c *clause) bool {
	if c.actor != actCustomer || c.neg || c.question || c.cond || c.aspect != aspDone || !c.lemmaIn(turnedUpVerbs) {
		return false
	}
	p, link := az.bookingBeside(c)
	if p == nil {
		return false
	}
	booked := az.bookedTimeIn(link+1, p.hi)
	came := az.bookedTimeIn(c.verb+1, c.hi)
	if booked.kind == measureNone || came.kind != booked.kind || came.value == booked.value {
		return false
	}
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.helpInSentence(c)
}

// bookingBeside returns the clause that tells what was booked and when,
// right before c ("the booking was for | the 14th, but you arrived ...") or
// right after it, opened by "when", "but", "while" or "whereas" ("you
// boarded the 10:40 | when your ticket was for the 12:10"), with the place
// of the word that ties the booking to its time; nil if neither does.
func (az *analyzer) bookingBeside(c *clause) (*clause, int) {
	if p := az.prevInSentence(c); p != nil {
		if link := az.bookingLinkIn(p); link >= 0 {
			return p, link
		}
	}
	if n := az.nextInSentence(c); n != nil && bookingAfterOpeners.has(az.tok.toks[n.lo].id) {
		if link := az.bookingLinkIn(n); link >= 0 {
			return n, link
		}
	}
	return nil, -1
}

// bookingLinkIn returns the place of the word that ties what was booked to
// its time in p, or -1: in a clause with no verb but "be" whose subject
// names what was booked ("the booking was | for", "your appointment was |
// at"), or after the customer booked in the passive ("you were booked in |
// for 9:15").
func (az *analyzer) bookingLinkIn(p *clause) int {
	toks := az.tok.toks
	switch {
	case p.neg || p.comp >= p.hi:
		return -1
	case p.verb < 0 && az.subjectHas(p, bookedNouns) && bookedLinks.has(toks[p.comp].id):
		return p.comp
	case p.passive && p.lemma == "book" && p.actor == actCustomer:
		for i := p.comp; i < p.hi && i <= p.comp+1; i++ {
			if bookedLinks.has(toks[i].id) {
				return i // "booked | for 9:15", "booked in | for 9:15"
			}
		}
	}
	return -1
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
