package scoring

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSituationClauses: a clause about the customer's situation is a
// statement with two words or more and no word of the agent's; a
// question, a plan or a request to us is none.
func TestSituationClauses(t *testing.T) {
	s := New(Vocabulary{})
	cases := []struct {
		reply string
		lang  Lang
		want  []bool // per clause
	}{
		{"Twee uur in de kou op het perron, voor niets.", NL, []bool{true, true}},
		{"Ik bel je morgen om tien uur.", NL, []bool{false}},
		{"Kun je ons een foto van de deuk sturen?", NL, []bool{false}},
		{"Een lege koelkast op zaterdag, terwijl ik je alles beloofd had.", NL, []bool{true, false}},
		{"Your whole Saturday gone waiting for a van, and nobody rang.", EN, []bool{true, true}},
		{"We'll refund the delivery fee today.", EN, []bool{false}},
		{"Oh.", EN, []bool{false}},
		{"Did the driver leave a card?", EN, []bool{false}},
	}
	for _, tc := range cases {
		t.Run(tc.reply, func(t *testing.T) {
			tt := s.tokenize(tc.reply, &scratch{})
			ev := evaluator{s: s, t: &tt}
			assert.Equal(t, tc.want, ev.situations())
		})
	}
}

// TestSituationWordsQuoteTheSituation: a model that adds empathy from the
// words of situation clauses quotes the clause about the customer's
// situation that weighs most, never the agent's plan or a question, and
// adds nothing to a reply that has no situation clause.
func TestSituationWordsQuoteTheSituation(t *testing.T) {
	s := New(Vocabulary{})
	m, err := ParseModel("sit", "format 1\nscorer test\nempathy _bias -1\nempathy _adds 1\nempathy cue:empathy:situation 0.5\nempathy sw:zaterdag 1\nempathy sww:hele_zaterdag 1\nempathy sw:saturday 1\nempathy sww:whole_saturday 1\n")
	require.NoError(t, err)
	cases := []struct {
		reply string
		lang  Lang
		quote string // "": no empathy
	}{
		{"Ik kom zaterdag zelf langs. Je hele zaterdag wachten op een bus die niet kwam.", NL, "Je hele zaterdag wachten op een bus die niet kwam"},
		{"A whole Saturday next to the phone for a van, and I'll ring you back by noon.", EN, "A whole Saturday next to the phone for a van"},
		{"Kan ik zaterdag bellen? Ik kom zaterdag zelf langs.", NL, ""},
		{"I'll come by on Saturday myself.", EN, ""},
	}
	for _, tc := range cases {
		t.Run(tc.reply, func(t *testing.T) {
			require.False(t, s.ScoreRules(tc.reply, tc.lang).Criteria.Empathy, "the rules must not find it")
			assertLearnedQuote(t, s.ScoreTurnWith(Turn{Reply: tc.reply, Lang: tc.lang}, m), Empathy, tc.reply, tc.quote)
		})
	}
}

// TestReadsFeature: empathy's weights read the situation words and no
// other words; the other criteria read everything but the situation
// words; what the rules found is read by all.
func TestReadsFeature(t *testing.T) {
	cases := []struct {
		crit Criterion
		feat string
		want bool
	}{
		{Empathy, "sw:zaterdag", true},
		{Empathy, "sww:hele_zaterdag", true},
		{Empathy, "w:zaterdag", false},
		{Empathy, "ww:hele_zaterdag", false},
		{Empathy, "lang:nl", true},
		{Empathy, "hit:empathy:f.understand", true},
		{Empathy, "cue:empathy:situation", true},
		{Empathy, "rule:callback", true},
		{Blame, "w:koerier", true},
		{Blame, "sw:koerier", false},
		{Blame, "rule:empathy", true},
		{Overpromise, "sww:by_tonight", false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, ReadsFeature(tc.crit, tc.feat), "%s %s", tc.crit, tc.feat)
	}
}

// TestSituationModelQuotesOrFindsNothing: an empathy model that reads
// situation words finds empathy only where one of them weighs for it,
// even when what the rules found would carry it: it never quotes the
// whole reply.
func TestSituationModelQuotesOrFindsNothing(t *testing.T) {
	s := New(Vocabulary{})
	m, err := ParseModel("sit", "format 1\nscorer test\nempathy _bias -1\nempathy rule:apology 3\nempathy sw:zaterdag 1\n")
	require.NoError(t, err)
	cases := []struct {
		reply string
		quote string // "": no empathy
	}{
		{"Sorry. Op zaterdag kwam de bus niet.", "Op zaterdag kwam de bus niet"},
		{"Sorry. Ik bel je om drie uur.", ""},
	}
	for _, tc := range cases {
		t.Run(tc.reply, func(t *testing.T) {
			rules := s.ScoreRules(tc.reply, NL)
			require.True(t, rules.Criteria.Apology)
			require.False(t, rules.Criteria.Empathy)
			assertLearnedQuote(t, s.ScoreTurnWith(Turn{Reply: tc.reply, Lang: NL}, m), Empathy, tc.reply, tc.quote)
		})
	}
}

// TestWordsMatter: the words' weights are looked up only where they can
// change the result: a criterion that weighs them may still turn on (an
// adding model beside its cue, or blame's, which needs none) or decide,
// or a blame's kind is named.
func TestWordsMatter(t *testing.T) {
	s := New(Vocabulary{})
	parse := func(text string) *Model {
		m, err := ParseModel("m", "format 1\nscorer test\n"+text)
		require.NoError(t, err)
		return m
	}
	adds := parse("blame _bias -1\nblame _adds 1\nblame w:koerier 2\nempathy _bias -1\nempathy sw:zaterdag 1\n")
	addsPromise := parse("overpromise _bias -1\noverpromise _adds 1\noverpromise w:morgen 2\nempathy _bias -1\nempathy sw:zaterdag 1\n")
	decides := parse("question _bias -1\nquestion w:zaterdag 2\n")
	situationOnly := parse("empathy _bias -1\nempathy sw:zaterdag 1\n")
	cases := []struct {
		name  string
		m     *Model
		reply string
		want  bool
	}{
		{"no cue of overpromise: only the situation words", addsPromise, "Je hele zaterdag was weg.", false},
		{"blame's adding model needs no cue", adds, "Je hele zaterdag was weg.", true},
		{"the rules found blame already: only the situation words", adds, "Dat staat gewoon in uw contract.", false},
		{"a cue the adding model may decide", adds, "Het pakket is bij de koerier, die komt morgen langs.", true},
		{"a deciding model that weighs words", decides, "Je hele zaterdag was weg.", true},
		{"a model of situation words alone", situationOnly, "Het pakket is bij de koerier.", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sc := &scratch{}
			tt := s.tokenize(tc.reply, sc)
			ev := evaluator{s: s, t: &tt, ms: s.find(&tt, sc), sc: sc}
			ev.res = s.ScoreRules(tc.reply, NL)
			assert.Equal(t, tc.want, ev.wordsMatter(tc.m))
		})
	}
}
