package scoring

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Talk around a sentence does not change what it says: "Look, the courier
// lost it", "Hi there, the courier lost it", "To be honest, the courier
// lost it", "I understand, but the courier lost it", "The courier lost it,
// I'm afraid", "From what I can see, the courier lost it", "I've checked
// and the courier lost it", "I can see that the courier lost it", "As I
// mentioned, the courier lost it", "The courier lost it, OK?", "the, er,
// the courier lost it", "it went to like, the wrong house"; nor does
// leaving out its apostrophes ("ur routers blocking it"). TestBlameHoldsUnderTalkAroundIt wraps every tuning
// line the grader reads as blame in each of these and counts the lines it
// no longer reads so. The ceilings are the counts measured when the
// readings were written (out of about 5,500 lines); a change that breaks
// more fails.
func TestBlameHoldsUnderTalkAroundIt(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every tuning file; skipped with -short")
	}
	wraps := []struct {
		name    string
		wrap    func(string) string
		ceiling int
	}{
		{"Look, ...", openedWith("Look, "), 5},
		{"Hi there, ...", openedWith("Hi there, "), 5},
		{"To be honest, ...", openedWith("To be honest, "), 5},
		{"I'm afraid ...", openedWith("I'm afraid "), 5},
		{"..., I'm afraid.", func(s string) string { return strings.TrimRight(s, ".!") + ", I'm afraid." }, 5},
		{"..., I think.", func(s string) string { return strings.TrimRight(s, ".!") + ", I think." }, 6},
		{"I understand, but ...", openedWith("I understand, but "), 18},
		{"I'm sorry but ...", openedWith("I'm sorry but "), 18},
		{"I do apologise, but ...", openedWith("I do apologise, but "), 18},
		{"..., sorry.", func(s string) string { return strings.TrimRight(s, ".!") + ", sorry." }, 55},
		{"Just to clarify, ...", openedWith("Just to clarify, "), 5},
		// Frames that give what follows as the agent's own view.
		{"In my view, ...", openedWith("In my view, "), 5},
		{"I have to say, ...", openedWith("I have to say, "), 8},
		{"Of course, ...", openedWith("Of course, "), 5},
		// Frames that say where what follows was seen, or suppose it. Most lines
		// "It seems" and "It looks like" still lose are questions or fragments
		// ("It seems did you ...?", "It seems why wasn't anyone there ...?", "It seems Rider got lost") that no speaker
		// would frame so.
		{"From what I can see, ...", openedWith("From what I can see, "), 5},
		{"As far as I can tell, ...", openedWith("As far as I can tell, "), 5},
		{"Looking at your account, ...", openedWith("Looking at your account, "), 5},
		{"I've checked and ...", openedWith("I've checked and "), 79},
		{"It looks like ...", openedWith("It looks like "), 343},
		{"It seems ...", openedWith("It seems "), 337},
		{"I can see that ...", openedWith("I can see that "), 269},
		{"I can see ...", openedWith("I can see "), 397},
		{"I can confirm that ...", openedWith("I can confirm that "), 275},
		// Frames that say it was said before, or is the point, and words that only turn to the sentence.
		{"As I mentioned, ...", openedWith("As I mentioned, "), 5},
		{"The thing is, ...", openedWith("The thing is, "), 5},
		{"Basically, ...", openedWith("Basically, "), 5},
		{"Actually, ...", openedWith("Actually, "), 5},
		// An apology before, or a sentence of it after, softens; it takes on only what went wrong.
		{"I'm sorry, ...", openedWith("I'm sorry, "), 331},
		{"... Sorry about that.", func(s string) string { return s + " Sorry about that." }, 35},
		// A one-word tag asks the customer to go along with what was said.
		{"..., OK?", func(s string) string { return strings.TrimRight(s, ".!") + ", OK?" }, 8},
		// Talk inside the sentence, as it is spoken: a word begun twice, "like" and "you know" set off by commas.
		{"the, er, the ...", func(s string) string { return strings.Replace(s, " the ", " the, er, the ", 1) }, 5},
		{"like, the ...", func(s string) string { return strings.Replace(s, " the ", " like, the ", 1) }, 5},
		{"..., so, you know, ...", func(s string) string { return strings.Replace(s, ", so ", ", so, you know, ", 1) }, 5},
		{"..., I mean, that's ...", func(s string) string { return strings.Replace(s, ", that's ", ", I mean, that's ", 1) }, 5},
		// Not talk, but the same sentence as it is typed in a hurry: "ur routers blocking it".
		{"(no apostrophes)", func(s string) string { return strings.NewReplacer("'", "", "’", "").Replace(s) }, 41},
	}
	var files []string
	for _, pattern := range []string{"testdata/markers/*.txt", "testdata/markers/r*/tuning/*.txt"} {
		got, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, got...)
	}
	broke := make([]int, len(wraps))
	read := 0
	for _, f := range files {
		lines, err := readLabelledFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			if !l.want[MarkBlame] || !readsBlame(l.text) {
				continue
			}
			read++
			for i, w := range wraps {
				if !readsBlame(w.wrap(l.text)) {
					broke[i]++
				}
			}
		}
	}
	if read < 5000 {
		t.Fatalf("read %d tuning blame lines as blame; want the full tuning sets (over 5,000)", read)
	}
	for i, w := range wraps {
		t.Logf("%-24s %3d of %d lines no longer read as blame", w.name, broke[i], read)
		if broke[i] > w.ceiling {
			t.Errorf("%s: %d of %d lines no longer read as blame; the ceiling is %d", w.name, broke[i], read, w.ceiling)
		}
	}
}

