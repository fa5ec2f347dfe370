package scenarios_test

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"kalm/scenarios"
	"kalm/scenarios/builtin"
)

// TestYAMLLibraryReadsAndWritesPacks: other tools read and write packs
// with yaml.v3 and the pack types. The loader's rules live in the kalm
// tag, so yaml.v3 neither panics nor loses a field, and what it writes
// loads cleanly again.
func TestYAMLLibraryReadsAndWritesPacks(t *testing.T) {
	loaded, probs := scenarios.LoadFS(builtin.FS(), ".", "builtin")
	require.Empty(t, probs)
	names, err := fs.Glob(builtin.FS(), "*.yaml")
	require.NoError(t, err)
	for _, name := range names {
		if name == scenarios.PackFile {
			continue
		}
		t.Run(name, func(t *testing.T) {
			data, err := fs.ReadFile(builtin.FS(), name)
			require.NoError(t, err)
			var s scenarios.Scenario
			require.NoError(t, yaml.Unmarshal(data, &s))
			want := loaded.Scenario(s.ID)
			require.NotNil(t, want, "yaml.v3 read the id")

			got, err := yaml.Marshal(&s)
			require.NoError(t, err)
			fromLoader, err := yaml.Marshal(want)
			require.NoError(t, err)
			assert.Equal(t, string(fromLoader), string(got), "yaml.v3 reads what the loader reads")

			again, probs := scenarios.LoadBytes(name, got)
			require.Empty(t, probs, "what yaml.v3 writes loads cleanly:\n%s", probs.Error())
			round, err := yaml.Marshal(again.Scenarios[0])
			require.NoError(t, err)
			assert.Equal(t, string(got), string(round))
		})
	}
}

func TestYAMLLibraryReadsPackParts(t *testing.T) {
	cases := []struct {
		name, src string
		check     func(t *testing.T, src string)
	}{
		{"trigger", "words: {nl: [rustig aan], en: calm down}\nmood: 15\npoints: -5\nnote: {nl: Niet doen., en: Don't.}\n",
			func(t *testing.T, src string) {
				var tr scenarios.Trigger
				require.NoError(t, yaml.Unmarshal([]byte(src), &tr))
				assert.Equal(t, scenarios.Strings{"rustig aan"}, tr.Words.NL)
				assert.Equal(t, scenarios.Strings{"calm down"}, tr.Words.EN)
				assert.Equal(t, 15, tr.Mood)
				assert.Equal(t, "Don't.", tr.Note.EN)
			}},
		{"transition", "when: {all: [callback], mood_max: 80, plan: true}\nmood: -5\ngoto: done\n",
			func(t *testing.T, src string) {
				var tr scenarios.Transition
				require.NoError(t, yaml.Unmarshal([]byte(src), &tr))
				require.NotNil(t, tr.When)
				assert.Equal(t, []string{"callback"}, tr.When.All)
				require.NotNil(t, tr.When.MoodMax)
				assert.Equal(t, 80, *tr.When.MoodMax)
				assert.True(t, tr.When.Plan)
				assert.Equal(t, "done", tr.Goto)
			}},
		{"pack", "id: team\ntitle: {nl: Team, en: Team}\nauthor: Kim\nversion: \"2\"\n",
			func(t *testing.T, src string) {
				var p scenarios.Pack
				require.NoError(t, yaml.Unmarshal([]byte(src), &p))
				assert.Equal(t, "team", p.ID)
				assert.Equal(t, "2", p.Version)
				out, err := yaml.Marshal(&p)
				require.NoError(t, err)
				assert.Equal(t, "id: team\ntitle:\n    nl: Team\n    en: Team\nauthor: Kim\nversion: \"2\"\n", string(out))
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, tc.src) })
	}
}

// TestRulesAreNotInTheYAMLTag guards the split: a loader rule in a yaml
// tag ("required", "min=1") makes yaml.v3 panic on the type.
func TestRulesAreNotInTheYAMLTag(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(ty reflect.Type) {
		for ty.Kind() == reflect.Pointer || ty.Kind() == reflect.Slice || ty.Kind() == reflect.Map {
			ty = ty.Elem()
		}
		if ty.Kind() != reflect.Struct || seen[ty] {
			return
		}
		seen[ty] = true
		for i := 0; i < ty.NumField(); i++ {
			f := ty.Field(i)
			_, options, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			for _, o := range strings.Split(options, ",") {
				assert.Contains(t, []string{"", "omitempty", "flow", "inline"}, o, "%s.%s", ty.Name(), f.Name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(scenarios.Pack{}))
	assert.Greater(t, len(seen), 10, "walked the pack types")
}
