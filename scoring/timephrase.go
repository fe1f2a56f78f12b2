package scoring

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
)

// timeBase is the moment time phrases are resolved against: a Monday morning.
// It is fixed so that the same words always give the same Detail.
var timeBase = time.Date(2024, time.January, 1, 8, 0, 0, 0, time.UTC)

// timeParser is the English date parser, built once. Parse only reads it, so it is
// safe for concurrent use.
var timeParser = func() *when.Parser {
	p := when.New(nil)
	p.Add(en.All...)
	p.Add(common.All...)
	return p
}()

// findTimes adds the time commitments of the turn: first the rows of timeTable the
// parser does not know, then whatever the parser finds. The parser runs only on
// sentences where the trie saw a time cue, because it tries a dozen regular
// expressions on every sentence it is given and would dominate Analyze's cost.
func (az *analyzer) findTimes() {
	for _, h := range az.hits {
		if h.r.kind != MarkTimeCommitment || !az.keep(h) || az.tok.sents[az.tok.toks[h.lo].sent].question {
			continue
		}
		m := az.span(MarkTimeCommitment, h.lo, h.hi)
		m.Detail = az.customDetail(h)
		az.addTime(m)
	}
	for i, s := range az.tok.sents {
		// A time in a question is an offer ("would Friday suit?"), and one in a
		// sentence with no future in it is a fact ("we close at 9pm").
		if f := az.flags[i]; f.timeCue && f.future && !s.question {
			az.parseTimes(s)
		}
	}
}

// addTime adds a time commitment and flags its sentence, for the vague-promise check.
func (az *analyzer) addTime(m Marker) {
	az.flags[az.sentenceAt(m.Start)].hasTime = true
	az.add(m)
}

// parseTimes runs the date parser over one sentence, again after each phrase it finds.
func (az *analyzer) parseTimes(s sentence) {
	for off := s.start; off < s.end; {
		res, err := timeParser.Parse(az.tok.text[off:s.end], timeBase)
		if err != nil || res == nil || res.Text == "" {
			return
		}
		start, end := trimSpan(az.tok.text, off+res.Index, off+res.Index+len(res.Text))
		start = az.withPreposition(start)
		off += res.Index + len(res.Text)
		if start >= end || !az.futureCommitment(start, end, res.Time) {
			continue
		}
		az.addTime(Marker{Kind: MarkTimeCommitment, Start: start, End: end,
			Text: az.tok.text[start:end], Detail: formatOffset(res.Time.Sub(timeBase))})
	}
}

// futureCommitment reports whether a parsed phrase commits to a time still ahead:
// not the past, not a bare "now" (immediacy is concrete-action's business), not a
// weekday abbreviation that is more likely a verb or a noun ("sat", "sun"), not
// quoted, and not after a past-tense word ("it was due Friday").
func (az *analyzer) futureCommitment(start, end int, t time.Time) bool {
	switch strings.ToLower(az.tok.text[start:end]) {
	case "now", "sat", "sun", "wed", "mar", "may":
		return false
	}
	if t.Before(timeBase) {
		return false
	}
	for i, tok := range az.tok.toks {
		if tok.start >= start {
			return !tok.quoted && !az.before(i, 3, pastWords)
		}
	}
	return false
}

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

// formatOffset writes how far ahead of the base a time is: "+15m", "+8h", "+4d", "+1d2h".
func formatOffset(d time.Duration) string {
	d = d.Round(time.Minute)
	days, rest := d/(24*time.Hour), d%(24*time.Hour)
	h, m := rest/time.Hour, (rest%time.Hour)/time.Minute
	var b strings.Builder
	b.WriteByte('+')
	if days > 0 {
		fmt.Fprintf(&b, "%dd", days)
	}
	if h > 0 {
		fmt.Fprintf(&b, "%dh", h)
	}
	if m > 0 || d == 0 {
		fmt.Fprintf(&b, "%dm", m)
	}
	return b.String()
}

// customDetail normalises a time phrase found by timeTable: "+2bd" for two business
// days, "+24h" for "within 24 hrs", "eod" and "eow" for the end of the day or week.
func (az *analyzer) customDetail(h match) string {
	switch h.r.detail {
	case "end of day":
		return "eod"
	case "end of week":
		return "eow"
	}
	n, unit := 1, ""
	for _, t := range az.tok.toks[h.lo:h.hi] {
		if v, ok := numberWord(t.key); ok {
			n = v
		}
		if u := unitOf(t.key); u != "" {
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

// numberWord reads "24", "24h", "two" as a count.
func numberWord(k string) (int, bool) {
	if v, ok := en.INTEGER_WORDS[k]; ok {
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
	}
	return time.Hour
}

// timePrepositions are the words that make a date a deadline: "by Friday".
var timePrepositions = wordSet("by before until till on from within")

// withPreposition widens a parsed phrase to take in the preposition before it,
// which the parser leaves out, so the evidence reads "by Friday", not "Friday".
func (az *analyzer) withPreposition(start int) int {
	for i, t := range az.tok.toks {
		if t.start == start && i > 0 && az.tok.toks[i-1].sent == t.sent && timePrepositions[az.tok.toks[i-1].key] {
			return az.tok.toks[i-1].start
		}
	}
	return start
}
