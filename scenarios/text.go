package scenarios

import "go.yaml.in/yaml/v3"

// Text is one piece of text per language.
type Text struct {
	NL   string `yaml:"nl,omitempty"`
	EN   string `yaml:"en,omitempty"`
	Meta `yaml:"-"`
}

// Get returns the text in lang ("" when missing or lang is unknown).
func (t Text) Get(lang string) string {
	switch lang {
	case "nl":
		return t.NL
	case "en":
		return t.EN
	}
	return ""
}

// IsZero reports whether no language is set.
func (t Text) IsZero() bool { return t.NL == "" && t.EN == "" }

// Lines is a list of lines (or words) per language. In YAML each
// language takes one string or a list of strings.
type Lines struct {
	NL   Strings `yaml:"nl,omitempty"`
	EN   Strings `yaml:"en,omitempty"`
	Meta `yaml:"-"`
}

// Get returns the lines in lang.
func (l Lines) Get(lang string) []string {
	switch lang {
	case "nl":
		return l.NL
	case "en":
		return l.EN
	}
	return nil
}

// IsZero reports whether no language has lines.
func (l Lines) IsZero() bool { return len(l.NL) == 0 && len(l.EN) == 0 }

// Strings is a list of strings that YAML may also give as one string.
type Strings []string

// UnmarshalYAML lets yaml.v3 read one string or a list of strings, as
// the loader does.
func (s *Strings) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		var one string
		if err := n.Decode(&one); err != nil {
			return err
		}
		*s = Strings{one}
		return nil
	}
	var many []string
	if err := n.Decode(&many); err != nil {
		return err
	}
	*s = many
	return nil
}

// MarshalYAML writes one string as a string and several as a list.
func (s Strings) MarshalYAML() (any, error) {
	if len(s) == 1 {
		return s[0], nil
	}
	return []string(s), nil
}

// Pos is a position in a file, 1-based.
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"col"`
}

// Meta records where a value was read from: its own position and the
// position of each key's value, for problems found after decoding.
type Meta struct {
	At   Pos
	Keys []KeyPos
}

// KeyPos is where one key's value was read from.
type KeyPos struct {
	Key string
	Pos Pos
}

// PosOf returns the position of key's value, or of the value itself
// when the key was absent.
func (m Meta) PosOf(key string) Pos {
	for _, k := range m.Keys {
		if k.Key == key {
			return k.Pos
		}
	}
	return m.At
}

// Has reports whether key was written.
func (m Meta) Has(key string) bool {
	for _, k := range m.Keys {
		if k.Key == key {
			return true
		}
	}
	return false
}
