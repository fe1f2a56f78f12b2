package scoring

import (
	"slices"
	"strings"
	"testing"
)

// countNodes counts the distinct nodes reachable from n.
func countNodes(n *node, seen map[*node]bool) int {
	if n == nil || seen[n] {
		return 0
	}
	seen[n] = true
	total := 1
	for _, e := range n.edges {
		total += countNodes(e.next, seen)
	}
	for _, c := range n.class {
		total += countNodes(c, seen)
	}
	return total + countNodes(n.gap, seen)
}

func TestFreezeMergesIdenticalEndings(t *testing.T) {
	ix := compileTables([]patternGroup{
		{kind: MarkApology, phrases: []string{"{i am|we are} sorry"}},
		{kind: MarkHedge, phrases: []string{"maybe sorry"}},
	})
	// Unmerged: root, i, i am, i am sorry, we, we are, we are sorry, maybe, maybe
	// sorry = 9. "i am" and "we are" lead to the same apology leaf and merge, and
	// so do the two apology leaves; the hedge leaf has another rule and stays.
	if got, want := countNodes(ix.root, map[*node]bool{}), 7; got != want {
		t.Errorf("merged trie has %d nodes, want %d", got, want)
	}
	iAm := ix.rootNext[ix.words.id("i")].child(ix.words.id("am"))
	weAre := ix.rootNext[ix.words.id("we")].child(ix.words.id("are"))
	if iAm == nil || iAm != weAre {
		t.Errorf(`"i am" and "we are" lead to nodes %p and %p, want one shared node`, iAm, weAre)
	}
}

func TestMarkerTrieStaysSmall(t *testing.T) {
	// The expanded tables make about 85,000 tree nodes; merged they must fit in cache.
	if got := countNodes(index.root, map[*node]bool{}); got > 2000 {
		t.Errorf("marker trie has %d nodes, want at most 2000", got)
	}
}

// TestWordTableFindsEveryWordAndNoOther checks every word of the index by its
// id, and that words no pattern uses, the empty word, and a long word's first
// 8 bytes find nothing.
func TestWordTableFindsEveryWordAndNoOther(t *testing.T) {
	words := &index.words
	for id, w := range words.words {
		if id == 0 {
			continue
		}
		if got := words.id(w); got != int32(id) {
			t.Errorf("id(%q) = %d, want %d", w, got, id)
		}
		if got := words.idOfBytes([]byte(w)); got != int32(id) {
			t.Errorf("idOfBytes(%q) = %d, want %d", w, got, id)
		}
	}
	long := ""
	for _, w := range words.words {
		if len(w) > 8 {
			long = w
			break
		}
	}
	for _, w := range []string{"", "zzzzqqq", "refundedx", long[:8]} {
		if got := words.id(w); got != 0 && words.words[got] != w {
			t.Errorf("id(%q) = %d (%q), want 0", w, got, words.words[got])
		}
		if got := words.idOfBytes([]byte(w)); got != 0 && words.words[got] != w {
			t.Errorf("idOfBytes(%q) = %d (%q), want 0", w, got, words.words[got])
		}
	}
}

// TestKeysOfCapitalisedWords checks that a word with a capital or a curly
// apostrophe has the key its lowered, straightened text would have, whether
// the vocabulary knows it or not, and that the lowered text is built only
// for a word it does not know.
func TestKeysOfCapitalisedWords(t *testing.T) {
	for _, tc := range []struct {
		text  string
		keys  []string
		built bool // the lowered text had to be built as a string
	}{
		{"we refunded it", []string{"we", "refunded", "it"}, false},
		{"We Refunded IT", []string{"we", "refunded", "it"}, false},
		{"I\u2019ll ring Dana on Friday", []string{"i'll", "ring", "dana", "on", "friday"}, true},
		{"You\u2019re right, PayPal\u2019s fee", []string{"you're", "right", "paypal's", "fee"}, true},
		{"Zorblax Qwimb", []string{"zorblax", "qwimb"}, true},
	} {
		var tok tokenizer
		tok.tokenize(tc.text)
		var got []string
		for _, k := range tok.toks {
			got = append(got, tok.key(k))
		}
		if !slices.Equal(got, tc.keys) {
			t.Errorf("keys of %q = %q, want %q", tc.text, got, tc.keys)
		}
		if built := tok.lower != ""; built != tc.built {
			t.Errorf("%q: lowered text built = %v, want %v", tc.text, built, tc.built)
		}
		if want := strings.ToLower(tc.text); tok.lowered() != want && !strings.ContainsRune(tc.text, '\u2019') {
			t.Errorf("lowered(%q) = %q, want %q", tc.text, tok.lowered(), want)
		}
	}
}

