package scoring

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// refFind is find without its shortcuts: every rule that can start at a
// token's word (listed under the word alone or under it and any next
// word) is tried from its first element.
//
// all is allFirst(s).
func refFind(s *Scorer, t *text, all map[int32][]int32) []match {
	var out []match
	for i := range t.toks {
		for _, ri := range all[t.toks[i].id] {
			if end := s.rules[ri].pat.matchAt(t, i); end > i {
				out = append(out, match{r: &s.rules[ri], from: i, to: end})
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

// allFirst lists, per word id, every rule that can start there, in rule
// order: those of Scorer.first and those of every pair in Scorer.pairs.
func allFirst(s *Scorer) map[int32][]int32 {
	all := map[int32][]int32{}
	for id, frs := range s.first {
		for _, fr := range frs {
			all[int32(id)] = append(all[int32(id)], fr.rule)
		}
	}
	s.pairs.each(func(k uint64, li int32) {
		first := int32(k >> 32)
		for _, fr := range s.pairRules[li] {
			all[first] = append(all[first], fr.rule)
		}
	})
	for id, rs := range all {
		slices.Sort(rs)
		all[id] = slices.Compact(rs)
	}
	return all
}

// TestFindShortcuts checks that find (which skips the first element, or
// the first two for a rule listed under a word pair, and tests later ones
// against the signatures of the tokens after it) finds what trying every
// rule in full finds, on the labelled corpus.
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
	all := allFirst(s)
	for _, r := range replies {
		tt := s.tokenize(r, &scratch{})
		want := refFind(s, &tt, all)
		require.Equal(t, want, s.find(&tt, &scratch{}), r)
		found += len(want)
	}
	require.Greater(t, found, len(replies), "the corpus matches rules")
}

// TestCueIndex checks that cueIn, which first asks the sentence's mask of
// cue tags, finds what reading every match of the sentence finds, for
// every cue tag of the lexicons, on replies with many cues.
func TestCueIndex(t *testing.T) {
	s := New(Vocabulary{})
	tags := map[string]bool{}
	for _, r := range s.rules {
		if r.role == cue {
			tags[r.tag] = true
		}
	}
	require.Greater(t, len(tags), 20, "the lexicons have cue tags")
	replies := append([]string{
		"The courier has a backlog, so you'll need to call them; our side is fine.",
		"Dat ligt aan de koerier, daar moet u zelf even bellen. Bij ons is alles in orde.",
		"Please allow five days for the seller to reply, or check the FAQ here: <URL>",
	}, benchReplies...)
	checked := 0
	for _, r := range replies {
		sc := &scratch{}
		tt := s.tokenize(r, sc)
		ev := evaluator{t: &tt, ms: s.find(&tt, sc), s: s, sc: sc}
		ev.indexMatches()
		for k := range tt.sents {
			for tag := range tags {
				var want match
				found := false
				for _, m := range ev.sentMatches(k) {
					if m.r.role == cue && m.r.tag == tag {
						want, found = m, true
						break
					}
				}
				got, ok := ev.cueIn(k, tag)
				require.Equal(t, found, ok, "%q sentence %d tag %s", r, k, tag)
				require.Equal(t, want, got)
				checked += boolInt(found)
			}
		}
	}
	require.Greater(t, checked, 10, "the replies have cues")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// each calls fn with every pair of the table and its id.
func (t *pairTable) each(fn func(k uint64, id int32)) {
	for _, sl := range t.slots {
		if sl != emptyPair {
			key := sl >> pairKeyShift
			fn(key>>pairWordBits<<32|key&(1<<pairWordBits-1), int32(sl&pairIDMask))
		}
	}
	for k, id := range t.wide {
		fn(k, id)
	}
}
