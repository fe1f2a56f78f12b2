package scoring

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/olebedev/when"
)

// TestSingleWordTimesMatchParser checks the start-up cache of one-word time cues
// against the rule set Analyze would run on that word, so the cache can never
// say something the parser would not.
func TestSingleWordTimesMatchParser(t *testing.T) {
	if len(singleWordTimes) < 20 {
		t.Fatalf("singleWordTimes holds %d words, want every weekday and casual word", len(singleWordTimes))
	}
	for w, cached := range singleWordTimes {
		var set ruleSet
		switch {
		case casualDates.has(wordID(w)):
			set = ruleCasualDate
		case casualTimes.has(wordID(w)) || w == "midday":
			set = ruleCasualTime
		default:
			set = ruleWeekday
		}
		live, err := timeParsers[set].Parse(w, timeBase)
		if err != nil || live == nil {
			t.Errorf("parser with rules %b finds nothing in %q (err %v), cache has %+v", set, w, err, cached)
			continue
		}
		if diff := cmp.Diff(cached, *live); diff != "" {
			t.Errorf("cache for %q differs from the parser (-cache +parser):\n%s", w, diff)
		}
	}
}

func TestFormatOffset(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{0, "+0m"}, {15 * time.Minute, "+15m"}, {8 * time.Hour, "+8h"}, {96 * time.Hour, "+4d"},
		{26*time.Hour + 30*time.Minute, "+1d2h30m"},
	} {
		if got := formatOffset(tc.d); got != tc.want {
			t.Errorf("formatOffset(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestIsOrdinal(t *testing.T) {
	for k, want := range map[string]bool{"1st": true, "22nd": true, "3rd": true, "15th": true, "th": false, "first": false, "15": false, "a1st": false} {
		if got := isOrdinal(k); got != want {
			t.Errorf("isOrdinal(%q) = %v, want %v", k, got, want)
		}
	}
}

// TestWindowMemoMatchesParser checks that remembered time phrases read exactly as
// the parser reads them fresh, over every validation utterance.
func TestWindowMemoMatchesParser(t *testing.T) {
	set, err := readLabelled("testdata/markers")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range set {
		warm := Analyze(l.text) // fills the memo
		warm = Analyze(l.text)  // reads it
		useWindowMemo = false
		cold := Analyze(l.text)
		useWindowMemo = true
		if diff := cmp.Diff(cold, warm); diff != "" {
			t.Errorf("%s: memo changes the analysis (-parser +memo):\n%s", l.pos, diff)
		}
	}
}

// TestWindowSlotsMatchParser checks every window windowSlots remembers over
// the labelled utterances against a fresh reading of it lowered, by the
// parser with its rule set: a window as typed is read as the parser reads
// it.
func TestWindowSlotsMatchParser(t *testing.T) {
	checked := map[*windowSlot]bool{}
	checkSlots := func() {
		for i := range windowSlots {
			e := windowSlots[i].Load()
			if e == nil || checked[e] {
				continue
			}
			checked[e] = true
			window := string(appendLowerASCII(nil, e.key.text))
			fresh, err := timeParsers[e.key.set].Parse(window, timeBase)
			if err != nil {
				fresh = nil
			}
			if diff := cmp.Diff(fresh, e.res); diff != "" {
				t.Errorf("slot for %q with rules %b differs from the parser (-parser +slot):\n%s", e.key.text, e.key.set, diff)
			}
		}
	}
	for i, text := range labelledTexts(t) {
		Analyze(text)
		Analyze(text) // read from the slots
		if i%64 == 0 {
			checkSlots()
		}
	}
	checkSlots()
	if len(checked) == 0 {
		t.Fatal("no window was remembered")
	}
}

// TestSinceBaseIsSub checks sinceBase against Sub for times near the base,
// where it takes the difference itself, and far from it, where Sub's
// answer stands out of range of a Duration.
func TestSinceBaseIsSub(t *testing.T) {
	for _, at := range []time.Time{
		timeBase, timeBase.Add(-time.Nanosecond), timeBase.Add(90*time.Minute + 7*time.Nanosecond),
		timeBase.Add(-11 * time.Hour), timeBase.AddDate(0, 0, 4), timeBase.AddDate(99, 0, 0), timeBase.AddDate(-99, 0, 0),
		timeBase.AddDate(101, 0, 0), timeBase.AddDate(-101, 0, 0), timeBase.AddDate(400, 0, 0), timeBase.AddDate(-400, 0, 0),
		time.Date(2024, time.January, 5, 9, 30, 0, 0, time.FixedZone("", 3600)), time.Now(), {},
	} {
		if got, want := sinceBase(at), at.Sub(timeBase); got != want {
			t.Errorf("sinceBase(%v) = %v, Sub %v", at, got, want)
		}
	}
}

// TestWindowMemoOwnsItsText checks that a memoised parser answer survives the
// reuse of the buffer its window was cut from, as the tokenizer's buffer is
// reused by the next Analyze.
func TestWindowMemoOwnsItsText(t *testing.T) {
	buf := []byte("thursday 3am")
	window := unsafe.String(unsafe.SliceData(buf), len(buf))
	first := parseWindow(ruleWeekday|ruleHour, window)
	if first == nil {
		t.Fatalf("parser found nothing in %q", window)
	}
	want := *first
	want.Text, want.Source = strings.Clone(want.Text), strings.Clone(want.Source)
	copy(buf, "xxxxxxxx xxx")
	got := parseWindow(ruleWeekday|ruleHour, "thursday 3am")
	if diff := cmp.Diff(want, *got); diff != "" {
		t.Errorf("memoised answer changed with its source buffer (-want +got):\n%s", diff)
	}
}

// TestNotTimesNeedOnlyASCIILowering checks that matching notTimes against the
// ASCII-lowered text finds what strings.ToLower would: no non-ASCII rune
// lowers to a letter of those words.
func TestNotTimesNeedOnlyASCIILowering(t *testing.T) {
	letters := ""
	for w := range notTimes {
		letters += w
	}
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if l := strings.ToLower(string(r)); strings.ContainsAny(l, letters) {
			t.Errorf("%U lowers to %q, a letter of the notTimes words %q", r, l, letters)
		}
	}
}

// TestOrdinalDayAlone checks a day of the month said without a month: a
// commitment when the company promises it, with the article kept in the
// evidence, and a fact otherwise.
func TestOrdinalDayAlone(t *testing.T) {
	checkTimeCommitments(t, []timeCase{
		{"An engineer will be with you on the 14th.", "on the 14th", "+13d"},
		{"I'll have it to you by the 3rd.", "by the 3rd", "+2d"},
		{"We'll send it on the 14th of March.", "on the 14th of March", "+73d"},
		{"It was due on the 2nd.", "", ""},
		{"Would the 14th suit you?", "", ""},
	})
}

// timeCase is an utterance with the time commitment Analyze should find in
// it, and its Detail; "" for none.
type timeCase struct{ text, want, detail string }

// checkTimeCommitments runs Analyze on each case and compares the last time
// commitment it finds.
func checkTimeCommitments(t *testing.T, cases []timeCase) {
	t.Helper()
	for _, tc := range cases {
		var got, detail string
		for _, m := range Analyze(tc.text).Markers {
			if m.Kind == MarkTimeCommitment {
				got, detail = m.Text, m.Detail
			}
		}
		if got != tc.want || detail != tc.detail {
			t.Errorf("Analyze(%q) time commitment = %q (%q), want %q (%q)", tc.text, got, detail, tc.want, tc.detail)
		}
	}
}

// TestOrdinalDayRolls checks that a day before the base date's is read in the
// next month, and that a day the month does not have is no date.
func TestOrdinalDayRolls(t *testing.T) {
	base := time.Date(2024, time.January, 20, 8, 0, 0, 0, time.UTC)
	p := when.New(nil)
	p.Add(ordinalDay())
	for _, tc := range []struct {
		text string
		want time.Time
	}{
		{"by the 3rd", time.Date(2024, time.February, 3, 8, 0, 0, 0, time.UTC)}, // no time of day said: the base's stays
		{"on the 25th", time.Date(2024, time.January, 25, 8, 0, 0, 0, time.UTC)},
	} {
		res, err := p.Parse(tc.text, base)
		if err != nil || res == nil {
			t.Fatalf("Parse(%q) = %v, %v", tc.text, res, err)
		}
		if !res.Time.Equal(tc.want) {
			t.Errorf("Parse(%q) = %v, want %v", tc.text, res.Time, tc.want)
		}
	}
	feb := time.Date(2024, time.February, 1, 8, 0, 0, 0, time.UTC)
	if res, _ := p.Parse("on the 30th", feb); res != nil {
		t.Errorf("Parse(on the 30th) in February = %v, want no date", res.Time)
	}
}

// TestClockAndEventTimes checks times said without am or pm (read in working
// hours, after the base's 08:00), an hour alone after "at", and a deadline
// tied to the customer's own moment by the company's promise; and that a
// street number, a guess and how long delivery takes are no commitment.
func TestClockAndEventTimes(t *testing.T) {
	checkTimeCommitments(t, []timeCase{
		{"You'll get a callback from me at 11.", "at 11", "+3h"},
		{"I'll ring you back at 4 this afternoon with an update.", "at 4 this afternoon", "+8h"},
		{"I'll call you at 2:30.", "at 2:30", "+6h30m"},
		{"I'll call you at 9 am tomorrow.", "at 9 am tomorrow", "+1d1h"},
		{"Give me until 3 o'clock and I'll have an answer for you.", "until 3 o'clock", "+7h"},
		{"We'll have the gas back on before your kids get home from school.", "before your kids get home from school", ""},
		{"It'll be fixed by the time you get back from work.", "by the time you get back from work", ""},
		{"Meet me at 11 Elm Street.", "", ""},
		{"Things should settle down at some point next week, I'd guess.", "", ""},
		{"Standard delivery takes three to five working days.", "", ""},
	})
}

// TestFormatOffsetRemembers checks that formatOffset's remembered answers
// are writeOffset's, for offsets that share a slot of its table and for
// offsets asked again.
func TestFormatOffsetRemembers(t *testing.T) {
	for round := 0; round < 2; round++ {
		for m := 0; m < 3*len(offsetNames); m += 7 {
			d := time.Duration(m)*time.Minute + 20*time.Second
			if got, want := formatOffset(d), writeOffset(d); got != want {
				t.Fatalf("round %d: formatOffset(%v) = %q, want %q", round, d, got, want)
			}
		}
	}
}
