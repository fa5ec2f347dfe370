package scenarios_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
	"kalm/scenarios/builtin"
	"kalm/scoring"
)

// mini is a small valid scenario; the table below breaks it one way at a
// time. "#<-" marks the line a problem must be reported on.
const mini = `id: mini
difficulty: 2
title: {nl: Mini, en: Mini}
briefing: {nl: Kort., en: Short.}
customer:
  name: Ann
  persona: {nl: Boos., en: Angry.}
mood: 60
facts:
  - id: order
    text: {nl: Bestelling kwijt., en: Order lost.}
    known: true
    mention: {nl: bestelling, en: order}
  - id: tracking
    text: {nl: Geen track-and-trace., en: No tracking code.}
    ask: {nl: [code], en: [code]}
    reveal: {nl: Ik kreeg geen code., en: I got no code.}
    mention: {nl: code, en: code}
start: open
nodes:
  - id: open
    say: {nl: "Waar is mijn pakket?", en: "Where is my parcel?"}
    model: {nl: "Sorry. Ik bel u om drie uur. Schikt dat?", en: "Sorry. I'll call you at three. Does that suit you?"}
    next:
      - when: {all: [callback, agreement]}
        goto: done
      - when: {any: [blame]}
        goto: gone
      - goto: open
  - id: done
    end: resolved
    say: {nl: Goed., en: Fine.}
  - id: gone
    end: hung_up
    say: {nl: Dag., en: Bye.}
`

func TestMiniIsClean(t *testing.T) {
	p, probs := scenarios.LoadBytes("test.yaml", []byte(mini))
	require.Empty(t, probs)
	require.Len(t, p.Scenarios, 1)
	s := p.Scenarios[0]
	assert.Equal(t, "mini", s.ID)
	assert.Equal(t, []string{"nl", "en"}, s.Languages())
	assert.Equal(t, []string{"Waar is mijn pakket?"}, []string(s.Node("open").Say.NL))
	assert.Equal(t, "resolved", s.Node("done").End)
}

func TestBuiltinPackIsClean(t *testing.T) {
	p, probs := scenarios.LoadFS(builtin.FS(), ".", "builtin")
	require.Empty(t, probs, "%v", probs)
	assert.Equal(t, "builtin", p.ID)
	s := p.Scenario("fur-elise")
	require.NotNil(t, s)
	assert.Equal(t, 20, s.Customer.Hold.Minutes)
	assert.Equal(t, "Für Elise", s.Customer.Hold.Music)
	for _, s := range p.Scenarios {
		assert.Equal(t, []string{"nl", "en"}, s.Languages(), s.ID)
		assert.NotEmpty(t, s.Golden, "%s has golden examples", s.ID)
	}
}

// edit replaces old with new in mini (old must occur once).
func edit(t *testing.T, old, new string) string {
	t.Helper()
	require.Equal(t, 1, strings.Count(mini, old), "edit target %q", old)
	return strings.Replace(mini, old, new, 1)
}

func markedLine(src string) int {
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, "#<-") {
			return i + 1
		}
	}
	return 0
}

