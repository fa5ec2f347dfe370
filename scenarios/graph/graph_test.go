package graph_test

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
	"kalm/scenarios/graph"
	"kalm/scenarios/starter"
)

var writeSVG = flag.String("svg", "", "write the 20-node test graph to this SVG file, to look at")

// head is the part of a test scenario before its nodes.
const head = `id: %s
difficulty: 3
title: {nl: Verhuizing, en: The move}
briefing: {nl: Een klant verhuist., en: A customer is moving house.}
customer: {name: Lotte Smit, persona: {nl: Gehaast., en: In a hurry.}}
mood: 60
facts:
  - id: new-address
    text: {nl: Ze verhuist vrijdag., en: She moves on Friday.}
    known: true
    mention: {nl: [vrijdag], en: [friday]}
start: opening
nodes:
`

// node writes one conversation node with its transitions.
func node(b *strings.Builder, id string, next ...string) {
	fmt.Fprintf(b, "  - id: %s\n    say: {nl: \"Zeg het maar, %s.\", en: \"Go on then, %s.\"}\n", id, id, id)
	fmt.Fprintf(b, "    model: {nl: \"Wat vervelend, dat begrijp ik.\", en: \"How annoying, I understand.\"}\n    next:\n")
	for _, t := range next {
		b.WriteString(t)
	}
}

func when(cond, target string) string {
	return fmt.Sprintf("      - when: {%s}\n        goto: %s\n", cond, target)
}

func otherwise(target string, mood int) string {
	return fmt.Sprintf("      - mood: %d\n        goto: %s\n", mood, target)
}

// twentyNodes is a scenario of 17 conversation nodes and 3 endings,
// with the usual global moves (blame hangs up, overpromise raises
// doubt) on every node.
func twentyNodes() string {
	var b strings.Builder
	fmt.Fprintf(&b, head, "the-move")
	common := when("any: [blame], mood_min: 90", "hung-up") + when("any: [overpromise]", "doubtful")
	chain := [][3]string{
		{"opening", "heard", "ignored"},
		{"ignored", "heard", "brushed-off"},
		{"brushed-off", "heard", "ignored"},
		{"doubtful", "heard", "details"},
		{"heard", "details", "summarised"},
		{"details", "old-address", "moving-date"},
		{"old-address", "meter-reading", "summarised"},
		{"moving-date", "meter-reading", "new-contract"},
		{"meter-reading", "summarised", "new-contract"},
		{"new-contract", "price-question", "summarised"},
		{"price-question", "discount-asked", "summarised"},
		{"discount-asked", "summarised", "manager-threat"},
		{"manager-threat", "summarised", "heard"},
		{"summarised", "confirm", "wrap-up"},
		{"confirm", "wrap-up", "summarised"},
	}
	for _, c := range chain {
		node(&b, c[0], common,
			when("any: [empathy, apology]", c[1]),
			when("any: [question]", c[2]),
			when("all: [callback, agreement], plan: true", "resolved"),
			when("turns_min: 8", "escalated"),
			otherwise(c[0], 5))
	}
	node(&b, "wrap-up", common, when("all: [callback], plan: true", "resolved"), otherwise("confirm", 0))
	node(&b, "spare", otherwise("wrap-up", 0))
	b.WriteString("  - id: resolved\n    end: resolved\n    say: {nl: Goed., en: Fine.}\n")
	b.WriteString("  - id: hung-up\n    end: hung_up\n    say: {nl: Dag., en: Bye.}\n")
	b.WriteString("  - id: escalated\n    end: escalated\n    say: {nl: Uw baas!, en: Your manager!}\n")
	return b.String()
}

// load loads a test scenario; want says which problems it must have.
func load(t *testing.T, src string, want ...string) *scenarios.Scenario {
	t.Helper()
	p, probs := scenarios.LoadBytes("test.yaml", []byte(src))
	require.NotNil(t, p, probs.Error())
	require.Len(t, probs, len(want), probs.Error())
	for i, w := range want {
		assert.Contains(t, probs[i].Message, w)
	}
	return p.Scenarios[0]
}

