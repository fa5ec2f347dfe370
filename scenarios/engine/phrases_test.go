package engine

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
)

// TestSharedPhrasesPlayTheSame: a call re-played with phrases compiled
// once (Options.Phrases) ends exactly as one that compiles its own, for
// every built-in scenario and language; phrases of another scenario or
// language are not used.
func TestSharedPhrasesPlayTheSame(t *testing.T) {
	p, err := scenarios.Builtin()
	require.NoError(t, err)
	replies := []Reply{
		{Text: "I'm so sorry about the wait, that is really frustrating. Could you tell me what happened and when it started?", ElapsedMS: 20000},
		{Text: "So to sum up: it stopped this morning and you need it for work. Which lights are on right now?", ElapsedMS: 22000},
		{Text: "I will send an engineer today and call you back at 15:00 with what we found.", ElapsedMS: 25000},
		{Text: "Het spijt me echt. Ik bel u vandaag om 15:00 terug met wat we gevonden hebben.", ElapsedMS: 25000},
	}
	other := CompilePhrases(p.Scenarios[0], "nl")
	for _, sc := range p.Scenarios {
		for _, lang := range sc.Languages() {
			t.Run(sc.ID+"/"+lang, func(t *testing.T) {
				want, err := Replay(sc, lang, replies, Options{})
				require.NoError(t, err)
				shared := CompilePhrases(sc, lang)
				for _, opt := range []struct {
					name    string
					phrases *Phrases
				}{
					{"shared", shared},
					{"shared again", shared},
					{"another scenario's", other},
					{"another language's", CompilePhrases(sc, map[string]string{"nl": "en", "en": "nl"}[lang])},
				} {
					got, err := Replay(sc, lang, replies, Options{Phrases: opt.phrases})
					require.NoError(t, err, opt.name)
					assert.Equal(t, want, got, opt.name)
				}
			})
		}
	}
}
