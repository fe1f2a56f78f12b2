package scoring

import "math/bits"

// A clause of a turn visits the add rows of its actor, aspect and shape, a
// few dozen, and most turn it away because the clause holds none of the words
// the row's check needs (clauseNeeds). A bucket therefore also keeps, per
// lexicon bit its rows need, the set of rows that need it: a clause starts
// from the rows that need nothing, adds the rows of each needed bit its bag
// holds, and visits only those, in table order. The same is kept for the
// word needs of checkWords, for the verb lists rows name or turn away, and
// for the kinds rows add: a row whose check needs words the clause (or its
// sentence) lacks, whose verb list the clause's verb is not in, or whose
// kind the phrase tables already found in the clause is never visited.

// pageRows is how many rows a row set holds: a bucket's rows are kept in
// pages of this many, each with its own sets, and a clause visits its
// bucket's pages in turn. Most buckets, and most a turn's clauses visit,
// hold between 64 and 128 rows: sets of two words serve them in one page,
// where sets of four, wide enough for the fullest bucket, spent half their
// loads, stores and tests on words no row was in.
const pageRows = 128

// rowSet is a set of a page's rows by their index in it.
type rowSet [pageRows / 64]uint64

// ruleBucket is the add rows of one actor, aspect and shape, in table
// order, and their pages: page p holds rows p*pageRows on.
type ruleBucket struct {
	rows  []compiledRule
	pages []rowPage
}

// rowPage is the row sets of one page of a bucket. Every test a row makes
// but its check is settled for a clause by candidates, through the sets
// below, so that a row is visited only to call its check.
type rowPage struct {
	// rows are the page's own rows of its bucket, cut once the bucket is
	// filled (see cutPages).
	rows []compiledRule
	// free holds the rows that need no lexicon bit, and byBag, for each
	// bit some rows need, the rows that need it (one of a row's bits will
	// do). wordFree and byWord are the same for the word needs of
	// checkWords, and verbFree and byVerb for the verb lists rows name.
	free, wordFree, verbFree rowSet
	byBag, byWord, byVerb    rowsByBit
	// byExcept holds, for each verb list some rows turn away, those rows;
	// byKind, for each kind bit (see kindBit), the rows that add the kind.
	byExcept, byKind rowsByBit
	// sets are the row sets the page's rowsByBit name, each by its place
	// here, and nSets how many are taken (see newSet).
	sets  [pageSets]rowSet
	nSets int
	// byGate holds, for each value of the gate bits gateKey reads, the rows
	// that accept it, and byCheckGate the same for checkGateKey; the shape
	// bits are the bucket's own.
	byGate      [gateKeys]rowSet
	byCheckGate [checkGateKeys]rowSet
	// checks are the checks of the page's rows, by the word of a row set
	// that holds the row and the row's bit in it (see cutPages). The loop
	// over a clause's candidates calls a row's check from here and reads
	// the row itself only on a match: indexed by a bit of a word, which is
	// below 64, a check is found with no bounds test, and fewer of the
	// loop's values are reloaded after each call than when it read the row.
	checks [pageRows / 64][64]func(*analyzer, *clause) bool
}

// rowsByBit holds, for each bit of a mask that some rows name, the rows
// that name it: the set of bit b is the page's sets[at[b]]. A clause looks
// up a set for each bit it has that some row names, about ten a clause:
// the index by bit is one load, where a set's rank among the bits took a
// population count, which the compiler guards with a test of the processor
// each time.
type rowsByBit struct {
	bits uint64
	at   [64]uint8
}

// pageSets is how many row sets a page may hold, over all its rowsByBit: a
// power of two, so that a place masked into range needs no bounds test.
// The fullest page holds under a hundred; newSet panics past it, which any
// test run reports.
const pageSets = 128

// newSet takes the page's next free row set and returns its place.
func (b *rowPage) newSet() uint8 {
	if b.nSets == pageSets {
		panic("scoring: a page of rows names more than pageSets row sets; raise pageSets")
	}
	b.nSets++
	return uint8(b.nSets - 1)
}

// add files row i under each bit of mask, taking a set of page b for
// each bit not named before.
func (x *rowsByBit) add(b *rowPage, i int, mask uint64) {
	for m := mask; m != 0; m &= m - 1 {
		bit := bits.TrailingZeros64(m)
		if x.bits&(1<<bit) == 0 {
			x.bits |= 1 << bit
			x.at[bit] = b.newSet()
		}
		b.sets[x.at[bit]].add(i)
	}
}

