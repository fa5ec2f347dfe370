package scenarios

import (
	"encoding/json"
	"reflect"
	"sort"
)

// SchemaID names the JSON Schema of pack files.
const SchemaID = "urn:kalm:scenario-pack"

// Schema returns the JSON Schema (draft 2020-12) of the files of a pack:
// pack.yaml, a scenario file or a one-file pack. It is generated from the
// same Go types and field rules the loader decodes with, so the two
// agree on shapes, types, required fields, ranges and allowed values;
// the loader checks more (references, the graph, translations).
func Schema() []byte {
	g := schemaGen{defs: map[string]any{}}
	scen := g.typeSchema(reflect.TypeOf(Scenario{}), opts{})
	pack := g.typeSchema(reflect.TypeOf(Pack{}), opts{})
	root := map[string]any{
		"$schema":     "https://json-schema.org/draft/2020-12/schema",
		"$id":         SchemaID,
		"title":       "Kalm scenario pack file",
		"description": "pack.yaml, one scenario file, or a one-file pack (pack fields plus scenarios). See docs/scenario-format.md.",
		"oneOf":       []any{scen, pack},
		"$defs":       g.defs,
	}
	b, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		panic(err) // maps of plain values always marshal
	}
	return append(b, '\n')
}

type schemaGen struct {
	defs map[string]any
}

// descriptions are shown by editors on hover.
var descriptions = map[string]string{
	"Scenario":           "One angry-customer conversation.",
	"Scenario.id":        "Stable id: results and leaderboards refer to it.",
	"Scenario.mood":      "The customer's anger before the hold: 0 calm .. 100 hangs up.",
	"Scenario.start":     "Id of the node the customer opens with.",
	"Scenario.weights":   "Points per criterion, overriding the scorer's defaults.",
	"Scenario.reactions": "Mood change per criterion, overriding the engine's defaults.",
	"Scenario.golden":    "Replies with the labels the author expects from the scorer; kalm check runs them.",
	"Pack":               "pack.yaml, or a one-file pack with a scenarios list.",
	"Node":               "One moment of the conversation; a node with end is an ending.",
	"Node.model":         "A good reply at this node, shown in the debrief.",
	"Transition":         "Taken when its condition holds; the first that holds wins; the last has no when.",
	"Cond":               "Every field set must hold.",
	"Cond.plan":          "Holds once a reply committed to a concrete callback.",
	"Scenario.silence":   "The magic silence after the opening rant: a pause before the first reply calms the customer.",
	"Silence.off":        "Switch the magic silence off for this scenario.",
	"Silence.min_ms":     "A pause at least this long after the rant calms the customer (default 3000).",
	"Silence.max_ms":     "A pause longer than this is no longer a good silence (default 15000).",
	"Silence.mood":       "Anger change of a good silence (default -5).",
	"Silence.say":        "What the customer asks in the silence (default: Bent u daar nog? / Hello? Are you still there?).",
	"Fact":               "A fact of the case; known ones are in the opening, others are told when asked.",
	"Fact.ask":           "Words that, in a reply that asks a question, ask for this fact.",
	"Fact.mention":       "Words that show a reply (a summary) mentions the fact.",
	"Trigger":            "A phrase that changes the mood whatever the scorer says.",
	"Golden.labels":      "Only the criteria listed are checked.",
	"Text":               "One text per language.",
	"Lines":              "Per language: one text or a list of texts.",
}

func (g *schemaGen) typeSchema(t reflect.Type, o opts) map[string]any {
	if t == stringsType {
		return map[string]any{"anyOf": []any{
			map[string]any{"type": "string"},
			map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
		}}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return g.typeSchema(t.Elem(), o)
	case reflect.Struct:
		name := t.Name()
		if _, done := g.defs[name]; !done {
			g.defs[name] = nil // reserve against recursion
			g.defs[name] = g.structSchema(t)
		}
		return map[string]any{"$ref": "#/$defs/" + name}
	case reflect.String:
		s := map[string]any{"type": "string"}
		if o.enum != "" {
			s["enum"] = enumValues(o.enum)
		}
		if o.id {
			s["pattern"] = "^[a-z0-9][a-z0-9-]{0,63}$"
		}
		return s
	case reflect.Int:
		s := map[string]any{"type": "integer", "minimum": -1000000, "maximum": 1000000}
		if o.hasMin {
			s["minimum"] = o.min
		}
		if o.hasMax {
			s["maximum"] = o.max
		}
		return s
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Slice:
		return map[string]any{"type": "array", "items": g.typeSchema(t.Elem(), o)}
	case reflect.Map:
		elem := o
		elem.enum = ""
		vs := g.typeSchema(t.Elem(), elem)
		s := map[string]any{"type": "object"}
		if o.keys != "" {
			props := map[string]any{}
			for _, k := range enumValues(o.keys) {
				props[k] = vs
			}
			s["properties"] = props
			s["additionalProperties"] = false
		} else {
			s["additionalProperties"] = vs
		}
		return s
	}
	return map[string]any{}
}

func (g *schemaGen) structSchema(t reflect.Type) map[string]any {
	props := map[string]any{}
	var req []string
	for _, f := range fieldsOf(t) {
		ps := g.typeSchema(t.Field(f.index).Type, f.opts)
		if d, ok := descriptions[t.Name()+"."+f.name]; ok {
			ps = map[string]any{"allOf": []any{ps}, "description": d}
		}
		props[f.name] = ps
		if f.required {
			req = append(req, f.name)
		}
	}
	s := map[string]any{
		"type":                 "object",
		"properties":           props,
		"additionalProperties": false,
	}
	if len(req) > 0 {
		sort.Strings(req)
		s["required"] = req
	}
	if d, ok := descriptions[t.Name()]; ok {
		s["description"] = d
	}
	return s
}
