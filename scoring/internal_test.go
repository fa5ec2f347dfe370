package scoring

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func norms(t text) []string {
	out := make([]string, len(t.toks))
	for i, tk := range t.toks {
		out[i] = tk.norm
	}
	return out
}

func TestTokenize(t *testing.T) {
	s := New(Vocabulary{})
	cases := []struct {
		in    string
		want  string // normalised tokens joined by spaces
		sents int
	}{
		{"Hé, wat VERVELEND!", "he wat vervelend", 1},
		{"I'm sorry. We'll call you at 3pm.", "i am sorry we will call you at 3 pm", 2},
		{"Bel u om 15.00 u. terug", "bel u om 15.00 uur terug", 1},
		{"om 14u30 of 14h30", "om 14:30 of 14:30", 1},
		{"tussen 8-12 uur", "tussen 8 - 12 uur", 1},
		{"@piet zie https://x.nl/faq?a=1 en <URL>", "zie <url> en <url>", 1},
		{"m'n excuses, 't is onze fout", "mijn excuses het is onze fout", 1},
		{"gsm-nummer e-mail", "gsmnummer mail", 1},
		{"exuses sorrie apologize", "excuses sorry apologise", 1},
		{"the courier's fault", "the courier fault", 1},
		{"Is that all right? Feel free to ask", "is that alright feelfree to ask", 2},
		{"frustrerrend", "frustrerend", 1},
		{"3 p.m. today", "3 pm today", 1},
		{"", "", 0},
		{"߃K", "߃ k", 1},
		{"see the T&Cs or Ts&Cs, me & you, AT&T", "see the t&cs or ts&cs me you at&t", 1},
		{"rock&roll & B&", "rock roll b", 1},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			tt := s.tokenize(c.in, &scratch{})
			assert.Equal(t, c.want, strings.Join(norms(tt), " "))
			assert.Len(t, tt.sents, c.sents)
			for _, tk := range tt.toks {
				assert.True(t, tk.start >= 0 && tk.end <= len(c.in) && tk.start < tk.end, "span %d:%d", tk.start, tk.end)
			}
		})
	}
}

func TestQuestionMarksSentences(t *testing.T) {
	s := New(Vocabulary{})
	tt := s.tokenize("Wat is er gebeurd? Ik help u. Klopt dat", &scratch{})
	require.Len(t, tt.sents, 3)
	assert.True(t, tt.sents[0].question)
	assert.False(t, tt.sents[1].question)
	assert.False(t, tt.sents[2].question)
}