// joined returns the rows of from and those filed under any bit of have,
// with sets the sets of the page x is of, as the two words of a set:
// returned as two words, the set is held in registers through the loop and
// through the tests candidates makes after it, where a set joined in place
// was stored and loaded again for each. The page's sets are an array, and
// a place masked into it needs no bounds test, nor a slice read first.
func (x *rowsByBit) joined(sets *[pageSets]rowSet, from *rowSet, have uint64) (lo, hi uint64) {
	lo, hi = from[0], from[1]
	for m := have & x.bits; m != 0; m &= m - 1 {
		s := &sets[x.at[bits.TrailingZeros64(m)]%pageSets]
		lo, hi = lo|s[0], hi|s[1]
	}
	return lo, hi
}

// add puts row i in s.
func (s *rowSet) add(i int) {
	s[i/64] |= 1 << (i % 64)
}

// remove takes the rows of o out of s.
func (s *rowSet) remove(o *rowSet) {
	s[0] &^= o[0]
	s[1] &^= o[1]
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

// indexedGates are the gate bits a bucket settles: its shape (shapeOf), and
// those gateKey and checkGateKey read. A row may ask of no other bit, as
// addRowsOf does not test the gate bits again.
const indexedGates = gNeg | gActive | gPassive | gCopula | gCond | gGeneric | gQuestion | gTemporal | gDoneAlone | gCausal | gNoVerb

// mustAskIndexedGates panics on a row that asks of a gate bit the rule
// index does not settle, which no bucket or veto set would test: a
// programming error that any test run reports.
func mustAskIndexedGates(r compiledRule) {
	if r.mask&^indexedGates != 0 {
		panic("scoring: clause rule " + r.row.name + " asks of a gate bit the rule index does not settle")
	}
}

// add appends row r to the bucket, and files it in its page.
func (b *ruleBucket) add(r compiledRule) {
	i := len(b.rows)
	mustAskIndexedGates(r)
	b.rows = append(b.rows, r)
	if i%pageRows == 0 {
		b.pages = append(b.pages, rowPage{})
	}
	b.pages[i/pageRows].add(i%pageRows, r)
}

// cutPages gives each page of the bucket its own rows, and their checks,
// once every row is added: a clause then reads a page's rows as they are,
// where it cut them from the bucket's for each page it visited.
func (b *ruleBucket) cutPages() {
	for pi := range b.pages {
		p := &b.pages[pi]
		p.rows = b.rows[pi*pageRows : min(len(b.rows), (pi+1)*pageRows)]
		for i := range p.rows {
			p.checks[i/64][i%64] = p.rows[i].words
		}
	}
}

// add files row r, the page's row i, under the sets it belongs to.
func (b *rowPage) add(i int, r compiledRule) {
	keyMask, keyWant := gateKey(r.mask), gateKey(r.want)
	for k := range b.byGate {
		if k&keyMask == keyWant {
			b.byGate[k].add(i)
		}
	}
	keyMask, keyWant = checkGateKey(r.mask), checkGateKey(r.want)
	for k := range b.byCheckGate {
		if k&keyMask == keyWant {
			b.byCheckGate[k].add(i)
		}
	}
	b.fileUnder(i, &b.free, &b.byBag, uint64(r.needs))
	b.fileUnder(i, &b.wordFree, &b.byWord, uint64(r.wordNeed))
	b.fileUnder(i, &b.verbFree, &b.byVerb, r.verbs)
	b.byExcept.add(b, i, r.except)
	b.byKind.add(b, i, uint64(r.bit))
}

// fileUnder files row i, which needs one of the bits of mask, under each
// of them in by, or in free when it needs none.
func (b *rowPage) fileUnder(i int, free *rowSet, by *rowsByBit, mask uint64) {
	if mask == 0 {
		free.add(i)
		return
	}
	by.add(b, i, mask)
}

// candidates returns the rows of the page clause c can match, with the
// kinds of found already found in it: those whose gate bits c has, whose
// lexicon bits, word need and verb list it meets, whose verb lists it is
// in none of, and whose kind is not in found.
func (b *rowPage) candidates(c *clause, found uint8) rowSet {
	by, byCheck := &b.byGate[gateKey(c.gate)], &b.byCheckGate[checkGateKey(c.gate)]
	lo, hi := by[0]&byCheck[0], by[1]&byCheck[1]
	sets := &b.sets
	l, h := b.byBag.joined(sets, &b.free, uint64(c.bag))
	lo, hi = lo&l, hi&h
	l, h = b.byWord.joined(sets, &b.wordFree, uint64(c.words))
	lo, hi = lo&l, hi&h
	l, h = b.byVerb.joined(sets, &b.verbFree, c.lists)
	lo, hi = lo&l, hi&h
	l, h = b.byExcept.joined(sets, &rowSet{}, c.lists)
	lo, hi = lo&^l, hi&^h
	l, h = b.byKind.joined(sets, &rowSet{}, uint64(found))
	return rowSet{lo &^ l, hi &^ h}
}
