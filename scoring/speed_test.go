package scoring

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// TestWordTableHeads: words that share their first bytes, or differ only
// in length, are told apart by the slot's head and the full compare.
func TestWordTableHeads(t *testing.T) {
	index := map[string]int32{"ab": 1, "abcdefg": 2, "abcdefgh": 3, "abcdefghij": 4}
	table := newWordTable(index)
	for w, e := range index {
		assert.Equal(t, e, findWord(&table, w), w)
	}
	for _, w := range []string{"ab\x00", "a", "abc", "abcdef", "abcdefgi", "abcdefghi", "abcdefghijk"} {
		assert.Zero(t, findWord(&table, w), w)
	}
}

// TestDictEntryLayout: an entry fills whole cache lines, and the fields
// read for every word of a reply lie in its first two.
func TestDictEntryLayout(t *testing.T) {
	var e dictEntry
	assert.Equal(t, uintptr(256), unsafe.Sizeof(e))
	for name, off := range map[string]uintptr{
		"flags": unsafe.Offsetof(e.flags), "spell": unsafe.Offsetof(e.spell), "known": unsafe.Offsetof(e.known),
		"isExpand": unsafe.Offsetof(e.isExpand), "idiom": unsafe.Offsetof(e.idiom), "noFuzzy": unsafe.Offsetof(e.noFuzzy),
		"modelWord": unsafe.Offsetof(e.modelWord), "sets": unsafe.Offsetof(e.sets), "spellTo": unsafe.Offsetof(e.spellTo),
	} {
		assert.Less(t, off, uintptr(128), name)
	}
}

// TestInternedSets: every entry's sets are its own word sets.
func TestInternedSets(t *testing.T) {
	ext, err := ParseExtension("pack.txt", "set negators: nimmer\n")
	assert.NoError(t, err)
	for _, s := range []*Scorer{New(Vocabulary{}), New(Vocabulary{Extension: ext})} {
		for i := range s.dict.entries {
			e := &s.dict.entries[i]
			assert.Equal(t, e.flags, *e.sets)
		}
		assert.Less(t, len(s.dict.sets), len(s.dict.entries))
	}
}

// TestAlwaysRulesSkipped: a token that no always rule can start at is
// one mayAlwaysStart rules out, and never one where one can.
func TestAlwaysRulesSkipped(t *testing.T) {
	s := New(Vocabulary{})
	replies := append([]string{"Vul het formulier in, dan vergoeden we het. Zie <URL> of https://x.nl, 3 whole days!"}, benchReplies...)
	for _, r := range replies {
		tt := s.tokenize(r, &scratch{})
		for i := range tt.toks {
			tk := &tt.toks[i]
			can := false
			for _, ri := range s.always {
				can = can || s.rules[ri].pat.mayStartAt(tk)
			}
			if can {
				assert.True(t, s.mayAlwaysStart(tk), tk.norm)
			}
		}
	}
}
