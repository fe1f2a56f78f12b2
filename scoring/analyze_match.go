package scoring

import (
	"fmt"
	"math/bits"
	"strings"
)

// The pattern language of the marker tables, kept small on purpose:
//
//	i'm sorry            words, matched as whole lowercased tokens
//	{i've|i have}        one of several alternatives (an alternative may be several words)
//	{|just|already}      an optional word: the empty alternative matches nothing
//	@pp                  a named word list from wordLists ("refunded|issued|...")
//	#                    any number token ("25", "4.99")
//	%ed                  a regular past participle that names a step ("reopened"; see classOf)
//	%ing                 a present participle that names a step ("freezing")
//	*                    a gap of 0 to maxGap tokens within the sentence
//
// Patterns are expanded into token sequences once, at start-up, and stored in one
// trie shared by every marker kind, so a turn is matched in a single pass: one hash
// lookup per word to get its id, then a short scan of a node's edges per step.
// Nothing is compiled or allocated per pattern per call.

// maxGap is how many tokens a '*' may skip ("either a refund or ...").
const maxGap = 6

// rule is what a matched pattern means: the marker kind it shows and how to check it.
type rule struct {
	kind MarkerKind
	// detail is the Detail of the hit's candidate: the row's, or for a
	// cueCancel row the kind its phrase shows is not meant (see ruleDetail).
	detail string
	check  checkFlags
	use    ruleUse   // what the passes over the hits do with it, read from kind once
	facts  kindFacts // what the passes over the candidates ask of kind (see kindFacts)
}

// ruleDetail returns the detail of g's rule. A cancel's candidate names the
// kind it cancels in its Detail, where result looks for it; naming it once,
// here, spares applyRules asking of every hit it keeps whether it cancels.
func ruleDetail(g *patternGroup) string {
	if useOf(g.kind)&useCancel != 0 {
		return string(g.cancels)
	}
	return g.detail
}

// ruleUse says what the passes over a turn's hits do with a rule's hit. It
// is worked out from the rule's kind when the tables are compiled: each pass
// reads every hit of a turn, and comparing kinds, which are strings, cost
// more than the rest of the pass.
type ruleUse uint8

const (
	useCandidate ruleUse = 1 << iota // applyRules makes the hit a candidate marker
	useRequest                       // the hit's sentence asks for something (markCues)
	useFuture                        // it speaks of the future
	useApology                       // it apologises or owns a fault
	useExcuse                        // it excuses
	useTimeCue                       // the hit is a cue for the date parser (timeCues)
	useTime                          // the hit is a time commitment of timeTable (findTimes)
	useCancel                        // the hit's candidate cancels the kind the rule names
)

// useOf returns what the passes over the hits do with a hit of kind k.
func useOf(k MarkerKind) ruleUse {
	var u ruleUse
	switch k {
	case cueRequest:
		u |= useRequest
	case cueFuture, MarkConcreteAction, MarkPromise, MarkFollowUp, MarkEscalation:
		u |= useFuture
	case MarkApology, cueOwning:
		u |= useApology
	case cueExcuse:
		u |= useExcuse
	}
	switch k {
	case cueTime:
		u |= useTimeCue
	case MarkTimeCommitment:
		u |= useTime
	case cueCancel:
		u |= useCancel
	}
	switch k {
	case cueRequest, cueTime, cueFuture, cueExcuse, cueOwning, MarkTimeCommitment:
	default:
		u |= useCandidate
	}
	return u
}

// checkFlags are the context checks a rule asks for after its words matched.
type checkFlags uint16

const (
	// notNegated drops the match when a negation ("not", "never", "no") comes just before it.
	notNegated checkFlags = 1 << iota
	// notHedged drops the match when hedging words ("if", "sure", "hope") come just before it.
	notHedged
	// needsRequest keeps the match only in a question or a sentence that asks ("please", "could you").
	needsRequest
	// noTimeInSentence drops the match when the same sentence commits to a time.
	noTimeInSentence
	// takesAmount sets Marker.Value from a money amount in the same sentence.
	takesAmount
	// notPast drops a time phrase that follows a past-tense word ("was due Friday").
	notPast
	// notCounting drops a number that counts things rather than telling the
	// hour: "at one of our branches", "at one point".
	notCounting
)

