// Package cliflag holds what Kalm's command lines share on top of the
// standard flag package.
package cliflag

import "flag"

// Parse parses flags that may come before or after the positional
// arguments ("kalm eval FILE --misses 5"), as a person would type them.
// Everything after "--" is positional. It returns the positional
// arguments in order.
func Parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// flag.Parse consumed a "--" if the rest is shorter than expected.
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// Exit codes of a command line that could not be parsed.
const (
	ExitHelp  = 0 // -h: the usage was printed
	ExitUsage = 2 // a bad flag: the flag package said why
)

// ParseOrExit parses like Parse. When ok is false the command should
// end at once with code: ExitHelp after -h, ExitUsage on a bad flag.
func ParseOrExit(fs *flag.FlagSet, args []string) (pos []string, code int, ok bool) {
	pos, err := Parse(fs, args)
	switch {
	case err == flag.ErrHelp:
		return nil, ExitHelp, false
	case err != nil:
		return nil, ExitUsage, false
	}
	return pos, 0, true
}
