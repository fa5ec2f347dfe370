package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"kalm/game/flow"
	"kalm/scenarios"
	"kalm/scenarios/engine"
)

// packWatch notices changes to a pack's files by polling their sizes
// and modification times on ticks, and reloads the pack.
type packWatch struct {
	path  string
	ticks <-chan time.Time
	// stamp fingerprints the pack's files; load reads the pack.
	stamp func() (string, error)
	load  func() (*scenarios.Pack, scenarios.Problems)
	last  string
}

// newPackWatch watches the pack at path (a folder or a file) on ticks.
func newPackWatch(path string, ticks <-chan time.Time) *packWatch {
	w := &packWatch{
		path:  path,
		ticks: ticks,
		stamp: func() (string, error) { return stampPath(path) },
		load:  func() (*scenarios.Pack, scenarios.Problems) { return scenarios.Load(path) },
	}
	w.last, _ = w.stamp()
	return w
}

// changed reports whether the files changed since it was last asked (or
// since the watch began). A pack that cannot be read counts as
// unchanged: it is being saved, or gone for a moment.
func (w *packWatch) changed() bool {
	now, err := w.stamp()
	if err != nil || now == w.last {
		return false
	}
	w.last = now
	return true
}

// stampPath fingerprints the pack at path: a folder's files, or a file.
func stampPath(path string) (string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	if st.IsDir() {
		return stampFS(os.DirFS(path), ".")
	}
	return stampFS(os.DirFS(filepath.Dir(path)), filepath.Base(path))
}

// stampFS fingerprints name in fsys by size and modification time: a
// file, or every file directly in a folder (the loader ignores
// subfolders).
func stampFS(fsys fs.FS, name string) (string, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return "", err
	}
	if !st.IsDir() {
		return stampLine(name, st), nil
	}
	entries, err := fs.ReadDir(fsys, name)
	if err != nil {
		return "", err
	}
	lines := make([]string, 0, len(entries))
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			return "", err
		}
		lines = append(lines, stampLine(e.Name(), info))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n"), nil
}

// stampLine is one file's part of a fingerprint.
func stampLine(name string, info fs.FileInfo) string {
	return fmt.Sprintf("%s %d %d", name, info.Size(), info.ModTime().UnixNano())
}

// reload loads the changed pack. When it loads without errors, the call
// goes on with it at its node, or starts again at the start node when
// the node is gone; otherwise the problems are printed and the call goes
// on with the version it had.
func (p *textPlayer) reload(errw io.Writer) {
	pack, probs := p.watch.load()
	for _, pr := range probs {
		fmt.Fprintln(errw, pr.String())
	}
	keep := func(why string) {
		fmt.Fprintf(errw, "kalm play: %s changed, but %s; playing on with the version loaded before\n", p.watch.path, why)
	}
	if errs := probs.Errors(); pack == nil || len(errs) > 0 {
		keep(fmt.Sprintf("it has %d %s (see 'kalm check %s')", len(errs), plural(len(errs), "error", "errors"), p.watch.path))
		return
	}
	sc := pack.Scenario(p.sc.ID)
	if sc == nil {
		keep(fmt.Sprintf("it has no scenario %q any more", p.sc.ID))
		return
	}
	next, err := p.conv.Continue(sc, engine.Options{})
	if err == nil {
		p.conv, p.sc = next, sc
		fmt.Fprintf(errw, "kalm play: reloaded %s; the call goes on at node %q\n", p.watch.path, next.Node())
		return
	}
	if !errors.Is(err, engine.ErrNodeGone) {
		keep(err.Error())
		return
	}
	fresh, err := engine.Start(sc, p.lang, engine.Options{Untimed: p.untimed})
	if err != nil {
		keep(err.Error())
		return
	}
	fmt.Fprintf(errw, "kalm play: reloaded %s; node %q is gone, so the call starts again at %q\n", p.watch.path, p.conv.Node(), fresh.Node())
	p.conv, p.sc = fresh, sc
	p.speak(fresh.Lines(), nil)
	p.shown = p.now()
}

// optionalInt is an integer flag that knows whether it was given.
type optionalInt struct{ v *int }

// String returns the value, or "" when the flag was not given.
func (o *optionalInt) String() string {
	if o == nil || o.v == nil {
		return ""
	}
	return fmt.Sprint(*o.v)
}

// Set parses a whole number.
func (o *optionalInt) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("%q is not a whole number", s)
	}
	o.v = &n
	return nil
}

// watchPack watches the pack at path on ticker's ticks, off the game's
// goroutine, and sends each new version (or its problems) on the channel
// the game reads between frames. The channel holds the newest version
// only. stop ends the watch.
func watchPack(path string, ticker *time.Ticker) (<-chan flow.Reload, func()) {
	out := make(chan flow.Reload, 1)
	quit := make(chan struct{})
	w := newPackWatch(path, ticker.C)
	go func() {
		for {
			select {
			case <-quit:
				return
			case <-ticker.C:
			}
			if !w.changed() {
				continue
			}
			r := reloadOf(w.load())
			select { // drop a version the game has not taken yet
			case <-out:
			default:
			}
			out <- r
		}
	}()
	var once sync.Once
	return out, func() { once.Do(func() { ticker.Stop(); close(quit) }) }
}

// reloadOf turns a loaded pack into a Reload: errors block it, warnings
// do not (a draft plays).
func reloadOf(p *scenarios.Pack, probs scenarios.Problems) flow.Reload {
	var msgs []string
	for _, pr := range probs.Errors() {
		msgs = append(msgs, pr.String())
	}
	if len(msgs) > 0 {
		return flow.Reload{Problems: msgs}
	}
	return flow.Reload{Pack: p}
}
