package scoring

import (
	"slices"
	"strings"
)

// What result does with a turn's candidates: sort them, keep one of
// overlapping duplicates of a kind, drop the ones another cancels, and copy
// the rest into the answer.

// result removes overlapping duplicates of one kind, sorts, and counts. It
// works on the candidates' indices, and copies each marker it keeps once, into
// the answer: a marker holds strings, so every copy of one in the pooled
// scratch space, as a sort or a compaction makes, is a copy the garbage
// collector must be told of.
func (az *analyzer) result() Analysis {
	kept := az.dedupe(az.sortOrder())
	if az.suppress {
		kept = az.dropSuppressed(kept)
	}
	a := Analysis{Words: az.tok.words, Sentences: az.typedSentences}
	if len(kept) > 0 {
		a.Markers, a.ApologySentences = az.copyKept(kept)
	}
	return a
}

// copyKept copies the candidates kept into the answer's markers, cutting
// each one's Text, and counts the sentences that hold at least one apology
// among them.
func (az *analyzer) copyKept(kept []int32) (ms []Marker, apologySentences int) {
	ms = az.answerMarkers(len(kept))
	for j, i := range kept {
		m := &ms[j]
		*m = az.cands[i]
		m.Text = az.tok.text[m.Start:m.End]
	}
	if az.uses&useApology != 0 {
		apologySentences = az.apologySentences(kept)
	}
	return ms, apologySentences
}

// apologySentences counts the sentences that hold at least one apology
// among the candidates kept. Only a phrase that apologises makes an apology
// candidate, so a turn whose hits include none is not asked (see copyKept):
// most turns, whose kept candidates are then copied with no test of their
// kinds.
func (az *analyzer) apologySentences(kept []int32) int {
	n, last := 0, -1 // last is the sentence of the last apology counted
	for _, i := range kept {
		if az.candFacts[i].kind() != apologyKind {
			continue
		}
		if s := az.sentenceAt(az.cands[i].Start); s != last {
			n, last = n+1, s
		}
	}
	return n
}

// markerChunk is how many markers one allocation holds for the answers of
// successive turns (see answerMarkers): about 5 KB, some ten turns.
const markerChunk = 64

// answerMarkers returns room for the n markers of a turn's answer, with one
// slot more, its own, for the action marker AnalyzeTurn appends. Answers of
// up to a quarter of a chunk are cut in turn from one allocation, as an
// allocation for each answer cost more than the rest of result. Each is
// capped at its own slots, so appending past them copies, and no two
// answers share a marker (TestAnswersShareNoMarkers); but an answer kept
// holds its chunk, and the texts the chunk's other markers cut, until none
// of them is kept. A longer answer has an allocation of its own, grown as
// slices.Clone grows.
func (az *analyzer) answerMarkers(n int) []Marker {
	if n+1 > markerChunk/4 {
		return slices.Grow([]Marker(nil), n)[:n]
	}
	if len(az.markers) < n+1 {
		az.markers = make([]Marker, markerChunk)
	}
	ms := az.markers[: n : n+1]
	az.markers = az.markers[n+1:]
	return ms
}

// sortOrder returns the indices of the candidates sorted by their markers'
// byStartKindLongest. A turn has a handful of candidates, in a few runs
// already in order, so an insertion sort that shifts each index once beats
// swapping. It keeps candidates that compare equal in their order, as
// slices.SortFunc does for up to 12 elements; longer lists go to
// slices.SortFunc itself, whose moves depend only on what its comparisons
// answer, so a tie (two equal spans of one kind, which dedupe settles by
// keeping the first) comes out as sorting the markers themselves would.
func (az *analyzer) sortOrder() []int32 {
	ms := az.cands
	order := slices.Grow(az.order[:0], len(ms))[:len(ms)]
	az.order = order
	if len(ms) > 12 {
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortFunc(order, func(a, b int32) int { return startKindLongest(&ms[a], &ms[b]) })
		return order
	}
	// Each index is written in its place as it is inserted, the first
	// with nothing to pass.
	for i := range order {
		m, j := &ms[i], i
		for ; j > 0; j-- {
			// Most pairs differ in Start: settled here, their kinds are not read.
			o := order[j-1]
			if p := &ms[o]; m.Start > p.Start || m.Start == p.Start && az.kindLongest(i, int(o)) >= 0 {
				break
			}
			order[j] = order[j-1]
		}
		order[j] = int32(i)
	}
	return order
}

