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
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var updateVersion = flag.Bool("update", false, "record the scorer's verdict fingerprint for its Version")

// versionFile records which fingerprint of verdicts belongs to Version.
const versionFile = "testdata/version.txt"

// verdictFingerprint scores every reply of the labelled corpus and hashes
// the verdicts (criteria and blame kind), so any change in what the
// scorer finds changes it.
func verdictFingerprint(t *testing.T) string {
	t.Helper()
	s := New(Vocabulary{})
	h := sha256.New()
	for _, name := range []string{"real.jsonl", "written.jsonl"} {
		f, err := os.Open(filepath.Join("..", "corpus", name))
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<16), 1<<22)
		for sc.Scan() {
			var ex struct {
				ID, Lang, Text string
			}
			require.NoError(t, json.Unmarshal(sc.Bytes(), &ex))
			res := s.Score(ex.Text, Lang(ex.Lang))
			fmt.Fprintf(h, "%s %v %s\n", ex.ID, res.Criteria, res.BlameKind)
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// TestVersionFingerprint fails when the scorer's verdicts change and
// Version does not: stored results and --jsonl lines name the scorer
// that judged them, so a new judgement needs a new name. After a
// deliberate change: bump Version, then
// `go test ./scoring -run TestVersionFingerprint -update`.
func TestVersionFingerprint(t *testing.T) {
	fp := verdictFingerprint(t)
	if *updateVersion {
		require.NoError(t, os.WriteFile(versionFile, []byte(Version+" "+fp+"\n"), 0o644))
		return
	}
	b, err := os.ReadFile(versionFile)
	require.NoError(t, err, "run: go test ./scoring -run TestVersionFingerprint -update")
	stored := strings.Fields(string(b))
	require.Len(t, stored, 2, "%s: expected VERSION FINGERPRINT", versionFile)
	switch {
	case stored[1] != fp && stored[0] == Version:
		t.Fatalf("the scorer's verdicts changed (fingerprint %s, recorded %s) but Version is still %s: bump scoring.Version, then run go test ./scoring -run TestVersionFingerprint -update", fp, stored[1], Version)
	case stored[0] != Version || stored[1] != fp:
		t.Fatalf("%s records %s %s; the scorer is %s %s: run go test ./scoring -run TestVersionFingerprint -update", versionFile, stored[0], stored[1], Version, fp)
	}
}
