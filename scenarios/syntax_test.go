package scenarios_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
)

// boiler is a valid scenario for the syntax-error table below; each case
// replaces one of its lines. Line numbers matter: keep them in step.
const boiler = `id: cold-radiators
difficulty: 2
title: {nl: Koude radiatoren, en: Cold radiators}
briefing:
  nl: De verwarming doet het niet sinds de monteur er was.
  en: The heating has not worked since the engineer came.
customer:
  name: Ilse Bakker
  persona: {nl: Moe en koud., en: Tired and cold.}
mood: 55
facts:
  - id: engineer
    text: {nl: De monteur kwam dinsdag., en: The engineer came on Tuesday.}
    known: true
    mention: {nl: [monteur, dinsdag], en: [engineer, tuesday]}
  - id: pressure
    text: {nl: De druk staat op nul., en: The pressure reads zero.}
    ask: {nl: [druk, meter], en: [pressure, gauge]}
    reveal:
      nl: "De meter staat op nul, ja."
      en: "The gauge says zero, yes."
    mention: {nl: [druk], en: [pressure]}
triggers:
  - words: {nl: [rustig aan], en: [calm down]}
    mood: 15
    note:
      nl: Rustig aan zeggen maakt het erger.
      en: Saying calm down makes it worse.
start: open
nodes:
  - id: open
    say: {nl: "Het is hier twaalf graden!", en: "It is twelve degrees in here!"}
    model: {nl: "Wat vervelend. Ik bel u om vier uur terug, goed?", en: "How annoying. I'll call you back at four, all right?"}
    next:
      - when: {all: [callback, agreement]}
        goto: fixed
      - when: {any: [blame]}
        goto: gone
      - goto: open
  - id: fixed
    end: resolved
    say: {nl: Goed., en: Fine.}
  - id: gone
    end: hung_up
    say: {nl: Dag., en: Bye.}
`

// withLine returns boiler with line n (1-based), which must read old,
// replaced by new.
func withLine(t *testing.T, n int, old, new string) string {
	t.Helper()
	lines := strings.Split(boiler, "\n")
	require.Equal(t, old, lines[n-1], "line %d of boiler", n)
	lines[n-1] = new
	return strings.Join(lines, "\n")
}

func TestBoilerIsClean(t *testing.T) {
	_, probs := scenarios.LoadBytes("boiler.yaml", []byte(boiler))
	require.Empty(t, probs, probs.Error())
}

