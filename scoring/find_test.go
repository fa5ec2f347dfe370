package scoring

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// refFind is find without its shortcuts: every rule listed under a
// token's word is tried from its first element.
func refFind(s *Scorer, t *text) []match {
	var out []match
	for i := range t.toks {
		for _, fr := range s.first[t.toks[i].id] {
			if end := s.rules[fr.rule].pat.matchAt(t, i); end > i {
				out = append(out, match{r: &s.rules[fr.rule], from: i, to: end})
			}
		}
		for _, ri := range s.always {
			if end := s.rules[ri].pat.matchAt(t, i); end > i {
				out = append(out, match{r: &s.rules[ri], from: i, to: end})
			}
		}
	}
	return out
}

// TestFindShortcuts checks that find (which skips the first element and
// tests later ones against the signatures of the tokens after it) finds what
// trying every rule in full finds, on the labelled corpus.
func TestFindShortcuts(t *testing.T) {
	s := New(Vocabulary{})
	replies := append([]string{}, benchReplies...)
	for _, name := range []string{"real.jsonl", "written.jsonl"} {
		f, err := os.Open(filepath.Join("..", "corpus", name))
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<16), 1<<22)
		for sc.Scan() {
			var ex struct{ Text string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &ex))
			replies = append(replies, ex.Text)
		}
		require.NoError(t, f.Close())
	}
	found := 0
	for _, r := range replies {
		tt := s.tokenize(r, &scratch{})
		want := refFind(s, &tt)
		require.Equal(t, want, s.find(&tt, &scratch{}), r)
		found += len(want)
	}
	require.Greater(t, found, len(replies), "the corpus matches rules")
}
