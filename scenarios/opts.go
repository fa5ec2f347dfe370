package scenarios

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"kalm/scoring"
)

// rulesTag is the struct tag holding a field's loader rules, kept apart
// from the yaml tag so that yaml.v3 itself can read and write the pack
// types: `yaml:"mood" kalm:"required,min=0,max=100"`.
const rulesTag = "kalm"

// opts are a field's rules from its kalm tag: required, min=N, max=N,
// enum=SET (allowed values of a text, or of each text in a list),
// keys=SET (allowed keys of a mapping) and id (an identifier).
type opts struct {
	required       bool
	id             bool
	hasMin, hasMax bool
	min, max       int
	enum, keys     string
}

func parseOpts(s string) opts {
	var o opts
	for _, part := range strings.Split(s, ",") {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "required":
			o.required = true
		case "id":
			o.id = true
		case "min":
			o.min, _ = strconv.Atoi(v)
			o.hasMin = true
		case "max":
			o.max, _ = strconv.Atoi(v)
			o.hasMax = true
		case "enum":
			o.enum = v
		case "keys":
			o.keys = v
		}
	}
	return o
}

func (o opts) rangeText() string {
	switch {
	case o.hasMin && o.hasMax:
		return fmt.Sprintf("%d to %d", o.min, o.max)
	case o.hasMin:
		return fmt.Sprintf("at least %d", o.min)
	default:
		return fmt.Sprintf("at most %d", o.max)
	}
}

// enumValues returns the allowed values of a named set.
func enumValues(set string) []string {
	switch set {
	case "criteria":
		cs := scoring.Criteria()
		out := make([]string, len(cs))
		for i, c := range cs {
			out[i] = string(c)
		}
		return out
	case "ending":
		return []string{Resolved, HungUp, Escalated}
	case "lang":
		return []string{"nl", "en"}
	case "blame_kind":
		return []string{"contract", "supplier", "website", "management", "denial", "customer"}
	}
	return nil
}

// checkEnum reports value if it is not in set ("" allows anything).
func (d *decoder) checkEnum(n *yaml.Node, what *fieldPath, set, value string) bool {
	if set == "" {
		return true
	}
	vals := enumValues(set)
	for _, v := range vals {
		if v == value {
			return true
		}
	}
	if set == "lang" {
		d.unsupportedLang(n, what, value)
		return false
	}
	if guess := closest(value, vals); guess != "" {
		d.r.add(pos(n), "%sunknown %s %q (did you mean %q?)", prefix(what), setName(set), short(value), guess)
		return false
	}
	d.r.add(pos(n), "%sunknown %s %q (expected one of: %s)", prefix(what), setName(set), short(value), strings.Join(vals, ", "))
	return false
}

// unsupportedLang reports a language Kalm does not play, once per file:
// in langs, as a golden example's lang, or as a text's key.
func (d *decoder) unsupportedLang(n *yaml.Node, what *fieldPath, lang string) {
	if d.langs[lang] {
		return
	}
	if d.langs == nil {
		d.langs = map[string]bool{}
	}
	d.langs[lang] = true
	d.r.add(pos(n), "%sunsupported language %s (expected %s)", prefix(listOf(what)), short(lang), strings.Join(enumValues("lang"), " or "))
}

// listOf drops a trailing list index from a path: "langs", not "langs[2]".
func listOf(what *fieldPath) *fieldPath {
	if what != nil && what.key == "" && what.label == "" {
		return what.parent
	}
	return what
}

// looksLikeLang reports whether a key looks like a two-letter language
// code ("de", "fr"), as a text in a language Kalm does not play would be
// keyed.
func looksLikeLang(key string) bool {
	if len(key) != 2 {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] < 'a' || key[i] > 'z' {
			return false
		}
	}
	return true
}

// closest returns the candidate nearest to s when it is a likely typo
// (one or two edits away, by length), else "".
func closest(s string, candidates []string) string {
	best, bestDist := "", 1<<30
	for _, c := range candidates {
		if d := editDistance(s, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	limit := 1
	if len(s) >= 6 {
		limit = 2
	}
	if bestDist == 0 || bestDist > limit {
		return ""
	}
	return best
}

// editDistance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of two neighbours.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

func setName(set string) string {
	switch set {
	case "criteria":
		return "criterion"
	case "lang":
		return "language"
	case "blame_kind":
		return "blame kind"
	}
	return set
}

// ValidID reports whether s is a lower-case identifier: letters a-z,
// digits and '-', starting with a letter or digit, at most 64 bytes.
func ValidID(s string) bool {
	if s == "" || len(s) > 64 || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
