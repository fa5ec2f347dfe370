package graph

// style is how a node is painted, shared by the DOT and SVG renderers.
type style struct {
	fill, stroke, text string
	dashed             bool
	notes              []string // shown under the id: "start", "unreachable", ...
}

// Colours of the outcomes and of the marks.
const (
	colourNode      = "#e3f2fd"
	colourNodeLine  = "#1565c0"
	colourText      = "#1a237e"
	colourEdge      = "#455a64"
	colourResolved  = "#2e7d32"
	colourHungUp    = "#c62828"
	colourEscalated = "#e65100"
	colourMuted     = "#9e9e9e"
)

// endColour is an ending's colour ("" for a conversation node).
func endColour(end string) string {
	switch end {
	case "resolved":
		return colourResolved
	case "hung_up":
		return colourHungUp
	case "escalated":
		return colourEscalated
	}
	return ""
}

// endFill is an ending's light fill.
func endFill(end string) string {
	switch end {
	case "resolved":
		return "#c8e6c9"
	case "hung_up":
		return "#ffcdd2"
	case "escalated":
		return "#ffe0b2"
	}
	return colourNode
}

// styleOf returns how n is painted and the notes shown with it.
func styleOf(n *Node) style {
	st := style{fill: colourNode, stroke: colourNodeLine, text: colourText}
	if c := endColour(n.End); c != "" {
		st = style{fill: endFill(n.End), stroke: c, text: c, notes: []string{"ending: " + n.End}}
	}
	if n.Start {
		st.notes = append(st.notes, "▶ start")
	}
	if n.Breaking {
		st.notes = append(st.notes, "⚡ at mood 100 or the last reply")
	}
	switch {
	case n.Missing:
		st = style{fill: "#ffffff", stroke: colourHungUp, text: colourHungUp, dashed: true, notes: []string{"✗ missing: no such node"}}
	case n.Unreachable:
		st.fill, st.stroke, st.text, st.dashed = "#f5f5f5", colourMuted, "#757575", true
		st.notes = append(st.notes, "✗ unreachable")
	case n.DeadEnd:
		st.stroke, st.dashed = colourHungUp, true
		st.notes = append(st.notes, "✗ dead end: no way to an ending")
	}
	return st
}

// edgeColour is the colour of an edge in DOT: its target ending's, else
// grey.
func (g *Graph) edgeColour(e Edge) string {
	if n := g.Node(e.To); n != nil {
		if n.Missing {
			return colourHungUp
		}
		if c := endColour(n.End); c != "" {
			return c
		}
	}
	return colourEdge
}

// palette colours the edges into conversation nodes in the SVG, one
// colour per target, so a reader can follow the lines into a node; the
// outcomes keep their own green, red and orange.
var palette = []string{"#1565c0", "#6a1b9a", "#00838f", "#5d4037", "#ad1457", "#283593", "#827717", "#37474f"}

// targetColours gives every node the colour of the edges into it.
func (g *Graph) targetColours() map[string]string {
	out := make(map[string]string, len(g.Nodes))
	k := 0
	for _, n := range g.Nodes {
		switch {
		case n.Missing:
			out[n.ID] = colourHungUp
		case n.End != "":
			out[n.ID] = endColour(n.End)
		default:
			out[n.ID] = palette[k%len(palette)]
			k++
		}
	}
	return out
}
