package main

import (
	"flag"
	"fmt"

	"kalm/internal/cliflag"
	"kalm/scenarios"
)

func runSchema(e env) int {
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm schema > scenario-pack.schema.json")
		fmt.Fprintln(fs.Output(), "\nPrints the JSON Schema of scenario pack files, for editors such as VS Code.")
	}
	args, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 0 {
		fmt.Fprintf(e.stderr, "kalm schema: unexpected argument %q (it takes none)\n", args[0])
		return exitUsage
	}
	_, _ = e.stdout.Write(scenarios.Schema())
	return exitOK
}
