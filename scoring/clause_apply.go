package scoring

import (
	"math/bits"
	"slices"
)

// cueDropped marks a candidate marker a clause rule vetoed; result leaves it out.
const cueDropped MarkerKind = "cue:dropped"

// compiledRule is a row of clauseRules reduced to what matching reads: the
// yes/no conditions folded into one mask over a clause's gate bits, lists as
// bits, and the check function. Rows sit by value in their index, so a clause
// tries its rows in one sweep of memory.
type compiledRule struct {
	mask, want    gate // c.gate&mask == want
	bit           uint8
	facts         kindFacts // the facts of the kind the row adds or vetoes (see factsOf)
	who           actors
	when          aspects
	needs         lex // one of these must be in the clause (see clauseNeeds)
	verbs, except uint64
	words         func(*analyzer, *clause) bool // the row's check: anyClause for a row that names none
	wordNeed      needBits                      // what the check cannot pass without (see checkWords)
	row           *clauseRule
}

// ruleIndex holds the compiled rows: adds by the actor, aspect and shape
// (see shapeOf) they accept, a row that does not care being under every one;
// vetoes by the slot of their kind (see vetoSlot).
type ruleIndex struct {
	adds   [actThing + 1][aspPresent + 1][shapes]ruleBucket
	vetoes [vetoSlots]vetoRows
}

// A clause's shape is its negation and voice bits packed into a small number,
// so the rows that want another negation or voice are never tried.
const shapes = 16

// passiveShape is the bit of gPassive in a shape: a row whose check turns
// away an actor's clauses unless passive (checkShape.passiveFor) is filed
// under that actor only in the shapes that have it.
var passiveShape = shapeOf(gPassive)

// shapeOf packs the shape bits of a gate: gNeg, and gActive, gPassive, gCopula.
func shapeOf(g gate) int {
	return int(g&gNeg) | int(g>>5&7)<<1
}

var compiledRules = compileClauseRules(clauseRules)

func compileClauseRules(rows []clauseRule) ruleIndex {
	var ix ruleIndex
	for i := range rows {
		r := &rows[i]
		cr := compileRow(r)
		if r.effect == vetoes {
			k := vetoSlot(r.kind)
			if k < 0 {
				panic("scoring: clause rule " + r.name + " vetoes a kind vetoSlot has no slot for")
			}
			ix.vetoes[k].add(cr)
			continue
		}
		shapeMask, shapeWant := shapeOf(cr.mask), shapeOf(cr.want)
		passiveFor := checkShapes[r.words].passiveFor
		for a := range ix.adds {
			for t := range ix.adds[a] {
				if (cr.who != 0 && cr.who&(1<<a) == 0) || (cr.when != 0 && cr.when&(1<<t) == 0) {
					continue
				}
				for sh := range shapes {
					if sh&shapeMask == shapeWant && (passiveFor&(1<<a) == 0 || sh&passiveShape != 0) {
						ix.adds[a][t][sh].add(cr)
					}
				}
			}
		}
	}
	for a := range ix.adds {
		for t := range ix.adds[a] {
			for sh := range ix.adds[a][t] {
				ix.adds[a][t][sh].cutPages()
			}
		}
	}
	return ix
}

// compileRow resolves one row's names into bits and its check function.
func compileRow(r *clauseRule) compiledRule {
	cr := compiledRule{bit: kindBit(r.kind), facts: factsOf(r.kind), verbs: verbs.bit[r.verbs], except: verbs.bit[r.except],
		words: clauseWords[r.words], needs: clauseNeeds[r.words], wordNeed: needOf[r.words], row: r}
	if r.words != "" && cr.words == nil || r.verbs != "" && cr.verbs == 0 || r.except != "" && cr.except == 0 {
		// A row naming a check or list that does not exist would match every
		// clause; this is a programming error that any test run reports.
		panic("scoring: clause rule " + r.name + " names a check or verb list that does not exist")
	}
	if cr.words == nil {
		cr.words = anyClause
	}
	cr.mask, cr.want = r.gates()
	// A row whose gates already rule the fact out can never pass its check,
	// and stays that way: only a fact the row leaves open becomes required.
	shape := checkShapes[r.words]
	on := checkGates[r.words] | shape.on
	cr.want |= on &^ cr.mask
	cr.mask |= on | shape.off
	cr.who, cr.when = narrowed(r.who, shape.who), narrowed(r.when, shape.when)
	// Verb lists the check turns away become the row's own: a bit test then
	// spares the call.
	cr.except |= checkExcept[r.words]
	return cr
}

