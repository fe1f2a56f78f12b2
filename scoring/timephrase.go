package scoring

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/en"
)

// timeBase is the moment time phrases are resolved against: a Monday morning.
// It is fixed so that the same words always give the same Detail.
var timeBase = time.Date(2024, time.January, 1, 8, 0, 0, 0, time.UTC)

// windowAfter is how many tokens past a cue the parser may see, enough for
// "tomorrow at 9am" or "Friday before noon".
const windowAfter = 3

// timeWords extend a time window: "tomorrow at 9am", "next Friday morning".
var timeWords = idSetOf(timeWordsList)

const timeWordsList = "at am pm a m p this next coming last past on morning afternoon " +
	"evening noon midday night tonight tomorrow today week o'clock"

// extendsTime reports whether token t can continue a time phrase.
func (az *analyzer) extendsTime(t token) bool { return az.tokenExtendsTime(&t) }

// tokenExtendsTime is extendsTime for a token of the turn, by pointer:
// parseAt asks it of the tokens after a cue, and a token passed by value
// is all its bytes copied, twice, at every call. Of a word that is not a
// number, only a code can be a clock time: the test spares the call.
func (az *analyzer) tokenExtendsTime(t *token) bool {
	return t.num || timeWords.has(t.id) || t.code && isClockToken(t, &az.tok)
}

// startsTime reports whether token t can begin a time phrase before its cue:
// "next Friday", "the 15th of March".
func (az *analyzer) startsTime(t token) bool { return az.tokenStartsTime(&t) }

// tokenStartsTime is startsTime for a token of the turn, by pointer, as
// tokenExtendsTime is extendsTime.
func (az *analyzer) tokenStartsTime(t *token) bool {
	return timeWords.has(t.id) || t.id == idThe || t.id == idOf || t.num || t.code && isOrdinal(az.tok.keyOf(t))
}

