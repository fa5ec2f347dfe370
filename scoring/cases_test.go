package scoring

// Table-driven scorer cases written from ../shared/RUBRIC.md, independently
// of the scorer's rules. The sentences are our own; none comes from the
// evaluation files. The tables live in cases_*_test.go; this file holds the
// case type, the harness and the cross-cutting tests (spans, determinism,
// concurrency, the table's own consistency).

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ev maps a criterion to words that must lie inside one of its hit findings.
type ev map[Criterion]string

// scorerCase is one reply with the expected value of every criterion.
type scorerCase struct {
	name string
	lang Lang
	text string
	// want lists the criteria that must be true, comma-separated; every
	// other criterion must be false. Blame is written "blame:<kind>".
	want string
	ev   ev
}

// allCases returns every table, in a fresh slice on each call.
func allCases() []scorerCase {
	var out []scorerCase
	out = append(out, empathyCases()...)
	out = append(out, apologyCases()...)
	out = append(out, blameCases()...)
	out = append(out, callbackCases()...)
	out = append(out, questionCases()...)
	out = append(out, summaryCases()...)
	out = append(out, overpromiseCases()...)
	out = append(out, agreementCases()...)
	out = append(out, robustnessCases()...)
	out = append(out, mixedCases()...)
	out = append(out, extraCases()...)
	out = append(out, round3Cases()...)
	out = append(out, framesCases()...)
	out = append(out, frames2Cases()...)
	out = append(out, frames3Cases()...)
	out = append(out, frames4Cases()...)
	out = append(out, frames5Cases()...)
	out = append(out, frames6Cases()...)
	out = append(out, frames7Cases()...)
	out = append(out, frames8Cases()...)
	out = append(out, frames9Cases()...)
	out = append(out, frames10Cases()...)
	out = append(out, frames11Cases()...)
	out = append(out, frames12Cases()...)
	out = append(out, frames13Cases()...)
	out = append(out, frames14Cases()...)
	out = append(out, frames15Cases()...)
	out = append(out, frames16Cases()...)
	out = append(out, frames17Cases()...)
	out = append(out, frames18Cases()...)
	out = append(out, frames19Cases()...)
	out = append(out, frames20Cases()...)
	out = append(out, frames21Cases()...)
	out = append(out, frames22Cases()...)
	out = append(out, frames23Cases()...)
	out = append(out, frames24Cases()...)
	out = append(out, frames25Cases()...)
	out = append(out, frames26Cases()...)
	out = append(out, frames27Cases()...)
	out = append(out, frames28Cases()...)
	out = append(out, frames29Cases()...)
	out = append(out, frames30Cases()...)
	out = append(out, frames31Cases()...)
	out = append(out, frames32Cases()...)
	out = append(out, frames33Cases()...)
	out = append(out, frames34Cases()...)
	out = append(out, frames35Cases()...)
	out = append(out, frames36Cases()...)
	out = append(out, frames37Cases()...)
	out = append(out, frames38Cases()...)
	out = append(out, frames39Cases()...)
	out = append(out, frames40Cases()...)
	out = append(out, frames41Cases()...)
	out = append(out, frames42Cases()...)
	out = append(out, frames43Cases()...)
	out = append(out, frames44Cases()...)
	out = append(out, frames45Cases()...)
	out = append(out, frames46Cases()...)
	out = append(out, frames47Cases()...)
	out = append(out, frames48Cases()...)
	out = append(out, frames49Cases()...)
	out = append(out, frames50Cases()...)
	out = append(out, frames51Cases()...)
	out = append(out, frames52Cases()...)
	out = append(out, frames53Cases()...)
	out = append(out, frames54Cases()...)
	out = append(out, frames55Cases()...)
	out = append(out, frames56Cases()...)
	out = append(out, frames57Cases()...)
	out = append(out, frames58Cases()...)
	out = append(out, frames59Cases()...)
	out = append(out, frames60Cases()...)
	out = append(out, frames61Cases()...)
	out = append(out, frames62Cases()...)
	out = append(out, frames63Cases()...)
	out = append(out, frames64Cases()...)
	out = append(out, frames65Cases()...)
	out = append(out, frames66Cases()...)
	out = append(out, frames67Cases()...)
	out = append(out, frames68Cases()...)
	out = append(out, frames69Cases()...)
	out = append(out, frames70Cases()...)
	out = append(out, frames71Cases()...)
	out = append(out, frames72Cases()...)
	out = append(out, frames73Cases()...)
	out = append(out, frames74Cases()...)
	out = append(out, frames75Cases()...)
	out = append(out, frames76Cases()...)
	out = append(out, frames77Cases()...)
	out = append(out, frames78Cases()...)
	out = append(out, frames79Cases()...)
	out = append(out, frames80Cases()...)
	out = append(out, frames81Cases()...)
	out = append(out, frames82Cases()...)
	out = append(out, frames83Cases()...)
	out = append(out, frames84Cases()...)
	out = append(out, frames85Cases()...)
	out = append(out, frames86Cases()...)
	out = append(out, frames87Cases()...)
	out = append(out, frames88Cases()...)
	out = append(out, frames89Cases()...)
	out = append(out, frames90Cases()...)
	out = append(out, frames91Cases()...)
	out = append(out, frames92Cases()...)
	out = append(out, frames93Cases()...)
	out = append(out, frames94Cases()...)
	out = append(out, frames95Cases()...)
	out = append(out, frames96Cases()...)
	out = append(out, frames97Cases()...)
	out = append(out, frames98Cases()...)
	out = append(out, frames99Cases()...)
	out = append(out, frames100Cases()...)
	out = append(out, frames101Cases()...)
	out = append(out, frames102Cases()...)
	out = append(out, frames103Cases()...)
	out = append(out, frames104Cases()...)
	out = append(out, frames105Cases()...)
	out = append(out, frames106Cases()...)
	out = append(out, frames107Cases()...)
	out = append(out, frames108Cases()...)
	out = append(out, frames109Cases()...)
	out = append(out, frames110Cases()...)
	out = append(out, frames111Cases()...)
	out = append(out, frames112Cases()...)
	out = append(out, frames113Cases()...)
	out = append(out, frames114Cases()...)
	out = append(out, frames115Cases()...)
	out = append(out, frames116Cases()...)
	out = append(out, frames117Cases()...)
	out = append(out, frames118Cases()...)
	out = append(out, frames119Cases()...)
	out = append(out, frames120Cases()...)
	out = append(out, frames121Cases()...)
	out = append(out, frames122Cases()...)
	out = append(out, frames123Cases()...)
	out = append(out, frames124Cases()...)
	out = append(out, frames125Cases()...)
	out = append(out, frames126Cases()...)
	out = append(out, frames127Cases()...)
	out = append(out, frames128Cases()...)
	out = append(out, frames129Cases()...)
	out = append(out, frames130Cases()...)
	out = append(out, frames131Cases()...)
	out = append(out, frames132Cases()...)
	out = append(out, frames133Cases()...)
	out = append(out, frames134Cases()...)
	out = append(out, frames135Cases()...)
	out = append(out, frames136Cases()...)
	out = append(out, frames137Cases()...)
	out = append(out, frames138Cases()...)
	return out
}

