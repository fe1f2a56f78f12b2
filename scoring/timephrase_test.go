package scoring

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/google/go-cmp/cmp"
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
		case casualDates[w]:
			set = ruleCasualDate
		case casualTimes[w] || w == "midday":
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
