package scoring

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadCustomer(t *testing.T) {
	s := New(Vocabulary{})
	for _, tc := range []struct {
		msg  string
		want Asked
	}{
		{"", AskedUnknown},
		{"How do I move my booking to Friday?", AskedInfo},
		{"Hoe kan ik mijn adres wijzigen?", AskedInfo},
		{"My parcel is STILL missing, third week now", AskedTrouble},
		{"Waarom krijg ik geen bevestiging?", AskedTrouble},
		{"why does the app keep crashing when I pay?", AskedTrouble},
		{"De monteur is weer niet gekomen.", AskedTrouble},
		{"Can you finally sort this out?!", AskedTrouble},
		{"Jullie bezorger heeft mijn tuinhek geramd.", AskedTrouble}, // no sign of anything else: a complaint
		{"Thanks a lot, the new plan works great", AskedThanks},
		{"Top service vandaag, dank jullie wel", AskedThanks},
		{"Thanks, but it still does not work", AskedTrouble},
		{"Congrats on the new shop, guys!!", AskedThanks},
		{"Gefeliciteerd met jullie prijs!", AskedThanks},
		{"Waar blijft mijn pakket!", AskedTrouble},
	} {
		assert.Equal(t, tc.want, s.ReadCustomer(tc.msg), "%q", tc.msg)
	}
}

func TestTurnFeaturesReadTheCustomer(t *testing.T) {
	s := New(Vocabulary{})
	reply := "You can find the opening hours on our website."
	plain := s.Features(reply, EN)
	assert.Equal(t, plain, s.TurnFeatures(Turn{Reply: reply, Lang: EN}), "no customer message: the reply's features alone")
	for _, f := range plain {
		assert.False(t, strings.HasPrefix(f, featContext), f)
	}
	require.Equal(t, BlameWebsite, s.ScoreRules(reply, EN).BlameKind, "the rules read a page pointed to")
	for _, tc := range []struct {
		customer string
		want     []string
	}{
		{"When are you open on Sunday?", []string{"ctx:info", "ctx:info:website"}},
		{"Lovely staff yesterday, thank you.", []string{"ctx:thanks", "ctx:thanks:website"}},
		{"Your shop was closed again when I came", nil}, // a complaint is the baseline: no feature
	} {
		got := s.TurnFeatures(Turn{Customer: tc.customer, Reply: reply, Lang: EN})
		assert.Subset(t, got, tc.want, tc.customer)
		assert.Subset(t, got, plain, "the reply's own features stay: %s", tc.customer)
		assert.Len(t, got, len(plain)+len(tc.want), tc.customer)
	}
	noBlame := s.TurnFeatures(Turn{Customer: "Where is my order?", Reply: "Thanks for waiting.", Lang: EN})
	assert.Contains(t, noBlame, "ctx:info")
	for _, f := range noBlame {
		assert.False(t, strings.HasPrefix(f, "ctx:info:"), "no blame kind, no crossed feature: %s", f)
	}
}

// TestContextWeightsDecide: the learned layer weighs what the customer's
// message does, so one reply is judged by what it answers, and the
// rules' words stay quoted either way.
func TestContextWeightsDecide(t *testing.T) {
	s := New(Vocabulary{})
	m, err := ParseModel("test", "format 1\nscorer test\nblame _bias -0.5\nblame rule:blame 1\nblame ctx:info:website -1\n")
	require.NoError(t, err)
	reply := "Alles staat op onze website."
	for _, tc := range []struct {
		customer string
		blame    bool
	}{
		{"Hoe laat gaan jullie zaterdag open?", false},
		{"Ik sta alweer voor een dichte deur, belachelijk!", true},
		{"Jullie deur was dicht om tien uur.", true},
		{"", true},
	} {
		res := s.ScoreTurnWith(Turn{Customer: tc.customer, Reply: reply, Lang: NL}, m)
		assert.Equal(t, tc.blame, res.Criteria.Blame, "%q", tc.customer)
		var quoted bool
		for _, f := range res.Findings {
			if f.Criterion == Blame {
				quoted = true
				assert.Equal(t, reply[f.Start:f.End], f.Text)
				assert.Equal(t, tc.blame, f.Hit, "%q: a hit, or a near miss the model overruled", tc.customer)
			}
		}
		assert.True(t, quoted, "%q: the rules' words stay quoted", tc.customer)
	}
}

func TestScoreTurnWithoutCustomerIsScore(t *testing.T) {
	s := New(Vocabulary{})
	for _, r := range benchReplies {
		assert.Equal(t, s.Score(r, Auto), s.ScoreTurn(Turn{Reply: r, Lang: Auto}), r)
	}
}