// TestSyntaxErrorsPointAtTheOffendingToken pins where and how each YAML
// mistake is reported: the line and column of the token that is wrong,
// in words a trainer reads, not the parser's.
func TestSyntaxErrorsPointAtTheOffendingToken(t *testing.T) {
	cases := []struct {
		name     string
		line     int
		old, new string
		want     string // line:col: message
	}{
		{"line indented deeper than its sibling", 25, "    mood: 15", "      mood: 15",
			`25:7: this line is indented deeper than the key above it (expected column 5, like "words" on line 24)`},
		{"key indented deeper after a text", 14, "    known: true", "     known: true",
			`14:6: this line is indented deeper than the key above it (expected column 5, like "text" on line 13)`},
		{"line indented less, lining up with nothing", 25, "    mood: 15", "   mood: 15",
			`25:4: this line lines up with no key above it (expected column 5 like "words", or column 3 like "- words")`},
		{"key under a list item lined up with its dash", 25, "    mood: 15", "  mood: 15",
			`25:3: this line lines up with the '-' of the list item on line 24 (expected column 5 to belong to that item, or '- ' to start a new one)`},
		{"list item indented one too far", 16, "  - id: pressure", "   - id: pressure",
			`16:4: this line lines up with no key above it (expected column 5 like "mention", or column 3 like "- id")`},
		{"second translation less indented than the first", 21, `      en: "The gauge says zero, yes."`, `     en: "The gauge says zero, yes."`,
			`21:6: this line and "nl" on line 20 are both under "reveal" but start in different columns (expected the same column for both: 7 or 6)`},
		{"first translation deeper than the second", 5, "  nl: De verwarming doet het niet sinds de monteur er was.", "   nl: De verwarming doet het niet sinds de monteur er was.",
			`6:3: this line and "nl" on line 5 are both under "briefing" but start in different columns (expected the same column for both: 4 or 3)`},
		{"a block text whose first line is indented further", 5, "  nl: De verwarming doet het niet sinds de monteur er was.", "  nl: >-\n      De verwarming doet het niet\n    sinds de monteur er was.",
			`7:5: this line of the text under "nl" starts left of the text's first line, line 6 (expected every line of the text in the same column: 7 or 5)`},
		{"unquoted colon in a {…} text", 13, "    text: {nl: De monteur kwam dinsdag., en: The engineer came on Tuesday.}", "    text: {nl: De monteur kwam dinsdag., en: Note: the engineer came on Tuesday.}",
			`13:50: a ':' inside a text needs quotes around the text (expected "Note: the engineer came on Tuesday.")`},
		{"unquoted colon in a block text", 27, "      nl: Rustig aan zeggen maakt het erger.", "      nl: Let op: rustig aan zeggen maakt het erger.",
			`27:17: a ':' inside a text needs quotes around the text (expected "Let op: rustig aan zeggen maakt het e...")`},
		{"quote not closed", 20, `      nl: "De meter staat op nul, ja."`, `      nl: "De meter staat op nul, ja.`,
			`20:11: this text opens with " but does not close it on this line (expected a closing " at the end of the text)`},
		{"text after the closing quote", 32, `    say: {nl: "Het is hier twaalf graden!", en: "It is twelve degrees in here!"}`, `    say: {nl: "Het is hier" twaalf graden!, en: "It is twelve degrees in here!"}`,
			`32:29: the text goes on after its closing quote (expected the whole text inside the quotes; inside "…" write a quote as \", inside '…' an apostrophe as '')`},
		{"apostrophe inside single quotes", 21, `      en: "The gauge says zero, yes."`, `      en: 'It's zero'`,
			`21:15: the text goes on after its closing quote (expected the whole text inside the quotes; inside "…" write a quote as \", inside '…' an apostrophe as '')`},
		{"'[' not closed inside a {…}", 15, "    mention: {nl: [monteur, dinsdag], en: [engineer, tuesday]}", "    mention: {nl: [monteur, dinsdag, en: [engineer, tuesday]}",
			`15:19: this '[' is not closed (expected ']' before the '}')`},
		{"'{' not closed at the end of the line", 9, "  persona: {nl: Moe en koud., en: Tired and cold.}", "  persona: {nl: Moe en koud., en: Tired and cold.",
			`9:12: this '{' is not closed on this line (expected '}' at the end of the line)`},
		{"a ']' that closes nothing", 35, "      - when: {all: [callback, agreement]}", "      - when: {all: [callback, agreement]}]",
			`35:43: this ']' closes nothing (expected it only after a matching '[')`},
		{"an empty entry between commas", 18, "    ask: {nl: [druk, meter], en: [pressure, gauge]}", "    ask: {nl: [druk,, meter], en: [pressure, gauge]}",
			`18:21: an empty entry before this ',' (expected a value, or remove the extra ',')`},
		{"a name without its colon", 25, "    mood: 15", "    mood 15",
			`25:5: this line has no ':' after its name (expected "mood: 15")`},
		{"no space after a name's colon", 25, "    mood: 15", "    mood:15",
			`25:9: a ':' after a name needs a space (expected "mood: 15")`},
		{"no space after a colon, seen on the next line", 27, "      nl: Rustig aan zeggen maakt het erger.", "      nl:Rustig aan zeggen maakt het erger.",
			`27:9: a ':' after a name needs a space (expected "nl: Rustig aan zeggen maakt het erger.")`},
		{"no space after a list dash", 16, "  - id: pressure", "  -id: pressure",
			`16:3: a '-' that starts a list item needs a space after it (expected "- id: pressure")`},
		{"a text starting with '@'", 8, "  name: Ilse Bakker", "  name: @ilse",
			`8:9: a text cannot start with '@' (expected the text in quotes: "@ilse")`},
		{"a text starting with '*'", 8, "  name: Ilse Bakker", "  name: *Ilse* Bakker",
			`8:9: a text cannot start with '*' (expected the text in quotes: "*Ilse* Bakker")`},
		{"unknown escape in double quotes", 20, `      nl: "De meter staat op nul, ja."`, `      nl: "C:\meter staat op nul"`,
			`20:14: "\\m" is not an escape YAML knows inside "…" (expected \\ for a backslash, or the text in single quotes)`},
		{"a list item after a name", 29, "start: open", "start: - open",
			`29:8: a '- ' list item cannot follow a name on the same line (expected the items on the lines below, indented; or the text in quotes)`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := withLine(t, tc.line, tc.old, tc.new)
			_, probs := scenarios.LoadBytes("boiler.yaml", []byte(src))
			require.Len(t, probs, 1, probs.Error())
			assert.Equal(t, "boiler.yaml:"+tc.want, probs[0].String())
		})
	}
}

