// Command kalm is the Kalm game and its tools. With no arguments it opens
// the game; subcommands score replies, measure the scorer and check packs.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit codes shared by every subcommand.
const (
	exitOK       = 0 // done, nothing to report
	exitFindings = 1 // findings, problems or bad input
	exitUsage    = 2 // the command line itself was wrong
)

// env is what a subcommand may touch: its arguments and the process's
// standard streams. Tests run subcommands with their own env.
type env struct {
	args   []string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// isTerminal reports whether stdout is a terminal (for highlighting).
	isTerminal bool
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(e env) int
}

func commands() []command {
	return []command{
		{"score", "score one reply, or JSON lines with --jsonl", runScore},
		{"eval", "measure the scorer on labelled replies", runEval},
		{"check", "check scenario packs (no path: the built-in pack)", runCheck},
		{"list", "list a pack's scenarios", runList},
		{"new", "start a scenario pack, or add a scenario to one", runNew},
		{"graph", "draw a scenario's node graph (SVG or DOT)", runGraph},
		{"schema", "print the JSON Schema of scenario pack files", runSchema},
		{"play", "play a scenario in the terminal", runPlay},
		{"team", "join or leave a team, send waiting calls (as the game's team screen)", runTeam},
		{"game", "open the game window (the default; 'kalm game -h' for its flags)", runGame},
		{"version", "print the program, scorer and built-in pack versions", runVersion},
	}
}

func main() {
	e := env{
		args:       os.Args[1:],
		stdin:      os.Stdin,
		stdout:     os.Stdout,
		stderr:     os.Stderr,
		isTerminal: isTerminal(os.Stdout),
	}
	os.Exit(run(e))
}

// run dispatches to the subcommand named by e.args[0].
func run(e env) int {
	if len(e.args) == 0 {
		return runGame(e)
	}
	name := e.args[0]
	if strings.HasPrefix(name, "-") && name != "-h" && name != "-help" && name != "--help" {
		return runGame(e) // game flags: kalm --lang en
	}
	switch name {
	case "help", "-h", "-help", "--help":
		if len(e.args) > 1 {
			for _, c := range commands() {
				if c.name == e.args[1] {
					return c.run(env{args: []string{"-h"}, stdin: e.stdin, stdout: e.stdout, stderr: e.stdout})
				}
			}
		}
		usage(e.stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			sub := e
			sub.args = e.args[1:]
			return c.run(sub)
		}
	}
	fmt.Fprintf(e.stderr, "kalm: unknown command %q (run 'kalm help' for the list)\n", name)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Kalm trains customer-service staff to handle angry customers.")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "Usage:")
	fmt.Fprintln(w, "  kalm                 open the game")
	fmt.Fprintln(w, "  kalm COMMAND [flags]")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "Run 'kalm COMMAND -h' for a command's flags.")
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	if err != nil {
		return false
	}
	return st.Mode()&os.ModeCharDevice != 0
}
