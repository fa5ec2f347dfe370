package scenarios

import (
	"io/fs"

	"kalm/scenarios/builtin"
)

func builtinFS() fs.FS { return builtin.FS() }
