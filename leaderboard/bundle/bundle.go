// Package bundle is a scenario pack as it travels from the team server to
// the players' games: the files of a pack folder that the loader reads
// (pack.yaml, the scenario files, language.txt), named by the SHA-256 of
// a canonical encoding of them. A pack version is its content: two
// bundles with one hash are the same pack, byte for byte.
package bundle

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing/fstest"
	"unicode/utf8"

	"kalm/scenarios"
)

// Format names the canonical encoding the hash is taken over; it is the
// first line of that encoding.
const Format = "kalm-pack-bundle/1"

// MaxBytes bounds the files of a bundle together (a pack of a few
// hundred scenarios of some kilobytes each fits many times).
const MaxBytes = 8 << 20

// HashLen is the length of a hash: 64 lower-case hex digits.
const HashLen = 2 * sha256.Size

// ErrInvalid is wrapped by every error about a bundle that is not one
// (a file name that is not a pack file, text that is not UTF-8, too big).
var ErrInvalid = errors.New("not a valid pack bundle")

// Bundle is a pack's files by name (no folders) with their text.
type Bundle struct {
	Files map[string]string
}

// Included reports whether a file of a pack folder belongs in its bundle:
// the files the loader reads, so pack.yaml, *.yaml, *.yml and
// language.txt, not hidden ones. Other files (a README, the editor schema)
// stay at home.
func Included(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	if name == scenarios.LanguageFile {
		return true
	}
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// FromDir reads the bundle of the pack folder dir.
func FromDir(dir string) (Bundle, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return Bundle{}, fmt.Errorf("pack %s: %w", dir, err)
	}
	if !st.IsDir() {
		return Bundle{}, fmt.Errorf("pack %s is a file (expected a pack folder with pack.yaml and one file per scenario)", dir)
	}
	return FromFS(os.DirFS(dir), dir)
}

// FromFS reads the bundle of the pack folder at the root of fsys;
// display names it in errors.
func FromFS(fsys fs.FS, display string) (Bundle, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return Bundle{}, fmt.Errorf("pack %s: %w", display, err)
	}
	b := Bundle{Files: map[string]string{}}
	total := 0
	for _, e := range entries {
		if e.IsDir() || !Included(e.Name()) { // as the loader: symbolic links are followed
			continue
		}
		data, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return Bundle{}, fmt.Errorf("pack %s: %w", display, err)
		}
		if total += len(data); total > MaxBytes {
			return Bundle{}, fmt.Errorf("pack %s: %w: its files hold more than %d bytes together", display, ErrInvalid, MaxBytes)
		}
		b.Files[e.Name()] = string(data)
	}
	if err := b.Check(); err != nil {
		return Bundle{}, fmt.Errorf("pack %s: %w", display, err)
	}
	return b, nil
}

// Check says why b is not a valid bundle: a file name that is not a
// plain pack file name (a game writes the files into a folder, so no
// path may leave it), text that is not UTF-8, no pack.yaml, too big.
func (b Bundle) Check() error {
	if _, ok := b.Files[scenarios.PackFile]; !ok {
		return fmt.Errorf("%w: no %s", ErrInvalid, scenarios.PackFile)
	}
	total := 0
	folded := map[string]bool{}
	for name, text := range b.Files {
		if !validName(name) {
			return fmt.Errorf("%w: file name %q (expected a pack file such as scenario.yaml, in no folder)", ErrInvalid, name)
		}
		low := strings.ToLower(name)
		if folded[low] {
			return fmt.Errorf("%w: two files named %q apart from case (a Windows or macOS folder holds one)", ErrInvalid, name)
		}
		folded[low] = true
		if !utf8.ValidString(text) {
			return fmt.Errorf("%w: %s is not UTF-8 text", ErrInvalid, name)
		}
		total += len(text)
	}
	if total > MaxBytes {
		return fmt.Errorf("%w: its files hold %d bytes together (at most %d)", ErrInvalid, total, MaxBytes)
	}
	return nil
}

// validName reports whether name is a plain pack file name.
func validName(name string) bool {
	if name == "" || len(name) > 255 || !Included(name) || !utf8.ValidString(name) {
		return false
	}
	for _, r := range name {
		if r < ' ' || r == '/' || r == '\\' || r == ':' || r == 0x7f {
			return false
		}
	}
	return filepath.IsLocal(name) && fs.ValidPath(name)
}

// names returns the file names in byte order.
func (b Bundle) names() []string {
	names := make([]string, 0, len(b.Files))
	for n := range b.Files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Canonical is the encoding the hash is taken over: the line Format,
// then for each file in byte order of the names, "LEN:NAME\n" and
// "LEN:CONTENT\n" (LEN in decimal bytes). The lengths make it
// unambiguous; nothing else (times, modes, folder order) counts.
func (b Bundle) Canonical() []byte {
	var out []byte
	out = append(out, Format+"\n"...)
	for _, n := range b.names() {
		out = append(out, strconv.Itoa(len(n))+":"+n+"\n"...)
		out = append(out, strconv.Itoa(len(b.Files[n]))+":"...)
		out = append(out, b.Files[n]...)
		out = append(out, '\n')
	}
	return out
}

// Hash is the bundle's version: the SHA-256 of Canonical in lower-case hex.
func (b Bundle) Hash() string {
	sum := sha256.Sum256(b.Canonical())
	return hex.EncodeToString(sum[:])
}

// ValidHash reports whether s has the form of a hash.
func ValidHash(s string) bool {
	if len(s) != HashLen {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// Short is the first 12 digits of a hash, for people.
func Short(hash string) string {
	if len(hash) > 12 {
		return hash[:12]
	}
	return hash
}

// Load loads the pack the bundle holds, as the loader reads a folder;
// display prefixes the file names in problems.
func (b Bundle) Load(display string) (*scenarios.Pack, scenarios.Problems) {
	fsys := fstest.MapFS{}
	for n, text := range b.Files {
		fsys[n] = &fstest.MapFile{Data: []byte(text), Mode: 0o644}
	}
	return scenarios.LoadFS(fsys, ".", display)
}

// Marshal encodes the files as a JSON object, name to text (how the
// server stores a bundle).
func (b Bundle) Marshal() ([]byte, error) {
	return json.Marshal(b.Files)
}

// Unmarshal decodes what Marshal wrote and checks it.
func Unmarshal(data []byte) (Bundle, error) {
	var b Bundle
	if err := json.Unmarshal(data, &b.Files); err != nil {
		return Bundle{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	return b, b.Check()
}

// WriteDir writes the files into dir, creating it when needed. It
// checks b first, so no file lands outside dir.
func (b Bundle) WriteDir(dir string) error {
	if err := b.Check(); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, n := range b.names() {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(b.Files[n]), 0o644); err != nil {
			return err
		}
	}
	return nil
}
