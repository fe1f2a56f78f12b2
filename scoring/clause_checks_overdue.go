package scoring

import (
	"strconv"
	"strings"
)

// A limit, and the customer's side's act measured past it. "Locker codes
// expire after 72 hours and you came on day five", "you sent it back 47 days
// after delivery and our window is 30", "the gate closed at 10:40 and you
// came through security at 10:52", "your return window shut on the 9th and
// the box reached us on the 20th": the numbers themselves put the act past
// the limit, so the rule is applied to what the customer did. An act within
// the limit, a limit we promised ("we'll call within 24 hours"), what we
// deliver running late, and a sentence where we act are not.

// measure is a point or a length the words give: a length of time in hours,
// a clock time in minutes past midnight, or a day of the month.
type measure struct {
	kind  measureKind
	value int
	unit  int // for a length of time, the hours in its unit ("days": 24)
}

type measureKind uint8

const (
	measureNone    measureKind = iota
	measureHours               // "72 hours", "day five", "47 days"
	measureClock               // "10:52"
	measureDay                 // "the 20th"
	measureDate                // "4 January", "December 31st": a month and its day
	measureWeekday             // "Saturday": a day of the week (only bookedTimeIn reads one)
)

// actPastTheLimit reports a clause telling an act of the customer's side at
// a measure past a limit the turn states (see above).
func (az *analyzer) actPastTheLimit(c *clause) bool {
	if !az.turnHasLimit() {
		return false // a limit and an act past it take a word of limit, and a number or a time
	}
	if c.neg || c.question || c.cond || c.aspect != aspDone || c.actor == actAgent || c.byAgent || az.subjectHasLex(c, lxOurDet) {
		return false // "our engineer arrived at 10:52": ours running late
	}
	if az.subjectHasLex(c, lxDeliverable) && !(c.passive && c.lists&(listDuty|listYourActs|listHouseholdActs) != 0) && !az.cameToUs(c) {
		// "the refund took ten days" is ours late; "the order was placed on the 5th" is the customer's act,
		// and "the payment reached us on the 6th" came from them
		return false
	}
	act, at, actBare := az.measureIn(c.lo, c.hi)
	if act.kind == measureNone || az.limitBefore(c.lo, at) {
		return false // "the window closed on the 9th" states the limit
	}
	if actBare {
		// "it was entered after twenty-five" after "the code was valid for ten minutes": a bare count, in the
		// unit of a limit told apart with one
		return az.limitNearPassed(c, func(limit measure, limitBare bool) bool {
			return !limitBare && limit.kind == measureHours && limit.unit != 0 &&
				az.pastLimit(measure{kind: measureHours, value: act.value * limit.unit, unit: limit.unit}, limit, false)
		})
	}
	if az.limitBefore(at, c.hi) {
		// "you sent it back 47 days after delivery and our window is 30", read as one clause
		if limit, _, unitless := az.measureIn(az.limitAt(at, c.hi), c.hi); az.pastLimit(act, limit, unitless) {
			return !az.weActInSentence(c)
		}
	}
	return az.limitNearPassed(c, func(limit measure, limitBare bool) bool { return az.pastLimit(act, limit, limitBare) })
}

// limitNearPassed reports a clause that sets a limit, within limitReach
// clauses of c in its sentence or the one either side, whose measure passed
// says c's act went past; neither clause may be one in whose sentence we act.
func (az *analyzer) limitNearPassed(c *clause, passed func(limit measure, limitBare bool) bool) bool {
	ci := az.clauseIndex(c)
	sent := az.tok.toks[c.lo].sent
	for k := max(0, ci-limitReach); k < len(az.clauses) && k <= ci+limitReach; k++ {
		d := &az.clauses[k]
		if k == ci || abs32(az.tok.toks[d.lo].sent-sent) > 1 || !az.limitClause(d) {
			continue
		}
		if limit, _, limitBare := az.measureIn(d.lo, d.hi); passed(limit, limitBare) {
			return !az.weActInSentence(c) && !az.weActInSentence(d)
		}
	}
	return false
}

// cameToUs reports a thing told reaching us: "reached us", "got to us",
// "came in to us", "arrived with us". What reaches us is sent by the
// customer.
func (az *analyzer) cameToUs(c *clause) bool {
	return c.verb >= 0 && !c.passive && (c.lists&listArrive != 0 || c.lemma == "reach") && az.anyLexIn(c.verb+1, min(c.hi, c.verb+4), lxAgent)
}

// turnHasLimit reports a number, a number word or a month, and a word that
// sets a limit, in the turn, read once, when first asked.
func (az *analyzer) turnHasLimit() bool {
	if az.limits == limitsUnread {
		az.limits = limitsAbsent
		n := len(az.tok.toks)
		if (az.tok.shaped || az.anyIn(0, n, datingWords)) && az.limitAt(0, n) < n {
			az.limits = limitsPresent // a number in figures or in words, or a month named alone: "expired in March"
		}
	}
	return az.limits == limitsPresent
}