// patternGroup is one row of a marker table: several phrases that mean the same thing.
type patternGroup struct {
	kind    MarkerKind
	detail  string
	check   checkFlags
	cancels MarkerKind
	phrases []string
}

// phraseIndex is the compiled form of every marker table: the trie, a dense
// array of the root's edges (most steps start there), and the word ids. Words
// are numbered from 1; a word of a turn that no pattern uses gets 0 and can start
// no match. Built once at start-up and only read afterwards, so Analyze may run
// concurrently.
type phraseIndex struct {
	root *node
	// rootNext[id] is root.next[id], without the map lookup. It is an array
	// as long as any id can be (see maxSetWord), so that matchAll, which
	// asks it of every token, masks an id into range rather than checking it
	// against a length; the ids past the index's words hold nil.
	rootNext *[maxSetWord]*node
	words    wordTable
	lex      []lex   // lex[id] is the clause properties of the word with that id
	alias    []int32 // alias[id] is the id of the word a typed form stands for (see typedForms), or 0
}

var index = compileTables(allTables())

// vocabBuilder numbers pattern words while the trie is built.
type vocabBuilder map[string]int32

// intern returns the id of pattern word w, adding it.
func (v vocabBuilder) intern(w string) int32 {
	id, ok := v[w]
	if !ok {
		id = int32(len(v) + 1)
		v[w] = id
	}
	return id
}

// compileTables builds the trie from the tables and panics on a malformed pattern,
// which can only be a programming error caught by any test run.
func compileTables(groups []patternGroup) *phraseIndex {
	root, vocab := newNode(), vocabBuilder{}
	for gi := range groups {
		g := &groups[gi]
		r := &rule{kind: g.kind, detail: ruleDetail(g), check: g.check, use: useOf(g.kind), facts: factsOf(g.kind)}
		for _, p := range g.phrases {
			seqs, err := expandPattern(p)
			if err != nil {
				panic(fmt.Sprintf("scoring: marker pattern %q: %v", p, err))
			}
			for _, seq := range seqs {
				root.insert(seq, r, vocab)
			}
		}
	}
	lexBits := internLexicon(vocab)
	alias := internTypedForms(vocab, lexBits)
	root = packTrie(newTrieFreezer().freeze(root))
	if len(vocab) >= maxSetWord {
		panic(fmt.Sprintf("scoring: more than %d pattern words; raise maxSetWord", maxSetWord-1))
	}
	ix := &phraseIndex{root: root, rootNext: new([maxSetWord]*node), words: newWordTable(vocab),
		lex: lexTable(lexBits, len(vocab)), alias: aliasTable(alias, len(vocab))}
	for _, e := range root.edges {
		ix.rootNext[e.id] = e.next
	}
	ix.words.noteLex(ix.lex)
	return ix
}

// insert adds one expanded token sequence ending in rule r.
func (n *node) insert(seq []string, r *rule, vocab vocabBuilder) {
	cur := n
	for _, w := range seq {
		cur = cur.step(w, vocab)
	}
	for _, have := range cur.rules {
		if have == r {
			return
		}
	}
	cur.rules = append(cur.rules, r)
}

// step returns the child for pattern word w, creating it.
func (n *node) step(w string, vocab vocabBuilder) *node {
	slot := &n.gap
	switch w {
	case "#":
		slot = &n.class[classNum]
	case "%ed":
		slot = &n.class[classEd]
	case "%ing":
		slot = &n.class[classIng]
	case "*":
	default:
		id := vocab.intern(w)
		child, ok := n.next[id]
		if !ok {
			child = newNode()
			n.next[id] = child
		}
		return child
	}
	if *slot == nil {
		*slot = newNode()
	}
	return *slot
}

// expandPattern turns one pattern into every token sequence it stands for.
func expandPattern(p string) ([][]string, error) {
	seqs := [][]string{nil}
	for rest := strings.TrimSpace(p); rest != ""; rest = strings.TrimSpace(rest) {
		alts, after, err := nextElement(rest)
		if err != nil {
			return nil, err
		}
		rest = after
		var grown [][]string
		for _, s := range seqs {
			for _, a := range alts {
				grown = append(grown, append(append([]string(nil), s...), a...))
			}
		}
		seqs = grown
	}
	for _, s := range seqs {
		if len(s) == 0 || s[0] == "*" || s[len(s)-1] == "*" {
			return nil, fmt.Errorf("a pattern must start and end with a word")
		}
	}
	return seqs, nil
}

