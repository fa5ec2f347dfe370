package scoring

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func load(t *testing.T, text string) (*language, error) {
	t.Helper()
	return loadLanguage([]langSource{{Name: "test.txt", Text: text}})
}

func TestLanguageFileErrors(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"no colon", "set feelings angry upset", `test.txt:1: "set feelings angry upset" has no colon (expected KEYWORD …: …)`},
		{"unknown statement", "# c\nword x: y", `test.txt:2: unknown statement "word" (expected set, spell`},
		{"bad set name", "set Feelings: angry", `test.txt:1: set name "Feelings" (expected lower-case letters`},
		{"dangling continuation", "  angry upset", "test.txt:1: a continuation line with nothing to continue"},
		{"unknown criterion", "rule x.y empathie: sorry", `test.txt:1: rule x.y: unknown criterion "empathie"`},
		{"unknown option", "rule x.y empathy loud: sorry", `test.txt:1: rule x.y: unknown option "loud"`},
		{"bad scope", "rule x.y empathy miss scope=word: sorry", `scope "word" (expected span, sentence or note)`},
		{"cue without tag", "rule x.y blame cue: sorry", "a cue needs a tag (expected tag=NAME)"},
		{"unknown note", "rule x.y empathy miss note=nope: sorry", `unknown note "nope"`},
		{"unknown kind", "rule x.y blame kind=weather: rain", `blame kind "weather"`},
		{"unknown lang", "rule x.y blame kind=supplier lang=de: wegen", `lang "de" (expected nl or en)`},
		{"bad pattern", "rule x.y empathy: ~2 sorry", "must start with a required word"},
		{"unknown set in pattern", "rule x.y empathy: $moods here", "unknown class $moods"},
		{"duplicate id", "rule a.b apology: sorry\n\nrule a.b apology: excuses", "test.txt:3: rule id a.b is already used at test.txt:1"},
		{"unknown set in set", "set a: x $b", "set a names unknown set $b"},
		{"cycle", "set a: x $b\nset b: y $a", "includes itself"},
		{"bad number", "number twelve: twaalf", `number "twelve" (expected number N: WORD …`},
		{"idiom of three", "idiom a: b c d", "an idiom is two words read as one"},
		{"duplicate note", "note n: one\nnote n: two", "test.txt:2: note n is defined twice"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := load(t, c.text)
			var le *LangError
			require.ErrorAs(t, err, &le)
			assert.Contains(t, err.Error(), c.want)
		})
	}
	_, err := load(t, "set a: x y\nbroken line\nrule q.r apology: sorry\nrule q.s apologie: sorry")
	var le *LangError
	require.ErrorAs(t, err, &le)
	assert.Len(t, le.Problems, 2, "every mistake is reported, not only the first")
}

func TestLanguageFileStatements(t *testing.T) {
	l, err := load(t, `# a comment
set moods: angry upset   # trailing comment
  cross
set moods: boos
set all-moods: $moods furious
spell sorry: sory soz
expand i'm: i am
idiom feelfree: feel free
fuzzy: sorry frustrating
nofuzzy: contact
number 3: drie three
note hint: say what you understand
rule t.moods empathy: i ~2 $all-moods
rule t.bare empathy,apology miss scope=note note=hint: i understand
rule t.cue blame cue tag=supplier kind=supplier: #num days
rule t.door blame cue tag=cause kind=supplier lang=nl: door
`)
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"angry", "upset", "cross", "boos"}, keys(l.sets["moods"].m), "a set named twice is the union")
	assert.True(t, l.sets["all-moods"].has("cross"), "$moods inside a set includes it")
	assert.True(t, l.sets["all-moods"].has("furious"))
	assert.Equal(t, "sorry", l.spell["soz"])
	assert.Equal(t, []string{"i", "am"}, l.expand["i'm"])
	assert.Equal(t, "feelfree", l.idioms["feel free"])
	assert.True(t, l.starts["feel"])
	assert.Equal(t, 3, l.numbers["three"])
	assert.True(t, l.sets["number-words"].has("drie"), "number words form a set")
	assert.True(t, l.noFuzzy["contact"])
	require.Len(t, l.rules, 5, "a rule for two criteria is two entries")
	assert.Equal(t, NL, l.rules[4].only, "lang=nl: a rule for Dutch replies only")
	assert.Equal(t, Lang(""), l.rules[3].only, "without lang= a rule reads both languages")
	assert.Equal(t, Empathy, l.rules[1].crit)
	assert.Equal(t, Apology, l.rules[2].crit)
	assert.Equal(t, "hint", l.rules[2].note, "a rule names its note")
	assert.Equal(t, "say what you understand", l.noteText("hint", EN))
	assert.Equal(t, scopeNote, l.rules[2].scope)
	assert.Equal(t, BlameSupplier, l.rules[3].kind)
	assert.Equal(t, cue, l.rules[3].role)
	f := l.flags["cross"]
	assert.NotZero(t, f[0]&(1<<l.sets["moods"].bit), "a word carries the bit of each set it is in")
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestEverySetIsUsed: a word set in the language files is read by a rule
// (as $name) or by rule code (std.set("name")); none is dead weight, and
// rule code names no set the files lack (that would panic at start-up).
func TestEverySetIsUsed(t *testing.T) {
	used := map[string]bool{}
	for _, e := range std.rules {
		for _, m := range regexp.MustCompile(`\$([a-z0-9-]+)`).FindAllStringSubmatch(e.src, -1) {
			used[m[1]] = true
		}
	}
	markCalledInGo(t, "set", used)
	for _, src := range langFileNames {
		b, err := langFiles.ReadFile(src)
		require.NoError(t, err)
		for _, m := range regexp.MustCompile(`\$([a-z0-9-]+)`).FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
	}
	for name := range std.sets {
		assert.True(t, used[name], "word set %s (%s) is never used", name, std.setPos[name])
	}
}

