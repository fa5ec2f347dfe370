package scoring

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseModel(t *testing.T) {
	m, err := ParseModel("w.txt", `# a comment

format 1
scorer 2026.12.03-9
data 3 replies
train folds=5
question _bias -1.5
question w:can 0.5
empathy ww:wat_vervelend 2
question ww:wat_vervelend -0.25
`)
	require.NoError(t, err)
	assert.Equal(t, []Criterion{Empathy, Question}, m.Criteria(), "rubric order")
	assert.Equal(t, "2026.12.03-9", m.TrainedWith())
	assert.Equal(t, []float64{0, -1.5}, m.bias)
	id := m.index["ww:wat_vervelend"]
	assert.Equal(t, []float32{2, -0.25}, m.cw[int(id)*2:int(id)*2+2])
	assert.True(t, m.ngram[id])
	bi, ok := m.bi.get(pair(m.words["wat"], m.words["vervelend"]))
	assert.True(t, ok)
	assert.Equal(t, id, bi)

	empty, err := ParseModel("w.txt", "format 1\n")
	require.NoError(t, err)
	assert.Empty(t, empty.Criteria())
}

func TestParseModelRejectsMalformedFiles(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // each must appear in the error, one per line
	}{
		{"empty", "", []string{"w.txt:1: no format line (expected \"format 1\")"}},
		{"no format", "# c\nquestion w:a 1\n", []string{"w.txt:2: \"question w:a 1\" before the format line (expected \"format 1\" first)"}},
		{"format 2", "format 2\n", []string{"w.txt:1: format \"2\" (expected \"format 1\")"}},
		{"two formats", "format 1\nformat 1\n", []string{"w.txt:2: a second format line (expected one, first)"}},
		{"no scorer", "format 1\nquestion w:a 1\n", []string{"w.txt:3: no scorer line (expected \"scorer VERSION\" before the weights)"}},
		{"scorer of two words", "format 1\nscorer a b\n", []string{"w.txt:2: scorer \"a b\" (expected \"scorer VERSION\", one word)"}},
		{"unknown criterion", "format 1\nscorer v\nempty w:a 1\n", []string{"w.txt:3: unknown criterion \"empty\" (expected format, scorer, data, train, a criterion: empathy, apology,"}},
		{"two fields", "format 1\nscorer v\nquestion 1\n", []string{"w.txt:3: 2 fields (expected CRITERION FEATURE WEIGHT)"}},
		{"a space in a feature", "format 1\nscorer v\nquestion w:a b 1\n", []string{"w.txt:3: 4 fields (expected CRITERION FEATURE WEIGHT)"}},
		{"not a number", "format 1\nscorer v\nquestion w:a one\n", []string{"w.txt:3: weight \"one\" (expected a finite number)"}},
		{"infinite", "format 1\nscorer v\nquestion w:a +Inf\n", []string{"w.txt:3: weight \"+Inf\" (expected a finite number)"}},
		{"twice", "format 1\nscorer v\nquestion w:a 1\n\nquestion w:a 2\n", []string{"w.txt:5: question w:a is weighted twice, first at line 3 (expected one weight per criterion and feature)"}},
		{"header after weights", "format 1\nscorer v\nquestion w:a 1\ndata 3\n", []string{"w.txt:4: header line \"data\" after the weights (expected format, scorer, data and train before them)"}},
		{"every mistake", "format 1\nscorer v\nquestion w:a x\nquestion w:b y\n", []string{"w.txt:3: weight \"x\"", "w.txt:4: weight \"y\""}},
		{"adds with a weight other than 1", "format 1\nscorer v\nblame _adds 2\n", []string{"w.txt:3: blame _adds 2 (expected weight 1, for a criterion: the model only adds to the rules)"}},
		{"adds for a kind", "format 1\nscorer v\nblame_kind:supplier _adds 1\n", []string{"w.txt:3: blame_kind:supplier _adds 1 (expected weight 1, for a criterion"}},
		{"unknown kind", "format 1\nscorer v\nblame_kind:boss w:a 1\n", []string{"w.txt:3: unknown criterion \"blame_kind:boss\" (expected format, scorer, data, train, a criterion: empathy,"}},
		{"margin of another feature", "format 1\nscorer v\nblame_kind w:a 1\n", []string{"w.txt:3: blame_kind w:a (expected \"blame_kind _margin M\")"}},
		{"negative margin", "format 1\nscorer v\nblame_kind _margin -1\n", []string{"w.txt:3: kind margin -1 (expected 0 or more)"}},
		{"two margins", "format 1\nscorer v\nblame_kind _margin 1\nblame_kind _margin 2\n", []string{"w.txt:4: a second kind margin, first at line 3 (expected one)"}},
		{"kind weighted twice", "format 1\nscorer v\nblame_kind:denial w:a 1\nblame_kind:denial w:a 2\n", []string{"w.txt:4: blame_kind:denial w:a is weighted twice, first at line 3 (expected one weight per criterion and feature)"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ParseModel("w.txt", tc.text)
			require.Error(t, err)
			assert.Nil(t, m)
			lines := strings.Split(err.Error(), "\n")
			require.Len(t, lines, len(tc.want), "%v", err)
			for i, w := range tc.want {
				assert.True(t, strings.HasPrefix(lines[i], w), "line %d:\n got %s\nwant %s", i, lines[i], w)
				assert.Contains(t, lines[i], "(expected ")
			}
		})
	}
}

