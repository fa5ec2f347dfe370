package scenarios

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"kalm/scoring"
)

// opts are a field's rules from its yaml tag: required, min=N, max=N,
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
	d.r.add(pos(n), "%sunknown %s %q (expected one of: %s)", prefix(what), setName(set), short(value), strings.Join(vals, ", "))
	return false
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

// validID reports whether s is a lower-case identifier: letters a-z,
// digits and '-', starting with a letter or digit, at most 64 bytes.
func validID(s string) bool {
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
