package scenarios

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxDepth bounds how deep YAML may nest; the format needs about 8.
const maxDepth = 32

// maxValues bounds how many YAML values one file may hold.
const maxValues = 200000

var (
	metaType    = reflect.TypeOf(Meta{})
	stringsType = reflect.TypeOf(Strings{})
	textType    = reflect.TypeOf(Text{})
	linesType   = reflect.TypeOf(Lines{})
)

// decoder fills Go values from a yaml.Node tree, strictly: unknown
// fields, wrong types, duplicate keys and missing required fields are
// reported with their positions, and decoding goes on to find the rest.
type decoder struct {
	r      *report
	fields map[reflect.Type][]field // fieldsOf, cached per decoder
	// langs holds the unsupported languages already reported in this
	// file, so a language Kalm does not play is one problem, not one
	// per text.
	langs map[string]bool
}

// fieldsFor returns t's decodable fields, computing them once per decoder.
func (d *decoder) fieldsFor(t reflect.Type) []field {
	if fs, ok := d.fields[t]; ok {
		return fs
	}
	if d.fields == nil {
		d.fields = make(map[reflect.Type][]field)
	}
	fs := fieldsOf(t)
	d.fields[t] = fs
	return fs
}

func pos(n *yaml.Node) Pos { return Pos{Line: n.Line, Col: n.Column} }

// kindName says what a node is, for "found X" messages.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") {
			return fmt.Sprintf("the YAML tag %s before %q", short(n.Tag), short(n.Value))
		}
		switch n.Tag {
		case "!!timestamp":
			return "the date " + n.Value
		case "!!null":
			return "nothing"
		case "!!int":
			return "the number " + n.Value
		case "!!float":
			return "the number " + n.Value
		case "!!bool":
			return n.Value
		}
		return strconv.Quote(short(n.Value))
	case yaml.AliasNode:
		return "an alias"
	}
	return "something else"
}

func short(s string) string {
	if len(s) > 40 {
		return s[:37] + "..."
	}
	return s
}

// decode fills v (settable) from n; what names the value in messages.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, what *fieldPath, o opts) {
	if v.Type() == stringsType {
		d.decodeStrings(n, v, what)
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if isNull(n) {
			d.r.add(pos(n), "%s is empty (expected %s)", what, expectName(v.Type()))
			return
		}
		p := reflect.New(v.Type().Elem())
		d.decode(n, p.Elem(), what, o)
		v.Set(p)
	case reflect.Struct:
		d.decodeStruct(n, v, what)
	case reflect.String:
		if !isText(n) {
			d.r.add(pos(n), "%s: found %s (expected text; put it in quotes)", what, kindName(n))
			return
		}
		if !d.checkEnum(n, what, o.enum, n.Value) {
			return
		}
		if o.id && !ValidID(n.Value) {
			d.r.add(pos(n), "%s: %q is not a valid id (expected lower-case letters, digits and '-', starting with a letter or digit)", what, short(n.Value))
			return
		}
		v.SetString(n.Value)
	case reflect.Int:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
			d.r.add(pos(n), "%s: found %s (expected a whole number)", what, kindName(n))
			return
		}
		i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 32)
		if err != nil {
			d.r.add(pos(n), "%s: %s is out of range (expected a whole number between -1000000 and 1000000)", what, n.Value)
			return
		}
		if i < -1000000 || i > 1000000 {
			d.r.add(pos(n), "%s: %s is out of range (expected a whole number between -1000000 and 1000000)", what, n.Value)
			return
		}
		if (o.hasMin && int(i) < o.min) || (o.hasMax && int(i) > o.max) {
			d.r.add(pos(n), "%s: %d is out of range (expected %s)", what, i, o.rangeText())
			return
		}
		v.SetInt(i)
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			d.r.add(pos(n), "%s: found %s (expected true or false)", what, kindName(n))
			return
		}
		v.SetBool(n.Value == "true" || n.Value == "True" || n.Value == "TRUE")
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.r.add(pos(n), "%s: found %s (expected a list)", what, kindName(n))
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			d.decode(c, s.Index(i), itemPath(what, i, c, v.Type().Elem()), o)
		}
		v.Set(s)
	case reflect.Map:
		d.decodeMap(n, v, what, o)
	default:
		d.r.add(pos(n), "%s: cannot be decoded (internal error: %s)", what, v.Kind())
	}
}

