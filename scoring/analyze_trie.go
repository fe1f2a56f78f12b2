package scoring

import (
	"encoding/binary"
	"slices"
)

// node is one state of the phrase trie. Edges are keyed by word id (see
// phraseIndex), so a step compares integers, not strings.
// The fields a walk reads first come first, on one cache line.
type node struct {
	idMask    uint64 // bit id%64 set for each edge id: most lookups fail, and fail here
	classMask uint8  // bit c set when class[c] is not nil (see mayStep)
	slotShift uint8  // for a wide node, 32 - log2(len(slots)) (see child)
	edges     []edge // sorted by id
	slots     []edge // for a node of more than 8 edges, its edges in an open-addressing table
	idHigh    uint64 // bit id/64%64 set for each edge id: with idMask, it turns most words away from a wide node (see mayHave)
	rules     []*rule
	class     [classCount]*node // after a token of that class: a number, "-ed", "-ing"
	gap       *node             // after skipping 0..maxGap tokens
	next      map[int32]*node   // used while building; frozen into edges
}

func newNode() *node { return &node{next: map[int32]*node{}} }

// edge is one step of the trie on word id.
type edge struct {
	id   int32
	next *node
}

// mayStep reports whether token t may take an edge of n: its word may be
// one of n's edges, or it is of a class n has an edge for. When it is false,
// a step from n with t finds nothing, so the walk spares the call.
func (n *node) mayStep(t *token) bool {
	return n.idMask&(1<<(t.id&63)) != 0 || t.class&n.classMask != 0
}

// child returns the node after word id, or nil. Most nodes have a handful of
// edges, where a linear scan beats a map; a wide one (up to a hundred edges,
// after "we" or "I") is looked up in its slots, mostly at the first: a search
// by halves there took about 80 instructions a step of the walk.
func (n *node) child(id int32) *node {
	if n.idMask&(1<<(id&63)) == 0 {
		return nil
	}
	if n.slots == nil {
		return n.narrowChild(id)
	}
	if !n.mayHave(id) {
		return nil
	}
	mask := uint32(len(n.slots) - 1)
	for i := slotOf(id, n.slotShift); ; i = (i + 1) & mask {
		switch e := &n.slots[i]; e.id {
		case id:
			return e.next
		case 0: // an empty slot: ids start at 1
			return nil
		}
	}
}

// mayHave reports whether id may be one of n's edges, as far as idHigh
// tells: when it is false, n has no edge for id. A wide node's idMask has
// most of its bits set, and lets most words by; of those, idHigh turns
// away many, before the node's slots are probed.
func (n *node) mayHave(id int32) bool {
	return n.idHigh&(1<<(uint32(id)>>6&63)) != 0
}

// narrowChild is child for a node of at most 8 edges, which has no slots:
// its edges scanned, its idMask left to the caller. It is small enough to
// inline, so that walk, which takes most steps, asks it without a call.
func (n *node) narrowChild(id int32) *node {
	for _, e := range n.edges {
		if e.id == id {
			return e.next
		}
	}
	return nil
}

// slotOf is where the slots of a wide node start looking for id: a
// multiplication by the golden ratio spreads neighbouring ids apart. A
// node's shift is under 32 (see fillSlots): masked so, it is not tested
// for a wider one, which would shift every bit out.
func slotOf(id int32, shift uint8) uint32 {
	return uint32(id) * 0x9E3779B9 >> (shift & 31)
}

// fillSlots builds n's slots from its edges when it has more than 8, at a
// load of at most a half, so a miss meets an empty slot soon.
func (n *node) fillSlots() {
	if len(n.edges) <= 8 {
		return
	}
	size, shift := 16, uint8(32-4)
	for size < 2*len(n.edges) {
		size, shift = size*2, shift-1
	}
	n.slots, n.slotShift = make([]edge, size), shift
	for _, e := range n.edges {
		i := slotOf(e.id, shift)
		for n.slots[i].id != 0 {
			i = (i + 1) & uint32(size-1)
		}
		n.slots[i] = e
	}
}

