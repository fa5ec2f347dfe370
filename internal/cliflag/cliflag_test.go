package cliflag

import (
	"flag"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	cases := []struct {
		args []string
		pos  []string
		n    int
	}{
		{[]string{"file", "--n", "3"}, []string{"file"}, 3},
		{[]string{"--n", "2", "a", "b"}, []string{"a", "b"}, 2},
		{[]string{"a", "--", "--n", "5"}, []string{"a", "--n", "5"}, 0},
		{nil, nil, 0},
	}
	for _, c := range cases {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		n := fs.Int("n", 0, "")
		pos, err := Parse(fs, c.args)
		require.NoError(t, err)
		assert.Equal(t, c.pos, pos)
		assert.Equal(t, c.n, *n)
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	_, err := Parse(fs, []string{"a", "--nope"})
	assert.Error(t, err)
}
