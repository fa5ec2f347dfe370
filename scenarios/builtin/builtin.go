// Package builtin embeds Kalm's built-in scenario pack: pack.yaml and one
// YAML file per scenario, in the format of docs/scenario-format.md.
package builtin

import (
	"embed"
	"io/fs"
)

//go:embed *.yaml
var files embed.FS

// FS returns the built-in pack as a file system whose root holds
// pack.yaml and the scenario files.
func FS() fs.FS { return files }
