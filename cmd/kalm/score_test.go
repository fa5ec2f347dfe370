package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"kalm/scoring"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runKalm runs the command line args with stdin and returns exit code,
// stdout and stderr.
func runKalm(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(env{args: args, stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb})
	return code, out.String(), errb.String()
}

func TestScoreText(t *testing.T) {
	code, out, _ := runKalm(t, "", "score", "--lang", "nl", "Wat vervelend voor u. Ik bel u morgen om tien uur terug, schikt dat?")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "✓ empathy")
	assert.Contains(t, out, "✓ callback")
	assert.Contains(t, out, `"bel u morgen om tien uur"`)
	assert.Contains(t, out, "✓ agreement")
	assert.NotContains(t, out, "\x1b[", "no colour when stdout is not a terminal")
}

func TestScoreFlagsAfterText(t *testing.T) {
	code, out, _ := runKalm(t, "", "score", "Het spijt me.", "--lang", "nl", "--json")
	require.Equal(t, 0, code)
	var res struct {
		Lang     string          `json:"lang"`
		Criteria map[string]bool `json:"criteria"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	assert.Equal(t, "nl", res.Lang)
	assert.True(t, res.Criteria["apology"])
}

func TestScoreStdinAndHints(t *testing.T) {
	code, out, _ := runKalm(t, "Ik bel u morgen.\n", "score", "--color", "always")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "hints:")
	assert.Contains(t, out, "zonder tijdstip", "a Dutch reply gets its hint in Dutch")
	assert.Contains(t, out, "\x1b[", "--color always highlights")
	_, out, _ = runKalm(t, "", "score", "--lang", "en", "I'll call you tomorrow.")
	assert.Contains(t, out, "time of day", "--lang en: the hint in English")
}

func TestScoreErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		in   string
		code int
		msg  string
	}{
		{"empty", []string{"score"}, "  \n", 1, "no reply to score"},
		{"bad lang", []string{"score", "--lang", "fr", "hoi"}, "", 2, "unknown language"},
		{"bad color", []string{"score", "--color", "pink", "hoi"}, "", 2, "--color"},
		{"unknown flag", []string{"score", "--nope"}, "", 2, "flag provided but not defined"},
		{"jsonl with text", []string{"score", "--jsonl", "hoi"}, "", 2, "drop the TEXT"},
		{"unknown command", []string{"sing"}, "", 2, "unknown command"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := runKalm(t, c.in, c.args...)
			assert.Equal(t, c.code, code)
			assert.Contains(t, errOut, c.msg)
		})
	}
}

func TestScoreJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"Sorry voor het wachten, maar dat staat in uw contract.","lang":"nl"}`,
		`{"id":7,"text":"I'll call you back at 3 pm today. Does that work for you?"}`,
		`not json`,
		`{"id":"c"}`,
		``,
		`{"id":"d","text":"hallo","lang":"fr"}`,
		`{"id":"e","text":"Tab\there \"quoted\" <b> & \u2028"}`,
	}, "\n")
	code, out, _ := runKalm(t, in, "score", "--jsonl")
	assert.Equal(t, 1, code, "bad lines make the exit code 1")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 6, "one line per non-empty input line, in order")
	var rows []map[string]any
	for _, l := range lines {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m), l)
		rows = append(rows, m)
	}
	assert.Equal(t, "a", rows[0]["id"])
	assert.Equal(t, "contract", rows[0]["blame_kind"])
	crit := rows[0]["criteria"].(map[string]any)
	assert.Equal(t, true, crit["blame"])
	assert.Equal(t, false, crit["apology"])
	assert.Len(t, crit, 8)
	assert.Equal(t, float64(7), rows[1]["id"])
	assert.Equal(t, "en", rows[1]["lang"])
	assert.Equal(t, true, rows[1]["criteria"].(map[string]any)["callback"])
	assert.Contains(t, rows[2]["error"], "malformed JSON")
	assert.Equal(t, float64(3), rows[2]["line"])
	assert.Equal(t, "c", rows[3]["id"])
	assert.Contains(t, rows[3]["error"], `missing "text"`)
	assert.Contains(t, rows[4]["error"], "unknown language")
	assert.Equal(t, "e", rows[5]["id"], "escaped text still gives a valid line")
	for _, f := range rows[0]["findings"].([]any) {
		fm := f.(map[string]any)
		text := "Sorry voor het wachten, maar dat staat in uw contract."
		assert.Equal(t, text[int(fm["start"].(float64)):int(fm["end"].(float64))], fm["text"])
	}
}

func TestEval(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "mine.jsonl")
	lines := []string{
		`{"id":"1","lang":"nl","text":"Het spijt me echt.","labels":{"empathy":false,"apology":true,"blame":false,"blame_kind":"","callback":false,"question":false,"summary":false,"overpromise":false,"agreement":false}}`,
		`{"id":"2","lang":"en","text":"That's in your contract.","labels":{"empathy":false,"apology":false,"blame":true,"blame_kind":"contract","callback":false,"question":false,"summary":false,"overpromise":false,"agreement":false}}`,
		`{"id":"3","lang":"en","text":"Thanks for waiting.","labels":{"empathy":true,"apology":false,"blame":false,"blame_kind":"","callback":false,"question":false,"summary":false,"overpromise":false,"agreement":false}}`,
	}
	require.NoError(t, os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644))

	code, out, _ := runKalm(t, "", "eval", file, "--misses", "5")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "empathy missed (3, line 3)")
	assert.Regexp(t, `apology\s+1\s+0\s+0\s+1\.000\s+1\.000\s+1\.000`, out)
	assert.Regexp(t, `empathy\s+0\s+0\s+1\s+1\.000\s+0\.000\s+0\.000`, out)
	assert.Contains(t, out, "3 replies")

	code, _, errOut := runKalm(t, "", "eval", "--min-f1", "0.9", file)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "F1 below 0.90 on empathy")

	code, _, errOut = runKalm(t, "", "eval", filepath.Join(dir, "missing.jsonl"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "no such file")

	bad := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte(lines[0]+"\n{oops\n"), 0o644))
	code, _, errOut = runKalm(t, "", "eval", bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "bad.jsonl:2: malformed JSON")

	code, _, _ = runKalm(t, "", "eval")
	assert.Equal(t, 2, code)
}

