package scoring

import (
	"slices"
	"strings"
)

// Words a check looks for in a clause, found by a token's id where the
// phrase index knows the word, which is one integer to compare, and by its
// text only where it does not.

// clauseHasWord reports whether the clause holds word w.
func (az *analyzer) clauseHasWord(c *clause, w checkedWord) bool {
	if w.id != 0 {
		return az.clauseHasID(c, w.id) // a word the index knows is compared by id: one integer per token
	}
	for i := c.lo; i < c.hi; i++ {
		// A token with an id is a word the index knows, which w is not.
		if t := &az.tok.toks[i]; t.id == 0 && az.tok.key(*t) == w.key {
			return true
		}
	}
	return false
}

// checkedWord is a word a check looks for in a clause, with its id in the
// phrase index (0 when the index does not know it) found once: found per
// call, it hashed the word each time.
type checkedWord struct {
	key string
	id  int32
}

func checked(k string) checkedWord { return checkedWord{k, wordID(k)} }

// The words checks look for with clauseHasWord.
var (
	wordWithout, wordWelcome, wordOnes, wordNow = checked("without"), checked("welcome"), checked("ones"), checked("now")
	wordAgain, wordYet, wordEven, wordActually  = checked("again"), checked("yet"), checked("even"), checked("actually")
	wordNothing, wordCant, wordCannot           = checked("nothing"), checked("can't"), checked("cannot")
	wordReally                                  = checked("really")
)

// idWords is a set of words a clause is searched for: a token the phrase
// index knows is looked up by its id, which names exactly its text, and
// only the others by their text. words holds only the set's words the index
// does not know, the only ones such a token can be: a few at most, compared
// with the token's text (a length first) rather than looked up by a hash.
type idWords struct {
	ids   idSet
	words []string
}

// wordsByID returns the set of the words, separated by spaces or '|' as
// for wordSet; unlike idSetOf it takes words the phrase index does not know.
func wordsByID(words string) idWords {
	set := idWords{ids: newIDSet()}
	for w := range wordSet(words) {
		if id := wordID(w); id != 0 {
			set.ids.add(id)
		} else {
			set.words = append(set.words, w)
		}
	}
	return set
}

// idWordsOf returns the words of set as an idWords, for looking up tokens.
func idWordsOf(set map[string]bool) idWords {
	words := make([]string, 0, len(set))
	for w := range set {
		words = append(words, w)
	}
	slices.Sort(words)
	return wordsByID(strings.Join(words, " "))
}

// tokenIn reports whether the word of token i is in set: by its id when the
// index knows it, as most are, rather than by hashing its text.
func (az *analyzer) tokenIn(set *idWords, i int) bool {
	t := &az.tok.toks[i]
	if t.id != 0 {
		return set.ids.has(t.id)
	}
	return len(set.words) > 0 && slices.Contains(set.words, az.tok.key(*t))
}

// clauseHasAny reports whether the clause holds a word of set.
func (az *analyzer) clauseHasAny(c *clause, set idWords) bool {
	for i := c.lo; i < c.hi; i++ {
		t := &az.tok.toks[i]
		if t.id != 0 && set.ids.has(t.id) || t.id == 0 && len(set.words) > 0 && slices.Contains(set.words, az.tok.key(*t)) {
			return true
		}
	}
	return false
}

// knownWords splits the space-separated words into the ids of those the
// phrase index knows and the text of the others.
func knownWords(words string) (idSet, []string) {
	known, other := newIDSet(), []string(nil)
	for _, w := range strings.Fields(words) {
		if id := wordID(w); id != 0 {
			known.add(id)
		} else {
			other = append(other, w)
		}
	}
	return known, other
}
