package scenarios

import (
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
)

// decoder fills Go values from a yaml.Node tree, strictly: unknown
// fields, wrong types, duplicate keys and missing required fields are
// reported with their positions, and decoding goes on to find the rest.
type decoder struct {
	r      *report
	fields map[reflect.Type][]field // fieldsOf, cached per decoder
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
		if o.id && !validID(n.Value) {
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
			d.decode(c, s.Index(i), &fieldPath{parent: what, index: i}, o)
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

func fieldsOf(t reflect.Type) []field {
	var out []field
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag := sf.Tag.Get("yaml")
		if tag == "-" || tag == "" || !sf.IsExported() {
			continue
		}
		name, rest, _ := strings.Cut(tag, ",")
		o := parseOpts(rest)
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
		d.r.add(pos(k), "%sunknown field %q (expected one of: %s)", prefix(what), key, names(fields))
	})
	for _, f := range fields {
		if !f.required {
			continue
		}
		if meta != nil && meta.Has(f.name) {
			continue
		}
		if meta == nil && hasKey(n, f.name) {
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

// fieldPath names a value for messages ("nodes[2].next[0].goto"); it is
// only turned into text when a problem is reported.
type fieldPath struct {
	parent *fieldPath
	key    string // field or map key; "" for a list index
	index  int
}

func (p *fieldPath) String() string {
	if p == nil {
		return ""
	}
	parent := p.parent.String()
	if p.key == "" {
		return parent + "[" + strconv.Itoa(p.index) + "]"
	}
	if parent == "" {
		return p.key
	}
	return parent + "." + p.key
}

// prefix returns "what: ", or "" at the root.
func prefix(what *fieldPath) string {
	if what == nil {
		return ""
	}
	return what.String() + ": "
}

func names(fields []field) string {
	ns := make([]string, len(fields))
	for i, f := range fields {
		ns[i] = f.name
	}
	sort.Strings(ns)
	return strings.Join(ns, ", ")
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
