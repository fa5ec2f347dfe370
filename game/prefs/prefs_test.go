package prefs

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
)

func TestSettingsLastBetweenRuns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kalm", "settings.json")
	f, p, err := Open(path)
	require.NoError(t, err, "no file yet: the defaults")
	assert.Equal(t, flow.Prefs{}, p)

	require.NoError(t, f.Save(flow.Prefs{Muted: true, Volume: 50}), "the folder is made")
	_, p, err = Open(path)
	require.NoError(t, err)
	assert.Equal(t, flow.Prefs{Muted: true, Volume: 50}, p, "the next run starts muted, at half volume")

	require.NoError(t, f.Save(flow.Prefs{Muted: false}))
	_, p, err = Open(path)
	require.NoError(t, err)
	assert.False(t, p.Muted)
	_, err = os.Stat(path + ".tmp")
	assert.ErrorIs(t, err, os.ErrNotExist, "no temporary file left")
}

func TestDamagedSettingsGiveTheDefaults(t *testing.T) {
	tests := []struct {
		name, content string
		wantErr       bool
		want          flow.Prefs
	}{
		{"damaged", "{", true, flow.Prefs{}},
		{"muted", `{"muted": true}`, false, flow.Prefs{Muted: true}},
		{"with a volume", `{"muted": false, "volume": 75}`, false, flow.Prefs{Volume: 75}},
		{"unknown fields are left alone", `{"muted": true, "colour": "blue"}`, false, flow.Prefs{Muted: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "settings.json")
			require.NoError(t, os.WriteFile(path, []byte(tc.content), 0o644))
			f, p, err := Open(path)
			assert.Equal(t, tc.wantErr, err != nil, "%v", err)
			assert.Equal(t, tc.want, p)
			require.NotNil(t, f)
			require.NoError(t, f.Save(flow.Prefs{Muted: true}), "the next save mends the file")
			_, p, err = Open(path)
			require.NoError(t, err)
			assert.Equal(t, flow.Prefs{Muted: true}, p)
		})
	}
}
