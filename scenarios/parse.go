package scenarios

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// MaxFileSize is the largest file the loader reads (1 MiB): a scenario
// is a few kilobytes, and a cap before parsing keeps memory bounded.
const MaxFileSize = 1 << 20

// maxProblemsPerFile stops a hopeless file from flooding the report.
const maxProblemsPerFile = 100

// parseYAML turns data into one YAML document's root node, refusing
// hostile input with a clear problem: too large, empty, NUL bytes, not
// UTF-8, tabs in indentation, syntax errors, several documents, anchors
// and aliases, deep nesting and too many values. It never panics.
func parseYAML(r *report, data []byte) *yaml.Node {
	if len(data) > MaxFileSize {
		r.add(Pos{}, "file is %d bytes (expected at most %d; a scenario is a few kilobytes)", len(data), MaxFileSize)
		return nil
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		r.add(posAt(data, i), "NUL byte: this looks like a binary file (expected UTF-8 YAML text)")
		return nil
	}
	if !utf8.Valid(data) {
		r.add(posAt(data, firstInvalid(data)), "invalid UTF-8 (expected the file saved as UTF-8 text)")
		return nil
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if tabs := tabIndents(data); len(tabs) > 0 {
		for _, p := range tabs {
			r.add(p, "tab in indentation (expected spaces: YAML does not allow tabs there)")
		}
		return nil
	}
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := safeDecode(dec, &root); err != nil {
		if errors.Is(err, io.EOF) {
			r.add(Pos{Line: 1, Col: 1}, "file is empty (expected a YAML mapping)")
			return nil
		}
		p, msg := diagnoseSyntax(data, err)
		r.add(p, "%s", msg)
		return nil
	}
	var extra yaml.Node
	if err := safeDecode(dec, &extra); err == nil {
		r.add(pos(&extra), "a second YAML document (expected one document per file; remove the '---')")
		return nil
	} else if !errors.Is(err, io.EOF) {
		p, msg := diagnoseSyntax(data, err)
		r.add(p, "%s", msg)
		return nil
	}
	doc := &root
	if doc.Kind == yaml.DocumentNode {
		if len(doc.Content) == 0 {
			r.add(Pos{Line: 1, Col: 1}, "file is empty (expected a YAML mapping)")
			return nil
		}
		doc = doc.Content[0]
	}
	if !scanTree(r, doc) {
		return nil
	}
	switch {
	case isNull(doc):
		r.add(pos(doc), "file is empty (expected a YAML mapping)")
		return nil
	case doc.Kind != yaml.MappingNode:
		r.add(pos(doc), "the file holds %s at the top (expected a mapping of fields such as id, title, ...)", kindName(doc))
		return nil
	}
	return doc
}

// safeDecode decodes one document, turning a parser panic into an error.
func safeDecode(dec *yaml.Decoder, n *yaml.Node) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = errors.New("yaml: the parser failed on this input")
		}
	}()
	return dec.Decode(n)
}

// scanTree walks the tree without recursion and reports anchors,
// aliases, nesting deeper than maxDepth and more than maxValues values.
func scanTree(r *report, root *yaml.Node) bool {
	type item struct {
		n     *yaml.Node
		depth int
	}
	stack := []item{{root, 0}}
	count, ok, deep := 0, true, false
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.n
		count++
		if count > maxValues {
			r.add(pos(n), "more than %d values (expected a scenario of reasonable size)", maxValues)
			return false
		}
		if n.Kind == yaml.AliasNode {
			r.add(pos(n), "YAML alias *%s (expected plain values: aliases are not supported)", short(n.Value))
			ok = false
			continue
		}
		if n.Anchor != "" {
			r.add(pos(n), "YAML anchor &%s (expected plain values: anchors are not supported)", short(n.Anchor))
			ok = false
		}
		if it.depth > maxDepth {
			if !deep {
				r.add(pos(n), "nested more than %d levels deep (expected the shape of docs/scenario-format.md)", maxDepth)
			}
			deep, ok = true, false
			continue
		}
		for i := len(n.Content) - 1; i >= 0; i-- {
			stack = append(stack, item{n.Content[i], it.depth + 1})
		}
		if len(r.probs) > maxProblemsPerFile {
			return false
		}
	}
	return ok
}

// posAt returns the line and column (in characters) of byte offset i.
func posAt(data []byte, i int) Pos {
	if i > len(data) {
		i = len(data)
	}
	line := 1 + bytes.Count(data[:i], []byte("\n"))
	start := bytes.LastIndexByte(data[:i], '\n') + 1
	return Pos{Line: line, Col: 1 + utf8.RuneCount(data[start:i])}
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// tabIndents returns where a tab appears in a line's indentation (at
// most 20 places).
func tabIndents(data []byte) []Pos {
	var out []Pos
	line := 1
	for start := 0; start < len(data) && len(out) < 20; line++ {
		end := bytes.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += start
		}
		for i := start; i < end; i++ {
			c := data[i]
			if c == '\t' {
				out = append(out, Pos{Line: line, Col: i - start + 1})
				break
			}
			if c != ' ' && c != '-' {
				break
			}
		}
		start = end + 1
	}
	return out
}

// lineRE matches the "yaml: line N: " prefix of a yaml.v3 syntax error.
var lineRE = regexp.MustCompile(`^yaml: line (\d+): `)
