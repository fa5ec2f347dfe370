// Package starter writes new scenario packs and scenarios for trainers:
// a commented pack.yaml and a first scenario in Dutch and English that
// passes `kalm check` and can end in each of the three ways, with the
// JSON Schema beside them for editors. `kalm new` uses it.
package starter

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/template"

	"kalm/scenarios"
)

//go:embed pack.yaml.tmpl scenario.yaml.tmpl
var templates embed.FS

// SchemaFile is the JSON Schema written into a new pack; the files'
// modelines point editors at it.
const SchemaFile = "scenario-pack.schema.json"

// FirstScenario is the id of the scenario a new pack starts with.
const FirstScenario = "first-call"

// Options describe a new pack.
type Options struct {
	// Author is written to pack.yaml ("Trainer" when empty).
	Author string
}

// vars fill the templates.
type vars struct {
	Dir, PackID, Author, Schema string
	ID, TitleNL, TitleEN        string
}

// PackFiles returns the files of a new pack in folder dir, by name:
// pack.yaml, the first scenario and the schema.
func PackFiles(dir string, o Options) (map[string][]byte, error) {
	v := vars{Dir: dir, PackID: PackID(dir), Author: o.Author, Schema: SchemaFile,
		ID: FirstScenario, TitleNL: "Kapotte wasmachine", TitleEN: "Broken washing machine"}
	if v.Author == "" {
		v.Author = "Trainer"
	}
	if strings.ContainsAny(v.Author, "\"\\\n") {
		return nil, fmt.Errorf("author %q: quotes, backslashes and line breaks are not allowed (expected a plain name)", v.Author)
	}
	pack, err := render("pack.yaml.tmpl", v)
	if err != nil {
		return nil, err
	}
	scen, err := render("scenario.yaml.tmpl", v)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{
		scenarios.PackFile:      pack,
		FirstScenario + ".yaml": scen,
		SchemaFile:              scenarios.Schema(),
	}, nil
}

// ScenarioFile returns a new scenario with the given id, titled by it.
func ScenarioFile(id string) ([]byte, error) {
	if !scenarios.ValidID(id) {
		return nil, fmt.Errorf("%q is not a valid scenario id (expected lower-case letters, digits and '-', starting with a letter or digit)", id)
	}
	return render("scenario.yaml.tmpl", vars{ID: id, TitleNL: id, TitleEN: id, Schema: SchemaFile})
}

// render fills a template; a missing variable is an error.
func render(name string, v vars) ([]byte, error) {
	t, err := template.New(name).Option("missingkey=error").ParseFS(templates, name)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := t.Execute(&b, v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// PackID derives a pack id from a folder name: lower case, other
// characters turned into '-' ("Team Noord" → "team-noord"); "my-pack"
// when nothing is left.
func PackID(dir string) string {
	base := strings.ToLower(filepath.Base(filepath.Clean(dir)))
	var b strings.Builder
	dash := false
	for _, r := range base {
		ok := r >= 'a' && r <= 'z' || r >= '0' && r <= '9'
		switch {
		case ok:
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	id := strings.TrimRight(b.String(), "-")
	if len(id) > 64 {
		id = strings.TrimRight(id[:64], "-")
	}
	if !scenarios.ValidID(id) {
		return "my-pack"
	}
	return id
}

// WritePack writes a new pack into dir, which must not exist or be
// empty. It returns the paths written, in order.
func WritePack(dir string, o Options) ([]string, error) {
	files, err := PackFiles(dir, o)
	if err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(dir)
	switch {
	case err == nil && len(entries) > 0:
		return nil, fmt.Errorf("%s is not empty (expected a new or empty folder; to add a scenario to a pack: kalm new scenario ID --pack %s)", dir, dir)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var written []string
	for _, name := range []string{scenarios.PackFile, FirstScenario + ".yaml", SchemaFile} {
		p := filepath.Join(dir, name)
		if err := writeNew(p, files[name]); err != nil {
			return written, err
		}
		written = append(written, p)
	}
	return written, nil
}

// WriteScenario adds a new scenario id to the pack folder dir as
// ID.yaml, refusing an id the pack already has or a file that exists.
// It also writes the schema beside it when the folder lacks one.
func WriteScenario(dir, id string) (string, error) {
	data, err := ScenarioFile(id)
	if err != nil {
		return "", err
	}
	if st, err := os.Stat(filepath.Join(dir, scenarios.PackFile)); err != nil || st.IsDir() {
		return "", fmt.Errorf("%s has no %s (expected a pack folder; start one with: kalm new %s)", dir, scenarios.PackFile, dir)
	}
	if pack, _ := scenarios.Load(dir); pack != nil {
		if s := pack.Scenario(id); s != nil {
			return "", fmt.Errorf("the pack already has a scenario %q in %s (expected a new id)", id, s.File)
		}
	}
	p := filepath.Join(dir, id+".yaml")
	if err := writeNew(p, data); err != nil {
		return "", err
	}
	schema := filepath.Join(dir, SchemaFile)
	if _, err := os.Stat(schema); errors.Is(err, fs.ErrNotExist) {
		_ = writeNew(schema, scenarios.Schema()) // only helps editors
	}
	return p, nil
}

// writeNew creates a file that must not exist yet.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists (expected a new file; Kalm does not overwrite)", path)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
