package scoring

import (
	"math/bits"
	"slices"
)

// Some checks cannot pass unless their clause, or its sentence, holds one of
// a few words: "mercy", "yourself", "next time". Each such need has a bit,
// and each word a need names carries its need's bit (neededWords), so a
// clause knows, from one pass over its tokens, which needs its words meet: a
// row whose check needs words the clause lacks is turned away by a bit test,
// before the call. These checks are tried on many clauses and fail on nearly
// all, after reading the whole clause or sentence for their words.

// wordNeed is what a check cannot pass without: one of the words ids, in its
// clause or, with inSentence, in its sentence; or, in its sentence, a word
// with one of bits. Each check named in checkWords returns false when its
// clause lacks its need (TestCheckWordsHold checks it on every clause the
// tests read).
type wordNeed struct {
	ids        []int32
	inSentence bool
	bits       lex
}

// checkWords are the needs of the checks that look for particular words.
var checkWords = map[string]wordNeed{
	"yourself":           {ids: []int32{idYourself}},
	"at their mercy":     {ids: []int32{idMercy}},
	"found no fault":     {ids: []int32{idNo, idNothing}},
	"traced to yours":    {ids: tracedWords.ids()},
	"set out in writing": {ids: setOutWords.ids()},
	// "next time", "in future", "going forward", "for future reference", "this time"
	"advises next time": {ids: []int32{idTime, idFuture, idForward, idReference}, inSentence: true},
	"alternatives":      {bits: lxOr, inSentence: true}, // an "or" after the clause (see realOr)
}

// needBits is a set of the needs of checkWords, one bit each.
type needBits uint64

// compiledNeed is a wordNeed as the rows test it: the bit of its words, in
// the clause or in the sentence, and the lexicon bits.
type compiledNeed struct {
	words, sentWords needBits
	sentBits         lex
}

// neededWords holds, per word id, the bits of the needs that name the word;
// needOf holds each check's need compiled.
var neededWords, needOf = compileWordNeeds(checkWords)

func compileWordNeeds(needs map[string]wordNeed) ([]needBits, map[string]compiledNeed) {
	names := make([]string, 0, len(needs))
	for name := range needs {
		names = append(names, name)
	}
	slices.Sort(names)
	if len(names) > 64 {
		panic("scoring: more than 64 word needs in checkWords")
	}
	words, out := make([]needBits, len(index.words.words)), map[string]compiledNeed{}
	for k, name := range names {
		need, bit := needs[name], needBits(1)<<k
		cn := compiledNeed{sentBits: need.bits}
		if len(need.ids) > 0 && need.inSentence {
			cn.sentWords = bit
		} else if len(need.ids) > 0 {
			cn.words = bit
		}
		for _, id := range need.ids {
			words[id] |= bit
		}
		out[name] = cn
	}
	return words, out
}

// ids returns the words of s.
func (s idSet) ids() []int32 {
	var ids []int32
	for w, set := range s {
		for ; set != 0; set &= set - 1 {
			ids = append(ids, int32(w*64+bits.TrailingZeros64(set)))
		}
	}
	return ids
}

// lacks reports whether clause c lacks what need asks for, so that its check
// would return false.
func (az *analyzer) lacks(c *clause, need *compiledNeed) bool {
	if need.words != 0 && c.words&need.words == 0 {
		return true
	}
	if need.sentWords == 0 && need.sentBits == 0 {
		return false
	}
	f := &az.flags[az.tok.toks[c.lo].sent]
	return need.sentWords != 0 && f.words&need.sentWords == 0 || need.sentBits != 0 && f.bag&need.sentBits == 0
}

// noteSentenceWords notes, for sentence si, whose clauses are those from
// first on, the needs its words meet and their properties.
func (az *analyzer) noteSentenceWords(si, first int) {
	f := &az.flags[si]
	for i := first; i < len(az.clauses); i++ {
		f.words |= az.clauses[i].words
		f.bag |= az.clauses[i].bag
	}
}
