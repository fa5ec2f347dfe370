package evaluation

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"kalm/scoring"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readCorpus reads one of the repository's labelled corpus files.
func readCorpus(t *testing.T, name string) []Example {
	t.Helper()
	path := filepath.Join("..", "corpus", name)
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	exs, err := Read(f, path)
	require.NoError(t, err)
	return exs
}

// TestCorpusIntegrity checks the labelled corpus (corpus/README.md): the
// sizes promised, one line per id, two annotations per item, and final
// labels that follow them: where the annotators agreed, their labels
// (unless a later consistency review revised the item); where they did
// not, a settled decision.
func TestCorpusIntegrity(t *testing.T) {
	realEx := readCorpus(t, "real.jsonl")
	written := readCorpus(t, "written.jsonl")
	count := func(exs []Example, lang string) int {
		n := 0
		for _, ex := range exs {
			if ex.Lang == lang {
				n++
			}
		}
		return n
	}
	assert.GreaterOrEqual(t, len(realEx), 3000)
	assert.GreaterOrEqual(t, count(realEx, "nl"), 1200)
	assert.GreaterOrEqual(t, count(realEx, "en"), 1200)
	assert.GreaterOrEqual(t, len(written), 800)
	assert.Positive(t, count(written, "nl"))
	assert.Positive(t, count(written, "en"))

	seen := map[string]bool{}
	for _, ex := range slices.Concat(realEx, written) {
		require.False(t, seen[ex.ID], "id %s twice", ex.ID)
		seen[ex.ID] = true
		require.NotNil(t, ex.A, "%s: annotator a", ex.ID)
		require.NotNil(t, ex.B, "%s: annotator b", ex.ID)
		assert.Equal(t, ex.Labels.Blame, ex.BlameKind != scoring.NoBlame, "%s: blame_kind iff blame", ex.ID)
		assert.NotEmpty(t, ex.Text, ex.ID)
	}
	pairs, err := Pairs(slices.Concat(realEx, written))
	require.NoError(t, err)
	assert.Len(t, pairs, len(realEx)+len(written))
}

// TestCorpusFinalLabelsFollowAnnotators: an item both annotators labelled
// alike keeps their labels unless the consistency review revised it.
func TestCorpusFinalLabelsFollowAnnotators(t *testing.T) {
	type extra struct {
		ID      string `json:"id"`
		Settled string `json:"settled"`
		Revised string `json:"revised"`
	}
	for _, name := range []string{"real.jsonl", "written.jsonl"} {
		exs := readCorpus(t, name)
		b, err := os.ReadFile(filepath.Join("..", "corpus", name))
		require.NoError(t, err)
		notes := map[string]extra{}
		for _, line := range splitLines(b) {
			var e extra
			require.NoError(t, json.Unmarshal(line, &e))
			notes[e.ID] = e
		}
		agreedKept, revised, settled := 0, 0, 0
		for _, ex := range exs {
			a, bb := ex.A.Labels(), ex.B.Labels()
			n := notes[ex.ID]
			switch {
			case a == bb && ex.A.BlameKind == ex.B.BlameKind:
				if n.Revised != "" {
					revised++
					continue
				}
				assert.Equal(t, a, ex.Labels, "%s: agreed labels kept", ex.ID)
				agreedKept++
			default:
				assert.NotEmpty(t, n.Settled, "%s: a disagreement has a settled decision", ex.ID)
				settled++
			}
		}
		assert.Positive(t, agreedKept)
		t.Logf("%s: %d agreed, %d settled, %d revised", name, agreedKept, settled, revised)
	}
}

func splitLines(b []byte) [][]byte {
	var out [][]byte
	for _, l := range bytes.Split(b, []byte("\n")) {
		if len(l) > 0 {
			out = append(out, l)
		}
	}
	return out
}
