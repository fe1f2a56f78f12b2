package ollama

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/sim"
)

// The coherence check's limits. They are loose on purpose: a terse, angry
// customer must pass; only text no person would write fails.
const (
	// minKnownShare is the least share of a reply's words that must be known
	// (function words, common words, words of the scenario and conversation, or
	// words built with a common English ending). It is a backstop for fragment
	// salad; a larger model's richer words must not fail it.
	minKnownShare = 0.5
	// minFunctionShare is the least share of connecting words in a sentence of
	// minStructureWords or more: English cannot go six words without one.
	minFunctionShare  = 0.15
	minStructureWords = 6
	// maxOddRunes is the largest share of characters outside plain Latin text.
	maxOddRunes = 0.1
)

// danglingWords end a phrase that must go on; a reply that stops on one was cut.
var danglingWords = wordSet(`a an the and or but to of my your our with for because that if so at in on from by into than`)

// pronouns and determiners: English never puts a determiner straight before a
// personal pronoun ("the you"), nor a subject pronoun before a determiner ("I the").
var (
	determiners     = wordSet(`the a an my your our their its his`)
	personal        = wordSet(`i you we they he she me us them`)
	subjectPronouns = wordSet(`i we they he she`)
	stutterWords    = wordSet(`i you the a an my your me we they he she it this that to of and is`)
)

// coherenceProblem returns why a reply does not read as coherent English (word
// salad, a model looping, a reply cut mid-phrase), or "" when it does. known
// holds the words of the scenario and the conversation, which count as known.
// It is deterministic and cheap: no model, no dictionary beyond this package's.
func coherenceProblem(reply string, known map[string]bool) string {
	if oddShare(reply) > maxOddRunes {
		return "it is not plain English text"
	}
	words := splitWords(reply)
	if len(words) == 0 {
		return "it has no words"
	}
	if why := cutOff(reply, words); why != "" {
		return why
	}
	if why := repeats(words); why != "" {
		return why
	}
	if why := disordered(reply, words); why != "" {
		return why
	}
	if len(words) >= 4 {
		n := 0
		for _, w := range words {
			if isKnown(w, known) {
				n++
			}
		}
		if float64(n) < minKnownShare*float64(len(words)) {
			return fmt.Sprintf("only %d of its %d words are English words the check knows", n, len(words))
		}
	}
	return ""
}