// anyClause is the check of a row that names none: every clause passes it.
// Given it, every row has a check, and the loops over the rows call it
// without first asking whether there is one: a test at every row they
// visit, where a row without a check is seldom visited.
func anyClause(*analyzer, *clause) bool { return true }

// narrowed returns the values of a set both a row and its check accept, 0
// meaning any value. A row whose values its check wholly turns away never
// passes the check; it keeps its own, as no set stands for none.
func narrowed[S actors | aspects](row, check S) S {
	switch both := row & check; {
	case check == 0 || row != 0 && both == 0:
		return row
	case row == 0:
		return check
	default:
		return both
	}
}

// checkExcept are, for the checks that return false at once when the
// clause's main verb is in one of them, those verb lists (TestCheckGatesHold
// checks it on every clause the tests read).
var checkExcept = map[string]uint64{
	"guessed their act": listNotBlame, // a guess at what the customer went through
	"alternatives":      listAskAFact, // asksFact: a fact asked, not a choice
	"asks which":        listAskAFact,
	"advises next time": listReceive,                // what the customer will get is no advice
	"so of course":      listReceive | listNotBlame, // "you were sent the code", "you've been waiting"
	"whoever did it":    stepList,                   // "whoever booked it" names no one at fault
}

// checkGates are, for the checks that cannot pass without them, the gate bits
// a clause must have for the check to be worth calling. Folded into a row's
// mask, they turn away most clauses with the comparison the row makes anyway
// rather than a call: these checks are tried on nearly every clause and fail
// on nearly all. Each check here returns false at once when its clause lacks
// the bit (TestCheckGatesHold checks it on every clause the tests read).
var checkGates = map[string]gate{
	"done alone":                 gDoneAlone, // c.doneAlone itself
	"question":                   gQuestion,  // c.question itself
	"a clause of when":           gTemporal,  // c.temporal itself
	"customer's event":           gTemporal,  // their event is named in a clause of when
	"asks which":                 gQuestion,  // only a question offers a choice this way
	"event deadline":             gTemporal,  // only a clause of when ties a deadline
	"because theirs":             gCausal,    // only a clause of reason gives one
	"fault is yours":             gNoVerb,    // "the mistake was yours": be is the only verb
	"accuses":                    gQuestion,  // a reproach is asked
	"suggests your part":         gQuestion,  // a suggestion is asked
	"asked against the moment":   gQuestion,  // a question dated to the trouble
	"possible on their side":     gQuestion,  // "is it possible ...?" is asked
	"asked, then the trouble":    gQuestion,  // the act is asked about
	"had it gone otherwise":      gCond,      // "if it had been ...": an unreal past condition
	"cleft names them":           gNoVerb,    // "it was the courier who ...": be is the verb
	"there was an outside event": gNoVerb,    // "there was a storm": be is the verb
	"common for customers":       gNoVerb,    // "it's common for people to ...": be is the verb
}

