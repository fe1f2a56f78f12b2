package scoring

import (
	"fmt"
	"strings"
)

// idSet is a set of word ids, for words the phrase index knows. The sets are
// stored turned on their side: each word has one row of bits, a bit per set,
// in setRows. A turn asks hundreds of sets about its own twenty-odd words, so
// what it reads is those words' rows, a cache line each, rather than a line
// of each set it asks; with a bitmap per set the asking missed the cache
// often enough to show in wall-clock time, though not in instructions.
type idSet struct {
	col uint32 // which word of a row holds the set's bit
	bit uint64
}

// setRowWords is the length of a word's row: 16 words, 1,024 sets, two
// cache lines, of which a turn touches the second only for the sets made
// after the first 512. maxSetWord bounds the ids the rows hold. newIDSet
// panics past either, which any test run reports.
const (
	setRowWords = 16
	maxSetWord  = 1 << 13
)

// setRows holds each word's row, the row of id at id*setRowWords. It is an
// array rather than a slice so that has, asked a few hundred times a turn,
// masks its index into range instead of loading a length to check it
// against; the pages of words the index does not have are never touched.
// idSets counts the sets made.
var (
	setRows [maxSetWord * setRowWords]uint64
	idSets  int
)

// newIDSet returns a new empty set.
func newIDSet() idSet {
	if idSets == setRowWords*64 || len(index.words.words) > maxSetWord {
		panic(fmt.Sprintf("scoring: more than %d word sets or %d words; raise setRowWords or maxSetWord", setRowWords*64, maxSetWord))
	}
	s := idSet{col: uint32(idSets / 64), bit: 1 << (idSets % 64)}
	idSets++
	return s
}

// add puts id, a word the phrase index knows, in s.
func (s idSet) add(id int32) {
	setRows[int(id)*setRowWords+int(s.col)] |= s.bit
}

// idSetOf returns the ids of the space-separated words. Each must be a word
// the phrase index knows; one that is not is a programming error, which any
// test run reports.
func idSetOf(words string) idSet {
	set := newIDSet()
	for _, w := range strings.Fields(words) {
		id := wordID(w)
		if id == 0 {
			panic("scoring: " + w + " is not a word the phrase index knows")
		}
		set.add(id)
	}
	return set
}

// has reports whether id is in the set; 0, an unknown word, never is, as
// idSetOf sets no bit for it. Every id a token carries is below maxSetWord
// (newIDSet checks the index's size), so the mask never folds one id onto
// another.
func (s idSet) has(id int32) bool {
	return setRows[(uint(id)*setRowWords+uint(s.col))%uint(len(setRows))]&s.bit != 0
}

// ids returns the words of s.
func (s idSet) ids() []int32 {
	var ids []int32
	for id := int32(0); int(id) < len(index.words.words); id++ {
		if s.has(id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// unionOf returns the words of any of sets.
func unionOf(sets ...idSet) idSet {
	out := newIDSet()
	for _, s := range sets {
		for _, id := range s.ids() {
			out.add(id)
		}
	}
	return out
}