// oddShare is the share of non-space characters that are neither Latin letters,
// digits nor common punctuation: other scripts, symbols, control characters.
func oddShare(s string) float64 {
	odd, all := 0, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		all++
		switch {
		case unicode.IsLetter(r) && unicode.Is(unicode.Latin, r), unicode.IsDigit(r):
		case strings.ContainsRune(".,;:!?'\"’‘“”()-–—…$€£%#&/", r):
		default:
			odd++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(odd) / float64(all)
}

// splitWords lowercases s and returns its words: letters with inner apostrophes.
func splitWords(s string) []string {
	s = strings.ToLower(strings.NewReplacer("’", "'", "‘", "'").Replace(s))
	fields := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	words := fields[:0]
	for _, f := range fields {
		if f = strings.Trim(f, "'"); f != "" {
			words = append(words, f)
		}
	}
	return words
}

// cutOff says whether the reply stops mid-phrase, as a reply cut by a token
// limit or a dropped stream does.
func cutOff(reply string, words []string) string {
	t := strings.TrimSpace(reply)
	last := []rune(t)[len([]rune(t))-1]
	if strings.ContainsRune(",:;-–—(", last) {
		return "it stops mid-sentence"
	}
	if !strings.ContainsRune(".!?…\"”')", last) && danglingWords[words[len(words)-1]] {
		return "it stops mid-sentence"
	}
	return ""
}

// repeats catches a model looping: a word three times running, a stutter on a
// small word ("you you"), a three-word phrase said twice, or one word making up
// much of a longer reply.
func repeats(words []string) string {
	counts := map[string]int{}
	seen := map[string]bool{}
	for i, w := range words {
		counts[w]++
		if i >= 1 && words[i-1] == w && (stutterWords[w] || (i >= 2 && words[i-2] == w)) {
			return fmt.Sprintf("it repeats %q", w)
		}
		if i >= 2 {
			tri := words[i-2] + " " + words[i-1] + " " + w
			if seen[tri] {
				return fmt.Sprintf("it repeats %q", tri)
			}
			seen[tri] = true
		}
	}
	if len(words) >= 8 {
		for w, n := range counts {
			if float64(n) > 0.3*float64(len(words)) {
				return fmt.Sprintf("it repeats %q %d times in %d words", w, n, len(words))
			}
		}
	}
	return ""
}

// disordered checks the reply's function-word structure: words in an order
// English never uses, or a long sentence with no connecting words at all.
// Short clipped sentences ("Refund. Today. Please.") are how an angry
// customer talks, so only a sentence of minStructureWords or more must hold
// some.
func disordered(reply string, words []string) string {
	bad := 0
	for i := 1; i < len(words); i++ {
		prev, w := words[i-1], words[i]
		if (determiners[prev] && personal[w]) || (subjectPronouns[prev] && (determiners[w] || subjectPronouns[w])) {
			bad++
		}
	}
	if bad >= 2 {
		return "its words are not in an order English uses"
	}
	for _, s := range sentenceEnd.Split(reply, -1) {
		ws := splitWords(s)
		function := 0
		for _, w := range ws {
			if functionWords[w] {
				function++
			}
		}
		if len(ws) >= minStructureWords && float64(function) < minFunctionShare*float64(len(ws)) {
			return "it has almost none of the small words that hold a sentence together"
		}
	}
	return ""
}

// englishEndings build English words from stems the lists cannot all hold
// ("reimbursement", "contradicted"); a word of five letters or more with one
// and a vowel before it counts as known.
var englishEndings = []string{"tion", "sion", "ment", "ness", "able", "ible", "ful", "less", "ous", "ive",
	"ly", "ed", "ing", "er", "est", "al", "ity", "ance", "ence", "ship", "ise", "ize", "ate"}

// isKnown reports whether w, or w without a common ending, is a known word.
func isKnown(w string, known map[string]bool) bool {
	if functionWords[w] || commonWords[w] || known[w] {
		return true
	}
	for _, end := range englishEndings {
		if stem, ok := strings.CutSuffix(w, end); ok && len(w) >= 5 && strings.ContainsAny(stem, "aeiouy") {
			return true
		}
	}
	for _, suffix := range []string{"'s", "n't", "'ll", "'ve", "'re", "'d", "'m", "s", "es", "ed", "d", "ing", "ly", "er", "est"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok && len(stem) >= 2 {
			if functionWords[stem] || commonWords[stem] || known[stem] || commonWords[stem+"e"] || known[stem+"e"] {
				return true
			}
		}
	}
	return false
}

// contextWords are the words of the scenario and the conversation: a customer
// may use any of them, however rare they are in English at large.
func contextWords(req sim.VoiceRequest) map[string]bool {
	known := map[string]bool{}
	add := func(texts ...string) {
		for _, t := range texts {
			for _, w := range splitWords(t) {
				known[w] = true
			}
		}
	}
	add(req.Scripted, req.Agent.Text)
	for _, t := range req.History {
		add(t.Text)
	}
	sc := req.Scenario
	if sc == nil {
		sc = &scenarios.Scenario{}
	}
	add(sc.Title, sc.Customer.Name, sc.Customer.Persona, sc.Failure.Kind)
	add(sc.Customer.Wants...)
	add(sc.Failure.Facts...)
	for _, lines := range sc.Beats {
		for _, l := range lines {
			add(l.Text)
		}
	}
	return known
}
