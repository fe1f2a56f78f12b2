package scoring

// wordTable maps the words the patterns use to their ids. It is an
// open-addressing hash table rather than a Go map because Analyze looks up every
// word of a turn in it: slots hold only a hash and an id (8 bytes), so the table
// stays in cache, and the word itself is compared only when the hashes agree.
// It is read-only after start-up.
type wordTable struct {
	slots []wordSlot
	words []string // words[id] is the word with that id
	// short[id] holds a word of up to 8 bytes packed into an integer, with its
	// length in lens[id]: most words are that short, and comparing them this
	// way reads one dense array instead of following a string to its bytes.
	short []uint64
	lens  []uint8
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
	t := wordTable{slots: make([]wordSlot, size), words: make([]string, len(ids)+1), mask: uint32(size - 1),
		short: make([]uint64, len(ids)+1), lens: make([]uint8, len(ids)+1)}
	for w, id := range ids {
		h := hashWord(w)
		i := h & t.mask
		for t.slots[i].id != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{hash: h, id: id}
		t.words[id] = w
		t.short[id], t.lens[id] = packWord(w), uint8(min(len(w), 255))
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
		if s.hash == h && t.same(s.id, w) {
			return s.id
		}
	}
}

// same reports whether the word with id is w.
func (t *wordTable) same(id int32, w string) bool {
	if len(w) > 8 || t.lens[id] > 8 {
		return t.words[id] == w
	}
	return int(t.lens[id]) == len(w) && t.short[id] == packWord(w)
}

// packWord packs the first 8 bytes of w into an integer, first byte lowest.
func packWord(w string) uint64 {
	var v uint64
	for i := 0; i < len(w) && i < 8; i++ {
		v |= uint64(w[i]) << (8 * i)
	}
	return v
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