// nextElement reads one word, {group} or @list from the front of p and returns
// its alternatives (each a word sequence) and the rest of p.
func nextElement(p string) (alts [][]string, rest string, err error) {
	switch p[0] {
	case '{':
		end := strings.IndexByte(p, '}')
		if end < 0 {
			return nil, "", fmt.Errorf("unclosed {")
		}
		alts, err := splitAlternatives(p[1:end])
		return alts, p[end+1:], err
	case '@':
		name, after, _ := strings.Cut(p, " ")
		alts, err := splitAlternatives(name)
		return alts, after, err
	}
	word, after, _ := strings.Cut(p, " ")
	return [][]string{{word}}, after, nil
}

// splitAlternatives splits "a|b c|@list" into word sequences, expanding named lists.
func splitAlternatives(s string) ([][]string, error) {
	var alts [][]string
	for _, a := range strings.Split(s, "|") {
		name, isList := strings.CutPrefix(strings.TrimSpace(a), "@")
		if !isList {
			alts = append(alts, strings.Fields(a))
			continue
		}
		list, ok := wordLists[name]
		if !ok {
			return nil, fmt.Errorf("unknown word list @%s", name)
		}
		more, err := splitAlternatives(list)
		if err != nil {
			return nil, err
		}
		alts = append(alts, more...)
	}
	return alts, nil
}

// match is a raw pattern hit: tokens lo..hi-1 matched rule r.
type match struct {
	r      *rule
	lo, hi int
}

// matchAll finds every pattern hit in toks, whose sentences are sents, in
// token order, appending to out. A hit never crosses a sentence boundary.
func matchAll(toks []token, sents []sentence, out []match) []match {
	m := matcher{out: out}
	rootNext, rootClass := index.rootNext, &index.root.class
	_ = rootNext[0] // rootNext is not nil: asked once here, not at every token
	hi := 0         // len(m.toks), held here too: m is in memory for the walks, and most words start none
	for i := range toks {
		t := &toks[i]
		if i >= hi { // the first token of a sentence
			hi = len(toks)
			if int(t.sent) < len(sents) {
				hi = sents[t.sent].tokHi
			}
			m.toks = toks[:hi]
		}
		// The first step, done here by array index, is where most words fail;
		// the second, where most of the rest do, is tested here too, so that
		// a walk that would end at once is not called.
		if child := rootNext[uint32(t.id)%maxSetWord]; child != nil &&
			(len(child.rules) > 0 || child.gap != nil || i+1 < hi && child.mayStep(&toks[i+1])) {
			m.lo = i
			m.walk(child, i+1)
		}
		// Each class of the word, lowest first, as the class edges are.
		for cls := t.class; cls != 0; cls &= cls - 1 {
			if child := rootClass[bits.TrailingZeros8(cls)]; child != nil {
				m.lo = i
				m.walk(child, i+1)
			}
		}
	}
	return m.out
}

// matcher is the state of matchAll: the hits so far, and where the hit being
// followed began. Keeping it in one place, rather than passing it down every
// step of the walk, keeps the recursion cheap.
type matcher struct {
	// toks are the turn's tokens up to the end of the sentence of the hit
	// being followed, which the hit may not leave: the end a walk tests a
	// token against is the bound its read is tested against, one test for
	// the two.
	toks []token
	out  []match
	lo   int // the token the current hit began at
}

// walk follows the trie from n with the next token at j. Most walks end at
// once, the next token taking no edge of n: that test is made here, so
// only a token that may step pays for the call. Where the next word's own
// edge is all that may lead on, no class edge or gap being left to follow
// after it, walk follows it in its loop rather than by a call: most steps
// are such. It asks the edge of a node of a handful of edges itself, as
// child does (see narrowChild), and the node's idMask first: child is
// called for a wide node only, and the call, which cost about as much as
// the scan of a narrow node's edges, is spared for the rest.
func (m *matcher) walk(n *node, j int) {
	for {
		if len(n.rules) > 0 {
			m.emit(n, j)
		}
		toks := m.toks
		if uint(j) >= uint(len(toks)) {
			return // the end of the sentence
		}
		t := &toks[j]
		if n.gap == nil && t.class&n.classMask == 0 {
			if n.idMask&(1<<(t.id&63)) == 0 {
				return // no edge of n takes the word
			}
			if n.slots == nil {
				n = n.narrowChild(t.id)
			} else {
				n = n.child(t.id)
			}
			if n == nil {
				return
			}
			j++
			continue
		}
		if n.mayStep(t) {
			m.step(n, t, j)
		}
		if n.gap != nil {
			m.walkGap(n.gap, j)
		}
		return
	}
}