// limitsRead is whether a turn holds a limit and a number, read only when
// first asked: limitsUnread until then.
type limitsRead uint8

const (
	limitsUnread limitsRead = iota
	limitsAbsent
	limitsPresent
)

// pastLimit reports an act's measure past a limit's of the same kind; a
// limit with no unit ("our window is 30") is in the act's unit. A date more
// than half a year before the limit's is in the year after it ("expired on
// 31 December, presented on 4 January"), and a day of the month more than
// half a month before it in the month after.
func (az *analyzer) pastLimit(act, limit measure, unitless bool) bool {
	if unitless {
		limit.value *= act.unit
	}
	if act.unit == monthOnly || limit.unit == monthOnly {
		// a month alone is only as late as its month: "expired in March, used on 3 March" is no later
		act.value, limit.value = act.value/daysInDateMonth*daysInDateMonth, limit.value/daysInDateMonth*daysInDateMonth
	}
	switch {
	case act.kind == measureDate && act.value < limit.value-6*daysInDateMonth:
		act.value += 12 * daysInDateMonth
	case act.kind == measureDay && act.value < limit.value-15:
		act.value += 31 // "expired on the 31st, and the order went in on the 2nd"
	}
	return limit.kind == act.kind && act.value > limit.value
}

// monthOnly, as a date's unit, says the date names its month alone: "in
// March".
const monthOnly = 1

// datingWords are the words that may date or count without a figure: the
// months monthNumbers numbers, and the number words.
var datingWords = idSetOf(monthNamesList + " " + numberWordsList)

// monthPreps put a month alone as a date: "in March", "the end of March",
// "until March".
var monthPreps = idSetOf("in of until till since during by")

// daysInDateMonth is the days a month counts for in a date's measure: one
// more than any month has, so every date of a later month is later.
const daysInDateMonth = 32

// dateAt reads a date at token i, a day beside its month: "31 December",
// "4th January", "January 4", "December 31st". It returns the date's measure
// (the month times daysInDateMonth, plus the day) and the token it starts
// at, or 0.
func (az *analyzer) dateAt(i, hi int) (int, int) {
	toks := az.tok.toks
	day := func(j int) int {
		if !toks[j].num {
			return dayOfMonth(az.tok.key(toks[j])) // "4th"
		}
		if n := az.countAt(j); n <= 31 {
			return n
		}
		return 0
	}
	if i+1 < hi {
		if m := monthAfterDay(az.tok.key(toks[i+1])); m > 0 {
			if d := day(i); d > 0 {
				return m*daysInDateMonth + d, i // "31 December"
			}
		}
	}
	if i > 0 {
		if m := monthNumbers[az.tok.key(toks[i-1])]; m > 0 && toks[i-1].sent == toks[i].sent {
			if d := day(i); d > 0 {
				return m*daysInDateMonth + d, i - 1 // "January 4th"
			}
		}
	}
	return 0, 0
}

// monthAfterDay numbers a month named after a day: there, "May" is the
// month ("14 May").
func monthAfterDay(k string) int {
	if k == "may" {
		return 5
	}
	return monthNumbers[k]
}

// monthNumbers number the months by their names: "march" is 3. "May" is
// left out: it is mostly a verb, and dateAt reads it only after a day.
var monthNumbers = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

// limitBefore reports a word that sets a limit among tokens lo to hi.
func (az *analyzer) limitBefore(lo, hi int) bool {
	return az.limitAt(lo, hi) < hi
}

// limitAt returns the first word that sets a limit among tokens lo to hi, or hi.
func (az *analyzer) limitAt(lo, hi int) int {
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		if limitNouns.has(toks[i].id) || toks[i].id == idCut && i+1 < hi && toks[i+1].id == idOff && az.hyphenated(i+1) {
			return i // "cut-off", which the tokenizer splits at its hyphen
		}
	}
	return hi
}

// limitReach is how many clauses either side of an act a limit may be told in.
const limitReach = 4

// limitClause reports a clause that sets a limit: a word of closing,
// expiring or a window, said of a rule or a thing, not promised by us.
func (az *analyzer) limitClause(c *clause) bool {
	if c.actor == actAgent && (c.aspect == aspWill || c.aspect == aspDone) {
		return false // "we'll call within 24 hours", "we sent it within the hour"
	}
	return az.limitBefore(c.lo, c.hi)
}

