package scoring

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCheckedEarlier: a question in the pluperfect about what the
// customer had checked reproaches them; with "al"/"already" it asks what
// happened, and about the agent's own message it points to it.
func TestCheckedEarlier(t *testing.T) {
	s := New(Vocabulary{})
	cases := []struct {
		reply string
		blame bool
	}{
		{"Had u even in de bevestigingsmail gekeken?", true},
		{"Had je de maattabel bekeken?", true},
		{"Had u de monteur al gezien?", false},
		{"Had je mijn vorige bericht gezien?", false},
		{"Heeft u de monteur gezien?", false},
	}
	for _, tc := range cases {
		t.Run(tc.reply, func(t *testing.T) {
			r := s.Score(tc.reply, NL)
			assert.Equal(t, tc.blame, r.Criteria.Blame, describe(tc.reply, r))
		})
	}
}