// gates folds a row's yes/no conditions and voice into a mask and the value
// the clause's gate bits must have under it. Add rows also keep out of
// questions, conditions and clauses of when unless they say otherwise.
func (r *clauseRule) gates() (mask, want gate) {
	need := func(t tri, g gate) {
		if t != either {
			mask |= g
			if t == yes {
				want |= g
			}
		}
	}
	need(r.neg, gNeg)
	need(r.cond, gCond)
	need(r.generic, gGeneric)
	switch r.voice {
	case active:
		mask, want = mask|gActive, want|gActive
	case passive:
		mask, want = mask|gPassive, want|gPassive
	case copula:
		mask, want = mask|gCopula, want|gCopula
	}
	if r.effect == adds {
		for _, g := range []struct {
			allowed bool
			bit     gate
		}{{r.inQuestion, gQuestion}, {r.inWhen, gTemporal}, {r.inCond, gCond}} {
			if !g.allowed {
				mask |= g.bit // want stays as set: an "if" row that may not fire in an "if" never fires
			}
		}
	}
	return mask, want
}

// applyClauseRules reads the turn's clauses, adds the markers the add rows
// find, and drops the candidates the veto rows rule out. Each clause is read
// once and each candidate looked up once, so the pass is linear in the turn.
func (az *analyzer) applyClauseRules() {
	az.readTurnClauses()
	az.addRowsOf(az.clauses)
	az.vetoCandidates()
}

// readTurnClauses reads the turn's clauses and what the rows ask of them
// together: each clause's anchor, the steps of its sentence and span, and
// the kinds the phrase tables already found in it.
func (az *analyzer) readTurnClauses() {
	az.readClauses()
	az.findAnchors()
	az.clausesNoted, az.resultsNoted, az.hedgesNoted = false, false, false // noted when a check first asks (see noteClauses, noteHedges)
	az.nextOr = az.nextOr[:0]
	az.noteFoundKinds()
}

// addRowsOf adds, to each of clauses, the turn's, a marker for each kind
// whose add row matches it. It is matches, taken apart for the loop every
// clause runs over its rows: the clause's facts are read once, and the rows
// whose bit tests the clause fails, or whose kind it already has, are never
// visited (see ruleBucket), so that a row's check is only called when
// nothing cheaper has already ruled it out. The check is called from the
// page's table of them (see rowPage.checks), and the row read only when it
// matches. The loop over the clauses is its own, which spares a call a
// clause.
func (az *analyzer) addRowsOf(clauses []clause) {
	for ci := range clauses {
		c := &clauses[ci]
		if c.headLo >= c.hi || c.quoted {
			continue // only joining words ("and"), or someone else's words
		}
		b := &compiledRules.adds[c.actor][c.aspect][shapeOf(c.gate)]
		for pi := range b.pages {
			// Each page is asked with the kinds found so far, those its rows
			// before added among them, so a kind is added once, as in one set.
			p := &b.pages[pi]
			set := p.candidates(c, az.found[ci])
			for w := range set {
				checks := &p.checks[w]
				for set[w] != 0 {
					k := bits.TrailingZeros64(set[w])
					set[w] &= set[w] - 1
					if checks[k](az, c) {
						az.addRowMatch(ci, c, &p.rows[w*64+k], p, &set)
					}
				}
			}
		}
	}
}

// addRowMatch adds the marker of row r, of page b, which clause ci (c)
// matched, and takes the rows of its kind out of set, the rows of the page
// addRowsOf has yet to try: the clause now has the kind, and a row adds its
// kind only where the clause has none. Taking them out here, on the rare
// match, spares the loop a test of the kind on every row it tries.
func (az *analyzer) addRowMatch(ci int, c *clause, r *compiledRule, b *rowPage, set *rowSet) {
	az.found[ci] |= r.bit
	az.addRowMarker(r, c)
	lo, hi := b.byKind.joined(&b.sets, &rowSet{}, uint64(r.bit))
	set.remove(&rowSet{lo, hi})
}

