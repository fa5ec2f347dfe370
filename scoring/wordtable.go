package scoring

// A wordTable maps words to their dictionary entries, as the dictionary's
// index does, for the one lookup every word of a reply costs: an
// open-addressing table of FNV-1a hashes whose words lie in one string.
// A slot holds the hash, the entry and the word's first bytes side by
// side, so a lookup of a short word (most are) reads one slot and
// nothing else; a longer word is then compared once. It is immutable
// after newWordTable.
type wordTable struct {
	slots []wordSlot // hash & mask → the word's slot (entry 0: empty)
	start []int32    // entry → where its word starts in words
	words string     // every word, one after the other
}

// wordSlot is one slot of a wordTable.
type wordSlot struct {
	hash  uint32 // wordHash of the word
	entry int32  // its entry, 0 for an empty slot
	head  uint64 // its first headBytes bytes (see wordHead)
}

// headBytes is how many bytes of a word its slot holds, beside its
// length: a word no longer than that is all there.
const headBytes = 7

// newWordTable builds the table of index (word → entry, entries from 1).
func newWordTable(index map[string]int32) wordTable {
	n := 1
	for _, e := range index {
		n = max(n, int(e)+1)
	}
	size := 1
	for size < 2*len(index) {
		size <<= 1
	}
	t := wordTable{slots: make([]wordSlot, size), start: make([]int32, n+1)}
	words := make([]string, n)
	for w, e := range index {
		words[e] = w
	}
	var b []byte
	for e, w := range words {
		t.start[e] = int32(len(b))
		b = append(b, w...)
		if e == 0 {
			continue
		}
		h := wordHash(w)
		for i := h & uint32(size-1); ; i = (i + 1) & uint32(size-1) {
			if t.slots[i].entry == 0 {
				t.slots[i] = wordSlot{hash: h, entry: int32(e), head: wordHead(w)}
				break
			}
		}
	}
	t.start[n] = int32(len(b))
	t.words = string(b)
	return t
}

// findWord returns the entry of word w in t, or 0 when w is not there.
func findWord[W ~string | ~[]byte](t *wordTable, w W) int32 {
	if len(t.slots) == 0 {
		return 0
	}
	h, head := wordHash(w), wordHead(w)
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.entry == 0 {
			return 0
		}
		if sl.hash != h || sl.head != head {
			continue
		}
		if e := sl.entry; len(w) <= headBytes || string(w) == t.words[t.start[e]:t.start[e+1]] {
			return e
		}
	}
}

// wordHash is the 32-bit FNV-1a hash of w.
func wordHash[W ~string | ~[]byte](w W) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// wordHead packs the first headBytes bytes of w into a number, the first
// byte lowest (zero where w is shorter), and its length, up to 255, into
// the top byte: two words no longer than headBytes have the same head
// only if they are the same.
func wordHead[W ~string | ~[]byte](w W) uint64 {
	k := uint64(min(len(w), 255)) << (8 * headBytes)
	for i := 0; i < len(w) && i < headBytes; i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k
}
