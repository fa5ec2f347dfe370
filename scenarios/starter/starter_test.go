package starter_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scenarios/starter"
)

// newPack writes a starter pack into a fresh folder and loads it.
func newPack(t *testing.T) (string, *scenarios.Pack) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "Team Noord")
	written, err := starter.WritePack(dir, starter.Options{Author: "Kim de Vries"})
	require.NoError(t, err)
	assert.Equal(t, []string{
		filepath.Join(dir, "pack.yaml"),
		filepath.Join(dir, "first-call.yaml"),
		filepath.Join(dir, starter.SchemaFile),
	}, written)
	pack, probs := scenarios.Load(dir)
	require.Empty(t, probs, probs.Error())
	return dir, pack
}

func TestNewPackPassesCheck(t *testing.T) {
	_, pack := newPack(t)
	assert.Equal(t, "team-noord", pack.ID)
	require.Len(t, pack.Scenarios, 1)
	s := pack.Scenarios[0]
	assert.Equal(t, starter.FirstScenario, s.ID)
	assert.Equal(t, []string{"nl", "en"}, s.Languages())
	assert.Empty(t, scenarios.CheckGolden(pack, nil).Error(), "the golden examples hold with the real scorer")
}

func TestNewPackCarriesTheSchema(t *testing.T) {
	dir, _ := newPack(t)
	for _, name := range []string{"pack.yaml", "first-call.yaml"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		first, _, _ := strings.Cut(string(data), "\n")
		assert.Equal(t, "# yaml-language-server: $schema=./"+starter.SchemaFile, first, name)
	}
	schema, err := os.ReadFile(filepath.Join(dir, starter.SchemaFile))
	require.NoError(t, err)
	assert.Equal(t, string(scenarios.Schema()), string(schema))

	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource(scenarios.SchemaID, doc))
	sch, err := c.Compile(scenarios.SchemaID)
	require.NoError(t, err)
	for _, name := range []string{"pack.yaml", "first-call.yaml"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		var v any
		require.NoError(t, yaml.Unmarshal(data, &v))
		b, err := json.Marshal(v)
		require.NoError(t, err)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		require.NoError(t, err)
		assert.NoError(t, sch.Validate(inst), "an editor finds %s valid", name)
	}
	pack, err := os.ReadFile(filepath.Join(dir, "pack.yaml"))
	require.NoError(t, err)
	assert.Contains(t, string(pack), `author: "Kim de Vries"`)
}

// TestNewScenarioReachesEveryEnding plays the starter to each of its
// three endings in both languages.
func TestNewScenarioReachesEveryEnding(t *testing.T) {
	_, pack := newPack(t)
	s := pack.Scenarios[0]
	cases := []struct {
		lang    string
		want    engine.Outcome
		replies []string
	}{
		{"nl", engine.Resolved, []string{
			"Wat vervelend, het spijt me echt. Waar komt het water vandaan?",
			"Ik bel u morgen om tien uur terug met een afspraak voor de monteur. Is dat goed?"}},
		{"en", engine.Resolved, []string{
			"I'm so sorry, that must be really annoying. Where is the water coming from?",
			"I'll call you back tomorrow at ten with an engineer's visit. Is that all right?"}},
		{"nl", engine.HungUp, []string{
			"Dat is de schuld van de bezorger, niet van ons.",
			"Daar kunnen wij niets aan doen, dat ligt aan de bezorger.",
			"U had het zelf moeten controleren bij de bezorging."}},
		{"en", engine.HungUp, []string{
			"That's the courier's fault, not ours.",
			"You should have checked it. The courier's fault.",
			"Not our problem, blame the courier."}},
		{"nl", engine.Escalated, []string{"Ok.", "Ja.", "Hm.", "Tja.", "Nou."}},
		{"en", engine.Escalated, []string{"Ok.", "Yes.", "Hm.", "Well.", "So."}},
	}
	reached := map[engine.Outcome]bool{}
	for _, tc := range cases {
		t.Run(tc.lang+"/"+string(tc.want), func(t *testing.T) {
			replies := make([]engine.Reply, len(tc.replies))
			for i, r := range tc.replies {
				replies[i] = engine.Reply{Text: r, ElapsedMS: 8000}
			}
			res, err := engine.Replay(s, tc.lang, replies, engine.Options{Untimed: true})
			require.NoError(t, err)
			assert.Equal(t, tc.want, res.Outcome)
			reached[res.Outcome] = true
		})
	}
	assert.Len(t, reached, 3, "resolved, hung_up and escalated")
}

func TestNewPackRefusesToOverwrite(t *testing.T) {
	dir, _ := newPack(t)
	before, err := os.ReadFile(filepath.Join(dir, "pack.yaml"))
	require.NoError(t, err)
	_, err = starter.WritePack(dir, starter.Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "is not empty (expected a new or empty folder")
	after, err := os.ReadFile(filepath.Join(dir, "pack.yaml"))
	require.NoError(t, err)
	assert.Equal(t, before, after)
}

func TestNewScenarioInAPack(t *testing.T) {
	dir, _ := newPack(t)
	p, err := starter.WriteScenario(dir, "noisy-neighbour")
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "noisy-neighbour.yaml"), p)
	pack, probs := scenarios.Load(dir)
	require.Empty(t, probs, probs.Error())
	s := pack.Scenario("noisy-neighbour")
	require.NotNil(t, s)
	assert.Equal(t, "noisy-neighbour", s.Title.Get("en"))

	require.NoError(t, os.WriteFile(filepath.Join(dir, "draft.yaml"), []byte("# to do\n"), 0o644))
	cases := []struct {
		name, dir, id, want string
	}{
		{"id already in the pack", dir, starter.FirstScenario, `the pack already has a scenario "first-call"`},
		{"file already there", dir, "draft", "draft.yaml already exists (expected a new file; Kalm does not overwrite)"},
		{"invalid id", dir, "Noisy Neighbour", `"Noisy Neighbour" is not a valid scenario id`},
		{"not a pack", t.TempDir(), "calm", "has no pack.yaml (expected a pack folder"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := starter.WriteScenario(tc.dir, tc.id)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestPackID(t *testing.T) {
	cases := []struct{ dir, want string }{
		{"mypack", "mypack"},
		{"packs/Team Noord/", "team-noord"},
		{"Klachten_2025", "klachten-2025"},
		{"--", "my-pack"},
		{"Ünïcode", "n-code"},
	}
	for _, tc := range cases {
		t.Run(tc.dir, func(t *testing.T) {
			assert.Equal(t, tc.want, starter.PackID(tc.dir))
		})
	}
}