// addRowMarker adds a marker of row r's kind over clause c, which r matched.
func (az *analyzer) addRowMarker(r *compiledRule, c *clause) {
	k := r.row.kind
	lo := c.headLo
	if k == MarkTimeCommitment {
		lo = c.lo // "before you land": the evidence keeps the word that makes it a deadline
		az.flags[az.tok.toks[c.lo].sent].hasTime = true
	}
	m := az.addTokensAs(k, r.facts, lo, c.hi)
	az.candSlots |= r.facts & slotFacts
	if k == MarkConcreteAction {
		m.Value = az.amountIn(int(az.tok.toks[c.lo].sent))
	}
}

// noteFoundKinds records, per clause, the kinds the phrase tables already found
// in it: a clause row adds a marker only where none of its kind is, so the
// evidence keeps citing the phrase ("we missed") rather than the whole clause.
// It notes the veto slots of the candidates too (see candSlots), in the pass
// it makes over them anyway.
func (az *analyzer) noteFoundKinds() {
	az.found = slices.Grow(az.found[:0], len(az.clauses))[:len(az.clauses)]
	clear(az.found)
	var all kindFacts
	for i, f := range az.candFacts {
		all |= f
		if b := uint8(f); b != 0 {
			az.found[az.clauseAt(az.candToken(i))] |= b
		}
	}
	az.candSlots = all & slotFacts
}

// clauseKinds are the kinds clause rows add, each with a bit for noteFoundKinds.
var clauseKinds = []MarkerKind{MarkConcreteAction, MarkBlame, MarkOwnsMistake, MarkValidates, MarkVague,
	MarkAuthority, MarkChoices, MarkPolicy}

// ownsFacts and choiceFacts are the facts of owns-mistake and offers-choice,
// which the veto passes look for among the candidates.
var ownsFacts, choiceFacts = factsOf(MarkOwnsMistake), factsOf(MarkChoices)

// kindBit returns k's bit: 1<<i for clauseKinds[i], 0 for a kind no clause
// row adds. It is asked of every candidate of a turn, so it is a switch,
// which finds the kind by its length first, rather than a loop comparing
// strings; TestKindBitFollowsClauseKinds keeps the two in step.
func kindBit(k MarkerKind) uint8 {
	switch k {
	case MarkConcreteAction:
		return 1 << 0
	case MarkBlame:
		return 1 << 1
	case MarkOwnsMistake:
		return 1 << 2
	case MarkValidates:
		return 1 << 3
	case MarkVague:
		return 1 << 4
	case MarkAuthority:
		return 1 << 5
	case MarkChoices:
		return 1 << 6
	case MarkPolicy:
		return 1 << 7
	}
	return 0
}

// findAnchors sets, for each clause, the nearest clause before it in its
// sentence that has a subject, reached only through clauses without one (or
// -1): what readingFor answers, found for every clause in one pass.
func (az *analyzer) findAnchors() {
	// Read through locals, and each clause's sentence once: the fields of
	// az were loaded again at every use, as the loop stores into a slice.
	clauses, toks := az.clauses, az.tok.toks
	anchors := slices.Grow(az.anchors[:0], len(clauses))[:len(clauses)]
	az.anchors = anchors
	prevSent := int32(-1) // the sentence of the clause before: none for the first
	for k := range clauses {
		anchors[k] = -1
		sent := toks[clauses[k].lo].sent
		if sent != prevSent {
			prevSent = sent
			continue
		}
		switch p := &clauses[k-1]; {
		case p.actor != actNone:
			anchors[k] = k - 1
		case !p.doneAlone:
			anchors[k] = anchors[k-1]
		}
	}
}

// clauseAt returns the index of the clause holding token i.
func (az *analyzer) clauseAt(i int) int {
	return int(az.tok.toks[min(i, len(az.tok.toks)-1)].clause)
}

// clauseIndex returns c's index in az.clauses.
func (az *analyzer) clauseIndex(c *clause) int {
	return az.clauseAt(c.lo)
}

