package bundle_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/bundle"
	"kalm/leaderboard/packtest"
)

func TestFromDirTakesTheFilesTheLoaderReads(t *testing.T) {
	dir := packtest.Write(t, "noord", "lekkage", "Leaking machine")
	for name, text := range map[string]string{
		"README.md":         "notes for the trainers",
		".draft.yaml":       "id: draft",
		"language.txt":      "# our words\n",
		"sub/ignored.yaml":  "id: ignored",
		"extra-scenario.md": "no",
	} {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	b, err := bundle.FromDir(dir)
	require.NoError(t, err)
	var names []string
	for n := range b.Files {
		names = append(names, n)
	}
	assert.ElementsMatch(t, []string{"pack.yaml", "lekkage.yaml", "language.txt"}, names,
		"the schema, notes, hidden files and sub-folders stay at home")

	again := filepath.Join(t.TempDir(), "copy")
	require.NoError(t, b.WriteDir(again))
	c, err := bundle.FromDir(again)
	require.NoError(t, err)
	assert.Equal(t, b.Hash(), c.Hash(), "a copy is the same version, whatever its folder, times and modes")
	pack, probs := c.Load(again)
	require.Empty(t, probs, probs.Error())
	assert.Equal(t, "noord", pack.ID)
	require.NotNil(t, pack.Scenario("lekkage"))
}

func TestFromDirErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "pack.yaml")
	require.NoError(t, os.WriteFile(file, []byte("id: x"), 0o644))
	big := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(big, "pack.yaml"), []byte("id: big"), 0o644))
	for i := range 9 {
		require.NoError(t, os.WriteFile(filepath.Join(big, strings.Repeat("s", i+1)+".yaml"), make([]byte, 1<<20), 0o644))
	}
	for _, c := range []struct {
		name, dir, says string
	}{
		{"missing", filepath.Join(t.TempDir(), "nope"), "no such file"},
		{"a file", file, "is a file"},
		{"no pack.yaml", t.TempDir(), "no pack.yaml"},
		{"too big", big, "more than"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := bundle.FromDir(c.dir)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.says)
			assert.Contains(t, err.Error(), c.dir, "the error names the folder")
		})
	}
}

// TestHashIsTheContent: the hash changes with any byte of a name or a
// file, and only with them; the encoding cannot be shifted (moving bytes
// from a name into a text is another bundle).
func TestHashIsTheContent(t *testing.T) {
	base := bundle.Bundle{Files: map[string]string{"pack.yaml": "id: p\n", "a.yaml": "id: a\n"}}
	// Pinned: a change of the canonical encoding changes every version,
	// so every game would download every pack again.
	assert.Equal(t, "kalm-pack-bundle/1\n6:a.yaml\n6:id: a\n\n9:pack.yaml\n6:id: p\n\n", string(base.Canonical()))
	assert.Equal(t, "835ffc183cea6aebf85caa396c6b16409d1ffabfaa9cfe2ddd2c09dc18ba2577", base.Hash())
	for _, c := range []struct {
		name  string
		files map[string]string
	}{
		{"one byte of a text", map[string]string{"pack.yaml": "id: p\n", "a.yaml": "id: b\n"}},
		{"a file renamed", map[string]string{"pack.yaml": "id: p\n", "b.yaml": "id: a\n"}},
		{"a file more", map[string]string{"pack.yaml": "id: p\n", "a.yaml": "id: a\n", "c.yaml": ""}},
		{"bytes moved between files", map[string]string{"pack.yaml": "id: p\nid: a\n", "a.yaml": ""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.NotEqual(t, base.Hash(), bundle.Bundle{Files: c.files}.Hash())
		})
	}
	same := bundle.Bundle{Files: map[string]string{"a.yaml": "id: a\n", "pack.yaml": "id: p\n"}}
	assert.Equal(t, base.Hash(), same.Hash())
}

// TestCheckKeepsFilesInTheirFolder: a bundle from a server is written to
// disk, so a name that leaves the folder, or is not a pack file, is
// refused before anything is written.
func TestCheckKeepsFilesInTheirFolder(t *testing.T) {
	for _, c := range []struct {
		name  string
		files map[string]string
		says  string
	}{
		{"parent folder", map[string]string{"pack.yaml": "", "../evil.yaml": ""}, "file name"},
		{"sub-folder", map[string]string{"pack.yaml": "", "a/b.yaml": ""}, "file name"},
		{"backslash", map[string]string{"pack.yaml": "", `..\evil.yaml`: ""}, "file name"},
		{"absolute", map[string]string{"pack.yaml": "", "/etc/x.yaml": ""}, "file name"},
		{"hidden", map[string]string{"pack.yaml": "", ".x.yaml": ""}, "file name"},
		{"not a pack file", map[string]string{"pack.yaml": "", "run.sh": ""}, "file name"},
		{"control character", map[string]string{"pack.yaml": "", "a\nb.yaml": ""}, "file name"},
		{"no pack.yaml", map[string]string{"a.yaml": ""}, "no pack.yaml"},
		{"not UTF-8", map[string]string{"pack.yaml": "\xff\xfe"}, "not UTF-8"},
		{"names apart from case", map[string]string{"pack.yaml": "", "A.yaml": "", "a.yaml": ""}, "apart from case"},
		{"too big", map[string]string{"pack.yaml": strings.Repeat("x", bundle.MaxBytes+1)}, "at most"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := bundle.Bundle{Files: c.files}
			err := b.Check()
			require.ErrorIs(t, err, bundle.ErrInvalid)
			assert.Contains(t, err.Error(), c.says)
			dir := filepath.Join(t.TempDir(), "out")
			assert.ErrorIs(t, b.WriteDir(dir), bundle.ErrInvalid)
			_, statErr := os.Stat(dir)
			assert.True(t, os.IsNotExist(statErr), "nothing written")
		})
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	b, err := bundle.FromDir(packtest.Write(t, "zuid", "retour", "A return"))
	require.NoError(t, err)
	data, err := b.Marshal()
	require.NoError(t, err)
	back, err := bundle.Unmarshal(data)
	require.NoError(t, err)
	assert.Equal(t, b.Hash(), back.Hash())
	_, err = bundle.Unmarshal([]byte(`{"../x.yaml": ""}`))
	assert.ErrorIs(t, err, bundle.ErrInvalid)
	_, err = bundle.Unmarshal([]byte(`[`))
	assert.ErrorIs(t, err, bundle.ErrInvalid)
}

func TestValidHash(t *testing.T) {
	for s, want := range map[string]bool{
		strings.Repeat("a", 64):         true,
		strings.Repeat("0", 64):         true,
		strings.Repeat("A", 64):         false,
		strings.Repeat("a", 63):         false,
		strings.Repeat("g", 64):         false,
		"../" + strings.Repeat("a", 61): false,
		"":                              false,
	} {
		assert.Equal(t, want, bundle.ValidHash(s), s)
	}
	assert.Equal(t, "abcdefabcdef", bundle.Short(strings.Repeat("abcdef", 10)+"abcd"))
}
