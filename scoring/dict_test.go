package scoring

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDictionaryAgreesWithTables checks that the dictionary's entry of a
// word says what each table it replaces says, for every word it holds
// and for words it does not (the bench replies' words, made-up ones).
func TestDictionaryAgreesWithTables(t *testing.T) {
	ext, err := ParseExtension("pack.txt", "set negators: nimmer\nspell kapot: kapoet\n")
	require.NoError(t, err)
	for _, s := range []*Scorer{New(Vocabulary{}), New(Vocabulary{Extension: ext, Suppliers: []string{"PostNL"}})} {
		sample := []string{"", "vrijdagmiddag", "maandagavondje", "morgenochtend", "xyzzy", "nimmer", "kapoet", "<num>", "<url>", "drie", "twaalf", "3"}
		for _, r := range benchReplies {
			sample = append(sample, strings.Fields(strings.ToLower(r))...)
		}
		words := append([]string{}, sample...)
		for w := range s.dict.index {
			words = append(words, w, w+"x", "x"+w)
		}
		for _, w := range words {
			e := s.dict.lookup(w)
			wi, known := s.words[w]
			assert.Equal(t, wi, e.wordInfo, w)
			assert.Equal(t, known, e.known, w)
			exp, isExp := std.expand[w]
			assert.Equal(t, exp, e.expand, w)
			assert.Equal(t, isExp, e.isExpand, w)
			assert.Equal(t, std.starts[w], e.idiom, w)
			assert.Equal(t, std.noFuzzy[w], e.noFuzzy, w)
			assert.Equal(t, std.flags[w], e.stdFlags, w)
			assert.Equal(t, numberWords[w], e.number, w)
			assert.Equal(t, partOfDay(w), e.partOfDay, w)
			n, ok := s.model.words[w]
			if !ok {
				n = -1
			}
			assert.Equal(t, n, e.modelWord, w)
			if known && wi.spell != "" {
				assert.Equal(t, s.dict.lookup(wi.spell), e.spellTo, w)
			}
		}
		// hasTok and number read the entry as the maps say, on the
		// bench replies' words
		for _, w := range sample {
			tk := &token{norm: w, e: s.dict.lookup(w)}
			for _, set := range std.sets {
				require.Equal(t, set.has(w), set.hasTok(tk), "%s in %s", w, set.name)
			}
			require.Equal(t, numberWords[w], tk.number(), w)
			require.Equal(t, partOfDay(w), tk.partOfDay(), w)
		}
	}
}

// TestPairTable checks the bigram table against the map it is built from.
func TestPairTable(t *testing.T) {
	m := map[uint64]int32{}
	for a := int32(0); a < 300; a += 3 {
		for b := int32(0); b < 40; b += 7 {
			m[pair(a, b)] = a*100 + b
		}
	}
	// pairs and ids too wide to pack into a slot
	wide := map[uint64]int32{pair(1<<21, 4): 7, pair(5, 1<<21): 8, pair(1<<21-1, 0): 9, pair(6, 6): 1 << 22}
	for k, id := range m {
		wide[k] = id
	}
	for _, src := range []map[uint64]int32{{}, {pair(0, 0): 5}, m, wide} {
		tab := newPairTable(src)
		for k, want := range src {
			got, ok := tab.get(k)
			require.True(t, ok, "%x", k)
			require.Equal(t, want, got, "%x", k)
		}
		for a := int32(0); a < 310; a++ {
			for b := int32(0); b < 45; b++ {
				want, wok := src[pair(a, b)]
				got, ok := tab.get(pair(a, b))
				require.Equal(t, wok, ok, "%d %d", a, b)
				require.Equal(t, want, got, "%d %d", a, b)
			}
		}
		for _, k := range []uint64{pair(1<<21, 5), pair(1<<21+1, 4), pair(7, 1<<21)} {
			_, ok := tab.get(k)
			require.False(t, ok, "%x", k)
		}
		each := map[uint64]int32{}
		tab.each(func(k uint64, id int32) { each[k] = id })
		require.Equal(t, src, each)
	}
	var zero pairTable
	_, ok := zero.get(pair(1, 2))
	assert.False(t, ok)
}

// TestFuzzyIndexAsMap checks the fuzzy index against the map by first
// two letters it replaced, on every target and its one-letter typos.
func TestFuzzyIndexAsMap(t *testing.T) {
	byTwo := map[string][]string{}
	for _, w := range std.fuzzy {
		byTwo[w[:2]] = append(byTwo[w[:2]], w)
	}
	ref := func(w string) string {
		if len(w) < 6 || std.noFuzzy[w] {
			return ""
		}
		for _, c := range byTwo[w[:2]] {
			if c == w {
				return ""
			}
			if oneEdit(w, c) {
				return c
			}
		}
		return ""
	}
	idx := newFuzzyIndex(std.fuzzy)
	words := []string{"", "a", "xx", "vervelnd"}
	for _, w := range append(std.fuzzy, "vandaan", "contact") {
		words = append(words, w)
		for i := range len(w) {
			words = append(words, w[:i]+w[i+1:], w[:i]+"e"+w[i:], w[:i]+"x"+w[i+1:])
		}
	}
	for _, w := range words {
		assert.Equal(t, ref(w), idx.correct(w), w)
	}
}

// TestCompoundHeads checks that an unknown Dutch compound is read as the
// head it ends in, and that known words, short fronts and other words
// keep their own reading.
func TestCompoundHeads(t *testing.T) {
	s := New(Vocabulary{})
	tests := []struct {
		word, want string
	}{
		{"boekingsvoorwaarden", "voorwaarden"},
		{"huurovereenkomst", "overeenkomst"},
		{"pakketbezorger", "bezorger"},
		{"energieleverancier", "leverancier"},
		{"voorwaarden", ""}, // the head itself
		{"uwcontract", ""},  // a front of two letters is too short
		{"ticketbalie", ""}, // no head
		{"xyzcontract", "contract"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, compoundHead(tt.word, std.heads), tt.word)
	}
	sc := s.pool.Get().(*scratch)
	defer s.pool.Put(sc)
	tx := s.tokenize("Zo staat het in de ticketvoorwaarden.", sc)
	var norms []string
	for _, tk := range tx.toks {
		norms = append(norms, tk.norm)
	}
	assert.Equal(t, []string{"zo", "staat", "het", "in", "de", "voorwaarden"}, norms)
}
