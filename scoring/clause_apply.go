package scoring

import "slices"

// cueDropped marks a candidate marker a clause rule vetoed; result leaves it out.
const cueDropped MarkerKind = "cue:dropped"

// compiledRule is a row of clauseRules with its names resolved, so matching
// it costs bit tests and, at most, one check function.
type compiledRule struct {
	clauseRule          // a copy, so a match reads the row without a second pointer
	bit           uint8 // kindBit(kind)
	verbs, except uint64
	words         func(*analyzer, *clause) bool
	needs         lex // one of these must be in the clause (see clauseNeeds)
}

// ruleIndex holds the compiled rows: adds by the actor and aspect they accept
// (a row for anyone or any time is under every one), vetoes by kind.
type ruleIndex struct {
	adds   [actThing + 1][aspPresent + 1][]*compiledRule
	vetoes []kindRows
}

type kindRows struct {
	kind MarkerKind
	rows []*compiledRule
}

var compiledRules = compileClauseRules(clauseRules)

func compileClauseRules(rows []clauseRule) ruleIndex {
	var ix ruleIndex
	for i := range rows {
		r := &rows[i]
		cr := &compiledRule{clauseRule: *r, bit: kindBit(r.kind), verbs: verbs.bit[r.verbs], except: verbs.bit[r.except],
			words: clauseWords[r.words], needs: clauseNeeds[r.words]}
		if r.words != "" && cr.words == nil || r.verbs != "" && cr.verbs == 0 || r.except != "" && cr.except == 0 {
			// A row naming a check or list that does not exist would match every
			// clause; this is a programming error that any test run reports.
			panic("scoring: clause rule " + r.name + " names a check or verb list that does not exist")
		}
		if r.effect == vetoes {
			k := slices.IndexFunc(ix.vetoes, func(kr kindRows) bool { return kr.kind == r.kind })
			if k < 0 {
				ix.vetoes = append(ix.vetoes, kindRows{kind: r.kind})
				k = len(ix.vetoes) - 1
			}
			ix.vetoes[k].rows = append(ix.vetoes[k].rows, cr)
			continue
		}
		for a := range ix.adds {
			for t := range ix.adds[a] {
				if (r.who == 0 || r.who&(1<<a) != 0) && (r.when == 0 || r.when&(1<<t) != 0) {
					ix.adds[a][t] = append(ix.adds[a][t], cr)
				}
			}
		}
	}
	return ix
}

// applyClauseRules reads the turn's clauses, adds the markers the add rows
// find, and drops the candidates the veto rows rule out. Each clause is read
// once and each candidate looked up once, so the pass is linear in the turn.
func (az *analyzer) applyClauseRules() {
	az.readClauses()
	az.findAnchors()
	az.nextOr = az.nextOr[:0]
	az.noteFoundKinds()
	for ci := range az.clauses {
		c := &az.clauses[ci]
		if c.headLo >= c.hi || c.quoted {
			continue // only joining words ("and"), or someone else's words
		}
		for _, r := range compiledRules.adds[c.actor][c.aspect] {
			if c.question && !r.inQuestion || c.temporal && !r.inWhen || c.cond && !r.inCond ||
				az.found[ci]&r.bit != 0 || !az.matchesBeyondIndex(r, c) {
				continue
			}
			az.found[ci] |= r.bit
			m := az.addTokens(r.kind, c.headLo, c.hi)
			if r.kind == MarkConcreteAction {
				m.Value = az.amountIn(az.tok.toks[c.lo].sent)
			}
		}
	}
	az.vetoCandidates()
}

// noteFoundKinds records, per clause, the kinds the phrase tables already found
// in it: a clause row adds a marker only where none of its kind is, so the
// evidence keeps citing the phrase ("we missed") rather than the whole clause.
func (az *analyzer) noteFoundKinds() {
	az.found = slices.Grow(az.found[:0], len(az.clauses))[:len(az.clauses)]
	clear(az.found)
	for i := range az.cands {
		if b := kindBit(az.cands[i].Kind); b != 0 {
			az.found[az.clauseAt(az.candToken(i))] |= b
		}
	}
}

// clauseKinds are the kinds clause rows add, each with a bit for noteFoundKinds.
var clauseKinds = []MarkerKind{MarkConcreteAction, MarkBlame, MarkOwnsMistake, MarkValidates, MarkVague,
	MarkAuthority, MarkChoices, MarkPolicy}

func kindBit(k MarkerKind) uint8 {
	for i, c := range clauseKinds {
		if c == k {
			return 1 << i
		}
	}
	return 0
}

// vetoCandidates drops each candidate whose clause a veto row matches.
func (az *analyzer) vetoCandidates() {
	for i := range az.cands {
		m := &az.cands[i]
		k := vetoRowsOf(m.Kind)
		if k < 0 {
			continue
		}
		c := az.readingFor(az.clauseAt(az.candToken(i)))
		for _, r := range compiledRules.vetoes[k].rows {
			if az.matches(r, c) {
				m.Kind = cueDropped
				break
			}
		}
	}
}

// vetoRowsOf returns the index in compiledRules.vetoes of kind k's rows, or -1.
func vetoRowsOf(k MarkerKind) int {
	for i := range compiledRules.vetoes {
		if compiledRules.vetoes[i].kind == k {
			return i
		}
	}
	return -1
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

// findAnchors sets, for each clause, the nearest clause before it in its
// sentence that has a subject, reached only through clauses without one (or
// -1): what readingFor answers, found for every clause in one pass.
func (az *analyzer) findAnchors() {
	az.anchors = slices.Grow(az.anchors[:0], len(az.clauses))[:len(az.clauses)]
	for k := range az.clauses {
		az.anchors[k] = -1
		if k == 0 || az.tok.toks[az.clauses[k-1].lo].sent != az.tok.toks[az.clauses[k].lo].sent {
			continue
		}
		switch p := &az.clauses[k-1]; {
		case p.actor != actNone:
			az.anchors[k] = k - 1
		case !p.doneAlone:
			az.anchors[k] = az.anchors[k-1]
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
	}
	return az.matchesBeyondIndex(r, c)
}

// matchesBeyondIndex is matches without the actor and aspect, which the add
// rows' index (ruleIndex.adds) has already settled.
func (az *analyzer) matchesBeyondIndex(r *compiledRule, c *clause) bool {
	switch {
	case r.needs != 0 && c.bag&r.needs == 0:
		return false
	case r.verbs != 0 && c.lists&r.verbs == 0:
		return false
	case !triHolds(r.neg, c.neg), !triHolds(r.cond, c.cond), !triHolds(r.generic, c.generic):
		return false
	case !voiceHolds(r.voice, c):
		return false
	case r.except != 0 && c.lists&r.except != 0:
		return false
	case r.words != nil && !r.words(az, c):
		return false
	}
	return true
}

// linkingVerbs join a subject to what it is like, as be does: "that sounds
// stressful", "it seems unfair".
var linkingVerbs = wordSet("sound seem look appear")

func triHolds(t tri, v bool) bool {
	return t == either || (t == yes) == v
}

func voiceHolds(v voice, c *clause) bool {
	switch v {
	case active:
		return c.verb >= 0 && !c.passive
	case passive:
		return c.passive
	case copula:
		return c.verb < 0 && c.aspect != aspNone && !c.doneAlone || c.linking
	}
	return true
}
