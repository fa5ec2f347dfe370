package scoring

import "math/bits"

// pairTable maps word pairs (see pair) to feature ids: an open-addressing
// hash table with linear probing, for the learned layer's bigram lookup
// at every word of a reply, which a Go map makes several times slower.
// It is filled once and only read after.
type pairTable struct {
	slots []pairSlot
	shift uint // 64 - log2(len(slots))
}

// pairSlot is one slot of a pairTable: the key and its id side by side,
// so that a hit reads one cache line.
type pairSlot struct {
	key uint64 // emptyPair where no key is
	id  int32
}

// emptyPair marks a free slot: no pair of word numbers (each ≥ 0) is it.
const emptyPair = ^uint64(0)

// newPairTable returns a table for the pairs of m, at most half full.
func newPairTable(m map[uint64]int32) pairTable {
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	t := pairTable{slots: make([]pairSlot, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	for i := range t.slots {
		t.slots[i].key = emptyPair
	}
	for k, id := range m {
		i := t.slot(k)
		for t.slots[i].key != emptyPair {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = pairSlot{k, id}
	}
	return t
}

// slot is the home slot of key k (Fibonacci hashing).
func (t *pairTable) slot(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> t.shift) }

// get returns the id of pair k, and whether the table has it.
func (t *pairTable) get(k uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	for i := t.slot(k); ; i = (i + 1) & (len(t.slots) - 1) {
		switch sl := &t.slots[i]; sl.key {
		case k:
			return sl.id, true
		case emptyPair:
			return 0, false
		}
	}
}