// TestBuiltinModel: the embedded weights parse, and when they decide any
// criterion they were trained with this scorer's rules: a Version
// change (a rule changed) needs a retrain (docs/learned.md).
func TestBuiltinModel(t *testing.T) {
	m, err := ParseModel(weightsName, weightsText)
	require.NoError(t, err)
	if len(m.Criteria()) > 0 {
		assert.Equal(t, Version, m.TrainedWith(),
			"%s was trained with scorer %s, this is %s: retrain with go run ./cmd/kalm-train (docs/learned.md)", weightsName, m.TrainedWith(), Version)
	}
}

// TestNoWeightsNoChange: a criterion without weights is decided by the
// rules exactly as before.
func TestNoWeightsNoChange(t *testing.T) {
	s := New(Vocabulary{})
	empty, err := ParseModel("empty", "format 1\n")
	require.NoError(t, err)
	only, err := ParseModel("one", "format 1\nscorer v\nagreement _bias -100\n")
	require.NoError(t, err)
	builtin := builtinModel().Criteria()
	for _, tc := range allCases() {
		rules := s.ScoreRules(tc.text, tc.lang)
		assert.Equal(t, rules, s.ScoreTurnWith(Turn{Reply: tc.text, Lang: tc.lang}, nil), tc.name)
		assert.Equal(t, rules, s.ScoreTurnWith(Turn{Reply: tc.text, Lang: tc.lang}, empty), tc.name)
		withOne := s.ScoreTurnWith(Turn{Reply: tc.text, Lang: tc.lang}, only)
		assert.False(t, withOne.Criteria.Agreement, tc.name)
		full := s.Score(tc.text, tc.lang)
		for _, c := range Criteria() {
			if c != Agreement {
				assert.Equal(t, rules.Criteria.Get(c), withOne.Criteria.Get(c), "%s: %s", tc.name, c)
			}
			if !contains(builtin, c) {
				assert.Equal(t, rules.Criteria.Get(c), full.Criteria.Get(c), "%s: %s has no built-in weights", tc.name, c)
			}
		}
	}
}

func contains(cs []Criterion, c Criterion) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

