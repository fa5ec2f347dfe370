package engine

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scoring"
)

// errorScenario has a fact asked for with different words per language:
// Dutch agents say "foutmelding", and "error" as often.
const errorScenario = `
id: error-code
difficulty: 1
title: {nl: Foutmelding, en: Error message}
briefing: {nl: b, en: b}
customer: {name: Ann, persona: {nl: p, en: p}}
mood: 50
facts:
  - id: screen
    text: {nl: Het scherm blijft zwart., en: The screen stays black.}
    known: true
    mention: {nl: [zwart], en: [black]}
  - id: code
    text: {nl: Ze ziet foutcode 42., en: She sees error code 42.}
    ask: {nl: [foutmelding], en: [error]}
    reveal: {nl: "Er staat code 42.", en: "It says code 42."}
    mention: {nl: [code 42], en: [code 42]}
start: a
nodes:
  - id: a
    say: {nl: Hallo, en: Hello}
    model: {nl: m, en: m}
    next:
      - when: {asked: [code]}
        goto: b
      - goto: a
  - id: b
    say: {nl: "Nou?", en: "Well?"}
    model: {nl: m, en: m}
    next:
      - goto: b
  - id: done
    end: resolved
    say: {nl: Dag, en: Bye}
`

// TestFactWordsOfEveryLanguage: a fact's ask and mention words match in
// every language of the pack, whatever language the call is played in.
func TestFactWordsOfEveryLanguage(t *testing.T) {
	s := loose(t, errorScenario)
	cases := []struct {
		name, lang, reply string
		asked             bool
		reveal            string
	}{
		{"nl player, nl word", "nl", "#question Welke foutmelding ziet u?", true, "Er staat code 42."},
		{"nl player, en word", "nl", "#question Welke error ziet u precies?", true, "Er staat code 42."},
		{"en player, nl word", "en", "#question Do you see a foutmelding?", true, "It says code 42."},
		{"en player, en word", "en", "#question Which error do you see?", true, "It says code 42."},
		{"no fact word", "nl", "#question Wat ziet u precies?", false, ""},
		{"a fact word without a question", "nl", "Die error ken ik.", false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Start(s, tc.lang, tagged())
			require.NoError(t, err)
			tr, err := c.Reply(tc.reply, 0)
			require.NoError(t, err)
			assert.Equal(t, tc.asked, c.Known("code"))
			if !tc.asked {
				assert.Equal(t, "a", c.Node())
				return
			}
			assert.Equal(t, "b", c.Node(), "asked: [code] holds")
			require.NotEmpty(t, tr.Lines)
			assert.Equal(t, tc.reveal, tr.Lines[0].Text, "revealed in the language played")
		})
	}
}

// TestFactMentionInTheOtherLanguage: a Dutch summary that uses the
// English fact word mentions the fact.
func TestFactMentionInTheOtherLanguage(t *testing.T) {
	c, err := Start(loose(t, errorScenario), "nl", tagged())
	require.NoError(t, err)
	tr, err := c.Reply("#summary Het scherm blijft black, begrijp ik.", 0)
	require.NoError(t, err)
	var mentioned []string
	for _, e := range tr.Events {
		if e.Kind == EventFactMention {
			mentioned = append(mentioned, e.Fact+"="+e.Text)
		}
	}
	assert.Equal(t, []string{"screen=black"}, mentioned)
}

// TestFactWordsWithTheRealScorer: the same with the scorer itself
// deciding that the Dutch reply is a question.
func TestFactWordsWithTheRealScorer(t *testing.T) {
	s := loose(t, errorScenario)
	c, err := Start(s, "nl", Options{Scorer: ScorerFor(s), Untimed: true})
	require.NoError(t, err)
	tr, err := c.Reply("Welke error krijgt u precies te zien?", 0)
	require.NoError(t, err)
	require.True(t, tr.Criteria.Get(scoring.Question), "the scorer reads a question")
	assert.True(t, c.Known("code"))
	assert.Equal(t, "b", c.Node())
}
