package scoring

import "math/bits"

// A clause of a turn visits the add rows of its actor, aspect and shape, a
// few dozen, and most turn it away because the clause holds none of the words
// the row's check needs (clauseNeeds). A bucket therefore also keeps, per
// lexicon bit its rows need, the set of rows that need it: a clause starts
// from the rows that need nothing, adds the rows of each needed bit its bag
// holds, and visits only those, in table order. The same is kept for the
// word needs of checkWords: a row whose check needs words the clause (or its
// sentence) lacks is never visited.

// maxBucketRows is how many rows a bucket's row sets hold. Four words a set
// leave room for the fullest bucket (a thing's act, done), and measured
// faster than three: Analyze about 18% fewer instructions a turn.
const maxBucketRows = 256

// rowSet is a set of a bucket's rows by their index in it.
type rowSet [maxBucketRows / 64]uint64

// ruleBucket is the add rows of one actor, aspect and shape.
type ruleBucket struct {
	rows  []compiledRule
	free  rowSet // the rows that need no word
	needs lex    // every bit some row needs
	// byBit holds, for each bit of needs from the lowest, the rows that
	// need it (one of a row's bits will do).
	byBit []rowSet
	// byGate holds, for each value of the gate bits gateKey reads, the rows
	// that accept it, and byCheckGate the same for checkGateKey; the shape
	// bits are the bucket's own.
	byGate      [gateKeys]rowSet
	byCheckGate [checkGateKeys]rowSet
	// wordFree holds the rows whose check needs no word (see checkWords),
	// and byNeed, for each need bit of wordNeeds from the lowest, the rows
	// that need it.
	wordFree  rowSet
	wordNeeds needBits
	byNeed    []rowSet
}

// gateKeys is how many values gateKey takes.
const gateKeys = 16

// gateKey packs the gate bits most rows ask about besides their shape:
// gCond, gGeneric, gQuestion, gTemporal.
func gateKey(g gate) int {
	return int(g>>1) & (gateKeys - 1)
}

// checkGateKeys is how many values checkGateKey takes.
const checkGateKeys = 8

// checkGateKey packs the gate bits only checkGates name: gDoneAlone,
// gCausal, gNoVerb. Rows whose check needs one of them are many, and most
// clauses lack them.
func checkGateKey(g gate) int {
	return int(g>>8) & (checkGateKeys - 1)
}

// add appends row r to the bucket.
func (b *ruleBucket) add(r compiledRule) {
	i := len(b.rows)
	if i == maxBucketRows {
		panic("scoring: more than 256 clause rules for one actor, aspect and shape; raise maxBucketRows")
	}
	b.rows = append(b.rows, r)
	keyMask, keyWant := gateKey(r.mask), gateKey(r.want)
	for k := range b.byGate {
		if k&keyMask == keyWant {
			b.byGate[k][i/64] |= 1 << (i % 64)
		}
	}
	keyMask, keyWant = checkGateKey(r.mask), checkGateKey(r.want)
	for k := range b.byCheckGate {
		if k&keyMask == keyWant {
			b.byCheckGate[k][i/64] |= 1 << (i % 64)
		}
	}
	b.addWordNeed(i, r.wordNeed)
	if r.needs == 0 {
		b.free.add(i)
		return
	}
	for m := r.needs; m != 0; m &= m - 1 {
		bit := m & -m
		if b.needs&bit == 0 {
			// A new bit: its set goes in at its rank among the bits.
			b.needs |= bit
			b.byBit = insertRowSet(b.byBit, b.rank(bit))
		}
		b.byBit[b.rank(bit)].add(i)
	}
}

// withRanked returns set with the sets of each bit of have added; sets holds
// one set per bit of all, in the order of the bits.
func withRanked(set rowSet, sets []rowSet, have, all uint64) rowSet {
	for m := have; m != 0; m &= m - 1 {
		by := &sets[bits.OnesCount64(all&(m&-m-1))]
		for w := range set {
			set[w] |= by[w]
		}
	}
	return set
}

// insertRowSet returns sets with an empty set inserted at k.
func insertRowSet(sets []rowSet, k int) []rowSet {
	sets = append(sets, rowSet{})
	copy(sets[k+1:], sets[k:])
	sets[k] = rowSet{}
	return sets
}

// add puts row i in s.
func (s *rowSet) add(i int) {
	s[i/64] |= 1 << (i % 64)
}

// addWordNeed files row i under its word need, a single bit or none.
func (b *ruleBucket) addWordNeed(i int, need needBits) {
	if need == 0 {
		b.wordFree.add(i)
		return
	}
	if b.wordNeeds&need == 0 {
		b.wordNeeds |= need
		b.byNeed = insertRowSet(b.byNeed, b.needRank(need))
	}
	b.byNeed[b.needRank(need)].add(i)
}

// needRank returns the index in byNeed of need, one of b.wordNeeds.
func (b *ruleBucket) needRank(need needBits) int {
	return bits.OnesCount64(uint64(b.wordNeeds & (need - 1)))
}

// rank returns the index in byBit of bit, one of b.needs.
func (b *ruleBucket) rank(bit lex) int {
	return bits.OnesCount64(uint64(b.needs & (bit - 1)))
}

// candidates returns the rows a clause whose words have the properties bag,
// whose word needs met are words, and whose gate bits are g can match: those
// that need no word, or one bag holds; whose check needs no word, or one the
// clause has; and that accept the bits of g gateKey and checkGateKey read.
func (b *ruleBucket) candidates(bag lex, words needBits, g gate) rowSet {
	set := withRanked(b.free, b.byBit, uint64(bag&b.needs), uint64(b.needs))
	need := withRanked(b.wordFree, b.byNeed, uint64(words&b.wordNeeds), uint64(b.wordNeeds))
	by, byCheck := &b.byGate[gateKey(g)], &b.byCheckGate[checkGateKey(g)]
	for w := range set {
		set[w] &= by[w] & byCheck[w] & need[w]
	}
	return set
}