func TestLearnedFlipsVerdictsAndExplains(t *testing.T) {
	s := New(Vocabulary{})
	tiny, err := ParseModel("tiny", `format 1
scorer test
empathy _bias -1
empathy w:levering 0.6
empathy ww:de_levering 0.9
empathy ww:wat_een 0.4
empathy w:wat 0.3
apology _bias -1
blame _bias -1
blame w:pakket 2
`)
	require.NoError(t, err)
	cases := []struct {
		name      string
		reply     string
		lang      Lang
		crit      Criterion
		want      bool
		quote     string // the learned hit's words, when the model turns c on
		kind      BlameKind
		overruled string // a rule hit the model turned into a near miss
	}{
		{name: "on: quotes the clause of the heaviest words", reply: "Er ging iets mis met de levering, we kijken ernaar.", lang: NL, crit: Empathy, want: true, quote: "Er ging iets mis met de levering"},
		{name: "on: of two clauses, the one that weighs most", reply: "Ik zie wat er gebeurd is, en de levering is er nog niet.", lang: NL, crit: Empathy, want: true, quote: "en de levering is er nog niet"},
		{name: "too little weight stays off", reply: "Wat een gedoe zeg.", lang: NL, crit: Empathy, want: false},
		{name: "off: the rules' hit stays as a near miss", reply: "Sorry voor het wachten.", lang: NL, crit: Apology, want: false, overruled: "Sorry"},
		{name: "on: blame gets the kind of a blame cue", reply: "Uw pakket ligt bij de buren.", lang: NL, crit: Blame, want: true, quote: "Uw pakket ligt bij de buren", kind: BlameSupplier},
		{name: "on: blame with no cue is a denial", reply: "Uw pakket is er morgen.", lang: NL, crit: Blame, want: true, quote: "Uw pakket is er morgen", kind: BlameDenial},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rules := s.ScoreRules(tc.reply, tc.lang)
			res := s.ScoreTurnWith(Turn{Reply: tc.reply, Lang: tc.lang}, tiny)
			info := describe(tc.reply, res)
			assert.Equal(t, tc.want, res.Criteria.Get(tc.crit), info)
			assert.Equal(t, res.Criteria.Blame, res.BlameKind != NoBlame, info)
			if tc.quote != "" {
				require.False(t, rules.Criteria.Get(tc.crit), "the rules must not find it already")
				hits := res.Hits(tc.crit)
				require.Len(t, hits, 1, info)
				h := hits[0]
				assert.Equal(t, "learned."+string(tc.crit), h.Rule)
				assert.Equal(t, tc.quote, h.Text)
				assert.Equal(t, tc.reply[h.Start:h.End], h.Text)
				assert.Equal(t, tc.kind, h.Kind)
				assert.Equal(t, tc.kind, res.BlameKind)
			}
			if tc.overruled != "" {
				require.True(t, rules.Criteria.Get(tc.crit), "the rules must find it")
				assert.Empty(t, res.Hits(tc.crit), info)
				var texts []string
				for _, f := range res.NearMisses() {
					if f.Criterion == tc.crit && f.Note == noteLearnedOff {
						texts = append(texts, f.Text)
					}
				}
				assert.Contains(t, texts, tc.overruled, info)
				assert.Len(t, res.Findings, len(rules.Findings), "findings are kept")
			}
		})
	}
}

// TestAddsOnlyTurnsOn: a criterion marked _adds is found by the model
// where the rules did not find it, and a rule's finding stays even where
// the model's weights say no.
func TestAddsOnlyTurnsOn(t *testing.T) {
	s := New(Vocabulary{})
	adds, err := ParseModel("adds", "format 1\nscorer test\nblame _bias -1\nblame _adds 1\nblame w:pakket 2\nblame w:contract -5\n")
	require.NoError(t, err)
	decides, err := ParseModel("decides", "format 1\nscorer test\nblame _bias -1\nblame w:pakket 2\nblame w:contract -5\n")
	require.NoError(t, err)
	assert.True(t, adds.Adds(Blame))
	assert.False(t, adds.Adds(Empathy))
	assert.False(t, decides.Adds(Blame))
	cases := []struct {
		name, reply      string
		rules, add, deci bool
	}{
		{"the model adds to a cue the rules did not count", "Uw pakket is er morgen, de koerier komt langs.", false, true, true},
		{"blame's model needs no cue (AddsNeedCue)", "Uw pakket is er morgen.", false, true, true},
		{"without its words it does not add", "Ik bel u om drie uur, goed?", false, false, false},
		{"a rule's finding stays", "Dat staat in uw contract.", true, true, false},
		{"neither", "Ik bel u om drie uur.", false, false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.rules, s.ScoreRules(tc.reply, NL).Criteria.Blame)
			a := s.ScoreTurnWith(Turn{Reply: tc.reply, Lang: NL}, adds)
			assert.Equal(t, tc.add, a.Criteria.Blame, describe(tc.reply, a))
			assert.Equal(t, tc.add, a.BlameKind != NoBlame)
			assert.Equal(t, tc.deci, s.ScoreTurnWith(Turn{Reply: tc.reply, Lang: NL}, decides).Criteria.Blame)
		})
	}
}