func TestLoaderReportsProblemsWithPositions(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"unknown field", edit(t, "mood: 60\n", "mood: 60\ncolour: red #<-\n"), `unknown field "colour" (expected one of:`},
		{"wrong type", edit(t, "mood: 60", "mood: high #<-"), `mood: found "high" (expected a whole number)`},
		{"number as text", edit(t, "  name: Ann", "  name: 42 #<-"), `customer.name: found the number 42 (expected text; put it in quotes)`},
		{"duplicate key", edit(t, "mood: 60\n", "mood: 60\nmood: 50 #<-\n"), `duplicate key "mood" (first at line 8:1`},
		{"duplicate node id", edit(t, "  - id: gone", "  - id: done #<-"), `duplicate node id "done"`},
		{"duplicate fact id", edit(t, "  - id: tracking", "  - id: order #<-"), `duplicate fact id "order"`},
		{"dangling goto", edit(t, "        goto: gone", "        goto: nowhere #<-"), `goto "nowhere": no such node`},
		{"dangling start", edit(t, "start: open", "start: opening #<-"), `start: no node "opening"`},
		{"unreachable node", mini + "  - id: orphan #<-\n    end: escalated\n    say: {nl: Nee., en: No.}\n", `node "orphan" is unreachable`},
		{"no way to an ending", edit(t, "      - goto: open", "      - when: {any: [question]}\n        goto: loop\n      - goto: open") +
			"  - id: loop #<-\n    say: {nl: \"Nou?\", en: \"Well?\"}\n    model: {nl: Sorry., en: Sorry.}\n    next:\n      - goto: loop\n", `node "loop" cannot reach an ending`},
		{"missing translation", edit(t, "title: {nl: Mini, en: Mini}", "title: {nl: Mini} #<-"), `title: missing the en translation`},
		{"empty translation", edit(t, "briefing: {nl: Kort., en: Short.}", "briefing: {nl: Kort., en: \"\"} #<-"), `briefing: missing the en translation`},
		{"missing model", edit(t, `    model: {nl: "Sorry. Ik bel u om drie uur. Schikt dat?", en: "Sorry. I'll call you at three. Does that suit you?"}`+"\n", ""), `node "open" has no model answer`},
		{"weight out of range", edit(t, "mood: 60\n", "mood: 60\nweights: {blame: -500} #<-\n"), `weights.blame: -500 is out of range (expected -100 to 100)`},
		{"unknown criterion", edit(t, "mood: 60\n", "mood: 60\nweights: {kindness: 5} #<-\n"), `unknown criterion "kindness"`},
		{"mood out of range", edit(t, "mood: 60", "mood: 160 #<-"), `mood: 160 is out of range (expected 0 to 100)`},
		{"difficulty out of range", edit(t, "difficulty: 2", "difficulty: 9 #<-"), `difficulty: 9 is out of range (expected 1 to 5)`},
		{"missing required field", edit(t, "start: open\n", ""), `missing required field "start"`},
		{"resolution without a plan", edit(t, "      - when: {all: [callback, agreement]}\n        goto: done", "      - when: {all: [agreement]}\n        goto: done #<-"), `resolves without a plan`},
		{"unknown fact", edit(t, "      - when: {any: [blame]}", "      - when: {any: [blame], known: [parcel]} #<-"), `known "parcel": no such fact`},
		{"asked a known fact", edit(t, "      - when: {any: [blame]}", "      - when: {any: [blame], asked: [order]} #<-"), `asked "order", but that fact is known from the start`},
		{"last transition has a condition", edit(t, "      - goto: open", "      - when: {any: [question]} #<-\n        goto: open"), `the last transition has a condition`},
		{"bad ending", edit(t, "    end: hung_up", "    end: hangs_up #<-"), `unknown ending "hangs_up" (did you mean "hung_up"?)`},
		{"bad id", edit(t, "id: mini", "id: Mini Scenario #<-"), `"Mini Scenario" is not a valid id`},
		{"phrase that never matches", edit(t, "    ask: {nl: [code], en: [code]}", "    ask: {nl: [code], en: [\"?!\"]} #<-"), `facts.tracking.ask.en: "?!": no word the scorer reads`},
		{"fact without ask", edit(t, "    ask: {nl: [code], en: [code]}\n", ""), `fact "tracking" is not known and lacks ask or reveal`},
		{"golden with a bad label", mini + "golden:\n  - lang: nl\n    text: Sorry.\n    labels: {sorry: true} #<-\n", `unknown criterion "sorry"`},
		{"golden in a missing language", edit(t, "id: mini\n", "id: mini\nlangs: [nl]\n") + "golden:\n  - lang: en #<-\n    text: Sorry.\n    labels: {apology: true}\n", `golden: lang en is not one of the scenario's langs`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, probs := scenarios.LoadBytes("test.yaml", []byte(tc.src))
			require.NotEmpty(t, probs, "the loader must reject this")
			var hit *scenarios.Problem
			for i, p := range probs {
				if strings.Contains(p.Message, tc.want) {
					hit = &probs[i]
					break
				}
			}
			require.NotNil(t, hit, "want %q among:\n%s", tc.want, probs.Error())
			assert.Equal(t, "test.yaml", hit.File)
			if line := markedLine(tc.src); line > 0 {
				assert.Equal(t, line, hit.Line, hit.String())
			}
			assert.Positive(t, hit.Col, hit.String())
			assert.Regexp(t, `^test\.yaml:\d+:\d+: .+\(.+\)`, hit.String(), "file:line:col: what (expected)")
		})
	}
}

func TestLoaderReportsEveryProblem(t *testing.T) {
	src := edit(t, "mood: 60", "mood: high\ncolour: red\ndifficulty: 3")
	src = strings.Replace(src, "goto: gone", "goto: nowhere", 1)
	_, probs := scenarios.LoadBytes("test.yaml", []byte(src))
	msgs := probs.Error()
	assert.Contains(t, msgs, "mood: found")
	assert.Contains(t, msgs, `unknown field "colour"`)
	assert.Contains(t, msgs, `duplicate key "difficulty"`)
	assert.Contains(t, msgs, `goto "nowhere"`)
}