func TestHelp(t *testing.T) {
	code, out, _ := runKalm(t, "", "help")
	assert.Equal(t, 0, code)
	for _, c := range commands() {
		assert.Contains(t, out, c.name)
	}
	code, out, _ = runKalm(t, "", "help", "score")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "--jsonl")
}

func TestScoreJSONLHostile(t *testing.T) {
	huge := strings.Repeat("Sorry, de koerier is te laat. ", 40000) // 1.2 MB
	in := strings.Join([]string{
		`{"id":"huge","text":"` + huge + `"}`,
		`{"id":"bad-utf8","text":"sorry ` + "\xff\xfe" + ` voor het wachten"}`,
		"{\"id\":\"nul\",\"text\":\"a\x00b\"}",
		`{"id":"broken","text":"half a li`,
		`{"id":"ok","text":"I'm so sorry about the wait."}`,
		`{"id":"last","text":"Sorry."}`, // no newline at the end
	}, "\n")
	code, out, _ := runKalm(t, in, "score", "--jsonl")
	assert.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 6, "every line answered, in order")
	var rows []map[string]any
	for _, l := range lines {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m), l)
		rows = append(rows, m)
	}
	assert.Equal(t, "huge", rows[0]["id"])
	assert.Equal(t, true, rows[0]["cut"], "a reply longer than the scorer reads says it was cut")
	assert.Equal(t, true, rows[0]["criteria"].(map[string]any)["blame"])
	assert.Equal(t, "bad-utf8", rows[1]["id"])
	assert.Equal(t, true, rows[1]["criteria"].(map[string]any)["apology"])
	assert.Nil(t, rows[1]["cut"])
	assert.Contains(t, rows[2]["error"], "malformed JSON")
	assert.Contains(t, rows[3]["error"], "malformed JSON")
	assert.Equal(t, "ok", rows[4]["id"])
	assert.Equal(t, "last", rows[5]["id"])
	for _, r := range []map[string]any{rows[0], rows[4]} {
		assert.Equal(t, scoring.Version, r["scorer"], "each result names the scorer that judged it")
	}
}

func TestScoreJSONLLineTooLong(t *testing.T) {
	in := `{"id":"x","text":"` + strings.Repeat("a", maxLineBytes) + "\"}\n" + `{"id":"after","text":"Sorry."}` + "\n"
	code, out, _ := runKalm(t, in, "score", "--jsonl")
	assert.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], "longer than 16 MiB")
	assert.Contains(t, lines[1], `"id":"after"`)
}

// A reply that answers a plain question with information (a cause named),
// and the question and a complaint it may answer (the embedded weights
// judge it by which: see TestScoreReadsTheCustomer).
const (
	customerReply     = "There is a signal failure at Woking causing disruption to trains through Guildford."
	customerQuestion  = "Why are all the trains at Guildford stopped?"
	customerComplaint = "I've been stuck at Guildford for an hour, this is a joke"
)

// TestScoreReadsTheCustomer: `kalm score --to` and the "context" field of
// `kalm score --jsonl` score the reply as the answer to the customer's
// message, exactly as scoring.ScoreTurn does, and the same reply can be
// judged differently as the answer to a plain question and to a complaint.
func TestScoreReadsTheCustomer(t *testing.T) {
	sc := scoring.New(scoring.Vocabulary{})
	reply := customerReply
	turns := []scoring.Turn{
		{Customer: customerQuestion, Reply: reply, Lang: scoring.EN},
		{Customer: customerComplaint, Reply: reply, Lang: scoring.EN},
		{Reply: reply, Lang: scoring.EN},
	}
	var in strings.Builder
	for i, tu := range turns {
		line, err := json.Marshal(map[string]any{"id": i, "text": tu.Reply, "lang": "en", "context": tu.Customer})
		require.NoError(t, err)
		in.Write(append(line, '\n'))
	}
	code, out, _ := runKalm(t, in.String(), "score", "--jsonl")
	require.Equal(t, 0, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, len(turns))
	for i, tu := range turns {
		want := appendResultJSON(nil, json.RawMessage(strconv.Itoa(i)), sc.ScoreTurn(tu))
		assert.Equal(t, strings.TrimSpace(string(want)), lines[i], "line %d", i)
	}
	asQuestion, asComplaint := sc.ScoreTurn(turns[0]), sc.ScoreTurn(turns[1])
	assert.NotEqual(t, asQuestion.Criteria.Blame, asComplaint.Criteria.Blame,
		"the embedded weights judge %q differently as the answer to %q and to %q; if a retrain changed that, pick another reply", reply, customerQuestion, customerComplaint)
	assert.Equal(t, sc.ScoreTurn(turns[2]).Criteria, asComplaint.Criteria, "no message reads as a complaint")

	for _, tu := range turns[:2] {
		code, out, _ := runKalm(t, "", "score", "--lang", "en", "--json", "--to", tu.Customer, reply)
		require.Equal(t, 0, code)
		var got scoring.Result
		require.NoError(t, json.Unmarshal([]byte(out), &got))
		assert.Equal(t, sc.ScoreTurn(tu).Criteria, got.Criteria, "--to %q", tu.Customer)
	}
}