// parseWant turns a want string into labels and a blame kind.
func parseWant(want string) (Labels, BlameKind, error) {
	var l Labels
	kind := NoBlame
	known := map[Criterion]bool{}
	for _, c := range Criteria() {
		known[c] = true
	}
	kinds := map[BlameKind]bool{
		BlameContract: true, BlameSupplier: true, BlameWebsite: true,
		BlameManagement: true, BlameDenial: true, BlameCustomer: true,
	}
	for _, tok := range strings.Split(want, ",") {
		tok = strings.TrimSpace(tok)
		if tok == "" {
			continue
		}
		name, k, hasKind := strings.Cut(tok, ":")
		c := Criterion(name)
		if !known[c] {
			return l, kind, fmt.Errorf("unknown criterion %q", name)
		}
		if l.Get(c) {
			return l, kind, fmt.Errorf("criterion %q listed twice", name)
		}
		if c == Blame {
			if !hasKind || !kinds[BlameKind(k)] {
				return l, kind, fmt.Errorf("blame needs a kind (blame:contract …), got %q", tok)
			}
			kind = BlameKind(k)
		} else if hasKind {
			return l, kind, fmt.Errorf("only blame takes a kind, got %q", tok)
		}
		l.Set(c, true)
	}
	return l, kind, nil
}

// mustWant is parseWant for cases already checked by TestCaseTableIsWellFormed.
func mustWant(t *testing.T, tc scorerCase) (Labels, BlameKind) {
	t.Helper()
	l, k, err := parseWant(tc.want)
	require.NoError(t, err, "case %q", tc.name)
	return l, k
}

// describe renders a result for failure messages.
func describe(text string, r Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "reply: %q\nlang: %s  blame kind: %q\n", text, r.Lang, r.BlameKind)
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "  %-11s hit=%-5v kind=%-10q [%d:%d] %q rule=%s note=%s\n",
			f.Criterion, f.Hit, f.Kind, f.Start, f.End, f.Text, f.Rule, f.Note)
	}
	return b.String()
}

