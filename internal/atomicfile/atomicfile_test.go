package atomicfile

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteJSON(t *testing.T) {
	tests := []struct {
		name string
		rel  string
		v    map[string]int
	}{
		{"new folder", "a/b/settings.json", map[string]int{"volume": 50}},
		{"replaces a file", "results.json", map[string]int{"score": 91}},
	}
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "results.json"), []byte(`{"old":1}`), 0o644))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.rel)
			require.NoError(t, WriteJSON(path, tc.v))
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			var got map[string]int
			require.NoError(t, json.Unmarshal(data, &got))
			assert.Equal(t, tc.v, got)
			_, err = os.Stat(path + ".tmp")
			assert.True(t, os.IsNotExist(err), "no temporary file is left behind")
		})
	}
}

func TestWriteJSONReportsAnUnwritableFolder(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	assert.Error(t, WriteJSON(filepath.Join(file, "settings.json"), 1), "a file where the folder should be")
	assert.Error(t, WriteJSON(filepath.Join(dir, "x.json"), func() {}), "a value JSON cannot hold")
}