func TestBuildModel(t *testing.T) {
	s := load(t, twentyNodes(), `node "spare" is unreachable`)
	g := graph.Build(s, "en")
	assert.Equal(t, "the-move", g.Scenario)
	assert.Equal(t, "The move", g.Title)
	require.Len(t, g.Nodes, 20)

	open := g.Node("opening")
	require.NotNil(t, open)
	assert.True(t, open.Start)
	assert.Equal(t, "Go on then, opening.", open.Say)
	assert.True(t, g.Node("hung-up").Breaking, "the first hung_up ending is the breaking point")
	assert.True(t, g.Node("spare").Unreachable)
	assert.False(t, g.Node("wrap-up").Unreachable)

	var fromOpening []graph.Edge
	for _, e := range g.Edges {
		if e.From == "opening" {
			fromOpening = append(fromOpening, e)
		}
	}
	require.Len(t, fromOpening, 7)
	assert.Equal(t, graph.Edge{From: "opening", To: "hung-up", Index: 1, Cond: "any: blame; mood ≥ 90"}, fromOpening[0])
	assert.Equal(t, "5. all: callback, agreement; plan", fromOpening[4].Label())
	assert.Equal(t, "7. otherwise\nmood +5", fromOpening[6].Label())
}

func TestBuildMarksDrafts(t *testing.T) {
	var b strings.Builder
	fmt.Fprintf(&b, head, "draft")
	node(&b, "opening", when("any: [empathy]", "listening"), when("all: [callback], plan: true", "done"), otherwise("opening", 0))
	node(&b, "listening", when("any: [question]", "nowhere"), otherwise("loop", 0))
	node(&b, "loop", otherwise("loop", 0))
	node(&b, "forgotten", otherwise("loop", 0))
	b.WriteString("  - id: done\n    end: resolved\n    say: {nl: Goed., en: Fine.}\n")
	s := load(t, b.String(), "no hung_up or escalated ending", `node "listening" cannot reach an ending`,
		`goto "nowhere": no such node`, `node "loop" cannot reach an ending`, `node "forgotten" is unreachable`)

	g := graph.Build(s, "nl")
	cases := []struct {
		id                                   string
		unreachable, deadEnd, missing, start bool
		say                                  string
	}{
		{id: "opening", start: true, say: "Zeg het maar, opening."},
		{id: "listening", deadEnd: true, say: "Zeg het maar, listening."},
		{id: "loop", deadEnd: true, say: "Zeg het maar, loop."},
		{id: "forgotten", unreachable: true, say: "Zeg het maar, forgotten."},
		{id: "done", say: "Goed."},
		{id: "nowhere", missing: true},
	}
	require.Len(t, g.Nodes, len(cases))
	for _, tc := range cases {
		t.Run(tc.id, func(t *testing.T) {
			n := g.Node(tc.id)
			require.NotNil(t, n)
			assert.Equal(t, tc.unreachable, n.Unreachable, "unreachable")
			assert.Equal(t, tc.deadEnd, n.DeadEnd, "dead end")
			assert.Equal(t, tc.missing, n.Missing, "missing")
			assert.Equal(t, tc.start, n.Start, "start")
			assert.Equal(t, tc.say, n.Say)
		})
	}
}

func TestCondText(t *testing.T) {
	five, sixty := 5, 60
	cases := []struct {
		name string
		cond *scenarios.Cond
		want string
	}{
		{"none", nil, "otherwise"},
		{"criteria", &scenarios.Cond{All: []string{"callback", "agreement"}, None: []string{"blame"}}, "all: callback, agreement; none: blame"},
		{"mood window", &scenarios.Cond{MoodMin: &five, MoodMax: &sixty}, "mood ≥ 5; mood ≤ 60"},
		{"turns and facts", &scenarios.Cond{TurnsMin: 3, Asked: []string{"receipt"}, Known: []string{"order"}}, "reply ≥ 3; asked: receipt; known: order"},
		{"mentions and plan", &scenarios.Cond{MentionsMin: 2, Plan: true}, "mentions ≥ 2; plan"},
		{"empty", &scenarios.Cond{}, "always"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, graph.CondText(tc.cond))
		})
	}
}