func TestTimeExpressions(t *testing.T) {
	s := New(Vocabulary{})
	cases := []struct {
		in   string
		want timeClass // best class, 0 for none
	}{
		{"om 15.00 uur", timeConcrete},
		{"om 15:00", timeConcrete},
		{"om drie uur", timeConcrete},
		{"kwart over drie", timeConcrete},
		{"half vier", timeConcrete},
		{"at 3 pm", timeConcrete},
		{"at 3pm", timeConcrete},
		{"at three o'clock", timeConcrete},
		{"vrijdagmiddag", timeConcrete},
		{"morgenochtend", timeConcrete},
		{"tomorrow morning", timeConcrete},
		{"on Wednesday afternoon", timeConcrete},
		{"tussen 9 en 10 uur", timeConcrete},
		{"between 2 and 4", timeConcrete},
		{"vandaag nog", timeConcrete},
		{"later today", timeConcrete},
		{"by end of business today", timeConcrete},
		{"this afternoon", timeConcrete},
		{"binnen een uur", timeConcrete},
		{"within two hours", timeConcrete},
		{"in half an hour", timeConcrete},
		{"uiterlijk om vijf uur", timeConcrete},
		{"binnen 48 uur", timeVague},
		{"morgen", timeDayOnly},
		{"on Friday", timeDayOnly},
		{"op 12 december", timeDayOnly},
		{"volgende week", timeDayOnly},
		{"zo snel mogelijk", timeVague},
		{"as soon as possible", timeVague},
		{"binnenkort", timeVague},
		{"later this week", timeVague},
		{"voor een nieuwe afspraak", 0},
		{"voor 10 euro", 0},
		{"goedemorgen", 0},
		{"Goede morgen meneer", 0},
		{"at one point", 0},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			tt := s.tokenize(c.in, &scratch{})
			ev := evaluator{s: s, t: &tt}
			var got timeClass
			if b := bestTime(ev.times(0, len(tt.toks))); b != nil {
				got = b.class
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestPatternSyntax(t *testing.T) {
	cases := []struct {
		pat, in string
		match   bool
	}{
		{"het spijt me", "het spijt me", true},
		{"het spijt me", "het spijt", false},
		{"sorry|excuses voor", "excuses voor", true},
		{"frustr* [voor] u", "frustrerend u", true},
		{"frustr* [voor] u", "frustrerend voor u", true},
		{"begrijp ~2 boos", "begrijp dat u boos", true},
		{"begrijp ~2 boos", "begrijp dat u zo boos", false},
		{"begrijp ~2 boos", "begrijp, u boos", false},  // a clause break stops ~N
		{"begrijp ~~2 boos", "begrijp, u boos", true},  // but not ~~N
		{"begrijp ~~5 boos", "begrijp. u boos", false}, // nothing crosses sentences
		{"om #num uur", "om 3 uur", true},
		{"hier #url", "hier https://x.nl", true},
		{"$second-person zegt", "u zegt", true},
	}
	for _, c := range cases {
		t.Run(c.pat+"/"+c.in, func(t *testing.T) {
			s := New(Vocabulary{})
			p, err := s.compile(c.pat)
			require.NoError(t, err)
			tt := s.tokenize(c.in, &scratch{})
			got := false
			for i := range tt.toks {
				if p.matchAt(&tt, i) > i {
					got = true
				}
			}
			assert.Equal(t, c.match, got)
		})
	}
}

func TestPatternErrors(t *testing.T) {
	for _, bad := range []string{"", "~2 sorry", "[sorry] me", "sorry ~2", "sorry ~x", "a||b", "$nope", "het [nu eenmaal] zo", "sorry [heel|erg sorry", "sorry] me", "sorry [[heel]]"} {
		_, err := compilePattern(bad, std.classes())
		assert.Error(t, err, bad)
	}
}

func TestLexiconIsWellFormed(t *testing.T) {
	s := New(Vocabulary{})
	ids := map[string]bool{}
	for _, r := range s.rules {
		if r.role == miss {
			assert.NotEmpty(t, r.note, "miss %s needs a note for the trainee", r.id)
		}
		if r.crit == Blame && r.kind == NoBlame {
			t.Errorf("blame entry %s has no kind", r.id)
		}
		key := string(r.crit) + "/" + r.id + "/" + r.src
		assert.False(t, ids[key], "duplicate entry %s", key)
		ids[key] = true
	}
}

// TestPatternWordsCanMatch: a reply's spelling variants are read as their
// form ("begrijpen" as "begrijp"), so a pattern word that is a variant
// can never match unless its form stands beside it.
func TestPatternWordsCanMatch(t *testing.T) {
	s := New(Vocabulary{})
	for _, r := range s.rules {
		p, err := compilePattern(r.src, s.classes)
		require.NoError(t, err, r.id)
		for _, e := range p.elems {
			for w := range e.words {
				if form, ok := s.spell[w]; ok && !e.words[form] {
					t.Errorf("%s: the pattern word %q is read as %q in replies and never matches: write %q", r.id, w, form, form)
				}
			}
		}
	}
}

func TestOneEdit(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"sorry", "sorri", true}, {"excuses", "exuses", true}, {"apologise", "apolgoise", true},
		{"sorry", "sorry", false}, {"sorry", "sor", false}, {"contract", "contact", true}, {"abc", "xyz", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, oneEdit(c.a, c.b), "%s/%s", c.a, c.b)
	}
	idx := newFuzzyIndex(std.fuzzy)
	assert.Equal(t, "vervelend", idx.correct("vervelnd"))
	assert.Equal(t, "", idx.correct("contact"), "a real word one edit from a target stays itself")
	assert.Equal(t, "", idx.correct("vandaan"))
}

func TestVocabularySuppliers(t *testing.T) {
	plain := New(Vocabulary{})
	withPostNL := New(Vocabulary{Suppliers: []string{"Snelpost"}, Products: []string{"Kalm Fiber"}})
	// a name opening the sentence is no party unless the vocabulary names it
	reply := "Snelpost is het pakket kwijtgeraakt."
	assert.False(t, plain.Score(reply, NL).Criteria.Blame, "unknown name: no supplier seen")
	r := withPostNL.Score(reply, NL)
	assert.True(t, r.Criteria.Blame)
	assert.Equal(t, BlameSupplier, r.BlameKind)
	assert.False(t, withPostNL.Score("Kalm Fiber heeft een storing, ik los het nu voor u op.", NL).Criteria.Blame,
		"our own product is no third party")
}

func TestWeights(t *testing.T) {
	w := DefaultWeights()
	l := Labels{Empathy: true, Apology: true, Blame: true}
	assert.Equal(t, 15+10-15, w.Points(l))
	w2 := w.With(map[Criterion]int{Blame: -50})
	assert.Equal(t, 15+10-50, w2.Points(l))
	assert.Equal(t, -15, w[Blame], "With must not change the original")
	helpful := 0
	for _, c := range Criteria() {
		assert.Equal(t, c.Hurts(), w[c] < 0, "%s: a criterion hurts exactly when its weight is negative", c)
		if !c.Hurts() {
			helpful += w[c]
		}
	}
	assert.Equal(t, 65, helpful, "the helpful criteria are worth 65 of a call's 100 points")
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"nl": NL, "en": EN, "": Auto, "auto": Auto, "nl-BE": NL} {
		got, err := ParseLang(in)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
	_, err := ParseLang("fr")
	assert.Error(t, err)
}

func TestDetectLang(t *testing.T) {
	assert.Equal(t, NL, Score("Het spijt me dat u zo lang moest wachten.", Auto).Lang)
	assert.Equal(t, EN, Score("I'm so sorry you had to wait this long.", Auto).Lang)
	assert.Equal(t, EN, Score("Het spijt me.", EN).Lang, "an explicit language is kept")
}
