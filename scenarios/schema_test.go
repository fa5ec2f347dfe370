package scenarios_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"kalm/scenarios"
	"kalm/scenarios/builtin"
)

var update = flag.Bool("update", false, "rewrite docs/scenario-pack.schema.json from the code")

const schemaCopy = "../docs/scenario-pack.schema.json"

func TestSchemaCopyInDocsIsCurrent(t *testing.T) {
	if *update {
		require.NoError(t, os.WriteFile(schemaCopy, scenarios.Schema(), 0o644))
	}
	got, err := os.ReadFile(schemaCopy)
	require.NoError(t, err)
	assert.Equal(t, string(scenarios.Schema()), string(got), "run: go test ./scenarios -run TestSchemaCopy -args -update")
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(scenarios.Schema()))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource(scenarios.SchemaID, doc))
	sch, err := c.Compile(scenarios.SchemaID)
	require.NoError(t, err)
	return sch
}

// asJSON turns YAML into the value an editor validates: YAML read as
// JSON-compatible data.
func asJSON(t *testing.T, src string) any {
	t.Helper()
	var v any
	require.NoError(t, yaml.Unmarshal([]byte(src), &v))
	b, err := json.Marshal(v)
	require.NoError(t, err)
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	return out
}

func TestSchemaAndLoaderAcceptTheBuiltinPack(t *testing.T) {
	sch := compileSchema(t)
	n := 0
	err := fs.WalkDir(builtin.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		require.NoError(t, err)
		if d.IsDir() || !strings.HasSuffix(path, ".yaml") {
			return nil
		}
		data, err := fs.ReadFile(builtin.FS(), path)
		require.NoError(t, err)
		assert.NoError(t, sch.Validate(asJSON(t, string(data))), path)
		if path != scenarios.PackFile {
			_, probs := scenarios.ParseScenario(path, data)
			assert.Empty(t, probs, path)
		}
		n++
		return nil
	})
	require.NoError(t, err)
	assert.GreaterOrEqual(t, n, 2)
	assert.NoError(t, sch.Validate(asJSON(t, mini)))
}

func TestSchemaAndLoaderRejectTheSameBrokenFiles(t *testing.T) {
	sch := compileSchema(t)
	broken := map[string]string{
		"unknown field":        edit(t, "mood: 60\n", "mood: 60\ncolour: red\n"),
		"wrong type":           edit(t, "mood: 60", "mood: high"),
		"number as text":       edit(t, "  name: Ann", "  name: 42"),
		"mood out of range":    edit(t, "mood: 60", "mood: 160"),
		"difficulty too low":   edit(t, "difficulty: 2", "difficulty: 0"),
		"weight out of range":  edit(t, "mood: 60\n", "mood: 60\nweights: {blame: -500}\n"),
		"unknown criterion":    edit(t, "mood: 60\n", "mood: 60\nweights: {kindness: 5}\n"),
		"criterion in when":    edit(t, "{any: [blame]}", "{any: [rudeness]}"),
		"bad ending":           edit(t, "    end: hung_up", "    end: hangs_up"),
		"bad id":               edit(t, "id: mini", "id: Mini Scenario"),
		"missing start":        edit(t, "start: open\n", ""),
		"missing goto":         edit(t, "      - goto: open", "      - mood: 5"),
		"text is a list":       edit(t, "title: {nl: Mini, en: Mini}", "title: [Mini]"),
		"unknown key in text":  edit(t, "title: {nl: Mini, en: Mini}", "title: {nl: Mini, en: Mini, fr: Mini}"),
		"fact with bad field":  edit(t, "    known: true\n", "    known: yes please\n"),
		"golden without text":  mini + "golden:\n  - lang: nl\n    labels: {apology: true}\n",
		"golden bad language":  mini + "golden:\n  - lang: fr\n    text: Pardon.\n    labels: {apology: true}\n",
		"golden bad blame":     mini + "golden:\n  - lang: nl\n    text: Tja.\n    labels: {blame: true}\n    blame_kind: weather\n",
		"list at the root":     "- id: mini\n",
		"pack without version": "id: p\ntitle: {nl: P, en: P}\nauthor: A\n",
	}
	for name, src := range broken {
		t.Run(name, func(t *testing.T) {
			_, probs := scenarios.LoadBytes("broken.yaml", []byte(src))
			assert.NotEmpty(t, probs, "the loader must reject it")
			assert.Error(t, sch.Validate(asJSON(t, src)), "the schema must reject it")
		})
	}
}

func TestSchemaIsValidJSON(t *testing.T) {
	var v map[string]any
	require.NoError(t, json.Unmarshal(scenarios.Schema(), &v))
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", v["$schema"])
	_, err := os.Stat(filepath.Clean(schemaCopy))
	assert.NoError(t, err)
}
