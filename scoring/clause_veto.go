package scoring

import "math/bits"

// Veto rows: a candidate marker is dropped when a veto row of its kind
// matches the clause that says what it means.

// vetoCandidates drops each candidate whose clause a veto row matches.
// Candidates of one kind often stand together in one clause, found by
// phrases that overlap ("I've refunded", "refunded the fee"): when no row
// matched the first, none matches those right after it, as nothing the rows
// read has changed since, and they are not asked again. A drop may change
// what the rows read (a check may look at the candidates of a kind), so it
// ends the run.
func (az *analyzer) vetoCandidates() {
	if az.candSlots&ownsFacts != 0 {
		az.noteOwnedSentences()
	}
	az.noteChoiceSentences()
	if az.candSlots&vetoedSlots == 0 {
		return // no candidate the loop below would ask of
	}
	kept := noVeto // the slot and clause no veto row matched last
	for i, f := range az.candFacts {
		if f&vetoedSlots == 0 {
			continue // a kind no veto row names, or owns-mistake, settled by noteOwnedSentences
		}
		switch at := (slotClause{vetoSlotOf(f), az.clauseAt(az.candToken(i))}); {
		case at == kept:
		case az.vetoedAt(at):
			az.drop(i)
			kept = noVeto
		default:
			kept = at
		}
	}
}

// slotClause is a candidate's veto slot (see vetoSlot) and the clause that
// holds it: all the veto rows read of a candidate.
type slotClause struct{ slot, clause int }

// noVeto is the slotClause of a candidate no veto row may name.
var noVeto = slotClause{-1, -1}

// vetoSlotAt returns candidate i's slot and clause, or noVeto when no veto
// row names its kind.
func (az *analyzer) vetoSlotAt(i int) slotClause {
	f := az.candFacts[i]
	if f&rowSlots == 0 {
		return noVeto
	}
	return slotClause{vetoSlotOf(f), az.clauseAt(az.candToken(i))}
}

// vetoed reports whether a veto row of candidate i's kind matches the clause
// that says what it means.
func (az *analyzer) vetoed(i int) bool {
	at := az.vetoSlotAt(i)
	return at.slot >= 0 && az.vetoedAt(at)
}

// vetoedAt reports whether a veto row of slot at.slot matches the clause that
// says what clause at.clause means. Ownership is settled before blame reads
// it: "nobody at our end touched your settings" names our end to deny it, not
// to own it.
func (az *analyzer) vetoedAt(at slotClause) bool {
	k, ci := at.slot, at.clause
	c := az.readingFor(ci)
	rows := &compiledRules.vetoes[k]
	if own := &az.clauses[ci]; k == ownsVetoSlot && c != own && own.verb >= 0 && az.anyRowMatches(rows, own) {
		// "errors are passed to us as submitted and cannot be corrected on our end": the words that
		// own are read in the clause that holds them, though it shares its subject
		return true
	}
	return az.anyRowMatches(rows, c)
}

// anyRowMatches reports whether any of rows matches clause c. It is matches
// taken apart as in addRowsOf: the rows whose bit tests c passes come from
// the index, so a row's check is called only when every one has passed.
func (az *analyzer) anyRowMatches(rows *vetoRows, c *clause) bool {
	for m := rows.accepting(c); m != 0; m &= m - 1 {
		r := &rows.rows[bits.TrailingZeros64(m)]
		if r.words(az, c) {
			return true
		}
	}
	return false
}

// maxVetoRows is how many veto rows one slot may have: a set of them is one
// uint64.
const maxVetoRows = 64

// vetoRows are the veto rows of one slot, in table order, with, for each
// value of what a clause's reading settles before any row is looked at (its
// actor, its aspect, and its gate bits in the three parts shapeOf, gateKey
// and checkGateKey read, which together are all of them), the set of rows
// that accept it, a bit a row; and, as a ruleBucket keeps them, the rows by
// the lexicon bits, word needs and verb lists they need or turn away. A
// clause visits only the rows whose every bit test it passes, so that most
// rows cost it nothing.
type vetoRows struct {
	rows        []compiledRule
	byActor     [actThing + 1]uint64
	byAspect    [aspPresent + 1]uint64
	byShape     [shapes]uint64
	byGate      [gateKeys]uint64
	byCheckGate [checkGateKeys]uint64
	needs       rowsByBitOf64 // by the lexicon bits of clauseNeeds
	words       rowsByBitOf64 // by the need bits of checkWords
	verbs       rowsByBitOf64 // by the verb lists named
	except      rowsByBitOf64 // by the verb lists turned away
}

// rowsByBitOf64 holds, for each bit some rows name, the rows that name it,
// and the rows that name none, as sets of up to 64 rows.
type rowsByBitOf64 struct {
	free, bits uint64
	by         [64]uint64
}

// add files row bit under each bit of mask, or as free when mask is 0.
func (x *rowsByBitOf64) add(row, mask uint64) {
	if mask == 0 {
		x.free |= row
	}
	x.bits |= mask
	for m := mask; m != 0; m &= m - 1 {
		x.by[bits.TrailingZeros64(m)] |= row
	}
}

