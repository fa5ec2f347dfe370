package main

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
)

// waitFor waits until buf holds want, or fails the test after a while.
func waitFor(t *testing.T, buf *syncBuffer, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(buf.String(), want) {
		if time.Now().After(deadline) {
			require.FailNow(t, "timed out", "waiting for %q in:\n%s", want, buf.String())
		}
		time.Sleep(time.Millisecond)
	}
}

// watchedPack writes a pack folder holding coveredPack and returns its
// scenario file.
func watchedPack(t *testing.T) (dir, file string) {
	t.Helper()
	dir = t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "pack.yaml"),
		[]byte("id: watched\ntitle: {nl: Gevolgd, en: Watched}\nauthor: Kim\nversion: 0.1.0\n"), 0o644))
	file = filepath.Join(dir, "cov.yaml")
	require.NoError(t, os.WriteFile(file, []byte(coveredPack), 0o644))
	return dir, file
}

// TestPlayWatchReloads changes the pack while a call runs: the customer
// is at node "open" after one reply, the file is saved, the watch ticks,
// and the second reply is answered by the version on disk (or by the
// old one when the new one has errors).
func TestPlayWatchReloads(t *testing.T) {
	cases := []struct {
		name    string
		edit    func(string) string
		errWant []string
		outWant string
		outNot  string
	}{
		{"a new text is used at once",
			func(s string) string {
				return strings.Replace(s, "Hello? Anyone there?", "Are you still listening?", 1)
			},
			[]string{`kalm play: reloaded `, `; the call goes on at node "open"`},
			"Ann: Are you still listening?", ""},
		{"a broken file keeps the old version",
			func(s string) string {
				return strings.Replace(strings.Replace(s, "Hello? Anyone there?", "Are you still listening?", 1), "goto: gone", "goto: nowhere", 1)
			},
			[]string{`goto "nowhere": no such node`, "changed, but it has 1 error (see 'kalm check ", "playing on with the version loaded before"},
			"Ann: Hello? Anyone there?\n\n", "Are you still listening?"},
		{"a node that is gone restarts the call",
			func(s string) string {
				s = strings.Replace(s, "start: open", "start: first", 1)
				s = strings.Replace(s, "  - id: open", "  - id: first", 1)
				s = strings.Replace(s, "goto: open", "goto: first", 1)
				return strings.Replace(s, "Where is my parcel?", "Where on earth is my parcel?", 1)
			},
			[]string{`node "open" is gone, so the call starts again at "first"`},
			"Ann: Where on earth is my parcel?", ""},
		{"warnings only: it reloads and says so",
			func(s string) string {
				i := strings.Index(s, "golden:\n")
				s = s[:i] + "  - id: orphan\n    end: escalated\n    say: {en: \"No.\"}\n" + s[i:]
				return strings.Replace(s, "Hello? Anyone there?", "Are you still listening?", 1)
			},
			[]string{`warning: node "orphan" is unreachable`, "reloaded "},
			"Ann: Are you still listening?", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir, file := watchedPack(t)
			ticks := make(chan time.Time)
			c := clock{
				now:   func() time.Time { return time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC) },
				after: time.After,
				tick:  func(time.Duration) (<-chan time.Time, func()) { return ticks, func() {} },
			}
			in, typing := io.Pipe()
			out, errw := &syncBuffer{}, &syncBuffer{}
			done := make(chan int)
			go func() {
				done <- playWith(env{args: []string{"--text", "--pack", dir, "--scenario", "cov", "--lang", "en", "--watch"},
					stdin: in, stdout: out, stderr: errw}, c)
			}()

			_, err := io.WriteString(typing, "Hmm.\n")
			require.NoError(t, err)
			waitFor(t, out, "Ann: Hello? Anyone there?")

			require.NoError(t, os.WriteFile(file, []byte(tc.edit(coveredPack)), 0o644))
			later := time.Now().Add(time.Hour)
			require.NoError(t, os.Chtimes(file, later, later))
			ticks <- time.Now()
			waitFor(t, errw, "kalm play: ")

			_, err = io.WriteString(typing, "Well then.\n")
			require.NoError(t, err)
			require.NoError(t, typing.Close())
			assert.Equal(t, exitOK, <-done, errw.String())

			for _, w := range tc.errWant {
				assert.Contains(t, errw.String(), w)
			}
			after := out.String()[strings.Index(out.String(), "Ann: Hello? Anyone there?")+1:]
			assert.Contains(t, after, tc.outWant, "the next turn")
			if tc.outNot != "" {
				assert.NotContains(t, out.String(), tc.outNot)
			}
		})
	}
}