// matches reports whether clause c meets every condition of row r.
func (az *analyzer) matches(r *compiledRule, c *clause) bool {
	switch {
	case r.who != 0 && r.who&(1<<c.actor) == 0:
		return false
	case r.when != 0 && r.when&(1<<c.aspect) == 0:
		return false
	case c.gate&r.mask != r.want:
		return false
	}
	return az.matchesBeyondIndex(r, c)
}

// matchesBeyondIndex is matches without the actor and aspect, which the add
// rows' index (ruleIndex.adds) has already settled, and without the gate
// bits, which the caller has tested.
func (az *analyzer) matchesBeyondIndex(r *compiledRule, c *clause) bool {
	switch {
	case r.needs != 0 && c.bag&r.needs == 0:
		return false
	case r.verbs != 0 && c.lists&r.verbs == 0:
		return false
	case c.lists&r.except != 0:
		return false
	case r.wordNeed&^c.words != 0:
		return false
	case r.words != nil && !r.words(az, c): // a row with its check left out is asked its bit tests alone
		return false
	}
	return true
}

// linkingVerbs join a subject to what it is like, as be does: "that sounds
// stressful", "it seems unfair".
var linkingVerbs = wordSet("sound seem look appear")

// gate is a set of yes/no facts about a clause that rows test together.
type gate uint16

const (
	gNeg gate = 1 << iota
	gCond
	gGeneric
	gQuestion
	gTemporal
	gActive  // a main verb, not passive
	gPassive // be or get with a participle
	gCopula  // be, or a verb that links like it, is the main verb: "that's on us", "that sounds awful"
	// The bits below only serve checkGates: no row names them itself.
	gDoneAlone // the clause only says it is done: "Done:"
	gCausal    // a clause of reason: "because ...", "since ..."
	gNoVerb    // no main verb was read (be is the verb, or there is none)
)

// gateOf sets c's gate bits once it is read.
func gateOf(c *clause) gate {
	return bitIf(c.neg, gNeg) | bitIf(c.cond, gCond) | bitIf(c.generic, gGeneric) |
		bitIf(c.question, gQuestion) | bitIf(c.temporal, gTemporal) |
		bitIf(c.verb >= 0 && !c.passive, gActive) | bitIf(c.passive, gPassive) |
		bitIf(c.verb < 0 && c.aspect != aspNone && !c.doneAlone || c.linking, gCopula) |
		bitIf(c.doneAlone, gDoneAlone) | bitIf(c.causal, gCausal) | bitIf(c.verb < 0, gNoVerb)
}

// bitIf returns b when on holds, else 0. It is a product of b and the
// bool's 0 or 1, which compiles to a shift of the bool's byte: a bit set
// under a test cost a comparison and a conditional move.
func bitIf(on bool, b gate) gate {
	var one gate
	if on {
		one = 1
	}
	return one * b
}

// noteChoiceSentences flags each sentence that offers the customer a choice
// among alternatives it names, for the veto rows that read it ("I can put
// you on the evening train or refund the ticket", "would you prefer
// Friday?": a time among options is not yet a commitment). Options named
// only as a thing we bring ("I'll call you by Friday with the options")
// leave the time ours.
func (az *analyzer) noteChoiceSentences() {
	if az.candSlots&choiceFacts == 0 {
		return // no choice offered: most turns
	}
	for i, f := range az.candFacts {
		if f != choiceFacts {
			continue
		}
		si := az.sentenceAt(az.cands[i].Start)
		if fl := &az.flags[si]; !fl.choice && az.namesAlternatives(si) {
			fl.choice = true
		}
	}
}

// namesAlternatives reports a word of sentence si that sets options side by
// side or asks for one: "or", "either", "whichever", "prefer".
func (az *analyzer) namesAlternatives(si int) bool {
	s := az.tok.sents[si]
	return az.anyIn(s.tokLo, s.tokHi, alternativeWords)
}

// alternativeWords set options side by side or ask the customer to pick.
var alternativeWords = idSetOf(alternativeWordsList)

const alternativeWordsList = "or either whichever whatever prefer rather"
