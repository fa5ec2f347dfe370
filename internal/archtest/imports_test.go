package archtest

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rules: packages under a prefix must not depend on packages under any
// of the forbidden prefixes.
var rules = []struct {
	pkg       string
	forbidden []string
}{
	{"kalm/scoring", []string{"kalm/scenarios", "kalm/game", "kalm/leaderboard", "kalm/internal/teamlink", "github.com/hajimehoshi/ebiten"}},
	{"kalm/scenarios", []string{"kalm/game", "kalm/leaderboard", "kalm/internal/teamlink", "github.com/hajimehoshi/ebiten"}},
	{"kalm/game", []string{"kalm/leaderboard", "kalm/internal/teamlink"}},
	{"kalm/game/flow", []string{"github.com/hajimehoshi/ebiten", "kalm/game/flow/flowdemo"}}, // the screens know no demo
	{"kalm/game/results", []string{"github.com/hajimehoshi/ebiten"}},
	{"kalm/leaderboard", []string{"kalm/game", "kalm/internal/teamlink", "github.com/hajimehoshi/ebiten"}},
	{"kalm/internal/teamlink", []string{"github.com/hajimehoshi/ebiten"}},
	{"kalm/cmd/kalm-server", []string{"kalm/game", "github.com/hajimehoshi/ebiten"}},
}

func under(path, prefix string) bool { return path == prefix || strings.HasPrefix(path, prefix+"/") }

func TestImportsFlowOneWay(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Deps " "}}`, "kalm/...").Output()
	require.NoError(t, err, "go list")
	checked := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		pkg, deps := f[0], f[1:]
		for _, r := range rules {
			if !under(pkg, r.pkg) {
				continue
			}
			checked[r.pkg] = true
			for _, d := range deps {
				for _, bad := range r.forbidden {
					assert.False(t, under(d, bad), "%s must not depend on %s", pkg, d)
				}
			}
		}
	}
	for _, r := range rules {
		assert.True(t, checked[r.pkg], "no package %s to check: update the rules", r.pkg)
	}
}
