package scoring

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Extension is a scenario pack's own language: words it adds to the
// scorer's word sets (a supplier the company works with, a regional
// expression), spellings, and phrase rules, written in the format of the
// language files (docs/language.md). It applies only to scorers built
// with it, so only while that pack plays.
type Extension struct {
	name  string
	sets  map[string][]string // built-in set → added words; new set → its words
	spell map[string]string
	rules []entry
	notes map[string]string
}

// ParseExtension compiles a pack's language file. Its statements are
// those of the language files; a `set` either adds words to a built-in
// set or defines a set of the pack's own for its rules ($name), and a
// rule id must not be one the scorer already has. Every mistake is
// reported as "file:line: what (expected …)" in a *LangError.
func ParseExtension(name, text string) (*Extension, error) {
	var errs []string
	stmts := splitStatements(langSource{Name: name, Text: text}, &errs)
	x := &Extension{name: name, sets: map[string][]string{}, spell: map[string]string{}, notes: map[string]string{}}
	var rules []statement
	for _, st := range stmts {
		switch st.keyword {
		case "set":
			if !isName(st.head) {
				errs = append(errs, fmt.Sprintf("%s: set name %q (expected lower-case letters, digits and dashes)", st.pos, st.head))
				continue
			}
			x.sets[st.head] = append(x.sets[st.head], normWords(st.body)...)
		case "spell":
			if st.head == "" || st.body == "" {
				errs = append(errs, st.pos+": spell needs a form and its variants (expected spell FORM: VARIANT …)")
				continue
			}
			for _, v := range strings.Fields(st.body) {
				x.spell[v] = st.head
			}
		case "note":
			if !isName(st.head) || st.body == "" {
				errs = append(errs, st.pos+": a note needs a name and a text (expected note NAME: TEXT)")
				continue
			}
			x.notes[st.head] = st.body
		case "rule":
			rules = append(rules, st)
		default:
			errs = append(errs, fmt.Sprintf("%s: %q cannot be used in a pack's language file (expected set, spell, note or rule)", st.pos, st.keyword))
		}
	}
	classes := std.classes()
	for n, ws := range x.sets {
		if _, builtin := std.sets[n]; builtin {
			classes[n] += "|" + strings.Join(ws, "|")
		} else {
			classes[n] = strings.Join(ws, "|")
		}
	}
	notes := maps.Clone(std.notes)
	maps.Copy(notes, x.notes)
	builtinIDs := map[string]bool{}
	for _, e := range std.rules {
		builtinIDs[e.id] = true
	}
	for _, st := range rules {
		es, err := parseRule(st, notes, classes)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", st.pos, err))
			continue
		}
		if builtinIDs[es[0].id] {
			errs = append(errs, fmt.Sprintf("%s: rule id %s is one of the scorer's own (expected a new id, such as pack.%s)", st.pos, es[0].id, es[0].id))
			continue
		}
		builtinIDs[es[0].id] = true
		x.rules = append(x.rules, es...)
	}
	if len(errs) > 0 {
		return nil, &LangError{Problems: errs}
	}
	return x, nil
}

// normWords normalises the words of a set as replies are normalised.
func normWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if n := normPhrase(w); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// apply adds the extension to scorer s being built: words to the
// built-in sets (their tokens carry the set's flag), the pack's own sets
// as pattern classes, spellings, and rules. It returns the rules.
func (x *Extension) apply(s *Scorer) []entry {
	if x == nil {
		return nil
	}
	for _, n := range slices.Sorted(maps.Keys(x.sets)) {
		ws := x.sets[n]
		set, builtin := std.sets[n]
		if builtin {
			s.classes[n] += "|" + strings.Join(ws, "|")
			for _, w := range ws {
				wi := s.words[w]
				wi.flags[set.bit>>6] |= 1 << (set.bit & 63)
				s.words[w] = wi
			}
			continue
		}
		s.classes[n] = strings.Join(ws, "|")
	}
	if len(x.spell) > 0 {
		s.spell = maps.Clone(std.spell)
		maps.Copy(s.spell, x.spell)
	}
	if len(x.notes) > 0 {
		s.notes = x.notes
	}
	return x.rules
}
