package main

import (
	"encoding/json"
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonInputCases are input lines for decodeInput: the usual shapes, and
// the ones its fast path must leave to json.Unmarshal.
var jsonInputCases = []string{
	`{"id":"a1","text":"Sorry voor het wachten.","lang":"nl"}`,
	`{"id": 7, "text": "hi", "lang": ""}`,
	` { "text" : "hi" } `,
	"{\t\"text\":\"hi\"\r}",
	`{"id":-1.5e+3,"text":"x"}`,
	`{"id":0,"text":"x"}`,
	`{"id":01,"text":"x"}`,
	`{"id":1.,"text":"x"}`,
	`{"id":-,"text":"x"}`,
	`{"id":1e,"text":"x"}`,
	`{"id":"a\"b","text":"x"}`,
	`{"id":"a\u00e9","text":"x"}`,
	`{"id":null,"text":"x"}`,
	`{"id":true,"text":"x"}`,
	`{"id":{"a":1},"text":"x"}`,
	`{"id":["a"],"text":"x"}`,
	`{"text":"x","text":"y"}`,
	`{"text":"x","text":null}`,
	`{"text":null}`,
	`{"text":5}`,
	`{"text":"x","lang":null}`,
	`{"text":"x","lang":5}`,
	`{"lang":"en","lang":"nl","text":"x"}`,
	`{"id":1,"id":2,"text":"x"}`,
	`{"ID":1,"Text":"x","LANG":"en"}`,
	`{"Id":1,"text":"x"}`,
	`{"tExt":"x"}`,
	`{"text":"she said \"no\"\nthen left"}`,
	`{"text":"tab\there"}`,
	"{\"text\":\"raw\ttab\"}",
	"{\"text\":\"raw\x01ctl\"}",
	`{"text":"\ud83d\ude0a \ud83d bad surrogate"}`,
	`{"text":"\ude0a\ud83d reversed, \ud83d\u0041 high then A, \ud83d\ud83d\ude0a, end \ud83d"}`,
	`{"text":"\u00e9\u00C9 \/ \\ \" \b\f\n\r\t \u0000 \u2028 \uFFFD \uffff","lang":"n\u006c"}`,
	`{"text":"\u12"}`,
	`{"text":"\u12G4"}`,
	`{"te\u0078t":"x"}`,
	"{\"text\":\"broken \xff\xfe utf8\"}",
	"{\"text\":\"ok\",\"context\":\"broken \xff\"}",
	`{"id":"c1","context":"My router is still down!","text":"Sorry to hear that.","lang":"en"}`,
	`{"text":"x","context":"a","context":"b"}`,
	`{"text":"x","context":null}`,
	`{"text":"x","context":5}`,
	`{"text":"x","Context":"upper key"}`,
	`{"text":"x","context":"line\nbreak \u00e9"}`,
	"{\"te\xffxt\":\"x\"}",
	`{"text":"<b>&amp;</b> \u2028 \u2029"}`,
	"{\"text\":\"caf\u00e9 \u2028 😊\"}",
	`{"text":"x","labels":{"empathy":false,"apology":true,"n":[1,2.5,-3e2,null,"s",{"k":[]}]},"a":{"pos":[],"blame_kind":""}}`,
	`{"text":"x","labels":{"empathy":fals}}`,
	`{"text":"x","labels":{"empathy":false,}}`,
	`{"text":"x","list":[1,2,]}`,
	`{"text":"x","list":[1 2]}`,
	`{"text":"x",}`,
	`{"text":"x"} trailing`,
	`{"text":"x"}}`,
	`{"text":"x"`,
	`{"text":"x`,
	`{"text" "x"}`,
	`{text:"x"}`,
	`{}`,
	`{ }`,
	`[]`,
	`"text"`,
	`null`,
	``,
	`{"text":"x","deep":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}`,
	`{"text":"x","u":"\u00zz"}`,
	`{"text":"x","u":"\x"}`,
	`{"text":"x","n":-0.0e-0}`,
	`{"text":"x","b":true,"f":false,"z":null}`,
	`{"text":"x","b":tru}`,
	`{"text":"x","b":nul}`,
}

// checkDecode holds decodeInput to json.Unmarshal on one line: the same
// fields, or the same error.
func checkDecode(t *testing.T, line string) {
	t.Helper()
	var want, got jsonlInput
	werr := json.Unmarshal([]byte(line), &want)
	gerr := decodeInput([]byte(line), &got)
	if werr != nil {
		require.Error(t, gerr, "%q", line)
		assert.Equal(t, werr.Error(), gerr.Error(), "%q", line)
		return
	}
	require.NoError(t, gerr, "%q", line)
	assert.Equal(t, string(want.ID), string(got.ID), "id of %q", line)
	assert.Equal(t, want.Text == nil, got.Text == nil, "text of %q", line)
	if want.Text != nil && got.Text != nil {
		assert.Equal(t, *want.Text, *got.Text, "text of %q", line)
	}
	assert.Equal(t, want.Lang, got.Lang, "lang of %q", line)
}

func TestDecodeInputAsUnmarshal(t *testing.T) {
	for _, line := range jsonInputCases {
		checkDecode(t, line)
	}
	// the fast path takes the usual lines
	for _, line := range []string{
		`{"id":"a1","text":"Sorry voor het wachten.","lang":"nl"}`,
		`{"id": 7, "text": "hi", "lang": ""}`,
		`{"text":"x","labels":{"empathy":false,"apology":true,"n":[1,2.5,-3e2,null,"s",{"k":[]}]},"a":{"pos":[],"blame_kind":""}}`,
	} {
		var in jsonlInput
		assert.True(t, decodeInputFast([]byte(line), &in), line)
	}
	assert.True(t, decodeInputFast([]byte(`{"text":"a\nb \u00e9 \ud83d\ude0a"}`), new(jsonlInput)), "escapes are read by hand")
	assert.False(t, decodeInputFast([]byte(`{"te\u0078t":"x"}`), new(jsonlInput)), "an escape in a key goes to json.Unmarshal")
}

// TestDecodeInputMutations holds decodeInput to json.Unmarshal on lines
// with bytes dropped, doubled or replaced.
func TestDecodeInputMutations(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabet := []byte("{}[]\":,\\ \tnul1e-.+0tfxé\xff\x01u")
	for n := 0; n < 20000; n++ {
		b := []byte(jsonInputCases[rng.Intn(len(jsonInputCases))])
		for k := rng.Intn(3) + 1; k > 0 && len(b) > 0; k-- {
			p := rng.Intn(len(b))
			switch rng.Intn(3) {
			case 0:
				b = append(b[:p:p], b[p+1:]...)
			case 1:
				b = append(b[:p+1:p+1], b[p:]...)
			default:
				b[p] = alphabet[rng.Intn(len(alphabet))]
			}
		}
		checkDecode(t, string(b))
	}
}

// TestAppendStringAsMarshal holds the hand-written output encoder's
// strings to encoding/json's. One known difference is kept, so that
// --jsonl output stays as it was: \b and \f are written \u0008 and
// \u000c (encoding/json writes \b and \f); both decode the same.
func TestAppendStringAsMarshal(t *testing.T) {
	for _, s := range []string{
		"", "plain", `quote " and \ backslash`, "ctl \x00\x01\x1f\x7f \b\f\n\r\t", "<b>&amp;</b>",
		"line\u2028para\u2029", "broken \xff\xfe \xc3", "café 😊", "\xed\xa0\x80 surrogate",
	} {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		got := appendString(nil, s)
		assert.Equal(t, strings.NewReplacer(`\b`, `\u0008`, `\f`, `\u000c`).Replace(string(want)), string(got), "%q", s)
		var back, wantBack string
		require.NoError(t, json.Unmarshal(got, &back))
		require.NoError(t, json.Unmarshal(want, &wantBack))
		assert.Equal(t, wantBack, back, "%q decodes as encoding/json's", s)
	}
}