// TestIdOfPlainFindsEveryWord checks the packed lookup of plain words
// against id, with the word followed by more text (one 8-byte read) and at
// the very end of the text (byte by byte).
func TestIdOfPlainFindsEveryWord(t *testing.T) {
	var tok tokenizer
	for id, w := range index.words.words {
		if id == 0 || strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ\u2019") {
			continue
		}
		for _, text := range []string{w + " and then some more", "then " + w} {
			tok.text = text
			start := strings.LastIndex(text, w)
			if got := tok.idOfPlain(start, start+len(w)); got != int32(id) {
				t.Errorf("idOfPlain(%q in %q) = %d, want %d", w, text, got, id)
			}
		}
	}
	tok.text = "zorbla and more"
	if got := tok.idOfPlain(0, 6); got != 0 {
		t.Errorf("idOfPlain of an unknown word = %d, want 0", got)
	}
	tok.text = "ab"
	if got, want := tok.idOfPlain(0, 1), index.words.id("a"); got != want {
		t.Errorf("idOfPlain(\"a\") = %d, want %d", got, want)
	}
}

// TestClassMaskFollowsClassEdges checks every node's classMask, which
// mayStep reads instead of the class edges themselves.
func TestClassMaskFollowsClassEdges(t *testing.T) {
	seen := map[*node]bool{}
	var visit func(n *node)
	classed := 0
	visit = func(n *node) {
		if n == nil || seen[n] {
			return
		}
		seen[n] = true
		for c, child := range n.class {
			if has := n.classMask&(1<<c) != 0; has != (child != nil) {
				t.Errorf("node has class edge %d = %v, but classMask says %v", c, child != nil, has)
			}
			if child != nil {
				classed++
			}
			visit(child)
		}
		for _, e := range n.edges {
			visit(e.next)
		}
		visit(n.gap)
	}
	visit(index.root)
	if classed == 0 {
		t.Error("no node of the trie has a class edge, so this test checks nothing")
	}
}

// TestIdMasksHoldEveryEdge checks that every edge of every node has its
// bits in the node's idMask and idHigh, which turn a word away before
// its edge is looked for.
func TestIdMasksHoldEveryEdge(t *testing.T) {
	seen := map[*node]bool{}
	var visit func(n *node)
	wide := 0
	visit = func(n *node) {
		if n == nil || seen[n] {
			return
		}
		seen[n] = true
		if n.slots != nil {
			wide++
		}
		for _, e := range n.edges {
			if n.idMask&(1<<(e.id&63)) == 0 || !n.mayHave(e.id) || n.child(e.id) != e.next {
				t.Errorf("a node's masks or slots lose its edge for %q", index.words.words[e.id])
			}
			visit(e.next)
		}
		visit(n.gap)
		for _, c := range n.class {
			visit(c)
		}
	}
	visit(index.root)
	if wide == 0 {
		t.Error("no node of the trie is wide, so idHigh is never asked")
	}
}

// TestLowerSpanLowersOnlyWhenItMust checks that a span without capitals is
// cut from the text itself, and one with a capital from the lowered text.
func TestLowerSpanLowersOnlyWhenItMust(t *testing.T) {
	var tok tokenizer
	tok.tokenize("I'll ring you tomorrow at 9am, or Friday AT noon")
	if got := tok.lowerSpan(14, 30); got != "tomorrow at 9am," || tok.lower != "" {
		t.Errorf("lowerSpan of a plain span = %q (text lowered: %v), want %q and no lowering", got, tok.lower != "", "tomorrow at 9am,")
	}
	if got := tok.lowerSpan(34, 48); got != "friday at noon" {
		t.Errorf("lowerSpan of a capitalised span = %q, want %q", got, "friday at noon")
	}
}

// TestUseOfKinds checks what the passes over the hits do with each kind of
// hit: a cue sets its sentence's flag and is no candidate, a time row is
// left to findTimes, and a marker kind is a candidate.
func TestUseOfKinds(t *testing.T) {
	for _, tc := range []struct {
		kind MarkerKind
		want ruleUse
	}{
		{cueRequest, useRequest},
		{cueFuture, useFuture},
		{cueOwning, useApology},
		{cueExcuse, useExcuse},
		{cueTime, useTimeCue},
		{MarkTimeCommitment, useTime},
		{MarkApology, useApology | useCandidate},
		{MarkPromise, useFuture | useCandidate},
		{MarkConcreteAction, useFuture | useCandidate},
		{MarkHedge, useCandidate},
		{cueCancel, useCandidate | useCancel},
	} {
		if got := useOf(tc.kind); got != tc.want {
			t.Errorf("useOf(%s) = %b, want %b", tc.kind, got, tc.want)
		}
	}
}