func billionLaughs() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [", i, i)
		for j := 0; j < 9; j++ {
			if j > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func TestHostileFiles(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"empty", "", "file is empty"},
		{"only comments", "# nothing here\n\n", "file is empty"},
		{"null document", "~\n", "file is empty"},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00", "test.yaml:1:8: NUL byte"},
		{"not UTF-8", "id: caf\xe9\n", "test.yaml:1:8: invalid UTF-8"},
		{"tabs", "id: mini\n\tmood: 3\n", "test.yaml:2:1: tab in indentation"},
		{"list at the root", "- a\n- b\n", "holds a list at the top"},
		{"scalar at the root", "hello\n", `holds "hello" at the top`},
		{"syntax error", "id: [unclosed\n", "test.yaml:1:5: this '[' is not closed on this line"},
		{"two documents", "id: a\n---\nid: b\n", "a second YAML document"},
		{"alias bomb", billionLaughs(), "YAML anchor &a0"},
		{"alias", "id: &x mini\nstart: *x\n", "YAML alias *x"},
		{"deep nesting", "id: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n", ""},
		{"deep block nesting", deepBlock(200), "nested more than 32 levels"},
		{"too large", "id: x\nbriefing: \"" + strings.Repeat("x", scenarios.MaxFileSize) + "\"\n", "expected at most 1048576"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, probs := scenarios.LoadBytes("test.yaml", []byte(tc.src))
			require.NotEmpty(t, probs)
			assert.Nil(t, p)
			assert.Contains(t, probs.Error(), tc.want)
		})
	}
}

// TestHugeGraphLoads checks a scenario of many nodes (near the size
// cap) is checked in linear time: a quadratic check would hang here.
func TestHugeGraphLoads(t *testing.T) {
	var b strings.Builder
	b.WriteString(strings.Split(mini, "start: open\n")[0])
	b.WriteString("start: n0\nnodes:\n")
	const n = 6000
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "  - id: n%d\n    say: {nl: a, en: a}\n    model: {nl: m, en: m}\n    next:\n      - when: {plan: true}\n        goto: done\n      - goto: n%d\n", i, i+1)
	}
	fmt.Fprintf(&b, "  - id: n%d\n    end: hung_up\n    say: {nl: x, en: x}\n  - id: done\n    end: resolved\n    say: {nl: x, en: x}\n", n)
	require.Less(t, b.Len(), scenarios.MaxFileSize)
	p, probs := scenarios.LoadBytes("huge.yaml", []byte(b.String()))
	require.Empty(t, probs)
	assert.Len(t, p.Scenarios[0].Nodes, n+2)
}

func deepBlock(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "v\n")
	return b.String()
}

// writePack writes a pack of n scenario files to dir, cycling through
// the built-in scenarios (each copy with its own id).
func writePack(t testing.TB, dir string, n int) {
	t.Helper()
	var sources [][]byte
	entries, err := os.ReadDir("builtin")
	require.NoError(t, err)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".yaml") && e.Name() != scenarios.PackFile {
			data, err := os.ReadFile(filepath.Join("builtin", e.Name()))
			require.NoError(t, err)
			sources = append(sources, data)
		}
	}
	require.NotEmpty(t, sources)
	pack, err := os.ReadFile(filepath.Join("builtin", "pack.yaml"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "pack.yaml"), pack, 0o644))
	for i := 0; i < n; i++ {
		src := string(sources[i%len(sources)])
		id := regexp.MustCompile(`(?m)^id: .*$`).FindString(src)
		src = strings.Replace(src, id, fmt.Sprintf("id: s%04d", i), 1)
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%04d.yaml", i)), []byte(src), 0o644))
	}
}

func TestLoadFolder(t *testing.T) {
	dir := t.TempDir()
	writePack(t, dir, 3)
	p, probs := scenarios.Load(dir)
	require.Empty(t, probs)
	require.Len(t, p.Scenarios, 3)
	assert.Equal(t, "s0002", p.Scenarios[2].ID)
	assert.Equal(t, filepath.Join(dir, "s0002.yaml"), p.Scenarios[2].File)

	// Two files with the same id.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "s9999.yaml"), []byte(strings.Replace(mini, "id: mini", "id: s0001", 1)), 0o644))
	_, probs = scenarios.Load(dir)
	assert.Contains(t, probs.Error(), `s9999.yaml:1:5: duplicate scenario id "s0001" (first in`)
}

func TestLoadFolderWithoutPackFile(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "mini.yaml"), []byte(mini), 0o644))
	_, probs := scenarios.Load(dir)
	assert.Contains(t, probs.Error(), "pack.yaml: missing")
}

func TestLoadMissingPath(t *testing.T) {
	_, probs := scenarios.Load(filepath.Join(t.TempDir(), "nope"))
	require.Len(t, probs, 1)
	assert.Contains(t, probs[0].Message, "cannot read")
}