// TestPlayWatchIgnoresTicksWithoutChanges: a tick with nothing changed
// reloads nothing.
func TestPlayWatchIgnoresTicksWithoutChanges(t *testing.T) {
	dir, _ := watchedPack(t)
	ticks := make(chan time.Time)
	c := clock{now: time.Now, after: time.After, tick: func(time.Duration) (<-chan time.Time, func()) { return ticks, func() {} }}
	in, typing := io.Pipe()
	out, errw := &syncBuffer{}, &syncBuffer{}
	done := make(chan int)
	go func() {
		done <- playWith(env{args: []string{"--text", "--pack", dir, "--scenario", "cov", "--lang", "en", "--watch"},
			stdin: in, stdout: out, stderr: errw}, c)
	}()
	waitFor(t, out, "Ann: Where is my parcel?")
	ticks <- time.Now()
	ticks <- time.Now() // the first tick was handled
	require.NoError(t, typing.Close())
	assert.Equal(t, exitOK, <-done)
	assert.Empty(t, errw.String())
}

func TestPlayWatchNeedsAPack(t *testing.T) {
	code, _, errOut := runCmd(t, "", "play", "--text", "--scenario", "fur-elise", "--watch")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "--watch needs --pack PATH")
}

func TestStampFS(t *testing.T) {
	t0 := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	base := func() fstest.MapFS {
		return fstest.MapFS{
			"pack.yaml":        {Data: []byte("id: p"), ModTime: t0},
			"a.yaml":           {Data: []byte("id: a"), ModTime: t0},
			"notes/draft.yaml": {Data: []byte("id: d"), ModTime: t0},
		}
	}
	orig, err := stampFS(base(), ".")
	require.NoError(t, err)
	cases := []struct {
		name   string
		change func(fstest.MapFS)
		same   bool
	}{
		{"nothing", func(fstest.MapFS) {}, true},
		{"a later save", func(m fstest.MapFS) { m["a.yaml"].ModTime = t0.Add(time.Second) }, false},
		{"other contents, same time", func(m fstest.MapFS) { m["a.yaml"].Data = []byte("id: ab") }, false},
		{"a new file", func(m fstest.MapFS) { m["b.yaml"] = &fstest.MapFile{Data: []byte("x"), ModTime: t0} }, false},
		{"a removed file", func(m fstest.MapFS) { delete(m, "a.yaml") }, false},
		{"a subfolder the loader ignores", func(m fstest.MapFS) { m["notes/draft.yaml"].ModTime = t0.Add(time.Hour) }, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := base()
			tc.change(m)
			got, err := stampFS(m, ".")
			require.NoError(t, err)
			assert.Equal(t, tc.same, got == orig)
		})
	}
	one, err := stampFS(base(), "a.yaml")
	require.NoError(t, err)
	assert.Equal(t, "a.yaml 5 "+strconv.FormatInt(t0.UnixNano(), 10), one, "a one-file pack is that file")
	_, err = stampFS(base(), "gone.yaml")
	assert.Error(t, err)
}

// TestGameWatchSendsNewVersions: the game's watch sends a version that
// loads, and the problems of one that does not, off the game's goroutine.
func TestGameWatchSendsNewVersions(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "pack")
	code, _, errOut := runCmd(t, "", "new", dir)
	require.Equal(t, exitOK, code, errOut)
	ticker := time.NewTicker(10 * time.Millisecond)
	reloads, stop := watchPack(dir, ticker)
	defer stop()
	file := filepath.Join(dir, "first-call.yaml")
	src, err := os.ReadFile(file)
	require.NoError(t, err)
	time.Sleep(20 * time.Millisecond) // a later modification time
	require.NoError(t, os.WriteFile(file, []byte(strings.Replace(string(src), "name: Noor Jansen", "name: Noor Peeters", 1)), 0o644))
	// os.WriteFile empties the file before it writes: the watch may
	// catch it empty in between and send that version's problems first.
	r := nextReload(t, reloads, func(r flow.Reload) bool { return r.Pack != nil })
	require.Empty(t, r.Problems)
	assert.Equal(t, "Noor Peeters", r.Pack.Scenario("first-call").Customer.Name)
	time.Sleep(20 * time.Millisecond)
	require.NoError(t, os.WriteFile(file, []byte("id: first-call\nnodes: [\n"), 0o644))
	r = nextReload(t, reloads, func(r flow.Reload) bool {
		return len(r.Problems) > 0 && !strings.Contains(strings.Join(r.Problems, "\n"), "file is empty")
	})
	assert.Nil(t, r.Pack)
	assert.NotEmpty(t, r.Problems, "a broken edit sends its problems")
}

// nextReload waits up to 10 s for a reload that is what want wants,
// skipping the versions caught halfway through a write.
func nextReload(t *testing.T, reloads <-chan flow.Reload, want func(flow.Reload) bool) flow.Reload {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case r := <-reloads:
			if want(r) {
				return r
			}
		case <-deadline:
			t.Fatal("no such version after an edit")
			return flow.Reload{}
		}
	}
}
