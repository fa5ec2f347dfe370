package engine

import (
	"strings"
	"testing"

	"kalm/scoring"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// turnRecorder is tagScorer that also keeps every turn it was given.
type turnRecorder struct {
	turns *[]scoring.Turn
}

func (r turnRecorder) ScoreTurn(t scoring.Turn) scoring.Result {
	*r.turns = append(*r.turns, t)
	return tagScorer{}.ScoreTurn(t)
}

// startRecorded starts the Dutch Für Elise call with a turnRecorder and
// returns it with the turns it records.
func startRecorded(t *testing.T) (*Conversation, *[]scoring.Turn) {
	t.Helper()
	turns := &[]scoring.Turn{}
	opt := tagged()
	opt.Scorer = turnRecorder{turns}
	c, err := Start(furElise(t), "nl", opt)
	require.NoError(t, err)
	return c, turns
}

// TestReplyAnswersWhatTheCustomerSaid: the scorer is given each reply
// with the customer's lines it answers (the opening, then the customer's
// answer to the reply before), so the learned layer can read them.
func TestReplyAnswersWhatTheCustomerSaid(t *testing.T) {
	c, rec := startRecorded(t)
	joined := func(lines []Line) string {
		var texts []string
		for _, l := range lines {
			texts = append(texts, l.Text)
		}
		return strings.Join(texts, " ")
	}
	opening := joined(c.Lines())
	require.NotEmpty(t, opening)
	assert.Equal(t, opening, c.Saying())

	first, err := c.Reply("Wat vervelend voor u. #empathy", 4000)
	require.NoError(t, err)
	_, err = c.Reply("Het spijt me echt. #apology", 9000)
	require.NoError(t, err)

	turns := *rec
	require.Len(t, turns, 2)
	assert.Equal(t, opening, turns[0].Customer, "the first reply answers the opening")
	assert.Equal(t, "Wat vervelend voor u. #empathy", turns[0].Reply)
	assert.Equal(t, scoring.NL, turns[0].Lang)
	assert.Equal(t, joined(first.Lines), turns[1].Customer, "the second answers what the customer said to the first")
	assert.NotEqual(t, turns[0].Customer, turns[1].Customer)
}

// TestJudgeScoresAsReplyWill: Judge scores a reply being typed exactly
// as Reply will score it, without playing it.
func TestJudgeScoresAsReplyWill(t *testing.T) {
	c, rec := startRecorded(t)
	text := "Wat vervelend voor u, het spijt me. #empathy #apology"
	judged := c.Judge(text)
	assert.Empty(t, c.Turns(), "judging plays nothing")
	played, err := c.Reply(text, 4000)
	require.NoError(t, err)
	turns := *rec
	require.Len(t, turns, 2)
	assert.Equal(t, turns[0], turns[1], "the same turn is scored")
	assert.Equal(t, played.Criteria, judged.Criteria)
	assert.Equal(t, played.Findings, judged.Findings)
}
