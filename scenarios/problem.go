package scenarios

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong in a pack, at a place in a file.
type Problem struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	Message string `json:"message"`
	// Warning marks a problem that does not keep the pack from being
	// played: a draft with an unreachable node still plays. Everything
	// else is an error.
	Warning bool `json:"warning,omitempty"`
}

// String formats p as file:line:col: message, with "warning: " before
// the message of a warning.
func (p Problem) String() string {
	msg := p.Message
	if p.Warning {
		msg = "warning: " + msg
	}
	if p.Line <= 0 {
		return fmt.Sprintf("%s: %s", p.File, msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, msg)
}

// Problems is every problem found, in file and position order.
type Problems []Problem

// Error joins the problems, one per line.
func (ps Problems) Error() string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Err returns ps as an error, or nil when there are none.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Errors returns the problems that are not warnings: the ones that keep
// a pack from being played.
func (ps Problems) Errors() Problems { return ps.filter(false) }

// Warnings returns the warnings.
func (ps Problems) Warnings() Problems { return ps.filter(true) }

// filter returns the problems whose Warning is warning (nil for none).
func (ps Problems) filter(warning bool) Problems {
	var out Problems
	for _, p := range ps {
		if p.Warning == warning {
			out = append(out, p)
		}
	}
	return out
}

// Strict returns a copy of ps with every warning turned into an error.
func (ps Problems) Strict() Problems {
	out := make(Problems, len(ps))
	for i, p := range ps {
		p.Warning = false
		out[i] = p
	}
	return out
}

// Sort orders the problems by file, line and column, keeping the order
// of problems at the same place.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// report collects problems for one file.
type report struct {
	file  string
	probs Problems
}

// add reports an error at p.
func (r *report) add(p Pos, format string, args ...any) {
	r.probs = append(r.probs, Problem{File: r.file, Line: p.Line, Col: p.Col, Message: fmt.Sprintf(format, args...)})
}

// warn reports a warning at p: something a draft may still have.
func (r *report) warn(p Pos, format string, args ...any) {
	r.probs = append(r.probs, Problem{File: r.file, Line: p.Line, Col: p.Col, Message: fmt.Sprintf(format, args...), Warning: true})
}
