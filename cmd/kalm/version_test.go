package main

import (
	"bytes"
	"fmt"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
	"kalm/scoring"
)

func TestProgramVersion(t *testing.T) {
	vcs := func(modified string) []debug.BuildSetting {
		return []debug.BuildSetting{
			{Key: "vcs.revision", Value: "690a6a540ce1d4c2e8f1a9b0c3d5e7f9a1b2c3d4"},
			{Key: "vcs.time", Value: "2026-12-03T07:46:39Z"},
			{Key: "vcs.modified", Value: modified},
		}
	}
	cases := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"no build information", nil, "(unknown: no build information)"},
		{"a plain build", &debug.BuildInfo{Main: debug.Module{Path: "kalm", Version: "(devel)"}}, "(devel)"},
		{"no version at all", &debug.BuildInfo{Main: debug.Module{Path: "kalm"}}, "(devel)"},
		{"a release", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}, Settings: vcs("false")},
			"v1.2.0 commit 690a6a540ce1 2026-12-03T07:46:39Z"},
		{"a working copy with changes", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261203074639-690a6a540ce1+dirty"}, Settings: vcs("true")},
			"v0.0.0-20261203074639-690a6a540ce1+dirty commit 690a6a540ce1 2026-12-03T07:46:39Z (modified)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, programVersion(tc.info))
		})
	}
}

func TestWriteVersion(t *testing.T) {
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	var b bytes.Buffer
	writeVersion(&b, &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.0.0"}}, pack)
	want := fmt.Sprintf("kalm v1.0.0\nscorer %s\nbuilt-in pack builtin %s (%d scenarios)\nbuilt with go1.26.8\n", scoring.Version, pack.Version, len(pack.Scenarios))
	assert.Equal(t, want, b.String())
}

func TestVersionCommand(t *testing.T) {
	code, out, errOut := runCmd(t, "", "version")
	require.Equal(t, exitOK, code, errOut)
	assert.Regexp(t, `^kalm \S`, out)
	assert.Contains(t, out, "scorer "+scoring.Version+"\n")
	assert.Contains(t, out, "built-in pack builtin 1.0.0 (")
	code, _, errOut = runCmd(t, "", "version", "extra")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, `unexpected argument "extra"`)
}