// isText reports whether n is a text scalar (not a number, boolean,
// date or null: those must be quoted to be text).
func isText(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!str" }

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// expectName describes what a Go type expects in YAML.
func expectName(t reflect.Type) string {
	if t == stringsType {
		return "text or a list of texts"
	}
	switch t.Kind() {
	case reflect.Pointer:
		return expectName(t.Elem())
	case reflect.Struct:
		return "a mapping"
	case reflect.Slice:
		return "a list"
	case reflect.Map:
		return "a mapping"
	case reflect.Int:
		return "a whole number"
	case reflect.Bool:
		return "true or false"
	}
	return "text"
}

// decodeStrings accepts one string or a list of strings.
func (d *decoder) decodeStrings(n *yaml.Node, v reflect.Value, what *fieldPath) {
	if isText(n) {
		v.Set(reflect.ValueOf(Strings{n.Value}))
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.r.add(pos(n), "%s: found %s (expected text or a list of texts)", what, kindName(n))
		return
	}
	out := make(Strings, 0, len(n.Content))
	for i, c := range n.Content {
		if !isText(c) {
			d.r.add(pos(c), "%s: found %s (expected text; put it in quotes)", &fieldPath{parent: what, index: i}, kindName(c))
			continue
		}
		out = append(out, c.Value)
	}
	v.Set(reflect.ValueOf(out))
}

// keys walks a mapping's keys, reporting non-text and duplicate keys,
// and calls f for each first occurrence.
func (d *decoder) keys(n *yaml.Node, what *fieldPath, f func(key string, k, val *yaml.Node)) {
	seen := make(map[string]Pos, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Tag == "!!null" {
			d.r.add(pos(k), "%sfound %s as a key (expected a name)", prefix(what), kindName(k))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.r.add(pos(k), "%sduplicate key %q (first at line %d:%d; expected each key once)", prefix(what), k.Value, first.Line, first.Col)
			continue
		}
		seen[k.Value] = pos(k)
		f(k.Value, k, val)
	}
}

// field is one decodable struct field.
type field struct {
	name     string
	index    int
	required bool
	opts     opts
}

// fieldsOf returns t's fields that YAML names: the name from the yaml
// tag (whose options, such as omitempty, only matter to yaml.v3), the
// rules from the kalm tag.
func fieldsOf(t reflect.Type) []field {
	var out []field
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag := sf.Tag.Get("yaml")
		if tag == "-" || tag == "" || !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		o := parseOpts(sf.Tag.Get(rulesTag))
		out = append(out, field{name: name, index: i, required: o.required, opts: o})
	}
	return out
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, what *fieldPath) {
	if n.Kind != yaml.MappingNode {
		d.r.add(pos(n), "%sfound %s (expected a mapping)", prefix(what), kindName(n))
		return
	}
	t := v.Type()
	fields := d.fieldsFor(t)
	var meta *Meta
	if f, ok := t.FieldByName("Meta"); ok && f.Type == metaType {
		meta = v.FieldByIndex(f.Index).Addr().Interface().(*Meta)
		meta.At = pos(n)
		meta.Keys = make([]KeyPos, 0, len(n.Content)/2)
	}
	var guessed []string
	d.keys(n, what, func(key string, k, val *yaml.Node) {
		for _, f := range fields {
			if f.name == key {
				if meta != nil {
					meta.Keys = append(meta.Keys, KeyPos{Key: key, Pos: pos(val)})
				}
				d.decode(val, v.Field(f.index), &fieldPath{parent: what, key: key}, f.opts)
				return
			}
		}
		if guess := d.unknownField(t, fields, k, what); guess != "" {
			guessed = append(guessed, guess)
		}
	})
	d.checkRequired(n, fields, meta, what, guessed)
}

// unknownField reports key k, which names no field of t, and returns
// the field it is probably a typo of ("" when none).
func (d *decoder) unknownField(t reflect.Type, fields []field, k *yaml.Node, what *fieldPath) string {
	key := k.Value
	if (t == textType || t == linesType) && looksLikeLang(key) {
		d.unsupportedLang(k, what, key)
		return ""
	}
	if guess := closest(key, fieldNames(fields)); guess != "" {
		d.r.add(pos(k), "%sunknown field %q (did you mean %q?)", prefix(what), key, guess)
		return guess
	}
	d.r.add(pos(k), "%sunknown field %q (expected one of: %s)", prefix(what), key, names(fields))
	return ""
}

