package scoring

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWordTableFindsWhatTheIndexHolds: the table answers as the map it
// was built from, for strings and bytes, and 0 for words it lacks.
func TestWordTableFindsWhatTheIndexHolds(t *testing.T) {
	index := map[string]int32{"sorry": 1, "spijt": 2, "courier's": 3, "é": 4, "a": 5}
	table := newWordTable(index)
	for w, e := range index {
		assert.Equal(t, e, findWord(&table, w), w)
		assert.Equal(t, e, findWord(&table, []byte(w)), w)
	}
	for _, w := range []string{"", "sorr", "sorryy", "Sorry", "b", "courier"} {
		assert.Zero(t, findWord(&table, w), w)
	}
	assert.Zero(t, findWord(&wordTable{}, "sorry"), "an empty table holds nothing")
}

// TestDictionaryTableMatchesItsIndex: every word of the built-in
// dictionary is found at its own entry.
func TestDictionaryTableMatchesItsIndex(t *testing.T) {
	d := &New(Vocabulary{}).dict
	require.Greater(t, len(d.index), 1000)
	for w, e := range d.index {
		require.Equal(t, e, findWord(&d.table, w), w)
	}
}
