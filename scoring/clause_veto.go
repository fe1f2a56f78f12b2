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
	az.noteOwnedSentences()
	az.noteChoiceSentences()
	owns := ownsFacts
	kept := noVeto // the slot and clause no veto row matched last
	for i := range az.cands {
		if az.candFacts[i] == owns {
			continue
		}
		switch at := az.vetoSlotAt(i); {
		case at.slot < 0 || at == kept:
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
	k := vetoSlotOf(az.candFacts[i])
	if k < 0 || len(compiledRules.vetoes[k]) == 0 {
		return noVeto
	}
	return slotClause{k, az.clauseAt(az.candToken(i))}
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
	if own := &az.clauses[ci]; k == ownsVetoSlot && c != own && own.verb >= 0 && az.anyRowMatches(compiledRules.vetoesBy[k][own.actor][own.aspect], own) {
		// "errors are passed to us as submitted and cannot be corrected on our end": the words that
		// own are read in the clause that holds them, though it shares its subject
		return true
	}
	return az.anyRowMatches(compiledRules.vetoesBy[k][c.actor][c.aspect], c)
}

// anyRowMatches reports whether any of rows, which accept c's actor and
// aspect, matches clause c. It is matches taken apart as in addRowsOf, so
// that a row's check is called only when every bit test has passed.
func (az *analyzer) anyRowMatches(rows []compiledRule, c *clause) bool {
	g, bag, lists := c.gate, c.bag, c.lists
	for ri := range rows {
		r := &rows[ri]
		if r.needs != 0 && bag&r.needs == 0 || g&r.mask != r.want ||
			r.verbs != 0 && lists&r.verbs == 0 || lists&r.except != 0 {
			continue
		}
		if r.words == nil || r.wordNeed&^c.words == 0 && r.words(az, c) {
			return true
		}
	}
	return false
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

// vetoSlotOf is vetoSlot for a candidate with facts f.
func vetoSlotOf(f kindFacts) int {
	if f &= kindFacts(0xff) | factTime; f == 0 {
		return -1
	}
	return bits.TrailingZeros16(uint16(f))
}

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