// TestDecodeProblemsNameIDs: problems inside a node or fact name it by
// its id, a typo gets a suggestion, and an unsupported language is one
// problem however many texts it has.
func TestDecodeProblemsNameIDs(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"typo in a node", withLine(t, 32, `    say: {nl: "Het is hier twaalf graden!", en: "It is twelve degrees in here!"}`, `    sya: {nl: "Het is hier twaalf graden!", en: "It is twelve degrees in here!"}`),
			[]string{`boiler.yaml:32:5: node "open": unknown field "sya" (did you mean "say"?)`}},
		{"typo in a fact", withLine(t, 14, "    known: true", "    knwon: true"),
			[]string{`boiler.yaml:12:5: fact "engineer" is not known and lacks ask or reveal (expected ask words and the customer's reveal lines, or known: true)`,
				`boiler.yaml:14:5: fact "engineer": unknown field "knwon" (did you mean "known"?)`}},
		{"wrong type in a transition", withLine(t, 36, "        goto: fixed", "        goto: fixed\n        mood: \"-5\""),
			[]string{`boiler.yaml:37:15: node "open": next[0].mood: found "-5" (expected a whole number)`}},
		{"unknown field without a near name", withLine(t, 10, "mood: 55", "colour: blue"),
			[]string{`boiler.yaml:1:1: missing required field "mood" (expected mood: in this mapping)`,
				`boiler.yaml:10:1: unknown field "colour" (expected one of: briefing, customer, difficulty, facts, golden, id, langs, max_turns, mood, nodes, reactions, silence, start, title, triggers, vocabulary, weights)`}},
		{"typo in a criterion", withLine(t, 37, "      - when: {any: [blame]}", "      - when: {any: [blaem]}"),
			[]string{`boiler.yaml:37:22: node "open": next[1].when.any[0]: unknown criterion "blaem" (did you mean "blame"?)`}},
		{"unsupported language in langs", "langs: [nl, en, de]\n" + boiler,
			[]string{`boiler.yaml:1:17: langs: unsupported language de (expected nl or en)`}},
		{"unsupported language in texts", withLine(t, 3, "title: {nl: Koude radiatoren, en: Cold radiators}", "title: {nl: Koude radiatoren, en: Cold radiators, de: Kalte Heizkörper}") + "    persona2: x\n",
			[]string{`boiler.yaml:3:51: title: unsupported language de (expected nl or en)`,
				`boiler.yaml:46:5: node "gone": unknown field "persona2" (expected one of: end, id, model, next, say)`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, probs := scenarios.LoadBytes("boiler.yaml", []byte(tc.src))
			got := strings.Split(probs.Error(), "\n")
			assert.Equal(t, tc.want, got)
		})
	}
}