// openedWith returns a wrap that puts talk before a sentence, its first
// letter lowered where the word is written so inside one.
func openedWith(talk string) func(string) string {
	return func(s string) string { return talk + talkLowerFirst(s) }
}

// talkLowerFirst lowers the first letter of s when its first word is one
// that is written in lower case inside a sentence, so "The courier lost it"
// reads "Look, the courier lost it"; a name ("Royal Mail lost it") keeps
// its capital.
func talkLowerFirst(s string) string {
	first, _, _ := strings.Cut(s, " ")
	if !lowerInside[strings.ToLower(strings.TrimRight(first, ","))] {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// lowerInside are the words that open the tuning lines and are written in
// lower case after a comma.
var lowerInside = wordSet("the you your we our it it's there there's that that's this a an my most people if when so because as " +
	"they their had was were did could should have has is are any every nobody no some all what why who someone somebody anyone " +
	"those these yours since once after before per under according for by from in on at with without right well ok okay um uh " +
	"honestly again sadly unfortunately i'd we'd we've you've you're we're you'll loads lots plenty half nothing everything something " +
	"another next should've must've maybe perhaps apparently looks sounds seems whoever whatever")

// TestMarkersHoldUnderTalkAroundIt does for the other kinds the clause rows
// add what TestBlameHoldsUnderTalkAroundIt does for blame: each tuning line
// the grader reads with a kind its label names is wrapped in talk, and the
// lines that lose the kind are counted; so are the lines the wrapping makes
// read as blame when their label says they are not. Before talk was read
// so, ", OK?" cost 212 steps done and 228 times promised and made 146
// lines blame, "Well, ..." cost 6 offers of choice, "Actually, ..." made
// 99 lines blame and "Thanks for your patience. ..." 71.
func TestMarkersHoldUnderTalkAroundIt(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every tuning file; skipped with -short")
	}
	wraps := []struct {
		name string
		wrap func(string) string
	}{
		{"..., OK?", func(s string) string { return strings.TrimRight(s, ".!") + ", OK?" }},
		{"Well, ...", openedWith("Well, ")},
		{"So, ...", openedWith("So, ")},
		{"Actually, ...", openedWith("Actually, ")},
		{"Right, ...", openedWith("Right, ")},
		{"Thanks for your patience. ...", func(s string) string { return "Thanks for your patience. " + s }},
		{"I'm sorry, ...", openedWith("I'm sorry, ")},
		{"..., sorry.", func(s string) string { return strings.TrimRight(s, ".!") + ", sorry." }},
		{"I can see that ...", openedWith("I can see that ")},
		{"As I mentioned, ...", openedWith("As I mentioned, ")},
		{"I've checked and ...", openedWith("I've checked and ")},
	}
	kinds := []MarkerKind{MarkConcreteAction, MarkTimeCommitment, MarkChoices, MarkOwnsMistake, MarkValidates}
	// ceilings[w][k] bounds the lines wrap w makes lose kinds[k]; the last
	// column bounds the lines it makes read as blame against their label.
	ceilings := map[string][6]int{
		"..., OK?":                      {3, 3, 3, 3, 3, 5},
		"Well, ...":                     {3, 3, 3, 3, 3, 12},
		"So, ...":                       {3, 3, 3, 3, 3, 5},
		"Actually, ...":                 {3, 3, 3, 3, 3, 12},
		"Right, ...":                    {3, 3, 3, 3, 3, 12},
		"Thanks for your patience. ...": {3, 3, 3, 3, 3, 5},
		"I'm sorry, ...":                {3, 3, 3, 3, 3, 16},
		"..., sorry.":                   {3, 3, 3, 3, 3, 5},
		"I can see that ...":            {8, 3, 8, 3, 3, 8},
		"As I mentioned, ...":           {3, 3, 3, 3, 3, 5},
		"I've checked and ...":          {3, 3, 9, 3, 3, 40},
	}
	lost := make([][6]int, len(wraps))
	for _, l := range tuningLines(t) {
		got := markerKinds(Analyze(l.text))
		for wi, w := range wraps {
			wrapped := markerKinds(Analyze(w.wrap(l.text)))
			for ki, k := range kinds {
				if l.want[k] && slices.Contains(got, k) && !slices.Contains(wrapped, k) {
					lost[wi][ki]++
				}
			}
			if !l.want[MarkBlame] && !slices.Contains(got, MarkBlame) && slices.Contains(wrapped, MarkBlame) {
				lost[wi][len(kinds)]++
			}
		}
	}
	for wi, w := range wraps {
		t.Logf("%-30s lost %v, made blame %d", w.name, lost[wi][:len(kinds)], lost[wi][len(kinds)])
		for ki := range lost[wi] {
			if lost[wi][ki] > ceilings[w.name][ki] {
				what := "made blame against the label"
				if ki < len(kinds) {
					what = "lost " + string(kinds[ki])
				}
				t.Errorf("%s: %d lines %s; the ceiling is %d", w.name, lost[wi][ki], what, ceilings[w.name][ki])
			}
		}
	}
}

// tuningLines returns every labelled line of the tuning sets.
func tuningLines(t *testing.T) []labelled {
	t.Helper()
	var lines []labelled
	for _, pattern := range []string{"testdata/markers/*.txt", "testdata/markers/r*/tuning/*.txt"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			ls, err := readLabelledFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, ls...)
		}
	}
	if len(lines) < 10000 {
		t.Fatalf("read %d tuning lines; want the full tuning sets (over 10,000)", len(lines))
	}
	return lines
}