// TestNoWordListsInGo: what the scorer knows of Dutch and English lives in
// the language files. Go code outside tests declares no slice or map of
// three or more words.
func TestNoWordListsInGo(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	word := regexp.MustCompile(`^"[a-z' ]+"$`)
	fset := gotoken.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		require.NoError(t, err)
		ast.Inspect(af, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			words := 0
			for _, el := range lit.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					el = kv.Key
				}
				if bl, ok := el.(*ast.BasicLit); ok && bl.Kind == gotoken.STRING && word.MatchString(bl.Value) {
					words++
				}
			}
			assert.Less(t, words, 3, "%s: a word list in Go; move it to scoring/lang", fset.Position(n.Pos()))
			return true
		})
	}
}

// BenchmarkLoadLanguage compiles the embedded language files, as the
// program does once at start-up (target: under 50 ms).
func BenchmarkLoadLanguage(b *testing.B) {
	var srcs []langSource
	for _, n := range langFileNames {
		t, err := langFiles.ReadFile(n)
		require.NoError(b, err)
		srcs = append(srcs, langSource{Name: n, Text: string(t)})
	}
	for b.Loop() {
		if _, err := loadLanguage(srcs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewScorer builds a scorer from the compiled language, as a
// scenario with its own vocabulary does.
func BenchmarkNewScorer(b *testing.B) {
	for b.Loop() {
		New(Vocabulary{Suppliers: []string{"Snelpost"}})
	}
}

// TestNotesInBothLanguages: a Dutch player never reads an English hint
// and an English player no Dutch one: every note has both texts, and
// every note is used by a rule or by rule code.
func TestNotesInBothLanguages(t *testing.T) {
	require.NotEmpty(t, std.notes)
	for id := range std.notes {
		assert.NotEmpty(t, std.notesNL[id], "note %s has no Dutch text (add it to scoring/lang/nl.txt)", id)
	}
	for id := range std.notesNL {
		assert.NotEmpty(t, std.notes[id], "Dutch note %s has no English text", id)
	}
	used := map[string]bool{}
	for _, e := range std.rules {
		used[e.note] = true
	}
	markCalledInGo(t, "note", used)
	for id := range std.notes {
		assert.True(t, used[id], "note %s is never used", id)
	}
}

func TestNotesFollowTheLanguage(t *testing.T) {
	s := New(Vocabulary{})
	for _, c := range []struct {
		lang Lang
		want string
	}{{NL, "dag zonder tijdstip"}, {EN, "day with no time of day"}} {
		res := s.Score("Ik bel u morgen terug.", c.lang)
		var notes []string
		for _, f := range res.Findings {
			if f.NoteID == "day-only" {
				notes = append(notes, f.Note)
			}
		}
		require.Len(t, notes, 1, "the day-only hint, in %s", c.lang)
		assert.Contains(t, notes[0], c.want)
	}
}

// TestNoWordComparisonsInGo: rule code compares words through named word
// sets, not with inline literals (`n == "kwart"`): a linguist changes the
// language files, never Go. The tokenizer's time units ("3pm", "14u") in
// token.go are syntax, not vocabulary.
func TestNoWordComparisonsInGo(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	word := regexp.MustCompile(`^"[a-z']{2,}"$`)
	isWordVar := func(e ast.Expr) bool {
		switch x := e.(type) {
		case *ast.Ident:
			return slices.Contains([]string{"n", "w", "next", "prev", "first", "word"}, x.Name)
		case *ast.SelectorExpr:
			return x.Sel.Name == "norm"
		}
		return false
	}
	fset := gotoken.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "token.go" {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		require.NoError(t, err)
		ast.Inspect(af, func(n ast.Node) bool {
			b, ok := n.(*ast.BinaryExpr)
			if !ok || (b.Op != gotoken.EQL && b.Op != gotoken.NEQ) {
				return true
			}
			for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
				if lit, ok := pair[1].(*ast.BasicLit); ok && lit.Kind == gotoken.STRING && word.MatchString(lit.Value) && isWordVar(pair[0]) {
					t.Errorf("%s: a word compared in Go (%s); use a word set from scoring/lang", fset.Position(b.Pos()), lit.Value)
				}
			}
			return true
		})
	}
}

// markCalledInGo marks in used every name the scorer's Go code (tests
// left out) passes as a literal to std.<method>("name").
func markCalledInGo(t *testing.T, method string, used map[string]bool) {
	t.Helper()
	call := regexp.MustCompile(`std\.` + method + `\("([a-z0-9-]+)"\)`)
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, m := range call.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
	}
}