// measureIn returns the first measure among tokens lo to hi, the token it
// starts at (hi when there is none), and whether it is a bare number with no
// unit ("our window is 30").
func (az *analyzer) measureIn(lo, hi int) (m measure, at int, unitless bool) {
	toks := az.tok.toks
	bare, bareAt := measure{}, hi
	for i := lo; i < hi; i++ {
		t := toks[i]
		if v, ok := az.clockAt(i, hi); ok {
			return measure{kind: measureClock, value: v}, i, false // "10:52", "10pm", "10:20pm"
		}
		if d, at := az.dateAt(i, hi); d > 0 {
			return measure{kind: measureDate, value: d}, at, false // "31 December", "January 4th"
		}
		if m := monthNumbers[az.tok.key(t)]; m > 0 && i > lo && monthPreps.has(toks[i-1].id) {
			return measure{kind: measureDate, value: m * daysInDateMonth, unit: monthOnly}, i, false // "in March", "until the end of March"
		}
		if d := dayOfMonth(az.tok.key(t)); d > 0 {
			return measure{kind: measureDay, value: d}, i, false // "the 20th"
		}
		n := az.countAt(i)
		if n <= 0 {
			continue
		}
		if i+1 < hi && durationNouns.has(toks[i+1].id) {
			u := hoursIn(az.tok.key(toks[i+1]))
			return measure{kind: measureHours, value: n * u, unit: u}, i, false // "47 days"
		}
		if i > lo && durationNouns.has(toks[i-1].id) {
			u := hoursIn(az.tok.key(toks[i-1]))
			return measure{kind: measureHours, value: n * u, unit: u}, i, false // "day five"
		}
		if bareAt == hi {
			bare, bareAt = measure{kind: measureHours, value: n}, i // "our window is 30", unless a unit comes later
		}
	}
	return bare, bareAt, bareAt < hi
}

// clockAt returns the minutes past midnight of a time of day at token i:
// "10:52", "22:00", and with its half of the day, "10pm", "10:20pm".
func (az *analyzer) clockAt(i, hi int) (int, bool) {
	toks := az.tok.toks
	if t := toks[i]; t.num && t.colon && i+1 < hi {
		mins, half, ok := minutesAndHalf(az.tok.key(toks[i+1]))
		h := az.countAt(i)
		if !ok || h > 24 {
			return 0, false
		}
		return halfDayHour(h, half)*60 + mins, true // "10:52", "10:20pm"
	}
	if middayWords.has(toks[i].id) {
		return 12 * 60, true // "noon", "midday"
	}
	h, half, ok := minutesAndHalf(az.tok.key(toks[i]))
	if !ok || half == "" || h == 0 || h > 12 {
		return 0, false
	}
	return halfDayHour(h, half) * 60, true // "10pm"
}

// middayWords name twelve o'clock in the day.
var middayWords = idSetOf("noon midday")

// minutesAndHalf splits a key of two digits or fewer and an optional "am"
// or "pm" ("20pm", "52", "10am") into its number and its half of the day.
func minutesAndHalf(k string) (n int, half string, ok bool) {
	if strings.HasSuffix(k, "am") || strings.HasSuffix(k, "pm") {
		k, half = k[:len(k)-2], k[len(k)-2:]
	}
	if len(k) == 0 || len(k) > 2 {
		return 0, "", false
	}
	for _, r := range k {
		if r < '0' || r > '9' {
			return 0, "", false
		}
		n = n*10 + int(r-'0')
	}
	return n, half, true
}

// halfDayHour returns hour h on the 24-hour clock, given its half of the
// day ("" when the time names none): 10 "pm" is 22, 12 "am" is 0.
func halfDayHour(h int, half string) int {
	switch {
	case half == "pm" && h < 12:
		return h + 12
	case half == "am" && h == 12:
		return 0
	}
	return h
}

// countAt returns the number token i says, in digits or a word, or 0. The
// time-phrase reader's numberWord reads digits and the small counts; the
// large counts a number word may also be are read here.
func (az *analyzer) countAt(i int) int {
	t := az.tok.toks[i]
	if !t.num && !numberWords.has(t.id) {
		return 0
	}
	k := az.tok.key(t)
	n, ok := numberWord(k)
	if !ok {
		n = largeCounts[k]
	}
	if n > 100000 {
		return 0 // a reference or a phone number, not a count
	}
	return n
}

// dayOfMonth returns the day an ordinal names ("9th", "21st"), or 0.
func dayOfMonth(k string) int {
	if !isOrdinal(k) {
		return 0
	}
	d, err := strconv.Atoi(k[:len(k)-2])
	if err != nil || d < 1 || d > 31 {
		return 0
	}
	return d
}

// hoursIn returns the hours in one of a duration noun.
func hoursIn(unit string) int {
	switch unit {
	case "day", "days":
		return 24
	case "week", "weeks":
		return 24 * 7
	case "fortnight", "fortnights":
		return 24 * 14
	case "month", "months":
		return 24 * 30
	case "year", "years":
		return 24 * 365
	case "minute", "minutes":
		return 0 // too short to set against a limit in hours
	}
	return 1
}

// abs32 returns the absolute value of v.
func abs32(v int32) int32 {
	if v < 0 {
		return -v
	}
	return v
}

// limitNouns set a limit: "window", "expire", "closed", "cut-off".
var limitNouns = idSetOf(limitNounsList)

const limitNounsList = "window expire expires expired close closes closed shut shuts cutoff cut-off deadline limit period due valid lapsed warranty guarantee lasts"

// largeCounts are the number words numberWord does not read.
var largeCounts = map[string]int{"hundred": 100, "thousand": 1000, "dozen": 12}
