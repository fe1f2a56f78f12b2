package scoring

import "math/bits"

// A clause of a turn visits the add rows of its actor, aspect and shape, a
// few dozen, and most turn it away because the clause holds none of the words
// the row's check needs (clauseNeeds). A bucket therefore also keeps, per
// lexicon bit its rows need, the set of rows that need it: a clause starts
// from the rows that need nothing, adds the rows of each needed bit its bag
// holds, and visits only those, in table order.

// maxBucketRows is how many rows a bucket's row sets hold.
const maxBucketRows = 128

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
		panic("scoring: more than 128 clause rules for one actor, aspect and shape; raise maxBucketRows")
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
	if r.needs == 0 {
		b.free[i/64] |= 1 << (i % 64)
		return
	}
	for m := r.needs; m != 0; m &= m - 1 {
		bit := m & -m
		if b.needs&bit == 0 {
			// A new bit: its set goes in at its rank among the bits.
			b.needs |= bit
			k := b.rank(bit)
			b.byBit = append(b.byBit, rowSet{})
			copy(b.byBit[k+1:], b.byBit[k:])
			b.byBit[k] = rowSet{}
		}
		b.byBit[b.rank(bit)][i/64] |= 1 << (i % 64)
	}
}

// rank returns the index in byBit of bit, one of b.needs.
func (b *ruleBucket) rank(bit lex) int {
	return bits.OnesCount64(uint64(b.needs & (bit - 1)))
}

// candidates returns the rows a clause whose words have the properties bag
// and whose gate bits are g can match: those that need no word, or one bag
// holds, and that accept the bits of g gateKey and checkGateKey read.
func (b *ruleBucket) candidates(bag lex, g gate) rowSet {
	set := b.free
	for m := bag & b.needs; m != 0; m &= m - 1 {
		by := &b.byBit[b.rank(m&-m)]
		for w := range set {
			set[w] |= by[w]
		}
	}
	by, byCheck := &b.byGate[gateKey(g)], &b.byCheckGate[checkGateKey(g)]
	for w := range set {
		set[w] &= by[w] & byCheck[w]
	}
	return set
}
