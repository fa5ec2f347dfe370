// Package packtest writes team packs for tests: small, valid pack folders
// made from the starter pack of `kalm new`, with the ids a test needs.
package packtest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"kalm/scenarios/starter"
)

// Write writes a new pack folder called name (also its id) into a fresh
// temporary folder and returns its path: the starter pack, its scenario
// given the id scenario and the English title title (the Dutch one stays
// "Kapotte wasmachine"). It passes `kalm check`.
func Write(t testing.TB, name, scenario, title string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	_, err := starter.WritePack(dir, starter.Options{Author: "Trainer"})
	require.NoError(t, err)
	first := filepath.Join(dir, starter.FirstScenario+".yaml")
	data, err := os.ReadFile(first)
	require.NoError(t, err)
	text := strings.Replace(string(data), "id: "+starter.FirstScenario, "id: "+scenario, 1)
	text = strings.Replace(text, `en: "Broken washing machine"`, fmt.Sprintf("en: %q", title), 1)
	require.NoError(t, os.Remove(first))
	require.NoError(t, os.WriteFile(filepath.Join(dir, scenario+".yaml"), []byte(text), 0o644))
	return dir
}

// SetMood changes the starting mood (55 in the starter) of scenario in
// the pack folder dir: a new version that scores the same replies
// differently.
func SetMood(t testing.TB, dir, scenario string, mood int) {
	t.Helper()
	path := filepath.Join(dir, scenario+".yaml")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	text := strings.Replace(string(data), "mood: 55 ", fmt.Sprintf("mood: %d ", mood), 1)
	require.NotEqual(t, string(data), text, "the starter's mood line")
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
}