// byStartKindLongest orders markers by Start, then Kind, then longest first. It
// compares kinds only on a tie because string comparison is the costly part.
func byStartKindLongest(a, b Marker) int { return startKindLongest(&a, &b) }

// startKindLongest is byStartKindLongest on pointers, so no marker is copied.
func startKindLongest(a, b *Marker) int {
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	if a.Kind != b.Kind {
		return strings.Compare(string(a.Kind), string(b.Kind))
	}
	return b.End - a.End
}

// kindLongest is startKindLongest for candidates a and b, which start
// together: their kinds compared by number, which compare as their names
// do (see candidateKinds), then longest first.
func (az *analyzer) kindLongest(a, b int) int {
	if ka, kb := az.candFacts[a].kind(), az.candFacts[b].kind(); ka != kb {
		return int(ka) - int(kb)
	}
	return az.cands[b].End - az.cands[a].End
}

// suppressedBy says which markers cancel a marker of kind k where their
// spans overlap: the "I can do" inside "I'll see what I can do" is a hedge,
// and inside "Is there anything else I can do?" a stock close, not a
// statement of authority. cueCancel markers cancel the kind their Detail
// names. It is a switch, not a map, as it is asked of every marker of a turn
// that has a suppressor, and a string switch is a few comparisons where a
// map lookup hashes the kind.
func suppressedBy(k MarkerKind) []MarkerKind {
	switch k {
	case MarkVague: // "I'll see what I can do" hedges; it promises nothing
		return byHedge
	case MarkAuthority:
		return byHedgeOrFiller
	case MarkPromise:
		return byHedge
	case MarkOwnsMistake:
		return byBlame
	}
	return nil
}

var (
	byHedge         = []MarkerKind{MarkHedge}
	byHedgeOrFiller = []MarkerKind{MarkHedge, MarkFiller}
	byBlame         = []MarkerKind{MarkBlame}
)

// isSuppressor reports a kind that can cancel another.
func isSuppressor(k MarkerKind) bool {
	return k == cueCancel || k == MarkHedge || k == MarkBlame || k == MarkOwnsMistake || k == MarkFiller
}

// dedupe keeps one marker per stretch of text and kind: order lists the
// candidates by Start, then longest first, so the first of overlapping
// same-kind markers is kept. It remembers only the end of the last kept marker
// of each kind, by the kind's number, so a turn of any length costs one pass
// and a candidate one look. Vetoed candidates are left out here.
func (az *analyzer) dedupe(order []int32) []int32 {
	var seen kindSet // the kinds a marker was kept of; az.ends holds where the last one ends
	ends := &az.ends
	kept := order[:0]
	for _, i := range order {
		k := az.candFacts[i].kind()
		if k == droppedKind {
			continue
		}
		m := &az.cands[i]
		if seen.has(k) && m.Start < ends[k] {
			continue // the same behaviour, already shown by an earlier or longer span
		}
		seen |= 1 << k
		ends[k] = m.End
		kept = append(kept, i)
	}
	return kept
}

// spanGroup holds the suppressors of one kind (and, for cueCancel, one
// cancelled kind; noKind for the others), named by their numbers, in Start
// order, with the largest End seen so far at each position: a marker
// overlaps one of them exactly when, among those starting before it ends,
// the largest End passes its Start. One binary search per
// marker keeps the pass O(n log n) however many suppressors a turn has.
type spanGroup struct {
	kind, cancels kindID
	starts        []int
	maxEnds       []int
}

// overlaps reports whether any span in g overlaps start..end.
func (g *spanGroup) overlaps(start, end int) bool {
	k, _ := slices.BinarySearch(g.starts, end) // spans starting before end
	return k > 0 && g.maxEnds[k-1] > start
}