// emit records a hit for each rule of n, the hit ending before token j.
func (m *matcher) emit(n *node, j int) {
	for _, r := range n.rules {
		m.out = append(m.out, match{r: r, lo: m.lo, hi: j})
	}
}

// walkGap steps from gap, the node after a '*', with each of the next few
// tokens of the sentence from j. The smallest gap that completes a pattern
// wins, so "the courier lost it, not our fault" cites "the courier lost", not
// everything up to "fault". A gap skips no "but" or "though", and no pause
// before a subject (see gapStopsAt). A gap node has no rules of its own, as
// patterns never end in '*'.
//
// Most tokens of a gap take no edge of the gap node, and most gaps end with
// none that does: the tokens are first tested against the node's edges,
// and only a token that steps has the gap's stops asked of the tokens up
// to it, each once. A gap that meets a stop before any token that steps
// ends as it would have at the stop. The test is idMask's, then, for a
// token it lets by, idHigh's and the edge itself: a gap node's bits
// are most often another word's, and of the labelled turns' tokens idMask
// lets by, one in seventeen takes an edge. The gap nodes most often asked
// are wide, their idMask half full or more: idHigh turns away many of
// the words it lets by there, each a call to child spared.
func (m *matcher) walkGap(gap *node, j int) {
	ids, classes := gap.idMask, gap.classMask // gap.mayStep, read once for the whole gap
	toks := m.toks[:min(j+maxGap+1, len(m.toks))]
	open := j // the gap is known to reach every token before open
	// Tested unsigned, as the bounds test of toks[k] is, which it spares.
	for k := j; uint(k) < uint(len(toks)); k++ {
		t := &toks[k]
		if ids&(1<<(t.id&63)) == 0 && t.class&classes == 0 {
			continue // no edge of the gap node takes this word: stepping would find nothing
		}
		if t.class&classes == 0 && (!gap.mayHave(t.id) || gap.child(t.id) == nil) {
			continue // the word's bit in idMask is another word's, as it is for most words it lets by
		}
		for ; open <= k; open++ {
			if gapStopsAt(m.toks, j, open) {
				return
			}
		}
		had := len(m.out)
		if m.step(gap, t, k); len(m.out) > had {
			return
		}
	}
}

// gapStopsAt reports whether a gap that began at token j, which follows the
// words matched before it, stops short of token k: a "but" or "though"
// inside the gap ("I understand, but you clicked the wrong": what follows it
// is said against what came before), or a subject after a pause ("I can
// see, the wrong date was picked": past a pause, a subject starts a clause
// of its own), so too when the pause ends the words before the gap
// ("checking the system, | I've reversed the charge"), or after "that"
// inside the gap ("our records show that | the supplier sent the wrong
// gearbox").
func gapStopsAt(toks []token, j, k int) bool {
	prev := &toks[k-1]
	if k > j && contrastMask&(1<<(prev.id&63)) != 0 && contrastWords.has(prev.id) {
		return true
	}
	return toks[k].lex&subjectStarts != 0 && (prev.pause || k > j && prev.id == idThat)
}

// subjectStarts are the words a subject starts with: the, our, we, you,
// they, it.
const subjectStarts = lxDet | lxOurDet | lxAgent | lxCustomer | lxThird | lxThing

// contrastMask has the bit of each contrast word's id (id&63), so that a
// gap turns most words away with one test before asking contrastWords.
var contrastMask = func() uint64 {
	var m uint64
	for _, w := range strings.Fields(contrastWordsList) {
		m |= 1 << (wordID(w) & 63)
	}
	return m
}()

// step follows every edge of n that token t, at j, can take: its word and
// its classes. The caller has asked n.mayStep(t).
func (m *matcher) step(n *node, t *token, j int) {
	if child := n.child(t.id); child != nil {
		m.walk(child, j+1)
	}
	if t.class == 0 {
		return
	}
	for c, child := range n.class {
		if child != nil && t.class&(1<<c) != 0 {
			m.walk(child, j+1)
		}
	}
}
