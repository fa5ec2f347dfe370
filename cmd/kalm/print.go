package main

import (
	"fmt"
	"io"
	"sort"

	"kalm/scoring"
)

const (
	ansiBold  = "\x1b[1m"
	ansiGreen = "\x1b[32m"
	ansiRed   = "\x1b[31m"
	ansiDim   = "\x1b[2m"
	ansiReset = "\x1b[0m"
)

// printResult shows a scored reply for a person: the reply with the
// evidence highlighted (on a terminal), then each criterion and its words.
func printResult(w io.Writer, text string, res scoring.Result, color bool) {
	if color {
		fmt.Fprintf(w, "%s\n\n", highlight(text, res.Findings))
	}
	fmt.Fprintf(w, "language: %s\n", res.Lang)
	if res.Cut {
		fmt.Fprintf(w, "cut: only the first %d bytes of this reply were scored\n", scoring.MaxReplyBytes)
	}
	for _, c := range scoring.Criteria() {
		mark, paint := "  ", ""
		if res.Criteria.Get(c) {
			mark = "✓ "
			paint = ansiGreen
			if c.Hurts() {
				mark = "✗ "
				paint = ansiRed
			}
		}
		name := string(c)
		if c == scoring.Blame && res.BlameKind != "" {
			name += " (" + string(res.BlameKind) + ")"
		}
		if color && paint != "" {
			fmt.Fprintf(w, "%s%s%-26s%s", paint, mark, name, ansiReset)
		} else {
			fmt.Fprintf(w, "%s%-26s", mark, name)
		}
		sep := ""
		for _, f := range res.Hits(c) {
			fmt.Fprintf(w, "%s%q", sep, f.Text)
			sep = ", "
		}
		fmt.Fprintln(w)
	}
	misses := res.NearMisses()
	if len(misses) > 0 {
		fmt.Fprintln(w, "\nhints:")
		for _, f := range misses {
			fmt.Fprintf(w, "  - %s: %q: %s\n", f.Criterion, f.Text, f.Note)
		}
	}
}

// highlight wraps every hit's words in bold colour.
func highlight(text string, findings []scoring.Finding) string {
	type mark struct {
		at    int
		start bool
		code  string
	}
	var marks []mark
	for _, f := range findings {
		code := ansiGreen
		switch {
		case !f.Hit:
			code = ansiDim
		case f.Criterion.Hurts():
			code = ansiRed
		}
		marks = append(marks, mark{f.Start, true, ansiBold + code}, mark{f.End, false, ansiReset})
	}
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].at < marks[j].at })
	out := make([]byte, 0, len(text)+len(marks)*8)
	last := 0
	for _, m := range marks {
		if m.at < last || m.at > len(text) {
			continue
		}
		out = append(out, text[last:m.at]...)
		out = append(out, m.code...)
		last = m.at
	}
	out = append(out, text[last:]...)
	return string(out) + ansiReset
}