// evidenceInHit reports whether some occurrence of words in text lies
// inside a hit finding of c.
func evidenceInHit(text, words string, c Criterion, r Result) bool {
	for from := 0; from <= len(text); {
		i := strings.Index(text[from:], words)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(words)
		for _, f := range r.Hits(c) {
			if f.Start <= start && end <= f.End {
				return true
			}
		}
		from = start + 1
	}
	return false
}

func TestScorerCases(t *testing.T) {
	s := New(Vocabulary{})
	for _, tc := range allCases() {
		t.Run(tc.name, func(t *testing.T) {
			wantLabels, wantKind := mustWant(t, tc)
			res := s.Score(tc.text, tc.lang)
			info := describe(tc.text, res)
			for _, c := range Criteria() {
				assert.Equalf(t, wantLabels.Get(c), res.Criteria.Get(c), "criterion %s\n%s", c, info)
			}
			assert.Equalf(t, wantKind, res.BlameKind, "blame kind\n%s", info)
			if tc.lang == Auto {
				assert.Containsf(t, []Lang{NL, EN}, res.Lang, "auto must resolve to nl or en\n%s", info)
			} else {
				assert.Equalf(t, tc.lang, res.Lang, "language\n%s", info)
			}
			for c, words := range tc.ev {
				assert.Truef(t, evidenceInHit(tc.text, words, c, res),
					"evidence %q must lie inside a %s hit\n%s", words, c, info)
			}
		})
	}
}

// TestFindingSpans checks, for every case, that each finding points at real
// text of the reply, in order, and that near misses explain themselves.
func TestFindingSpans(t *testing.T) {
	s := New(Vocabulary{})
	known := map[Criterion]bool{}
	for _, c := range Criteria() {
		known[c] = true
	}
	for _, tc := range allCases() {
		res := s.Score(tc.text, tc.lang)
		info := describe(tc.text, res)
		prev := 0
		for i, f := range res.Findings {
			require.Truef(t, 0 <= f.Start && f.Start <= f.End && f.End <= len(tc.text),
				"%s: finding %d span [%d:%d] outside reply of %d bytes\n%s", tc.name, i, f.Start, f.End, len(tc.text), info)
			assert.Equalf(t, tc.text[f.Start:f.End], f.Text, "%s: finding %d text\n%s", tc.name, i, info)
			assert.Truef(t, known[f.Criterion], "%s: finding %d has unknown criterion %q", tc.name, i, f.Criterion)
			assert.GreaterOrEqualf(t, f.Start, prev, "%s: findings must be in reply order\n%s", tc.name, info)
			prev = f.Start
			if !f.Hit {
				assert.NotEmptyf(t, f.Note, "%s: near miss %d needs a note\n%s", tc.name, i, info)
			}
		}
		for _, c := range Criteria() {
			if res.Criteria.Get(c) {
				assert.NotEmptyf(t, res.Hits(c), "%s: %s is true without a hit finding\n%s", tc.name, c, info)
			}
		}
		assert.Equalf(t, res.Criteria.Blame, res.BlameKind != NoBlame,
			"%s: blame label and blame kind disagree\n%s", tc.name, info)
	}
}

// TestScoringIsDeterministicAndConcurrent scores every case twice in a row
// and then from 8 goroutines at once with one shared scorer; all results
// must be identical. Run with -race.
func TestScoringIsDeterministicAndConcurrent(t *testing.T) {
	s := New(Vocabulary{})
	cases := allCases()
	first := make([]Result, len(cases))
	for i, tc := range cases {
		first[i] = s.Score(tc.text, tc.lang)
	}
	for i, tc := range cases {
		require.Equalf(t, first[i], s.Score(tc.text, tc.lang), "second run differs for %q", tc.name)
	}

	const workers = 8
	got := make([][]Result, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		got[w] = make([]Result, len(cases))
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			// Each goroutine walks the cases from a different start.
			for j := range cases {
				i := (j + w*len(cases)/workers) % len(cases)
				got[w][i] = s.Score(cases[i].text, cases[i].lang)
			}
		}(w)
	}
	wg.Wait()
	for w := 0; w < workers; w++ {
		for i, tc := range cases {
			require.Equalf(t, first[i], got[w][i], "goroutine %d differs for %q", w, tc.name)
		}
	}
}

