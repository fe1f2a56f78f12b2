package scoring

// wordTable maps the words the patterns use to their ids. It is an
// open-addressing hash table rather than a Go map because Analyze looks up every
// word of a turn in it: slots hold only a hash and an id (8 bytes), so the table
// stays in cache, and the word itself is compared only when the hashes agree.
// It is read-only after start-up.
type wordTable struct {
	slots []wordSlot
	words []string // words[id] is the word with that id
	mask  uint32
}

type wordSlot struct {
	hash uint32
	id   int32 // 0 marks an empty slot
}

// newWordTable builds the table from a word->id map, at a load factor of at most 1/2.
func newWordTable(ids map[string]int32) wordTable {
	size := 16
	for size < 2*len(ids) {
		size *= 2
	}
	t := wordTable{slots: make([]wordSlot, size), words: make([]string, len(ids)+1), mask: uint32(size - 1)}
	for w, id := range ids {
		h := hashWord(w)
		i := h & t.mask
		for t.slots[i].id != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{hash: h, id: id}
		t.words[id] = w
	}
	return t
}

// id returns the id of word w, whose hashWord is h, or 0 when no pattern uses it.
func (t *wordTable) id(w string, h uint32) int32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.id == 0 {
			return 0
		}
		if s.hash == h && t.words[s.id] == w {
			return s.id
		}
	}
}

// FNV-1a, 32 bit: hashWord(w) folds hashStep over w's bytes from hashSeed.
const (
	hashSeed  uint32 = 2166136261
	hashPrime uint32 = 16777619
)

func hashStep(h uint32, c byte) uint32 { return (h ^ uint32(c)) * hashPrime }

func hashWord(w string) uint32 {
	h := hashSeed
	for i := 0; i < len(w); i++ {
		h = hashStep(h, w[i])
	}
	return h
}