// group returns the group for kind and cancels, creating it.
func (az *analyzer) group(kind, cancels kindID) *spanGroup {
	for i := range az.groups {
		if g := &az.groups[i]; g.kind == kind && g.cancels == cancels {
			return g
		}
	}
	az.groups = append(az.groups, spanGroup{kind: kind, cancels: cancels})
	return &az.groups[len(az.groups)-1]
}

// findGroup returns the group for kind and cancels, or nil.
func (az *analyzer) findGroup(kind, cancels kindID) *spanGroup {
	for i := range az.groups {
		if g := &az.groups[i]; g.kind == kind && g.cancels == cancels {
			return g
		}
	}
	return nil
}

// dropSuppressed removes, from the candidates kept, markers cancelled by an
// overlapping marker, and the cancel markers themselves.
func (az *analyzer) dropSuppressed(kept []int32) []int32 {
	for i := range az.groups {
		az.groups[i].starts, az.groups[i].maxEnds = az.groups[i].starts[:0], az.groups[i].maxEnds[:0]
	}
	az.owned = slices.Grow(az.owned[:0], len(az.tok.sents))[:len(az.tok.sents)]
	clear(az.owned)
	// The kinds a cancel names, and the suppressors' kinds that hold spans
	// this turn: a kind in neither has no group to look for (the groups of
	// earlier turns are kept, empty).
	var named, spanned kindSet
	// Cancels first, so a suppressor that is itself cancelled ("we'll see about"
	// is no hedge) suppresses nothing.
	for _, i := range kept {
		if az.candFacts[i].kind() != cancelKind {
			continue
		}
		// A cancel naming a kind no candidate can have cancels nothing.
		m := &az.cands[i]
		if cancels, ok := kindIDOf(MarkerKind(m.Detail)); ok {
			az.addSpan(az.group(cancelKind, cancels), m)
			named |= 1 << cancels
		}
	}
	for _, i := range kept {
		k, m := az.candFacts[i].kind(), &az.cands[i]
		if !suppressorKinds.has(k) || k == cancelKind || named.has(k) && az.cancelled(k, m) {
			continue
		}
		az.addSpan(az.group(k, noKind), m)
		spanned |= 1 << k
		if k == ownsKind {
			az.owned[az.sentenceAt(m.Start)] = true
		}
	}
	out := kept[:0]
	for _, i := range kept {
		k, m := az.candFacts[i].kind(), &az.cands[i]
		if k == cancelKind || az.suppressed(k, m, named, spanned) {
			continue
		}
		if k == blameKind && az.owned[az.sentenceAt(m.Start)] {
			continue // "the update deleted your notes, and that's our fault" owns, not blames
		}
		out = append(out, i)
	}
	return out
}

// addSpan adds m's span to group g, keeping g in Start order (the kept
// candidates are sorted).
func (az *analyzer) addSpan(g *spanGroup, m *Marker) {
	top := m.End
	if n := len(g.maxEnds); n > 0 {
		top = max(top, g.maxEnds[n-1])
	}
	g.starts, g.maxEnds = append(g.starts, m.Start), append(g.maxEnds, top)
}

// cancelled reports whether a cancel naming m's kind, numbered k, overlaps m.
func (az *analyzer) cancelled(k kindID, m *Marker) bool {
	g := az.findGroup(cancelKind, k)
	return g != nil && g.overlaps(m.Start, m.End)
}

// suppressed reports whether a suppressor of m's kind, numbered k, or a
// cancel naming it, overlaps m; named are the kinds a cancel names, and
// spanned the suppressors' kinds that hold spans (see dropSuppressed).
func (az *analyzer) suppressed(k kindID, m *Marker, named, spanned kindSet) bool {
	for _, by := range suppressorsOf[k] {
		if !spanned.has(by) {
			continue
		}
		if g := az.findGroup(by, noKind); g != nil && g.overlaps(m.Start, m.End) {
			return true
		}
	}
	return named.has(k) && az.cancelled(k, m)
}