// TestAddsQuotesTheCueClause: a model that only adds quotes the clause
// its cue stands in, so the trainee sees what was said, not a lone
// "to" or "bij". Blame's needs no cue (AddsNeedCue, overpromise's does):
// where there is none it quotes the clause whose words weigh most for
// blame, not the whole reply and not a lone word.
func TestAddsQuotesTheCueClause(t *testing.T) {
	assert.False(t, AddsNeedCue(Blame))
	assert.True(t, AddsNeedCue(Overpromise))
	s := New(Vocabulary{})
	m, err := ParseModel("adds", "format 1\nscorer test\nblame _bias -1\nblame _adds 1\nblame w:pakket 2\nblame w:parcel 2\nblame w:uploaded 2\nblame w:ingestuurd 2\n")
	require.NoError(t, err)
	cases := []struct {
		reply string
		lang  Lang
		quote string
	}{
		{"Uw pakket is er morgen, de koerier komt langs.", NL, "de koerier komt langs"},
		{"Your parcel is on its way, the courier has it now.", EN, "the courier has it now"},
		{"Hi Sam, the photos you uploaded were too small for a print.", EN, "the photos you uploaded were too small for a print"},
		{"Hoi Sam, de foto's die je hebt ingestuurd waren te klein.", NL, "de foto's die je hebt ingestuurd waren te klein"},
	}
	for _, tc := range cases {
		t.Run(tc.quote, func(t *testing.T) {
			require.False(t, s.ScoreRules(tc.reply, tc.lang).Criteria.Blame, "the rules must not find it")
			assertLearnedQuote(t, s.ScoreTurnWith(Turn{Reply: tc.reply, Lang: tc.lang}, m), Blame, tc.reply, tc.quote)
		})
	}
}

// assertLearnedQuote checks that r, the result of reply, has criterion c
// from the learned model alone, quoting quote (the reply's own bytes at
// the hit's span); with quote "", that r does not have c.
func assertLearnedQuote(t *testing.T, r Result, c Criterion, reply, quote string) {
	t.Helper()
	if quote == "" {
		assert.False(t, r.Criteria.Get(c), describe(reply, r))
		return
	}
	hits := r.Hits(c)
	require.Len(t, hits, 1, describe(reply, r))
	assert.Equal(t, "learned."+string(c), hits[0].Rule)
	assert.Equal(t, quote, hits[0].Text)
	assert.Equal(t, reply[hits[0].Start:hits[0].End], hits[0].Text)
}

// TestModelKeepsTheRulesNearMisses: a model never finds a criterion the
// rules ruled out with a near miss (and found nowhere), whether it
// decides or only adds; without the near miss it does.
func TestModelKeepsTheRulesNearMisses(t *testing.T) {
	s := New(Vocabulary{})
	for _, mode := range []string{"", "overpromise _adds 1\n"} {
		m, err := ParseModel("m", "format 1\nscorer test\noverpromise _bias -1\n"+mode+"overpromise w:again 3\n")
		require.NoError(t, err)
		cases := []struct {
			reply string
			want  bool
		}{
			{"I can't promise it won't break again.", false}, // the rules' near miss stands
			// nothing ruled it out: a deciding model finds it; one that only
			// adds needs an overpromise cue of the rules, and there is none
			{"Please send the photo again.", mode == ""},
		}
		for _, tc := range cases {
			r := s.ScoreTurnWith(Turn{Reply: tc.reply, Lang: EN}, m)
			assert.Equal(t, tc.want, r.Criteria.Overpromise, "%q (%s)", tc.reply, mode)
		}
		near := s.ScoreTurnWith(Turn{Reply: cases[0].reply, Lang: EN}, m)
		require.NotEmpty(t, near.Findings)
		assert.False(t, near.Findings[0].Hit)
		assert.Equal(t, "cannot-promise", near.Findings[0].Rule)
	}
}