func TestOneFilePack(t *testing.T) {
	var b strings.Builder
	b.WriteString("id: one\ntitle: {nl: Een, en: One}\nauthor: Test\nversion: \"1\"\nscenarios:\n")
	for _, l := range strings.Split(strings.TrimRight(mini, "\n"), "\n") {
		if strings.HasPrefix(l, "id: ") {
			b.WriteString("  - " + l + "\n")
			continue
		}
		b.WriteString("    " + l + "\n")
	}
	p, probs := scenarios.LoadBytes("one.yaml", []byte(b.String()))
	require.Empty(t, probs, probs.Error())
	assert.Equal(t, "one", p.ID)
	require.Len(t, p.Scenarios, 1)
	assert.Equal(t, "one.yaml", p.Scenarios[0].File)
}

func BenchmarkLoad1000(b *testing.B) {
	dir := b.TempDir()
	writePack(b, dir, 1000)
	b.ResetTimer()
	for b.Loop() {
		p, probs := scenarios.Load(dir)
		if len(probs) > 0 || len(p.Scenarios) != 1000 {
			b.Fatalf("%d problems, %d scenarios", len(probs), len(p.Scenarios))
		}
	}
}

// TestDocExampleIsClean loads the complete example of
// docs/scenario-format.md, so the documentation stays correct.
func TestDocExampleIsClean(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "scenario-format.md"))
	require.NoError(t, err)
	_, rest, ok := strings.Cut(string(doc), "## Complete example")
	require.True(t, ok)
	_, rest, ok = strings.Cut(rest, "```yaml\n")
	require.True(t, ok)
	src, _, ok := strings.Cut(rest, "```")
	require.True(t, ok)
	p, probs := scenarios.LoadBytes("scenario-format.md", []byte(src))
	require.Empty(t, probs, probs.Error())
	s := p.Scenarios[0]
	assert.Equal(t, "late-refund", s.ID)
	assert.Equal(t, []string{"PostNL"}, s.Vocabulary.Suppliers)
	assert.NotNil(t, s.BreakingPoint())
}

// labelAll is a scorer that finds every criterion in every reply.
type labelAll struct{}

func (labelAll) ScoreTurn(t scoring.Turn) scoring.Result {
	lang := t.Lang
	var l scoring.Labels
	for _, c := range scoring.Criteria() {
		l.Set(c, true)
	}
	return scoring.Result{Lang: lang, Criteria: l, BlameKind: scoring.BlameWebsite}
}

func TestCheckGoldenReportsScorerDisagreement(t *testing.T) {
	src := mini + "golden:\n  - lang: nl\n    text: Het spijt me.\n    labels: {apology: false, blame: true}\n    blame_kind: contract\n"
	p, probs := scenarios.LoadBytes("g.yaml", []byte(src))
	require.Empty(t, probs)
	got := scenarios.CheckGolden(p, func(scoring.Vocabulary) scenarios.LabelScorer { return labelAll{} }).Error()
	assert.NotContains(t, got, "says blame: true")
	assert.Contains(t, got, "g.yaml:37:5: golden \"Het spijt me.\": the scorer says apology: true (expected apology: false)")
	assert.Contains(t, got, "the scorer says blame_kind website (expected contract)")
	assert.Contains(t, got, "node open: the nl model answer is labelled blame by the scorer")
	assert.Contains(t, got, "node open: the en model answer is labelled overpromise by the scorer")
}

// TestPackLanguageFile: a pack's language.txt adds its own words to the
// scorer of its scenarios only, and its mistakes are reported by
// file:line like any other problem.
func TestPackLanguageFile(t *testing.T) {
	dir := t.TempDir()
	writePack(t, dir, 1)
	reply := "Het pakket is kwijtgemaakt, dat lag aan vlotpost." // lower case: no name without the pack
	p, probs := scenarios.Load(dir)
	require.Empty(t, probs)
	assert.False(t, scoring.New(p.Scenarios[0].Vocabulary.Scoring()).Score(reply, scoring.NL).Criteria.Blame)

	require.NoError(t, os.WriteFile(filepath.Join(dir, scenarios.LanguageFile), []byte("# our courier\nset supplier: Vlotpost\n"), 0o644))
	p, probs = scenarios.Load(dir)
	require.Empty(t, probs)
	res := scoring.New(p.Scenarios[0].Vocabulary.Scoring()).Score(reply, scoring.NL)
	assert.True(t, res.Criteria.Blame)
	assert.Equal(t, scoring.BlameSupplier, res.BlameKind)

	require.NoError(t, os.WriteFile(filepath.Join(dir, scenarios.LanguageFile), []byte("set supplier: Vlotpost\nrule pack.x blame: ~2 kapot\n"), 0o644))
	_, probs = scenarios.Load(dir)
	require.NotEmpty(t, probs)
	assert.Contains(t, probs.Error(), filepath.Join(dir, "language.txt")+":2:1: rule pack.x: pattern")
}
