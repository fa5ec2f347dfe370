package scoring

import "math/bits"

// pairTable maps word pairs (see pair) to feature ids: an open-addressing
// hash table with linear probing, for the learned layer's bigram lookup
// at every word of a reply, which a Go map makes several times slower.
// Each slot packs the pair and its id into one word (see packPair), so
// the table is half the size of key-and-id slots and a lookup misses
// the cache less often. A pair or id too wide to pack goes to wide.
// It is filled once and only read after.
type pairTable struct {
	slots []uint64 // packed pair and id; emptyPair where none is
	shift uint     // 64 - log2(len(slots))
	wide  map[uint64]int32
}

// The widths of a packed slot: first word, second word, id.
const (
	pairWordBits = 21
	pairIDBits   = 64 - 2*pairWordBits
	pairIDMask   = 1<<pairIDBits - 1
	pairKeyShift = pairIDBits
)

// emptyPair marks a free slot: its first word is the all-ones number,
// which packPair never packs.
const emptyPair = ^uint64(0)

// packPair packs the pair k (see pair) and id into one slot, and reports
// whether they fit: both words below 2^21 - 1 and id in 0…2^22 - 1.
func packPair(k uint64, id int32) (uint64, bool) {
	a, b := k>>32, k&(1<<32-1)
	if a >= 1<<pairWordBits-1 || b >= 1<<pairWordBits || id < 0 || id > pairIDMask {
		return 0, false
	}
	return (a<<pairWordBits|b)<<pairKeyShift | uint64(id), true
}

// newPairTable returns a table for the pairs of m, at most half full.
func newPairTable(m map[uint64]int32) pairTable {
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	t := pairTable{slots: make([]uint64, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	for i := range t.slots {
		t.slots[i] = emptyPair
	}
	for k, id := range m {
		p, ok := packPair(k, id)
		if !ok {
			if t.wide == nil {
				t.wide = map[uint64]int32{}
			}
			t.wide[k] = id
			continue
		}
		i := t.slot(p >> pairKeyShift)
		for t.slots[i] != emptyPair {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = p
	}
	return t
}

// slot is the home slot of the packed pair key (Fibonacci hashing).
func (t *pairTable) slot(key uint64) int { return int((key * 0x9E3779B97F4A7C15) >> t.shift) }

// get returns the id of pair k, and whether the table has it.
func (t *pairTable) get(k uint64) (int32, bool) {
	if key, ok := packPair(k, 0); ok && len(t.slots) > 0 {
		key >>= pairKeyShift
		for i := t.slot(key); ; i = (i + 1) & (len(t.slots) - 1) {
			sl := t.slots[i]
			if sl == emptyPair {
				break
			}
			if sl>>pairKeyShift == key {
				return int32(sl & pairIDMask), true
			}
		}
	}
	if t.wide == nil {
		return 0, false
	}
	id, ok := t.wide[k]
	return id, ok
}
