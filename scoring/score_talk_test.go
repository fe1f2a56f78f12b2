package scoring

import (
	"path/filepath"
	"strings"
	"testing"
)

// talkWraps reword an agent turn with talk that says nothing of its own:
// a word that turns to it, a frame that vouches for it or says it was said
// before or seen, a greeting, a tag that asks the customer to go along with
// it; or type it in a hurry, without apostrophes or capitals.
var talkWraps = []struct {
	name string
	wrap func(string) string
}{
	{"Actually, ...", openedWith("Actually, ")},
	{"Basically, ...", openedWith("Basically, ")},
	{"As I mentioned, ...", openedWith("As I mentioned, ")},
	{"I can see that ...", framedBeforeLower("I can see that ")},
	{"Right, ...", openedWith("Right, ")},
	{"Well, ...", openedWith("Well, ")},
	{"Okay, ...", openedWith("Okay, ")},
	{"Look, ...", openedWith("Look, ")},
	{"To be honest, ...", openedWith("To be honest, ")},
	{"Just so you know, ...", openedWith("Just so you know, ")},
	{"Hi there, ...", openedWith("Hi there, ")},
	{"I've checked and ...", framedBeforeLower("I've checked and ")},
	{"(no apostrophes)", func(s string) string { return strings.NewReplacer("'", "").Replace(s) }},
	{"(all lower case)", func(s string) string { return strings.ToLower(s) }},
	{"..., OK?", func(s string) string {
		if strings.HasSuffix(s, ".") {
			return strings.TrimSuffix(s, ".") + ", OK?"
		}
		return s
	}},
}

// framedBeforeLower returns a wrap that puts frame before a turn whose
// first word is written in lower case inside a sentence, and leaves any
// other turn as it is: "I can see that I'm sorry" is no wording anyone uses.
func framedBeforeLower(frame string) func(string) string {
	return func(s string) string {
		if lowered := talkLowerFirst(s); lowered != s {
			return frame + lowered
		}
		return s
	}
}

// TestTalkAroundTurnsLeavesTheScore: every agent turn of each recovery of
// the paraphrase set, wrapped in the same talk, scores within
// paraphraseDrift points of the original on every dimension, and the
// good > mediocre > poor ordering holds across every wording. Before a
// one-word tag was read as leaving a statement, ", OK?" after every turn
// moved anniversary-honest's empathy by -38 and lost-parcel-policy-hider's
// action speed by -53.
func TestTalkAroundTurnsLeavesTheScore(t *testing.T) {
	var all []version
	for _, nc := range loadParaphraseClasses(t) {
		name, class := nc[0], nc[1]
		path := filepath.Join(goldenDir, name+".json")
		orig := scoreFile(t, path)
		all = append(all, version{name, class, orig})
		for _, w := range talkWraps {
			tr := readFile(t, path)
			for i := range tr.Turns {
				if tr.Turns[i].Role == RoleAgent {
					tr.Turns[i].Text = w.wrap(tr.Turns[i].Text)
				}
			}
			rep := scoreTranscript(t, tr)
			all = append(all, version{name + " " + w.name, class, rep})
			for _, d := range Dimensions {
				if diff := rep.Dimensions[d].Score - orig.Dimensions[d].Score; abs(diff) > paraphraseDrift {
					t.Errorf("%s with %q: %s %d, original %d: moved %+d by talk alone", name, w.name, d,
						rep.Dimensions[d].Score, orig.Dimensions[d].Score, diff)
				}
			}
		}
	}
	rank := map[string]int{"good": 2, "mediocre": 1, "poor": 0}
	for _, hi := range all {
		for _, lo := range all {
			if rank[hi.class] == rank[lo.class]+1 && hi.rep.Total <= lo.rep.Total {
				t.Errorf("%s (%s) totals %d, not above %s (%s) at %d", hi.name, hi.class, hi.rep.Total, lo.name, lo.class, lo.rep.Total)
			}
		}
	}
}
