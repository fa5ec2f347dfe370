package scoring

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateVersion = flag.Bool("update", false, "record the scorer's verdict fingerprint for its Version")

// versionFile records which fingerprint of verdicts belongs to Version,
// and over how many corpus replies it was taken: "VERSION FINGERPRINT N".
const versionFile = "testdata/version.txt"

// verdictFingerprint scores the first limit replies of the labelled
// corpus (every reply when limit < 0; the files are only ever appended
// to, so a batch joining later does not move the fingerprint) and hashes
// the verdicts (criteria and blame kind), so any change in what the
// scorer finds on them changes it. It returns the fingerprint and how
// many replies it read.
func verdictFingerprint(t *testing.T, limit int) (string, int) {
	t.Helper()
	s := New(Vocabulary{})
	h := sha256.New()
	n := 0
	for _, name := range []string{"real.jsonl", "written.jsonl"} {
		f, err := os.Open(filepath.Join("..", "corpus", name))
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<16), 1<<22)
		for sc.Scan() && (limit < 0 || n < limit) {
			var ex struct {
				ID, Lang, Text string
			}
			require.NoError(t, json.Unmarshal(sc.Bytes(), &ex))
			res := s.Score(ex.Text, Lang(ex.Lang))
			fmt.Fprintf(h, "%s %v %s\n", ex.ID, res.Criteria, res.BlameKind)
			n++
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	return hex.EncodeToString(h.Sum(nil))[:16], n
}

// TestVersionFingerprint fails when the scorer's verdicts change and
// Version does not: stored results and --jsonl lines name the scorer
// that judged them, so a new judgement needs a new name. After a
// deliberate change: bump Version, then
// `go test ./scoring -run TestVersionFingerprint -update`.
func TestVersionFingerprint(t *testing.T) {
	if *updateVersion {
		fp, n := verdictFingerprint(t, -1)
		require.NoError(t, os.WriteFile(versionFile, []byte(fmt.Sprintf("%s %s %d\n", Version, fp, n)), 0o644))
		return
	}
	b, err := os.ReadFile(versionFile)
	require.NoError(t, err, "run: go test ./scoring -run TestVersionFingerprint -update")
	stored := strings.Fields(string(b))
	require.Len(t, stored, 3, "%s: expected VERSION FINGERPRINT REPLIES", versionFile)
	limit, err := strconv.Atoi(stored[2])
	require.NoError(t, err, "%s: the reply count", versionFile)
	fp, n := verdictFingerprint(t, limit)
	require.Equal(t, limit, n, "the corpus has fewer replies than %s records: a file was cut", versionFile)
	switch {
	case stored[1] != fp && stored[0] == Version:
		t.Fatalf("the scorer's verdicts changed (fingerprint %s, recorded %s) but Version is still %s: bump scoring.Version, then run go test ./scoring -run TestVersionFingerprint -update", fp, stored[1], Version)
	case stored[0] != Version || stored[1] != fp:
		t.Fatalf("%s records %s %s; the scorer is %s %s: run go test ./scoring -run TestVersionFingerprint -update", versionFile, stored[0], stored[1], Version, fp)
	}
}

// TestVersionBefore: versions order by their day, then their count (94
// before 100 on one day), and one that does not read as a version (the
// empty one of early results) comes first.
func TestVersionBefore(t *testing.T) {
	for _, c := range []struct {
		a, b   string
		before bool
	}{
		{"2026.12.05-94", "2026.12.05-95", true},
		{"2026.12.05-95", "2026.12.05-94", false},
		{"2026.12.05-94", "2026.12.05-100", true},
		{"2026.12.03-7", "2026.12.05-1", true},
		{"2027.01.02-1", "2026.12.31-400", false},
		{"2026.12.05-94", "2026.12.05-94", false},
		{"", "2026.12.05-94", true},
		{"test", "2026.12.05-94", true},
		{"2026.12.05-94", "", false},
		{"", "", false},
		{"2026.1.05-3", "2026.12.05-1", true},
		{"2026.12.05-x", "2026.12.05-1", true},
		{"2026.12.05", "2026.12.05-1", true},
	} {
		assert.Equal(t, c.before, VersionBefore(c.a, c.b), "%q before %q", c.a, c.b)
	}
	assert.False(t, VersionBefore(Version, Version))
}

// FuzzVersionBefore: any two strings compare without a panic, and the
// order is strict: no version before itself, never both ways.
func FuzzVersionBefore(f *testing.F) {
	f.Add("2026.12.05-94", "2026.12.05-100")
	f.Add("", "2026.12.03-7")
	f.Add("2026.12.05-", "2026..05-1")
	f.Fuzz(func(t *testing.T, a, b string) {
		assert.False(t, VersionBefore(a, a))
		assert.False(t, VersionBefore(a, b) && VersionBefore(b, a))
	})
}
