package scenarios

import (
	"errors"
	"io/fs"
	"path"
	"regexp"
	"strconv"

	"kalm/scoring"
)

// LanguageFile is the optional file in a pack folder with the pack's own
// words for the scorer (docs/language.md): a supplier's name, a product,
// a regional expression. It applies only while the pack plays, in the
// game and on the team server alike.
const LanguageFile = "language.txt"

// loadLanguage reads and compiles the pack's language file, if any, and
// gives it to every scenario of the pack.
func loadLanguage(fsys fs.FS, dir string, shown func(string) string, pack *Pack) Problems {
	name := path.Join(dir, LanguageFile)
	if _, err := fs.Stat(fsys, name); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	data, p := readFS(fsys, name, shown(LanguageFile))
	if p != nil {
		return Problems{*p}
	}
	x, err := scoring.ParseExtension(shown(LanguageFile), string(data))
	if err != nil {
		return langProblems(err, shown(LanguageFile))
	}
	for _, s := range pack.Scenarios {
		s.Vocabulary.ext = x
	}
	return nil
}

var problemLine = regexp.MustCompile(`^(.*):(\d+): (.*)$`)

// langProblems turns the scorer's "file:line: what" messages into
// problems.
func langProblems(err error, file string) Problems {
	var le *scoring.LangError
	if !errors.As(err, &le) {
		return Problems{{File: file, Message: err.Error()}}
	}
	var out Problems
	for _, msg := range le.Problems {
		m := problemLine.FindStringSubmatch(msg)
		if m == nil {
			out = append(out, Problem{File: file, Message: msg})
			continue
		}
		line, _ := strconv.Atoi(m[2])
		out = append(out, Problem{File: m[1], Line: line, Col: 1, Message: m[3]})
	}
	return out
}
