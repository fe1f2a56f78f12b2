package scoring

import (
	"reflect"
	"strings"
	"testing"
)

// TestTurnCuesSkipOnlyIdlePasses checks that a pass the turn's cues turn
// away would have found nothing: every labelled utterance, typed as it is,
// without apostrophes and with the words the passes read put in, is read
// alike with every cue open. The cues only save time, and a pass that comes
// to read a new word must give it a cue too.
func TestTurnCuesSkipOnlyIdlePasses(t *testing.T) {
	spellings := []func(string) string{
		func(s string) string { return s },
		func(s string) string { return strings.ReplaceAll(s, "'", "") },
		func(s string) string { return "To be honest, " + s },
		func(s string) string { return "Hi there, look, " + s },
		func(s string) string { return "I'm afraid " + s + ", I think." },
		func(s string) string { return "I can see that " + s },
		func(s string) string { return "we've checked and " + s },
		func(s string) string { return "I had a look and " + s },
		func(s string) string { return "I understand, but " + s },
		func(s string) string { return "It's clear from the photos " + s },
		func(s string) string {
			return strings.Replace(s, " the ", " the, the ", 1) + ", you know, like, 'cause"
		},
	}
	var texts []string
	for _, text := range labelledTexts(t) {
		for _, spell := range spellings {
			texts = append(texts, spell(text))
		}
	}
	texts = append(texts, benchTexts...)
	cued := make([]Analysis, len(texts))
	for i, text := range texts {
		cued[i] = Analyze(text)
	}
	noted := wordCues
	defer func() { wordCues = noted }()
	for id := range wordCues {
		wordCues[id] = allCues
	}
	for i, text := range texts {
		if open := Analyze(text); !reflect.DeepEqual(open, cued[i]) {
			t.Errorf("%q: with its cues read as\n%+v\nwith every cue open as\n%+v", text, cued[i], open)
		}
	}
}
