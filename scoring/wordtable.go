package scoring

// A wordTable maps words to their dictionary entries, as the dictionary's
// index does, for the one lookup every word of a reply costs: an
// open-addressing table of FNV-1a hashes whose words lie in one string,
// so a lookup reads one slot (the hash and the entry side by side), then
// compares the word once. It is immutable after newWordTable.
type wordTable struct {
	slots []uint64 // hash & mask → the hash << 32 | entry (0: empty)
	start []int32  // entry → where its word starts in words
	words string   // every word, one after the other
}

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
	t := wordTable{slots: make([]uint64, size), start: make([]int32, n+1)}
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
			if t.slots[i] == 0 {
				t.slots[i] = uint64(h)<<32 | uint64(e)
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
	h := wordHash(w)
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := t.slots[i]
		if sl == 0 {
			return 0
		}
		if e := int32(uint32(sl)); uint32(sl>>32) == h && string(w) == t.words[t.start[e]:t.start[e+1]] {
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
