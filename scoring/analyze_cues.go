package scoring

import "strings"

// turnCue says which of the passes that rewrite a turn before its phrases
// are read may act on it: tidySpeech, dropPoliteness, readBareForms' "its",
// dropSeeingFrames and splitAfterGrant, and readClauses' look for a word of
// clearness. Each of them reads every word or
// every sentence of a turn, and nearly every turn holds nothing any of them
// acts on. A pass acts only where some word it needs stands, so noteCues,
// one pass over the words, notes those words for all of them at once, and a
// pass whose cue is off skips the turn: it would have found nothing.
type turnCue uint8

const (
	cueTidy   turnCue = 1 << iota // a word tidySpeech reads, or a word said again after a pause (see mayTidy)
	cuePolite                     // a word the talk dropPoliteness drops needs (see talkAt)
	cueIts                        // "its" (see readBareForms)
	cueSeeing                     // a word a seeing or looking frame needs (see dropSeeingFrames)
	cueGrant                      // a word that turns from a grant (see grantTurnAt)
	cueClear                      // a word of a plain-to-see frame (see clearWords in readClauses)
	// cueOpening and cueAfterAgent are set only in wordCues, on a word that
	// counts only where it stands: as cuePolite when it opens its sentence
	// ("Hi", "Look"), as cueSeeing just after "I" or "we" ("we | had a
	// look and", "I've | checked and").
	cueOpening
	cueAfterAgent
)

// allCues opens every cue.
const allCues = ^turnCue(0)

// wordCues is, by word id, the cues a word gives (see cuesOfWords). It is
// an array, as setRows is, so that noteCues masks a word's id into range
// rather than loading a length to check it against.
var wordCues = cuesOfWords()

// cuesOfWords lays out, by word id, the words each pass needs: its own
// word lists, and for a phrase table one word of each phrase (see
// phraseCueWords).
func cuesOfWords() (cues [maxSetWord]turnCue) {
	give := func(c turnCue, words string) {
		for _, w := range strings.Fields(words) {
			cues[wordID(w)] |= c
		}
	}
	give(cueTidy, tidyWordsList)
	give(cuePolite, tailOpinionsList)
	give(cuePolite, phraseCueWords(candourFramesList+"|"+evidenceFramesList))
	cues[idAfraid] |= cuePolite
	give(cueOpening, attentionWordsList+" "+greetingWordsList)
	cues[idIts] |= cueIts
	give(cueSeeing, phraseCueWords(seeingFramesList))
	give(cueAfterAgent, lookedIntoFormsList)
	cues[idHad] |= cueAfterAgent
	cues[idParty] |= cueAfterAgent // never after "I" or "we": it only brings "party" to the branch that reads "third party"
	give(cueGrant, turnWordsList)
	give(cueClear, clearFrameWordsList)
	return cues
}

// phraseCueWords returns one word of each "|"-separated phrase of list:
// a phrase is found only where all its words are, so any of them will do.
// The rarer the better: a word the clause lexicon gives no bits that shape
// a clause (a verb's irregular form aside) before one it does, and the
// longest, the first of equals ("honest" of "to be honest", "mentioned" of
// "as I mentioned", "looking" of "looking at your account").
func phraseCueWords(list string) string {
	var cues []string
	for _, phrase := range strings.Split(list, "|") {
		best, bestRank := "", -1
		for _, w := range strings.Fields(phrase) {
			rank := len(w)
			if index.lex[wordID(w)]&^(softBits|lxIrregular) == 0 {
				rank += 100
			}
			if rank > bestRank {
				best, bestRank = w, rank
			}
		}
		cues = append(cues, best)
	}
	return strings.Join(cues, " ")
}

// noteCues notes the cues of the turn's words as they stand after
// dropFillers (see turnCue). Most words give none: one load and a test. In
// the same pass, "party" after "third" is given the bits of another firm
// (it carries cueAfterAgent only to be brought to that test).
func (t *tokenizer) noteCues() {
	toks, cues := t.toks, turnCue(0)
	for i := range toks {
		tk := &toks[i]
		c := wordCues[uint(tk.id)%maxSetWord]
		if c&(cueOpening|cueAfterAgent) != 0 {
			if tk.id == idParty && t.thirdBefore(i) {
				tk.lex |= lxThirdNoun // "a third party": the lexicon knows "party" as a do, not as another firm
			}
			c = placedCue(toks, i, c)
		}
		if tk.pause && i+1 < len(toks) && toks[i+1].id == tk.id {
			c |= cueTidy // "the, the student account" (see mayTidy)
		}
		cues |= c
	}
	t.cues = cues
}

// thirdBefore reports "third" and a space just before token i: "third
// party", not "third-party", which makes an adjective of both words.
func (t *tokenizer) thirdBefore(i int) bool {
	if i == 0 {
		return false
	}
	prev := &t.toks[i-1]
	return prev.id == idThird && prev.end < len(t.text) && t.text[prev.end] == ' '
}

// placedCue returns the cues c of the word at i once where it stands is
// read: cuePolite for a word of cueOpening that opens its sentence,
// cueSeeing for a word of cueAfterAgent just after "I" or "we".
func placedCue(toks []token, i int, c turnCue) turnCue {
	joined := i > 0 && toks[i-1].sent == toks[i].sent
	if c&cueOpening != 0 && !joined {
		c |= cuePolite
	}
	if c&cueAfterAgent != 0 && joined && toks[i-1].lex&lxAgent != 0 {
		c |= cueSeeing
	}
	return c &^ (cueOpening | cueAfterAgent)
}

// openCues opens every cue once a pass has changed the turn's words: where
// they stand, or what they are, may no longer be as noteCues read them.
func (t *tokenizer) openCues() { t.cues = allCues }