// named returns the rows that name a bit of have.
func (x *rowsByBitOf64) named(have uint64) uint64 {
	var rows uint64
	for m := have & x.bits; m != 0; m &= m - 1 {
		rows |= x.by[bits.TrailingZeros64(m)]
	}
	return rows
}

// add appends row r, filing it under each value it accepts.
func (v *vetoRows) add(r compiledRule) {
	i := len(v.rows)
	if i == maxVetoRows {
		panic("scoring: more than 64 veto rows of one kind; widen vetoRows' sets")
	}
	mustAskIndexedGates(r)
	v.rows = append(v.rows, r)
	bit := uint64(1) << i
	for a := range v.byActor {
		if r.who == 0 || r.who&(1<<a) != 0 {
			v.byActor[a] |= bit
		}
	}
	for t := range v.byAspect {
		if r.when == 0 || r.when&(1<<t) != 0 {
			v.byAspect[t] |= bit
		}
	}
	fileByKey(v.byShape[:], bit, shapeOf(r.mask), shapeOf(r.want))
	fileByKey(v.byGate[:], bit, gateKey(r.mask), gateKey(r.want))
	fileByKey(v.byCheckGate[:], bit, checkGateKey(r.mask), checkGateKey(r.want))
	v.needs.add(bit, uint64(r.needs))
	v.words.add(bit, uint64(r.wordNeed))
	v.verbs.add(bit, r.verbs)
	v.except.add(bit, r.except)
}

// fileByKey adds bit to the set of each key k of sets with k&mask == want:
// the values of a part of the gate bits that a row with that mask and want
// accepts.
func fileByKey(sets []uint64, bit uint64, mask, want int) {
	for k := range sets {
		if k&mask == want {
			sets[k] |= bit
		}
	}
}

// accepting returns the rows that accept c's actor, aspect and gate bits,
// find a lexicon bit they need (when they need one) in its bag, the words
// their check needs (when it needs some) among its words, and its verb in a
// list they name (when they name one), and do not turn its verb away.
func (v *vetoRows) accepting(c *clause) uint64 {
	g := c.gate
	m := v.byActor[c.actor] & v.byAspect[c.aspect] & v.byShape[shapeOf(g)] & v.byGate[gateKey(g)] & v.byCheckGate[checkGateKey(g)]
	if m == 0 {
		return 0
	}
	m &= v.needs.free | v.needs.named(uint64(c.bag))
	m &= v.words.free | v.words.named(uint64(c.words))
	m &= v.verbs.free | v.verbs.named(c.lists)
	return m &^ v.except.named(c.lists)
}

// ownsVetoSlot is the veto slot of owns-mistake.
var ownsVetoSlot = vetoSlot(MarkOwnsMistake)

// vetoSlots is how many kinds veto rows may name: the clause kinds and the
// time commitment.
const vetoSlots = 9

// vetoSlot returns kind k's index in compiledRules.vetoes, or -1 for a kind
// no veto row may name. It is asked of every candidate of a turn, so, like
// kindBit, it is a switch rather than a search comparing strings.
func vetoSlot(k MarkerKind) int {
	if k == MarkTimeCommitment {
		return 8
	}
	if b := kindBit(k); b != 0 {
		return bits.TrailingZeros8(b)
	}
	return -1
}

// slotFacts are the facts that tell a candidate's veto slot: its kind bit,
// or factTime. Each is the bit of the slot's number (see vetoSlotOf).
const slotFacts = kindFacts(0xff) | factTime

// vetoSlotOf is vetoSlot for a candidate with facts f.
func vetoSlotOf(f kindFacts) int {
	if f &= slotFacts; f == 0 {
		return -1
	}
	return bits.TrailingZeros16(uint16(f))
}

// rowSlots are, as the bits of candSlots, the veto slots that have rows:
// a candidate whose facts have none of them is asked of no veto row, which
// one test of its facts tells.
var rowSlots = func() (slots kindFacts) {
	for s := range compiledRules.vetoes {
		if len(compiledRules.vetoes[s].rows) > 0 {
			slots |= 1 << s
		}
	}
	return slots
}()

// vetoedSlots are the slots of rowSlots whose candidates vetoCandidates asks
// the veto rows of itself: all but owns-mistake's, which noteOwnedSentences
// settles.
var vetoedSlots = rowSlots &^ (ownsFacts & slotFacts)

// readingFor returns the clause that says what clause k means: k itself, or,
// when k has no subject of its own ("before 5pm", "by Friday at the latest"),
// the nearest clause before it in the sentence that has one.
func (az *analyzer) readingFor(k int) *clause {
	c := &az.clauses[k]
	if a := az.anchors[k]; a >= 0 && c.actor == actNone && !c.doneAlone && !c.cond && !(c.temporal && c.subj >= 0) {
		return &az.clauses[a]
	}
	return c
}
