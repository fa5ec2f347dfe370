package scoring

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// casesFile holds every case table as labelled replies in the
// evaluation format, for tools outside this package: kalm-train's
// --guard keeps no learned weights that break a settled case, and
// `kalm eval scoring/testdata/cases.jsonl` scores them all.
var casesFile = filepath.Join("testdata", "cases.jsonl")

// renderCases writes the case tables as JSON lines: id (the case's
// name), lang, text and labels.
func renderCases(t *testing.T) []byte {
	var b bytes.Buffer
	for _, tc := range allCases() {
		want, kind := mustWant(t, tc)
		labels := map[string]any{}
		for _, c := range Criteria() {
			labels[string(c)] = want.Get(c)
		}
		labels["blame_kind"] = string(kind)
		line, err := json.Marshal(struct {
			ID     string         `json:"id"`
			Lang   string         `json:"lang"`
			Text   string         `json:"text"`
			Labels map[string]any `json:"labels"`
		}{tc.name, string(tc.lang), tc.text, labels})
		require.NoError(t, err)
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// TestCaseFileMatchesTheTables: testdata/cases.jsonl is the case tables
// as they are; `go test ./scoring -run TestCaseFile -update` rewrites it.
func TestCaseFileMatchesTheTables(t *testing.T) {
	want := renderCases(t)
	if *updateVersion {
		require.NoError(t, os.WriteFile(casesFile, want, 0o644))
	}
	got, err := os.ReadFile(casesFile)
	require.NoError(t, err, "run go test ./scoring -run TestCaseFile -update")
	assert.True(t, bytes.Equal(want, got), "%s is out of date with the case tables: run go test ./scoring -run TestCaseFile -update", casesFile)
}