// TestModelAddsNoBlameToOwnedFault: a reply that owns the fault carries
// the rules' near miss "owns-fault" with its hint, so a blame model that
// only adds finds no blame there; "no mistake on our side" denies and is
// blame by the rules.
func TestModelAddsNoBlameToOwnedFault(t *testing.T) {
	s := New(Vocabulary{})
	m, err := ParseModel("m", "format 1\nscorer test\nblame _bias -1\nblame _adds 1\nblame w:mistake 3\nblame w:fout 3\n")
	require.NoError(t, err)
	cases := []struct {
		reply    string
		lang     Lang
		blame    bool
		nearMiss bool
	}{
		{"That was a mistake on our side, I'll fix it now.", EN, false, true},
		{"Dat was een fout van onze kant, ik los het nu op.", NL, false, true},
		{"There was no mistake on our side.", EN, true, false},
	}
	for _, tc := range cases {
		r := s.ScoreTurnWith(Turn{Reply: tc.reply, Lang: tc.lang}, m)
		assert.Equal(t, tc.blame, r.Criteria.Blame, "%q", tc.reply)
		owns := false
		for _, f := range r.Findings {
			if f.Criterion == Blame && !f.Hit && f.Rule == "owns-fault" {
				owns = true
				assert.NotEmpty(t, f.Note, "%q: the near miss says why", tc.reply)
			}
		}
		assert.Equal(t, tc.nearMiss, owns, "%q", tc.reply)
	}
}

// BenchmarkScoreRules scores without the learned layer: BenchmarkScore
// minus this is what the layer costs.
func BenchmarkScoreRules(b *testing.B) {
	s := New(Vocabulary{})
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		s.ScoreRules(benchReplies[n%len(benchReplies)], Auto)
		n++
	}
}

// BenchmarkParseModel parses the embedded weights, as every program that
// scores does once at start-up: about a hundred thousand lines, so its
// time is part of what `kalm score --jsonl` costs on a file.
func BenchmarkParseModel(b *testing.B) {
	for b.Loop() {
		if _, err := ParseModel(weightsName, weightsText); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzParseModel: any text gives a model or an error naming the line,
// never a panic, and a model decides only criteria of the rubric and
// weighs only its blame kinds.
func FuzzParseModel(f *testing.F) {
	for _, seed := range []string{
		"", "format 1\n", "format 1\nscorer v\nquestion w:a 1\n", "format 1\nscorer v\nblame _adds 1\nblame _bias -2\n",
		"format 1\nscorer v\nquestion ww:a_b 1e308\n", "format 1\r\nscorer v\t\nempathy\tw:x\t0.5", "\xff\x00 format",
		"format 1\nscorer v\nblame_kind _margin 0.5\nblame_kind:denial w:a -1\nblame_kind:supplier _bias 2\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		m, err := ParseModel("w.txt", text)
		if err != nil {
			require.Nil(t, m)
			assert.True(t, strings.HasPrefix(err.Error(), "w.txt:"), "%v", err)
			return
		}
		require.NotNil(t, m)
		for _, c := range m.Criteria() {
			assert.Contains(t, Criteria(), c)
		}
		for _, k := range m.Kinds() {
			assert.Contains(t, BlameKinds(), k)
		}
		assert.GreaterOrEqual(t, m.margin, 0.0)
		assert.Len(t, m.cw, len(m.ngram)*len(m.Criteria()))
		assert.Len(t, m.kw, len(m.ngram)*len(m.Kinds()))
	})
}

// TestParseModelKinds: kind weights take slots after the criteria, in
// the order of BlameKinds, beside the criteria's own.
func TestParseModelKinds(t *testing.T) {
	m, err := ParseModel("w.txt", "format 1\nscorer v\nblame _bias -1\nblame w:koerier 2\nblame_kind _margin 0.5\nblame_kind:customer w:koerier -1\nblame_kind:supplier _bias 0.25\nblame_kind:supplier w:koerier 3\n")
	require.NoError(t, err)
	assert.Equal(t, []Criterion{Blame}, m.Criteria())
	assert.Equal(t, []BlameKind{BlameSupplier, BlameCustomer}, m.Kinds(), "the order of BlameKinds")
	assert.Equal(t, 0.5, m.margin)
	require.Equal(t, 3, m.stride)
	id := int(m.index["w:koerier"])
	assert.Equal(t, []float32{2}, m.cw[id:id+1])
	assert.Equal(t, []float32{3, -1}, m.kw[id*2:id*2+2])
	assert.Equal(t, 3.0, m.weight(int32(id), 1), "the first kind's slot follows the criteria")
	assert.Equal(t, []float64{-1, 0.25, 0}, m.bias)
}

// TestLearnedKindNamesTheLeadingParty: kind weights change the rules'
// kind only when they prefer another by more than the margin, and the
// finding they add quotes the clause whose words weigh most for it.
func TestLearnedKindNamesTheLeadingParty(t *testing.T) {
	s := New(Vocabulary{})
	reply := "Wij hebben niets fout gedaan. De installateur was gisteren nog bij u."
	rules := s.ScoreRules(reply, NL)
	require.True(t, rules.Criteria.Blame, describe(reply, rules))
	require.Equal(t, BlameDenial, rules.BlameKind, describe(reply, rules))
	weights := func(margin string) *Model {
		m, err := ParseModel("kinds", "format 1\nscorer test\nblame_kind _margin "+margin+
			"\nblame_kind:denial _bias 0\nblame_kind:supplier _bias -1\nblame_kind:supplier w:installateur 2\nblame_kind:supplier w:gisteren 0.5\n")
		require.NoError(t, err)
		return m
	}
	cases := []struct {
		name, margin string
		want         BlameKind
	}{
		{"preferred by 1.5, more than the margin", "1", BlameSupplier},
		{"preferred by 1.5, not more than the margin", "1.5", BlameDenial},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := s.ScoreTurnWith(Turn{Reply: reply, Lang: NL}, weights(tc.margin))
			info := describe(reply, res)
			assert.True(t, res.Criteria.Blame, info)
			assert.Equal(t, tc.want, res.BlameKind, info)
			var learned []Finding
			for _, f := range res.Hits(Blame) {
				if f.Rule == LearnedKindRule {
					learned = append(learned, f)
				}
			}
			if tc.want == rules.BlameKind {
				assert.Empty(t, learned, info)
				assert.Equal(t, rules.Findings, res.Findings, "nothing changes")
				return
			}
			require.Len(t, learned, 1, info)
			assert.Equal(t, BlameSupplier, learned[0].Kind)
			assert.Equal(t, "De installateur was gisteren nog bij u", learned[0].Text)
			assert.Equal(t, reply[learned[0].Start:learned[0].End], learned[0].Text)
		})
	}
	t.Run("no blame, no kind", func(t *testing.T) {
		res := s.ScoreTurnWith(Turn{Reply: "Ik bel u om drie uur.", Lang: NL}, weights("0"))
		assert.False(t, res.Criteria.Blame)
		assert.Equal(t, NoBlame, res.BlameKind)
	})
}

