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

func TestParseOrExit(t *testing.T) {
	for _, tc := range []struct {
		args []string
		pos  []string
		code int
		ok   bool
	}{
		{[]string{"a", "--n", "3", "b"}, []string{"a", "b"}, 0, true},
		{[]string{"-h"}, nil, ExitHelp, false},
		{[]string{"--nope"}, nil, ExitUsage, false},
		{[]string{"--n", "three"}, nil, ExitUsage, false},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		fs.Int("n", 0, "a number")
		pos, code, ok := ParseOrExit(fs, tc.args)
		assert.Equal(t, tc.ok, ok, "%v", tc.args)
		assert.Equal(t, tc.code, code, "%v", tc.args)
		assert.Equal(t, tc.pos, pos, "%v", tc.args)
	}
}
