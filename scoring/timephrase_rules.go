package scoring

import (
	"regexp"
	"strconv"
	"time"

	"github.com/olebedev/when/rules"
)

// ordinalDay is a rule for the date parser that reads a day of the month said
// alone ("on the 14th", "by the 3rd"), which its English rules only read next to a
// month name. The day is the next one of that number on or after the base
// date, this month or the next: agents say "the 14th" only of a date ahead.
func ordinalDay() rules.Rule {
	return &rules.F{
		RegExp: regexp.MustCompile(`(?i)(?:\W|^)((?:the\s+)?([0-9]{1,2})(st|nd|rd|th))(?:\W|$)`),
		Applier: func(m *rules.Match, c *rules.Context, _ *rules.Options, ref time.Time) (bool, error) {
			day, err := strconv.Atoi(m.Captures[1])
			if err != nil || day < 1 || day > 31 {
				return false, nil
			}
			month := ref.Month()
			if day < ref.Day() {
				month++
			}
			at := time.Date(ref.Year(), month, day, 0, 0, 0, 0, ref.Location())
			if at.Day() != day {
				return false, nil // the 31st of a 30-day month
			}
			y, mo := at.Year(), int(at.Month())
			c.Year, c.Month, c.Day = &y, &mo, &day
			return true, nil
		},
	}
}

// ordinalDayCue reports token i as a day said alone: an ordinal after "the"
// with no month name in the next two tokens, which the month cue reads instead
// ("the 14th of March").
func (az *analyzer) ordinalDayCue(i int) bool {
	toks := az.tok.toks
	if i == 0 || !isOrdinal(az.tok.keyOf(&toks[i])) || az.tok.keyOf(&toks[i-1]) != "the" || toks[i-1].sent != toks[i].sent {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+2 && toks[j].sent == toks[i].sent; j++ {
		if monthWords[az.tok.keyOf(&toks[j])] {
			return false
		}
	}
	return true
}

// monthWords are the month names the month cue covers.
var monthWords = wordSet("january february march april may june july august september october november december " +
	"jan feb mar apr jun jul aug sep sept oct nov dec")

// bareHour is a rule for the date parser that reads an hour said alone after
// "at" ("I'll call you at 11"), which its English rules read only with am or
// pm. The hour is that o'clock; daytime then reads it in working hours.
func bareHour() rules.Rule {
	return &rules.F{
		RegExp: regexp.MustCompile(`(?i)(?:\W|^)(at\s+(1[0-2]|[1-9]))(?:\W|$)`),
		Applier: func(m *rules.Match, c *rules.Context, _ *rules.Options, _ time.Time) (bool, error) {
			hour, err := strconv.Atoi(m.Captures[1])
			if err != nil {
				return false, nil
			}
			minute := 0
			c.Hour, c.Minute = &hour, &minute
			return true, nil
		},
	}
}

// bareHourCue reports token i as an hour said alone: "at" before it, a whole
// number from 1 to 12, and nothing after it that makes it a street number or
// an amount ("at 11 Elm Street"): the sentence ends or a time word follows.
func (az *analyzer) bareHourCue(i int) bool {
	toks := az.tok.toks
	if i == 0 || az.tok.keyOf(&toks[i-1]) != "at" || toks[i-1].sent != toks[i].sent {
		return false
	}
	n, err := strconv.Atoi(az.tok.keyOf(&toks[i]))
	if err != nil || n < 1 || n > 12 {
		return false
	}
	if i+1 >= len(toks) || toks[i+1].sent != toks[i].sent || toks[i].pause {
		return true
	}
	next := az.tok.keyOf(&toks[i+1])
	return timeWords.has(toks[i+1].id) || next == "to" || next == "and" || next == "so" || next == "sharp"
}