// TestModelAddsNoBlameBesideNearMiss: pointing to the website for news
// still to come (settled rule 14) and a party that puts the problem
// right carry the rules' near misses "news-pointer" and "party-fixes"
// with their hints, so a blame model that only adds cannot find blame
// there however much it weighs the website or the courier; "check our
// website" without news and a courier who lost the parcel carry none.
func TestModelAddsNoBlameBesideNearMiss(t *testing.T) {
	s := New(Vocabulary{})
	m, err := ParseModel("m", "format 1\nscorer test\nblame _bias -1\nblame _adds 1\nblame w:website 5\nblame w:site 5\nblame w:koerier 5\nblame w:courier 5\n")
	require.NoError(t, err)
	cases := []struct {
		reply string
		lang  Lang
		miss  string // the near miss the rules give, "" for none
	}{
		{"Zodra er nieuws is over de nieuwe kanalen, lees je het op onze website.", NL, "news-pointer"},
		{"As soon as there's news about the new route, you'll find it on our website.", EN, "news-pointer"},
		{"You'll find the opening hours on our website.", EN, ""},
		{"U hoeft niets op te sturen, de koerier haalt het morgen bij u op.", NL, "party-fixes"},
		{"The courier will collect it from your door tomorrow morning.", EN, "party-fixes"},
		{"The courier lost it on the way, so it never reached us.", EN, ""},
	}
	for _, tc := range cases {
		r := s.ScoreTurnWith(Turn{Reply: tc.reply, Lang: tc.lang}, m)
		miss := ""
		for _, f := range r.Findings {
			if f.Criterion == Blame && !f.Hit {
				miss = f.Rule
				assert.NotEmpty(t, f.Note, "%q: the near miss says why", tc.reply)
			}
		}
		assert.Equal(t, tc.miss, miss, "%q", tc.reply)
		if tc.miss != "" {
			assert.False(t, r.Criteria.Blame, "%q: no blame beside the near miss", tc.reply)
		}
	}
}

// TestSlotsFitMaxSlots guards slotScores' fixed arrays: every criterion
// and every blame kind can be a slot of one model.
func TestSlotsFitMaxSlots(t *testing.T) {
	assert.LessOrEqual(t, len(Criteria())+len(BlameKinds()), maxSlots)
}