// isOrdinal reports "1st", "22nd", "15th".
func isOrdinal(k string) bool {
	n := len(k)
	if n < 3 || !allDigits(k[:n-2]) {
		return false
	}
	switch k[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// timeCue is where the parser should look: tokens lo..hi-1 of a cue family.
type timeCue struct {
	lo, hi int
	family string
}

// findTimes adds the time commitments of the turn: first the rows of timeTable the
// parser does not know, then what the parser finds at each time cue. A time in a
// question is an offer ("would Friday suit?"), and one in a sentence with no
// future in it is a fact ("we close at 9pm"); neither is a commitment.
func (az *analyzer) findTimes() {
	hits := az.hits
	if az.uses&useTime == 0 {
		hits = nil // no time row matched
	}
	for _, h := range hits {
		if h.r.use&useTime == 0 || !az.keep(h) || az.askedAt(h.lo) {
			continue
		}
		toks := az.tok.toks
		az.addTime(toks[h.lo].start, toks[h.hi-1].end, h.lo).Detail = az.customDetail(h)
	}
	covered := -1 // the parser already saw tokens up to here
	for _, c := range az.timeCues() {
		if c.lo > covered {
			covered = az.parseAt(c)
		}
	}
}

// timeCues lists the cues the trie found and the clock-shaped tokens ("9am",
// "10:30") it cannot see, in token order.
func (az *analyzer) timeCues() []timeCue {
	cues, hits := az.cues[:0], az.hits
	if az.uses&useTimeCue == 0 {
		hits = nil // no cue matched
	}
	for _, h := range hits {
		if h.r.use&useTimeCue != 0 && !az.greetingAt(h.lo, h.hi) {
			cues = append(cues, timeCue{h.lo, h.hi, h.r.detail})
		}
	}
	fromTrie := len(cues)
	toks := az.tok.toks
	for _, s := range az.tok.shapes { // every cue below is a code or a number
		i := int(s)
		t := &toks[i]
		if !t.code && !t.num {
			continue // followed by a colon only
		}
		switch {
		case (t.code || t.num) && isClockToken(t, &az.tok):
			cues = append(cues, timeCue{i, i + 1, "clock"})
		case t.code && az.ordinalDayCue(i):
			cues = append(cues, timeCue{i, i + 1, "ordinal"})
		case t.num && az.bareHourCue(i):
			cues = append(cues, timeCue{i, i + 1, "barehour"})
		}
	}
	if len(cues) > fromTrie && fromTrie > 0 {
		slices.SortStableFunc(cues, func(a, b timeCue) int { return a.lo - b.lo })
	}
	az.cues = cues
	return cues
}

// greetingAt reports a part of the day said as a greeting, tokens lo..hi:
// "good morning", or a sentence that opens with it and a pause or a name
// ("Evening Sam,", "Morning!"). "This evening" and "by the morning" name a
// time.
func (az *analyzer) greetingAt(lo, hi int) bool {
	toks := az.tok.toks
	if hi != lo+1 || !greetingParts.has(toks[lo].id) {
		return false
	}
	if lo > 0 && toks[lo-1].id == idGood && toks[lo-1].sent == toks[lo].sent {
		return true // "good morning"
	}
	s := az.tok.sents[toks[lo].sent]
	if lo != s.tokLo {
		return false
	}
	if toks[lo].pause || lo+1 == s.tokHi {
		return true // "Morning, ...", "Evening!"
	}
	c := az.tok.text[toks[lo+1].start]
	return az.lexAt(lo+1) == 0 && c >= 'A' && c <= 'Z' // "Evening Sam, ..."
}

// greetingParts are the parts of the day a greeting names; idGood reads
// "good morning".
var (
	greetingParts = idSetOf(greetingPartsList)
	idGood        = wordID("good")
)

const greetingPartsList = "morning afternoon evening"

// parseAt runs the parser over a window around cue c: the cue, a "next" or "this"
// before it, and the time words after it. It returns the last token it looked at.
func (az *analyzer) parseAt(c timeCue) int {
	toks := az.tok.toks
	s := az.tok.sents[toks[c.lo].sent]
	lo, last := c.lo, c.hi-1
	for lo > s.tokLo && lo > c.lo-windowAfter && az.tokenStartsTime(&toks[lo-1]) {
		lo--
	}
	for last+1 < s.tokHi && last+1 < c.hi+windowAfter && az.tokenExtendsTime(&toks[last+1]) {
		last++
	}
	if !az.flags[toks[c.lo].sent].future || az.askedAt(c.lo) || toks[c.lo].quoted {
		return last
	}
	from, to, at, ok := az.resolveTime(c.family, lo, last)
	if !ok {
		return last
	}
	ahead := az.daytime(sinceBase(at), lo, last)
	if from < to {
		// The phrase's first token, looked up once for the tests below and
		// the marker, each of which looked it up again from the bytes.
		first := az.tokenAt(from)
		if az.futureCommitment(first, from, to, ahead) {
			from, first = az.withPreposition(from, first)
			az.addTime(from, to, first).Detail = formatOffset(ahead)
		}
	}
	return last
}

// sinceBase returns at.Sub(timeBase), how far ahead of the base a time the
// parser read is, which the checks of a time phrase and its Detail read
// rather than the time itself. Sub adds the difference it finds back to
// check it for overflow; a time within a century of the base has none, so
// the difference of its seconds and nanoseconds is the answer.
func sinceBase(at time.Time) time.Duration {
	const century = 100 * 366 * 24 * 60 * 60 // in seconds
	secs := at.Unix() - timeBase.Unix()
	if secs < -century || secs > century {
		return at.Sub(timeBase)
	}
	return time.Duration(secs)*time.Second + time.Duration(at.Nanosecond()-timeBase.Nanosecond())
}

// resolveTime asks the date parser what tokens lo..last mean and returns the
// byte span it recognised and the time. A window of one word ("Friday",
// "tomorrow") is answered from singleWordTimes, which holds what the parser said
// about that word at start-up; longer windows go to the parser itself.
func (az *analyzer) resolveTime(family string, lo, last int) (from, to int, at time.Time, ok bool) {
	toks := az.tok.toks
	lo, last = az.trimConnectors(lo, last)
	start, end := toks[lo].start, toks[last].end
	var res *when.Result
	var r when.Result
	found := false
	if lo == last { // a longer window is none of singleWordTimes': the map is not asked
		r, found = singleWordTimes[az.tok.keyOf(&toks[lo])]
	}
	if found {
		res = &r
	} else if set := az.rulesFor(family, lo, last+1); set != 0 {
		// A clock time alone ("by 3pm") is not in singleWordTimes: the parser reads it.
		res = az.tok.parseSpan(set, start, end)
	}
	if res == nil || res.Text == "" {
		return 0, 0, time.Time{}, false
	}
	from, to = trimSpan(az.tok.text, start+res.Index, start+res.Index+len(res.Text))
	return from, to, res.Time, true
}

// trimConnectors drops words at the edges of a window that only join a time to
// something else: "Friday at [the latest]", "[the] 15th".
func (az *analyzer) trimConnectors(lo, last int) (int, int) {
	for last > lo && connectors.has(az.tok.toks[last].id) {
		last--
	}
	for ; lo < last; lo++ {
		if k := az.tok.keyOf(&az.tok.toks[lo]); k != "the" && k != "of" {
			break
		}
	}
	return lo, last
}

var connectors = idSetOf(connectorsList)

const connectorsList = "at on this next coming last past the of"

// addTime adds a time commitment over bytes start..end, from token first,
// and flags its sentence, for the vague-promise check. The candidate holds
// its first token, so that the passes that ask it (see candToken) do not
// look it up again from its bytes.
func (az *analyzer) addTime(start, end, first int) *Marker {
	az.flags[az.sentenceAt(start)].hasTime = true
	return az.addAs(MarkTimeCommitment, timeFacts, start, end, first)
}

// futureCommitment reports whether a parsed phrase, its time ahead of the
// base by ahead (see sinceBase), commits to a time still ahead: not the past,
// not a bare "now" (immediacy is concrete-action's business), not a weekday
// abbreviation that is more likely a verb or a noun ("sat", "sun"), not
// quoted, and not after a past-tense word ("it was due Friday"). Token i is
// the first starting at or after start (see tokenAt).
func (az *analyzer) futureCommitment(i, start, end int, ahead time.Duration) bool {
	// The lowered view, not strings.ToLower, which allocates for "Friday". The
	// two differ only where ToLower turns a non-ASCII letter into an ASCII one
	// ('İ' and the Kelvin sign), and TestNotTimesNeedOnlyASCIILowering checks
	// that no such letter can spell one of these words.
	if end-start <= notTimesLongest && az.tok.lowerIn(notTimes, start, end) {
		return false
	}
	if ahead < 0 {
		return false
	}
	return i < len(az.tok.toks) && !az.tok.toks[i].quoted && !az.pastBefore(i)
}

// notTimes are words the parser reads as times that are seldom meant as one.
var notTimes = wordSet("now sat sun wed mar may")

// notTimesLongest is the length of the longest word of notTimes: a longer
// phrase is none of them, without lowering and looking it up.
var notTimesLongest = func() int {
	n := 0
	for w := range notTimes {
		n = max(n, len(w))
	}
	return n
}()

// trimSpan narrows start..end to exclude surrounding spaces and punctuation, which
// the parser's patterns include.
func trimSpan(text string, start, end int) (int, int) {
	for start < end && !isWordByte(text[start]) && text[start] < 0x80 {
		start++
	}
	for end > start && !isWordByte(text[end-1]) && text[end-1] < 0x80 && text[end-1] != '.' {
		end--
	}
	for end > start && text[end-1] == '.' {
		end--
	}
	return start, end
}

// writeOffset writes how far ahead of the base a time is: "+15m", "+8h",
// "+4d", "+1d2h". Callers ask formatOffset, which remembers its answers.
func writeOffset(d time.Duration) string {
	d = d.Round(time.Minute)
	days, rest := d/(24*time.Hour), d%(24*time.Hour)
	h, m := rest/time.Hour, (rest%time.Hour)/time.Minute
	buf := make([]byte, 0, 16)
	buf = append(buf, '+')
	if days > 0 {
		buf = append(strconv.AppendInt(buf, int64(days), 10), 'd')
	}
	if h > 0 {
		buf = append(strconv.AppendInt(buf, int64(h), 10), 'h')
	}
	if m > 0 || d == 0 {
		buf = append(strconv.AppendInt(buf, int64(m), 10), 'm')
	}
	return string(buf)
}

// customDetail normalises a time phrase found by timeTable: "+2bd" for two business
// days, "+1d" for "within 24 hrs", "every 30m", and "eod", "eow", "eom" for the end
// of the day, week or month.
func (az *analyzer) customDetail(h match) string {
	switch h.r.detail {
	case "end of day":
		return "eod"
	case "end of week":
		return "eow"
	case "end of month":
		return "eom"
	case "clock":
		return az.clockDetail(h)
	}
	n, unit := 1, ""
	for _, t := range az.tok.toks[h.lo:h.hi] {
		if v, ok := numberWord(az.tok.key(t)); ok {
			n = v
		}
		if u := unitOf(az.tok.key(t)); u != "" {
			unit = u
		}
	}
	if h.r.detail == "every" {
		return "every " + formatOffset(time.Duration(n) * unitDuration(unit))[1:]
	}
	if h.r.detail == "business days" {
		return "+" + strconv.Itoa(n) + "bd"
	}
	return formatOffset(time.Duration(n) * unitDuration(unit))
}

// tensWords are the counts past twelve that agents say in words: "in twenty minutes".
var tensWords = map[string]int{"fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
	"fifty": 50, "sixty": 60, "ninety": 90}

// numberWord reads "24", "24h", "two" as a count.
func numberWord(k string) (int, bool) {
	if v, ok := en.INTEGER_WORDS[k]; ok {
		return v, true
	}
	if v, ok := tensWords[k]; ok {
		return v, true
	}
	digits := strings.TrimRight(k, "hrsmin")
	v, err := strconv.Atoi(digits)
	return v, err == nil
}

// unitOf names the unit a token ends in: "hrs", "24h" and "hours" are all "h".
func unitOf(k string) string {
	k = strings.TrimLeft(k, "0123456789")
	switch k {
	case "h", "hr", "hrs", "hour", "hours":
		return "h"
	case "min", "mins", "minute", "minutes":
		return "m"
	case "day", "days":
		return "d"
	case "week", "weeks":
		return "w"
	case "fortnight":
		return "f"
	}
	return ""
}

func unitDuration(unit string) time.Duration {
	switch unit {
	case "m":
		return time.Minute
	case "d":
		return 24 * time.Hour
	case "w":
		return 7 * 24 * time.Hour
	case "f":
		return 14 * 24 * time.Hour
	}
	return time.Hour
}

// timePrepositions are the words that make a date a deadline: "by Friday".
var timePrepositions = idSetOf(timePrepositionsList)

const timePrepositionsList = "by before until till on from within at"

// withPreposition widens a parsed phrase from byte start, token i the first
// starting at or after it (see tokenAt), to take in the preposition before
// it, which the parser leaves out, so the evidence reads "by Friday", not
// "Friday". It returns the phrase's start and its first token.
func (az *analyzer) withPreposition(start, i int) (int, int) {
	toks := az.tok.toks
	if i <= 0 || i >= len(toks) || toks[i].start != start {
		return start, i
	}
	w := i // the word the preposition comes before
	if j := i - 1; j > 0 && isOrdinal(az.tok.keyOf(&toks[i])) && az.tok.keyOf(&toks[j]) == "the" && toks[j-1].sent == toks[i].sent {
		w = j // "by the 3rd": the article the parser left out
	}
	if toks[w-1].sent == toks[w].sent && timePrepositions.has(toks[w-1].id) {
		return toks[w-1].start, w - 1
	}
	return start, i
}

// morningWords put a clock time in the morning: "at 9 am", "at 7 tomorrow morning".
var morningWords = wordSet("am a morning midnight")

// daytime reads a clock time that came out before the base as the afternoon
// of that day: "I'll call you at 2:30" said at the base's 08:00 means 14:30,
// and "at 4 this afternoon" means 16:00, not a time already gone. A time said
// with am or the morning stays as it is, and so is found to be past. The
// time is read, and given back, as how far ahead of the base it is.
func (az *analyzer) daytime(ahead time.Duration, lo, last int) time.Duration {
	if ahead >= 0 || ahead < -12*time.Hour {
		return ahead
	}
	for i := lo; i <= last; i++ {
		k := az.tok.keyOf(&az.tok.toks[i])
		if morningWords[k] || strings.HasSuffix(k, "am") && len(k) > 2 && k[0] >= '0' && k[0] <= '9' {
			return ahead
		}
	}
	return ahead + 12*time.Hour
}

// clockDetail is the offset of a clock time the parser does not read ("at
// four", "at half past three"): the hour said, in working hours (one to seven
// are afternoon), the next time it comes after the base.
func (az *analyzer) clockDetail(h match) string {
	hour, minute := -1, 0
	for i := h.lo; i < h.hi; i++ {
		k := az.tok.keyOf(&az.tok.toks[i])
		switch {
		case k == "midnight":
			hour = 24
		case k == "lunchtime":
			hour = 13
		case k == "half":
			minute = 30
		case k == "quarter":
			minute = 15
		case k == "to":
			minute = -15
		default:
			if v, ok := numberWord(k); ok && v >= 1 && v <= 12 {
				hour = v
			}
		}
	}
	if hour < 0 {
		return ""
	}
	if hour < 8 {
		hour += 12
	}
	at := timeBase.Truncate(24 * time.Hour).Add(time.Duration(hour)*time.Hour + time.Duration(minute)*time.Minute)
	return formatOffset(at.Sub(timeBase))
}
