package scoring

import "fmt"

// wordTable maps the words the patterns use to their ids. It is an
// open-addressing hash table rather than a Go map because Analyze looks up every
// word of a turn in it. A word of up to 8 bytes, most of them, is kept packed
// into an integer in its slot, so a lookup reads one slot and compares two
// integers: no word holds a zero byte, so the packed value is the word. A
// longer word's slot keeps 0 there, and its text is compared when the hashes
// agree. It is read-only after start-up. Its slots are held in it, not
// behind a pointer: a look-up finds a slot at a fixed offset from the
// table, where it loaded the pointer to the slots, and checked it, at
// every slot read.
type wordTable struct {
	slots [wordSlotCount]wordSlot
	words []string // words[id] is the word with that id
}

// wordSlotCount is the number of slots of a word table: twice maxSetWord,
// the most words the index may number (see newIDSet), so that a table is
// at most half full. A count fixed when compiled lets a look-up mask a hash
// into range by a constant, where a table sized to its words loaded its
// mask, and its length to check the slot against, at every slot read.
const wordSlotCount = 2 * maxSetWord

// wordSlotMask masks a hash to a slot of a word table.
const wordSlotMask = wordSlotCount - 1

type wordSlot struct {
	short uint64 // the word packed (see packWord), or 0 for a word over 8 bytes
	hash  uint32
	id    int32 // 0 marks an empty slot
	// lex is the phrase index's lex[id], kept beside the id so that the
	// tokenizer, which wants both for most words of a turn, reads one slot
	// rather than the slot and then the lexicon (see noteLex).
	lex lex
	// class is wordClasses[id], kept beside the id as lex is: the
	// tokenizer reads it from the slot it found the word in, where it
	// masked the id into wordClasses' range and loaded it from there, for
	// most words of five letters or more (see noteClasses).
	class uint8
}

// newWordTable builds the table from a word->id map, at a load factor of at
// most 1/2 (see wordSlotCount). Words go in by id, not in the map's order,
// which changes from run to run: a word's id is the order in which the
// tables first name it, and the words they name first ("i", "we", "the",
// "your") are the commonest in a turn too: in first, most of them sit in
// the slot their hash names. The words of the labelled turns are found at
// 1.1 slots read a look-up; in a table sized to its words they took 1.2,
// and 1.6 put in in the map's order.
func newWordTable(ids map[string]int32) wordTable {
	if len(ids) >= maxSetWord {
		panic(fmt.Sprintf("scoring: %d words, where a word table holds fewer than %d", len(ids), maxSetWord))
	}
	t := wordTable{words: make([]string, len(ids)+1)}
	for w, id := range ids {
		t.words[id] = w
	}
	for id, w := range t.words[1:] {
		h := hashWord(w)
		i := h & wordSlotMask
		for t.slots[i].id != 0 {
			i = (i + 1) & wordSlotMask
		}
		t.slots[i] = wordSlot{hash: h, id: int32(id + 1)}
		if len(w) <= 8 {
			t.slots[i].short = packWord(w)
		}
	}
	return t
}

// id returns the id of word w, or 0 when no pattern or lexicon row uses it.
func (t *wordTable) id(w string) int32 { return lookUp(t, w) }

// idPacked returns the id of the word of up to 8 bytes packed into p (see packWord).
func (t *wordTable) idPacked(p uint64) int32 { return t.slotPacked(p).id }

// slotPacked returns the slot of the word of up to 8 bytes packed into p, or
// the empty slot where it would be, whose id and lex are 0. The slot's
// number is masked where the slot is read, so the compiler sees it is in
// range: masked as it was stepped, it was tested against the table's size
// at every slot read.
func (t *wordTable) slotPacked(p uint64) *wordSlot {
	for i := mixShort(p); ; i++ {
		s := &t.slots[i&wordSlotMask]
		if s.id == 0 || s.short == p {
			return s
		}
	}
}

// noteLex copies lex[id] into the slot of each word, lex being the phrase
// index's lexicon, built after the table.
func (t *wordTable) noteLex(lex []lex) {
	for i := range t.slots {
		t.slots[i].lex = lex[t.slots[i].id]
	}
}

// noteClasses copies classes[id] into the slot of each word, classes being
// wordClasses, worked out once the table is built.
func (t *wordTable) noteClasses(classes *[maxSetWord]uint8) {
	for i := range t.slots {
		t.slots[i].class = classes[t.slots[i].id]
	}
}

// idOfBytes is id for a word held in bytes, which a caller has lowered in
// place: it spares building a string to look the word up.
func (t *wordTable) idOfBytes(w []byte) int32 { return lookUp(t, w) }

// lookUp is id and idOfBytes: one lookup for a word held either way.
func lookUp[W ~string | ~[]byte](t *wordTable, w W) int32 {
	if len(w) == 0 {
		return 0 // it would pack to the 0 that marks a long word's slot
	}
	if len(w) > 8 {
		h := hashWord(w)
		for i := h & wordSlotMask; ; i = (i + 1) & wordSlotMask {
			s := &t.slots[i]
			if s.id == 0 || s.short == 0 && s.hash == h && t.words[s.id] == string(w) {
				return s.id
			}
		}
	}
	return t.idPacked(packWord(w))
}

// packWord packs the first 8 bytes of w into an integer, first byte lowest.
func packWord[W ~string | ~[]byte](w W) uint64 {
	var v uint64
	for i := 0; i < len(w) && i < 8; i++ {
		v |= uint64(w[i]) << (8 * i)
	}
	return v
}

// packPrefix packs the first n bytes (1 <= n <= 8) of s, which has at least
// 8, as packWord does: one 8-byte read, which the compiler makes of the
// eight byte reads below, and a mask, rather than a loop over the bytes.
func packPrefix(s string, n int) uint64 {
	_ = s[7] // one bounds check for the eight reads
	v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return v & (^uint64(0) >> (64 - 8*n))
}

// mixShort hashes a word of up to 8 bytes packed into p: a multiplication by
// the golden ratio spreads every byte into the high bits. The packed word
// alone tells the word, its length too, as no word holds a zero byte; the
// length, which it once mixed in above bit 58, reached no bit a slot is
// picked by.
func mixShort(p uint64) uint32 {
	return uint32(p * 0x9E3779B97F4A7C15 >> 32)
}

// hashWord hashes any word the way id looks it up: words of up to 8 bytes by
// mixShort, longer ones by their first and last eight bytes, read as two
// integers, and their length. A loop over the bytes of a long word cost
// several times the look-up of a short one, and a table slot that agrees on
// the hash still has its word compared in full.
func hashWord[W ~string | ~[]byte](w W) uint32 {
	n := len(w)
	if n <= 8 {
		return mixShort(packWord(w))
	}
	first, last := packAt(w, 0), packAt(w, n-8)
	return uint32((first*0x9E3779B97F4A7C15 ^ last ^ uint64(n)<<59) * 0xC2B2AE3D27D4EB4F >> 32)
}

// packAt packs the eight bytes of w from i, first byte lowest, as packPrefix
// does: the compiler makes one 8-byte read of the eight byte reads.
func packAt[W ~string | ~[]byte](w W, i int) uint64 {
	_ = w[i+7] // one bounds check for the eight reads
	return uint64(w[i]) | uint64(w[i+1])<<8 | uint64(w[i+2])<<16 | uint64(w[i+3])<<24 |
		uint64(w[i+4])<<32 | uint64(w[i+5])<<40 | uint64(w[i+6])<<48 | uint64(w[i+7])<<56
}
