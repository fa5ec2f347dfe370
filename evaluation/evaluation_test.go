package evaluation

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scoring"
)

func TestCounts(t *testing.T) {
	cases := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{TP: 8, FP: 2, FN: 2}, 0.8, 0.8, 0.8},
		{Counts{TP: 1, FP: 0, FN: 3}, 1, 0.25, 0.4},
		{Counts{TP: 0, FP: 0, FN: 0, TN: 5}, 1, 1, 1},
		{Counts{TP: 0, FP: 2, FN: 2}, 0, 0, 0},
	}
	for _, c := range cases {
		assert.InDelta(t, c.p, c.c.Precision(), 1e-9)
		assert.InDelta(t, c.r, c.c.Recall(), 1e-9)
		assert.InDelta(t, c.f, c.c.F1(), 1e-9)
	}
}

func TestReadAndRun(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","lang":"nl","text":"Ik snap dat u hier flink van baalt.","labels":{"empathy":true,"apology":false,"blame":false,"blame_kind":"","callback":false,"question":false,"summary":false,"overpromise":false,"agreement":false}}`,
		``,
		`{"id":"b","lang":"en","text":"That is in your contract.","labels":{"empathy":false,"apology":false,"blame":true,"blame_kind":"contract","callback":false,"question":false,"summary":false,"overpromise":false,"agreement":false}}`,
		`{"id":"c","lang":"en","text":"Okay.","labels":{"empathy":true,"apology":false,"blame":false,"blame_kind":"","callback":false,"question":false,"summary":false,"overpromise":false,"agreement":false}}`,
	}, "\n")
	ex, err := Read(strings.NewReader(in), "t.jsonl")
	require.NoError(t, err)
	require.Len(t, ex, 3)
	assert.Equal(t, scoring.BlameContract, ex[1].BlameKind)
	assert.Equal(t, 4, ex[2].Line)

	rep := Run(scoring.New(scoring.Vocabulary{}), ex)
	assert.Equal(t, 3, rep.N)
	assert.Equal(t, Counts{TP: 1, FN: 1, TN: 1}, rep.Counts[scoring.Empathy])
	assert.Equal(t, Counts{TP: 1, TN: 2}, rep.Counts[scoring.Blame])
	assert.Equal(t, 1, rep.KindRight)
	assert.Equal(t, []scoring.Criterion{scoring.Empathy}, rep.Below(0.9))
	require.Len(t, rep.Misses, 1)
	assert.Equal(t, "c", rep.Misses[0].Example.ID)

	var sb strings.Builder
	rep.WriteTable(&sb)
	assert.Contains(t, sb.String(), "blame_kind right on 1 of 1")
}

func TestReadReportsEveryBadLine(t *testing.T) {
	in := "{\"id\":\"a\"}\nnot json\n{\"id\":\"b\",\"labels\":{}}\n{broken"
	ex, err := Read(strings.NewReader(in), "bad.jsonl")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `bad.jsonl:1: missing "labels"`)
	assert.Contains(t, err.Error(), "bad.jsonl:2: malformed JSON")
	assert.Contains(t, err.Error(), "bad.jsonl:4: malformed JSON")
	assert.Len(t, ex, 1, "the good line is kept")
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(`{"id":"x","lang":"en","text":"Sorry.","labels":{"apology":true}}`+"\n"), 0o644))
	exs, err := ReadFile(path)
	require.NoError(t, err)
	require.Len(t, exs, 1)
	assert.True(t, exs[0].Labels.Apology)

	_, err = ReadFile(filepath.Join(dir, "missing.jsonl"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}