// TestCaseTableIsWellFormed guards the table itself: parseable wants,
// unique names, evidence only for true criteria and present in the text,
// minimal pairs that differ in exactly their criterion, and coverage of
// every criterion, positive and negative, in both languages.
func TestCaseTableIsWellFormed(t *testing.T) {
	cases := allCases()
	require.GreaterOrEqual(t, len(cases), 220)

	byName := map[string]scorerCase{}
	for _, tc := range cases {
		_, dup := byName[tc.name]
		require.Falsef(t, dup, "duplicate case name %q", tc.name)
		byName[tc.name] = tc
		l, _, err := parseWant(tc.want)
		require.NoErrorf(t, err, "case %q", tc.name)
		require.Containsf(t, []Lang{NL, EN, Auto}, tc.lang, "case %q", tc.name)
		for c, words := range tc.ev {
			require.Truef(t, l.Get(c), "case %q: evidence for %s, which is expected false", tc.name, c)
			require.Containsf(t, tc.text, words, "case %q: evidence not in text", tc.name)
		}
	}

	pairs := map[Criterion]map[Lang]int{}
	for name, a := range byName {
		base, ok := strings.CutSuffix(name, " a")
		if !ok || !strings.HasPrefix(name, "pair/") {
			continue
		}
		b, ok := byName[base+" b"]
		require.Truef(t, ok, "pair %q has no b", base)
		crit := Criterion(strings.Split(base, "/")[1])
		la, ka, _ := parseWant(a.want)
		lb, kb, _ := parseWant(b.want)
		for _, c := range Criteria() {
			if c == crit {
				require.NotEqualf(t, la.Get(c), lb.Get(c), "pair %q must differ in %s", base, c)
			} else {
				require.Equalf(t, la.Get(c), lb.Get(c), "pair %q must differ only in %s, also differs in %s", base, crit, c)
			}
		}
		if crit != Blame {
			require.Equalf(t, ka, kb, "pair %q differs in blame kind", base)
		}
		if pairs[crit] == nil {
			pairs[crit] = map[Lang]int{}
		}
		pairs[crit][a.lang]++
	}
	for name := range byName {
		if base, ok := strings.CutSuffix(name, " b"); ok && strings.HasPrefix(name, "pair/") {
			_, ok := byName[base+" a"]
			require.Truef(t, ok, "pair %q has no a", base)
		}
	}

	counts := caseCounts(cases)
	for _, c := range Criteria() {
		for _, lang := range []Lang{NL, EN} {
			assert.GreaterOrEqualf(t, pairs[c][lang], 1, "no %s minimal pair for %s", lang, c)
			assert.GreaterOrEqualf(t, counts[c][lang][0], 4, "too few %s negatives for %s", lang, c)
			assert.GreaterOrEqualf(t, counts[c][lang][1], 4, "too few %s positives for %s", lang, c)
		}
	}
	kinds := map[BlameKind]map[Lang]bool{}
	for _, tc := range cases {
		if _, k, _ := parseWant(tc.want); k != NoBlame {
			if kinds[k] == nil {
				kinds[k] = map[Lang]bool{}
			}
			kinds[k][tc.lang] = true
		}
	}
	for _, k := range []BlameKind{BlameContract, BlameSupplier, BlameWebsite, BlameManagement, BlameDenial, BlameCustomer} {
		assert.Truef(t, kinds[k][NL] && kinds[k][EN], "blame kind %s needs NL and EN cases", k)
	}
}

// caseCounts counts negative [0] and positive [1] expectations per
// criterion and language.
func caseCounts(cases []scorerCase) map[Criterion]map[Lang][2]int {
	out := map[Criterion]map[Lang][2]int{}
	for _, c := range Criteria() {
		out[c] = map[Lang][2]int{}
	}
	for _, tc := range cases {
		l, _, err := parseWant(tc.want)
		if err != nil {
			continue
		}
		for _, c := range Criteria() {
			n := out[c][tc.lang]
			if l.Get(c) {
				n[1]++
			} else {
				n[0]++
			}
			out[c][tc.lang] = n
		}
	}
	return out
}

func TestParseWant(t *testing.T) {
	l, k, err := parseWant("empathy, blame:contract")
	require.NoError(t, err)
	assert.Equal(t, Labels{Empathy: true, Blame: true}, l)
	assert.Equal(t, BlameContract, k)

	l, k, err = parseWant("")
	require.NoError(t, err)
	assert.Equal(t, Labels{}, l)
	assert.Equal(t, NoBlame, k)

	for _, bad := range []string{"blame", "blame:weather", "empathy:x", "empaty", "apology,apology"} {
		_, _, err := parseWant(bad)
		assert.Errorf(t, err, "want %q", bad)
	}
}