// elements parses an SVG and returns its text and the ids of its
// elements; a parse error fails the test.
func elements(t *testing.T, svg []byte) (texts []string, ids []string) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "the SVG is well-formed XML")
		switch v := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				assert.Equal(t, "svg", v.Name.Local)
				assert.Equal(t, "http://www.w3.org/2000/svg", v.Name.Space)
			}
			depth++
			for _, a := range v.Attr {
				if a.Name.Local == "id" {
					ids = append(ids, a.Value)
				}
			}
		case xml.EndElement:
			depth--
		case xml.CharData:
			if s := strings.TrimSpace(string(v)); s != "" {
				texts = append(texts, s)
			}
		}
	}
	assert.Zero(t, depth, "every element is closed")
	return texts, ids
}

func TestSVGIsWellFormedAndNamesEveryNode(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want []string
	}{
		{"twenty nodes", twentyNodes(), []string{`node "spare" is unreachable`}},
		{"texts that need escaping", strings.Replace(twentyNodes(), "title: {nl: Verhuizing, en: The move}", `title: {nl: "<Verhuizing> & co", en: "\"Moving\" <fast> & 'now'"}`, 1),
			[]string{`node "spare" is unreachable`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := load(t, tc.src, tc.want...)
			g := graph.Build(s, "en")
			var out bytes.Buffer
			require.NoError(t, g.SVG(&out))
			texts, ids := elements(t, out.Bytes())
			for _, n := range g.Nodes {
				assert.Contains(t, texts, n.ID, "the node's id is drawn")
				assert.Contains(t, ids, "node-"+n.ID)
			}
			assert.Contains(t, texts, "1. any: blame; mood ≥ 90", "transitions are labelled")
			assert.Contains(t, texts, "5. all: callback, agreement; plan")
			assert.Contains(t, texts, "7. otherwise · mood +5", "with their mood change")
			assert.Contains(t, texts, "✗ unreachable")
			assert.Contains(t, texts, s.Title.Get("en"))
			if *writeSVG != "" && tc.name == "twenty nodes" {
				require.NoError(t, os.WriteFile(*writeSVG, out.Bytes(), 0o644))
			}
		})
	}
}

func TestDOT(t *testing.T) {
	var b strings.Builder
	fmt.Fprintf(&b, head, "small")
	node(&b, "opening", when("any: [blame]", "gone"), when("all: [callback], plan: true", "done"), otherwise("opening", 5))
	b.WriteString("  - id: done\n    end: resolved\n    say: {nl: Goed., en: \"Fine, \\\"thanks\\\".\"}\n")
	b.WriteString("  - id: gone\n    end: hung_up\n    say: {nl: Dag., en: Bye.}\n")
	s := load(t, b.String())
	var out bytes.Buffer
	require.NoError(t, graph.Build(s, "en").DOT(&out))
	dot := out.String()
	for _, want := range []string{
		`digraph "small" {`,
		`"opening" -> "gone" [label="1. any: blame", color="#c62828", fontcolor="#c62828"];`,
		`"opening" -> "done" [label="2. all: callback; plan", color="#2e7d32"`,
		`"opening" -> "opening" [label="3. otherwise\nmood +5"`,
		`"done" [label="done\nending: resolved\n“Fine, \"thanks\".”"`,
		`{ rank=sink; "done"; "gone"; }`,
	} {
		assert.Contains(t, dot, want)
	}
	assert.True(t, strings.HasSuffix(dot, "}\n"))
}

var update = flag.Bool("update", false, "rewrite docs/screenshots/graph-first-call.svg from the code")

// docGraph is the starter pack's graph shown in docs/authoring.md.
const docGraph = "../../docs/screenshots/graph-first-call.svg"

// TestDocGraphIsCurrent keeps the picture in the tutorial in step with
// the starter pack and the renderer.
func TestDocGraphIsCurrent(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "team-noord")
	_, err := starter.WritePack(dir, starter.Options{})
	require.NoError(t, err)
	p, probs := scenarios.Load(dir)
	require.Empty(t, probs)
	var out bytes.Buffer
	require.NoError(t, graph.Build(p.Scenario(starter.FirstScenario), "en").SVG(&out))
	if *update {
		require.NoError(t, os.WriteFile(docGraph, out.Bytes(), 0o644))
	}
	got, err := os.ReadFile(docGraph)
	require.NoError(t, err)
	assert.Equal(t, out.String(), string(got), "run: go test ./scenarios/graph -run TestDocGraph -args -update")
}
