package main

import (
	"flag"
	"fmt"
	"io"
	"runtime/debug"

	"kalm/internal/cliflag"
	"kalm/scenarios"
	"kalm/scenarios/builtin"
	"kalm/scoring"
)

// runVersion runs `kalm version`: the program, scorer and built-in pack
// versions.
func runVersion(e env) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm version")
		fmt.Fprintln(fs.Output(), "\nPrints the program's version (with the commit it was built from, when known),")
		fmt.Fprintln(fs.Output(), "the scorer's version and the built-in pack's version: what to quote in a bug report.")
	}
	args, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 0 {
		fmt.Fprintf(e.stderr, "kalm version: unexpected argument %q\n", args[0])
		return exitUsage
	}
	info, _ := debug.ReadBuildInfo()
	pack, probs := scenarios.LoadFS(builtin.FS(), ".", "builtin")
	if pack == nil || len(probs.Errors()) > 0 {
		fmt.Fprintf(e.stderr, "kalm version: the built-in pack does not load: %v\n", probs.Err())
		return exitFindings
	}
	writeVersion(e.stdout, info, pack)
	return exitOK
}

// writeVersion writes the versions: the program's from its build
// information (nil when the binary has none), the scorer's and pack's.
func writeVersion(w io.Writer, info *debug.BuildInfo, pack *scenarios.Pack) {
	fmt.Fprintf(w, "kalm %s\n", programVersion(info))
	fmt.Fprintf(w, "scorer %s\n", scoring.Version)
	fmt.Fprintf(w, "built-in pack %s %s (%d scenarios)\n", pack.ID, pack.Version, len(pack.Scenarios))
	if info != nil && info.GoVersion != "" {
		fmt.Fprintf(w, "built with %s\n", info.GoVersion)
	}
}

// programVersion is the module version the binary was built as, with
// the commit and its time when the build recorded them ("(devel)" for a
// plain build of a working copy).
func programVersion(info *debug.BuildInfo) string {
	if info == nil {
		return "(unknown: no build information)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		v += " commit " + rev[:min(12, len(rev))]
		if t := settings["vcs.time"]; t != "" {
			v += " " + t
		}
		if settings["vcs.modified"] == "true" {
			v += " (modified)"
		}
	}
	return v
}
