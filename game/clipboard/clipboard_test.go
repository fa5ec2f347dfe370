package clipboard

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadsWhatXclipOwns needs a display and xclip (run under xvfb-run).
func TestReadsWhatXclipOwns(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("needs a display: run under xvfb-run -a")
	}
	if _, err := exec.LookPath("xclip"); err != nil {
		t.Skip("needs xclip (scripts/deps.sh installs it)")
	}
	want := "Het spijt me écht.\nIk bel u om drie uur."
	cmd := exec.Command("xclip", "-selection", "clipboard", "-loops", "1")
	cmd.Stdin = strings.NewReader(want)
	require.NoError(t, cmd.Run())
	// xclip takes the selection from a child it forks: on a busy machine
	// it may not own it yet when Run returns, and a read then finds none.
	var got string
	assert.Eventually(t, func() bool {
		s, err := Read(2 * time.Second)
		got = s
		return err == nil && s != ""
	}, 10*time.Second, 50*time.Millisecond, "xclip never served the clipboard")
	assert.Equal(t, want, got)
}

func TestNoDisplayIsAnError(t *testing.T) {
	t.Setenv("DISPLAY", ":54321")
	_, err := Read(time.Second)
	assert.Error(t, err)
}
