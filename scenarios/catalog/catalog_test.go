package catalog

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryTextInBothLanguages: a Dutch player never reads an English
// text and an English player no Dutch one.
func TestEveryTextInBothLanguages(t *testing.T) {
	for k, v := range texts {
		assert.NotEmpty(t, strings.TrimSpace(v[0]), "%s has no Dutch text", k)
		assert.NotEmpty(t, strings.TrimSpace(v[1]), "%s has no English text", k)
		assert.Equal(t, strings.Count(v[0], "%"), strings.Count(v[1], "%"), "%s: both languages take the same values", k)
	}
	assert.Equal(t, "Drieslag", T("nl", "triad"))
	assert.Equal(t, "Agree a plan", T("en", "s.plan"))
	assert.Equal(t, "no.such.key", T("nl", "no.such.key"), "a missing text shows its key")
	assert.True(t, Has("debrief"))
	assert.Len(t, Keys(), len(texts))
}

// TestEveryTextIsUsed: each key appears in the code that shows it, as a
// string or after a prefix the code builds keys with ("c." + criterion).
func TestEveryTextIsUsed(t *testing.T) {
	lits := map[string]bool{}
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "corpus" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || strings.HasSuffix(path, "catalog.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if bl, ok := n.(*ast.BasicLit); ok && bl.Kind == token.STRING {
				if s, err := strconv.Unquote(bl.Value); err == nil {
					lits[s] = true
				}
			}
			return true
		})
		return nil
	})
	require.NoError(t, err)
	for k := range texts {
		used := lits[k]
		for l := range lits {
			if !used && strings.HasSuffix(l, ".") && strings.HasPrefix(k, l) {
				used = true
			}
		}
		assert.True(t, used, "text %s is never shown", k)
	}
}