// trieFreezer turns the build-time trie into its read-only form: sorted edges
// instead of maps, and every set of identical sub-tries merged into one node.
// Expanding the alternatives of the tables repeats the same endings thousands
// of times ("... {today|tomorrow} {|for you}"), so merging shrinks the trie from
// about 85,000 nodes to under a thousand, small enough to stay in the CPU cache. Two sub-tries are identical
// when their rules, edges, class steps and gap are, so a walk through either
// reports the same hits in the same order.
type trieFreezer struct {
	canon map[string]*node // signature -> the node kept for it
	num   map[*node]int32  // kept node -> its number in signatures
	rules map[*rule]int32  // rule -> its number in signatures
	sig   []byte
}

func newTrieFreezer() *trieFreezer {
	return &trieFreezer{canon: map[string]*node{}, num: map[*node]int32{}, rules: map[*rule]int32{}}
}

// freeze freezes the sub-trie under n, children first, and returns the node
// that stands for it: n itself, or an identical node frozen earlier.
func (f *trieFreezer) freeze(n *node) *node {
	for id, next := range n.next {
		n.edges = append(n.edges, edge{id, next})
	}
	slices.SortFunc(n.edges, func(a, b edge) int { return int(a.id - b.id) })
	for i := range n.edges {
		n.edges[i].next = f.freeze(n.edges[i].next)
		n.idMask |= 1 << (n.edges[i].id & 63)
		n.idHigh |= 1 << (uint32(n.edges[i].id) >> 6 & 63)
	}
	for c, child := range n.class {
		if child != nil {
			n.class[c] = f.freeze(child)
		}
	}
	if n.gap != nil {
		n.gap = f.freeze(n.gap)
	}
	n.next = nil
	sig := f.signature(n)
	if same, ok := f.canon[sig]; ok {
		return same
	}
	f.num[n] = int32(len(f.num) + 1)
	f.canon[sig] = n
	return n
}

// signature writes out everything a walk reads from n, naming its children by
// their numbers: nodes with equal signatures are interchangeable.
func (f *trieFreezer) signature(n *node) string {
	put := func(v int32) { f.sig = binary.LittleEndian.AppendUint32(f.sig, uint32(v)) }
	f.sig = f.sig[:0]
	put(int32(len(n.rules)))
	for _, r := range n.rules {
		if _, ok := f.rules[r]; !ok {
			f.rules[r] = int32(len(f.rules) + 1)
		}
		put(f.rules[r])
	}
	for _, c := range n.class {
		put(f.num[c]) // 0 for nil
	}
	put(f.num[n.gap])
	for _, e := range n.edges {
		put(e.id)
		put(f.num[e.next])
	}
	return string(f.sig)
}

// packTrie copies the frozen trie into one block of nodes and one of edges,
// laid out in the order a walk meets them, and returns the new root. A turn
// touches a few dozen nodes scattered over the heap otherwise; packed, the
// steps of one walk mostly share cache lines.
func packTrie(root *node) *node {
	order, seen := []*node{}, map[*node]int{}
	var visit func(n *node)
	visit = func(n *node) {
		if _, ok := seen[n]; ok || n == nil {
			return
		}
		seen[n] = len(order)
		order = append(order, n)
		for _, e := range n.edges {
			visit(e.next)
		}
		visit(n.gap)
		for _, c := range n.class {
			visit(c)
		}
	}
	visit(root)
	nodes := make([]node, len(order))
	total := 0
	for _, n := range order {
		total += len(n.edges)
	}
	edges := make([]edge, 0, total)
	moved := func(n *node) *node {
		if n == nil {
			return nil
		}
		return &nodes[seen[n]]
	}
	for i, n := range order {
		p := &nodes[i]
		p.idMask, p.idHigh, p.rules, p.gap = n.idMask, n.idHigh, n.rules, moved(n.gap)
		for c, child := range n.class {
			p.class[c] = moved(child)
			if child != nil {
				p.classMask |= 1 << c
			}
		}
		lo := len(edges)
		for _, e := range n.edges {
			edges = append(edges, edge{e.id, moved(e.next)})
		}
		p.edges = edges[lo:len(edges):len(edges)]
		p.fillSlots()
	}
	return &nodes[0]
}
