package scenarios

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"kalm/scenarios/builtin"
)

// PackFile is the name of a pack folder's pack description.
const PackFile = "pack.yaml"

// MaxFiles is the most scenario files a pack folder may hold.
const MaxFiles = 2000

// Builtin loads the built-in pack. It is checked by the tests, so an
// error here means a broken build.
func Builtin() (*Pack, error) {
	p, probs := LoadFS(builtin.FS(), ".", "builtin")
	if err := probs.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

// Load reads a pack from a folder, a one-file pack or a single scenario
// file, and reports every problem found. The pack is returned even with
// problems, as far as it could be read; play only a pack without any.
func Load(p string) (*Pack, Problems) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, Problems{{File: p, Message: fmt.Sprintf("cannot read: %v (expected a pack folder or a YAML file)", unwrapPath(err))}}
	}
	if st.IsDir() {
		return LoadFS(os.DirFS(p), ".", p)
	}
	data, perr := readCapped(p)
	if perr != nil {
		return nil, Problems{*perr}
	}
	return LoadBytes(p, data)
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// readCapped reads a file, refusing it when larger than MaxFileSize.
func readCapped(name string) ([]byte, *Problem) {
	f, err := os.Open(name)
	if err != nil {
		return nil, &Problem{File: name, Message: fmt.Sprintf("cannot read: %v", unwrapPath(err))}
	}
	defer f.Close()
	return readLimited(f, name)
}

func readLimited(r io.Reader, name string) ([]byte, *Problem) {
	var buf bytes.Buffer
	if st, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil && fi.Size() > 0 && fi.Size() <= MaxFileSize {
			buf.Grow(int(fi.Size()) + bytes.MinRead)
		}
	}
	_, err := buf.ReadFrom(io.LimitReader(r, MaxFileSize+1))
	data := buf.Bytes()
	if err != nil {
		return nil, &Problem{File: name, Message: fmt.Sprintf("cannot read: %v", unwrapPath(err))}
	}
	if len(data) > MaxFileSize {
		return nil, &Problem{File: name, Message: fmt.Sprintf("file is larger than %d bytes (expected a scenario of a few kilobytes)", MaxFileSize)}
	}
	return data, nil
}

// LoadFS reads a pack folder dir of fsys; display prefixes the file
// names in problems and Scenario.File. Large packs are parsed on several
// goroutines, so fsys must allow concurrent use (os.DirFS and embed.FS do).
func LoadFS(fsys fs.FS, dir, display string) (*Pack, Problems) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, Problems{{File: display, Message: fmt.Sprintf("cannot read the folder: %v", unwrapPath(err))}}
	}
	var names []string
	hasPack := false
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasPrefix(n, ".") {
			continue
		}
		if n == PackFile {
			hasPack = true
			continue
		}
		if ext := strings.ToLower(path.Ext(n)); ext == ".yaml" || ext == ".yml" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	shown := func(n string) string { return filepath.Join(display, n) }
	var probs Problems
	if len(names) > MaxFiles {
		return nil, Problems{{File: display, Message: fmt.Sprintf("%d scenario files (expected at most %d)", len(names), MaxFiles)}}
	}
	pack := &Pack{}
	if !hasPack {
		probs = append(probs, Problem{File: shown(PackFile), Message: "missing (expected pack.yaml with id, title, author and version)"})
	} else if data, p := readFS(fsys, path.Join(dir, PackFile), shown(PackFile)); p != nil {
		probs = append(probs, *p)
	} else {
		r := &report{file: shown(PackFile)}
		if root := parseYAML(r, data); root != nil {
			if hasKey(root, "scenarios") {
				r.add(pos(root), "pack.yaml in a folder lists no scenarios (expected one file per scenario next to it)")
			}
			d := decoder{r: r}
			d.decodeStruct(root, reflect.ValueOf(pack).Elem(), nil)
			checkPack(r, pack)
		}
		probs = append(probs, r.probs...)
	}
	for _, res := range parseAll(fsys, dir, names, shown) {
		probs = append(probs, res.probs...)
		if res.s != nil {
			pack.Scenarios = append(pack.Scenarios, res.s)
		}
	}
	if len(names) == 0 {
		probs = append(probs, Problem{File: display, Message: "no scenario files (expected *.yaml files next to pack.yaml)"})
	}
	probs = append(probs, checkIDs(pack.Scenarios)...)
	probs = append(probs, loadLanguage(fsys, dir, shown, pack)...)
	probs.Sort()
	return pack, probs
}

