package scoring

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtensionAddsWordsRulesAndSpellings(t *testing.T) {
	x, err := ParseExtension("pack/language.txt", `# a pack's own words
set supplier: Snelpost
set our-plans: zilverpakket goudpakket
spell vervelend: vervelant
note plan-hint: name the plan's rule, then help
rule pack.plan-rules blame kind=contract: $our-plans ~3 regels|voorwaarden
`)
	require.NoError(t, err)
	plain := New(Vocabulary{})
	withPack := New(Vocabulary{Extension: x})
	cases := []struct {
		reply      string
		c          Criterion
		plain, ext bool
	}{
		{"Het pakket is kwijtgeraakt, dat lag aan snelpost.", Blame, false, true}, // lower case: no name without the pack
		{"Het zilverpakket kent die regels.", Blame, false, true},
		{"Wat vervelant voor u, echt.", Empathy, false, true},
		{"Ik bel u om drie uur terug.", Callback, true, true},
	}
	for _, c := range cases {
		assert.Equal(t, c.plain, plain.Score(c.reply, NL).Criteria.Get(c.c), "without the pack: %s", c.reply)
		assert.Equal(t, c.ext, withPack.Score(c.reply, NL).Criteria.Get(c.c), "with the pack: %s", c.reply)
	}
	assert.Equal(t, BlameSupplier, withPack.Score(cases[0].reply, NL).BlameKind)
	assert.Equal(t, BlameContract, withPack.Score(cases[1].reply, NL).BlameKind)
	assert.False(t, New(Vocabulary{}).Score(cases[0].reply, NL).Criteria.Blame, "a pack's words stay in that pack's scorers")
}

func TestExtensionSpellingOnlyForThePack(t *testing.T) {
	x, err := ParseExtension("p.txt", "spell sorry: sowwy\n")
	require.NoError(t, err)
	assert.True(t, New(Vocabulary{Extension: x}).Score("sowwy voor het wachten", NL).Criteria.Apology)
	assert.False(t, New(Vocabulary{}).Score("sowwy voor het wachten", NL).Criteria.Apology)
}

func TestExtensionErrors(t *testing.T) {
	cases := []struct{ text, want string }{
		{"fuzzy: snelpost", `p.txt:1: "fuzzy" cannot be used in a pack's language file`},
		{"rule en.understand empathy: i understand", "p.txt:1: rule id en.understand is one of the scorer's own"},
		{"# x\nrule pack.x empathy: ~2 sorry", "p.txt:2: rule pack.x: pattern"},
		{"set Bad: x", `p.txt:1: set name "Bad"`},
		{"rule pack.y empathy: $nope", "unknown class $nope"},
	}
	for _, c := range cases {
		_, err := ParseExtension("p.txt", c.text)
		var le *LangError
		require.ErrorAs(t, err, &le, c.text)
		assert.Contains(t, err.Error(), c.want)
	}
}
