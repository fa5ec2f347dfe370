package scoring

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCutReply(t *testing.T) {
	words := strings.Repeat("word ", MaxReplyBytes) // far over the limit
	accents := strings.Repeat("é", MaxReplyBytes)   // two bytes each, no spaces
	cases := []struct {
		name    string
		in      string
		cut     bool
		wantLen int // -1: only check bounds
	}{
		{"empty", "", false, 0},
		{"short", "Sorry voor het wachten.", false, len("Sorry voor het wachten.")},
		{"exactly the limit", strings.Repeat("a", MaxReplyBytes), false, MaxReplyBytes},
		{"one byte over, one word", strings.Repeat("a", MaxReplyBytes+1), true, MaxReplyBytes},
		{"words end at a space", words, true, -1},
		{"two-byte runes never split", accents, true, MaxReplyBytes},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, cut := CutReply(c.in)
			assert.Equal(t, c.cut, cut)
			assert.LessOrEqual(t, len(got), MaxReplyBytes)
			assert.True(t, strings.HasPrefix(c.in, got))
			assert.True(t, utf8.ValidString(got) || !utf8.ValidString(c.in))
			if c.wantLen >= 0 {
				assert.Len(t, got, c.wantLen)
			}
		})
	}
	got, _ := CutReply(words)
	assert.True(t, strings.HasSuffix(got, "word"), "a cut reply ends on a whole word")
}

func TestScoreCutsLongReplies(t *testing.T) {
	s := New(Vocabulary{})
	for name, r := range longReplies() {
		t.Run(name, func(t *testing.T) {
			res := s.Score(r, Auto)
			require.True(t, res.Cut)
			assert.True(t, TooLong(r))
			for _, f := range res.Findings {
				assert.LessOrEqual(t, f.End, MaxReplyBytes, "finding %s beyond the cut", f.Rule)
			}
		})
	}
	res := s.Score("Sorry voor het wachten.", NL)
	assert.False(t, res.Cut)
	assert.True(t, res.Criteria.Apology)
	// the first part is still scored: an apology at the start of a long reply counts
	long := "Het spijt me echt. " + strings.Repeat("bla ", MaxReplyBytes)
	res = s.Score(long, NL)
	assert.True(t, res.Cut)
	assert.True(t, res.Criteria.Apology)
}