type parsed struct {
	s     *Scenario
	probs Problems
}

// parseAll reads and parses the scenario files, spread over the CPUs
// (YAML parsing dominates loading); results keep the order of names.
func parseAll(fsys fs.FS, dir string, names []string, shown func(string) string) []parsed {
	out := make([]parsed, len(names))
	one := func(i int) {
		data, p := readFS(fsys, path.Join(dir, names[i]), shown(names[i]))
		if p != nil {
			out[i] = parsed{probs: Problems{*p}}
			return
		}
		s, ps := ParseScenario(shown(names[i]), data)
		out[i] = parsed{s: s, probs: ps}
	}
	workers := min(runtime.GOMAXPROCS(0), len(names)/8)
	if workers < 2 {
		for i := range names {
			one(i)
		}
		return out
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				one(i)
			}
		}()
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func readFS(fsys fs.FS, name, shown string) ([]byte, *Problem) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, &Problem{File: shown, Message: fmt.Sprintf("cannot read: %v", unwrapPath(err))}
	}
	defer f.Close()
	return readLimited(f, shown)
}

// LoadBytes reads one file: a one-file pack (with a scenarios list) or a
// single scenario, which becomes a pack of one named after it.
func LoadBytes(name string, data []byte) (*Pack, Problems) {
	r := &report{file: name}
	root := parseYAML(r, data)
	if root == nil {
		return nil, r.probs
	}
	pack := &Pack{}
	if hasKey(root, "scenarios") {
		d := decoder{r: r}
		d.decodeStruct(root, reflect.ValueOf(pack).Elem(), nil)
		checkPack(r, pack)
		for _, s := range pack.Scenarios {
			if s != nil {
				s.File = name
				checkScenario(r, s)
			}
		}
		if len(pack.Scenarios) == 0 && pack.Meta.Has("scenarios") {
			r.add(pack.PosOf("scenarios"), "scenarios: the list is empty (expected at least one scenario)")
		}
	} else {
		s := decodeScenario(r, root)
		s.File = name
		pack.ID, pack.Title = s.ID, s.Title
		pack.Scenarios = []*Scenario{s}
	}
	r.probs = append(r.probs, checkIDs(pack.Scenarios)...)
	r.probs.Sort()
	return pack, r.probs
}

// ParseScenario reads one scenario file. The scenario is nil only when
// the file could not be parsed at all.
func ParseScenario(name string, data []byte) (*Scenario, Problems) {
	r := &report{file: name}
	root := parseYAML(r, data)
	if root == nil {
		return nil, r.probs
	}
	s := decodeScenario(r, root)
	s.File = name
	return s, r.probs
}

func decodeScenario(r *report, root *yaml.Node) *Scenario {
	s := &Scenario{}
	d := decoder{r: r}
	d.decodeStruct(root, reflect.ValueOf(s).Elem(), nil)
	checkScenario(r, s)
	return s
}

// checkIDs reports scenarios that share an id.
func checkIDs(ss []*Scenario) Problems {
	var probs Problems
	first := map[string]*Scenario{}
	for _, s := range ss {
		if s == nil || s.ID == "" {
			continue
		}
		if f, dup := first[s.ID]; dup {
			p := s.PosOf("id")
			fp := f.PosOf("id")
			probs = append(probs, Problem{File: s.File, Line: p.Line, Col: p.Col,
				Message: fmt.Sprintf("duplicate scenario id %q (first in %s:%d; expected each id once in a pack)", s.ID, f.File, fp.Line)})
			continue
		}
		first[s.ID] = s
	}
	return probs
}

// Scenario returns the pack's scenario with the given id, or nil.
func (p *Pack) Scenario(id string) *Scenario {
	for _, s := range p.Scenarios {
		if s != nil && s.ID == id {
			return s
		}
	}
	return nil
}