// checkRequired reports required fields missing from mapping n, except
// those a typo was already reported for.
func (d *decoder) checkRequired(n *yaml.Node, fields []field, meta *Meta, what *fieldPath, guessed []string) {
	for _, f := range fields {
		switch {
		case !f.required, contains(guessed, f.name):
			continue
		case meta != nil && meta.Has(f.name):
			continue
		case meta == nil && hasKey(n, f.name):
			continue
		}
		d.r.add(pos(n), "%smissing required field %q (expected %s: in this mapping)", prefix(what), f.name, f.name)
	}
}

func hasKey(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

// fieldPath names a value for messages: `node "details": next[0].goto`,
// `triggers[1].mood`. It is only turned into text when a problem is
// reported.
type fieldPath struct {
	parent *fieldPath
	key    string // field or map key; "" for a list index
	index  int
	// label names a list item by its id (`node "details"`) instead of
	// its index.
	label string
}

// String renders the path: a labelled item starts afresh (after the
// nearest labelled item above it, if any), and what follows a label is
// set off by ": ".
func (p *fieldPath) String() string {
	if p == nil {
		return ""
	}
	if p.label != "" {
		if up := p.parent.labelled(); up != nil {
			return up.String() + ": " + p.label
		}
		return p.label
	}
	parent := p.parent.String()
	switch {
	case p.key == "":
		return parent + "[" + strconv.Itoa(p.index) + "]"
	case parent == "":
		return p.key
	case p.parent.label != "":
		return parent + ": " + p.key
	}
	return parent + "." + p.key
}

// labelled returns the nearest labelled item at or above p, or nil.
func (p *fieldPath) labelled() *fieldPath {
	for ; p != nil; p = p.parent {
		if p.label != "" {
			return p
		}
	}
	return nil
}

// itemKinds names the list items that messages call by their id.
var itemKinds = map[reflect.Type]string{
	reflect.TypeOf(Node{}):     "node",
	reflect.TypeOf(Fact{}):     "fact",
	reflect.TypeOf(Scenario{}): "scenario",
}

// itemPath is the path of item i of a list: `node "details"` for a
// node, fact or scenario with a valid id, else what[i].
func itemPath(what *fieldPath, i int, n *yaml.Node, elem reflect.Type) *fieldPath {
	p := &fieldPath{parent: what, index: i}
	if elem.Kind() == reflect.Pointer {
		elem = elem.Elem()
	}
	kind, ok := itemKinds[elem]
	if !ok || n.Kind != yaml.MappingNode {
		return p
	}
	for j := 0; j+1 < len(n.Content); j += 2 {
		k, v := n.Content[j], n.Content[j+1]
		if k.Value == "id" && isText(v) && ValidID(v.Value) {
			p.label = fmt.Sprintf("%s %q", kind, v.Value)
			break
		}
	}
	return p
}

// prefix returns "what: ", or "" at the root.
func prefix(what *fieldPath) string {
	if what == nil {
		return ""
	}
	return what.String() + ": "
}

func names(fields []field) string {
	ns := fieldNames(fields)
	sort.Strings(ns)
	return strings.Join(ns, ", ")
}

// fieldNames returns the YAML names of fields, in declaration order.
func fieldNames(fields []field) []string {
	ns := make([]string, len(fields))
	for i, f := range fields {
		ns[i] = f.name
	}
	return ns
}

// decodeMap fills a map[string]T from a mapping.
func (d *decoder) decodeMap(n *yaml.Node, v reflect.Value, what *fieldPath, o opts) {
	if n.Kind != yaml.MappingNode {
		d.r.add(pos(n), "%sfound %s (expected a mapping)", prefix(what), kindName(n))
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	elem := o
	elem.enum = ""
	d.keys(n, what, func(key string, k, val *yaml.Node) {
		if !d.checkEnum(k, what, o.keys, key) {
			return
		}
		e := reflect.New(v.Type().Elem()).Elem()
		d.decode(val, e, &fieldPath{parent: what, key: key}, elem)
		m.SetMapIndex(reflect.ValueOf(key), e)
	})
	v.Set(m)
}
