package graph

import (
	"fmt"
	"io"
	"strings"
)

// DOT writes the graph in Graphviz's DOT language.
func (g *Graph) DOT(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "digraph %s {\n", dotQuote(g.Scenario))
	fmt.Fprintf(&b, "  graph [rankdir=TB, labelloc=t, fontname=\"Helvetica\", label=%s];\n", dotQuote(g.Scenario+": "+g.Title))
	fmt.Fprintf(&b, "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n")
	fmt.Fprintf(&b, "  edge [fontname=\"Helvetica\", fontsize=10];\n")
	var endings []string
	for i := range g.Nodes {
		n := &g.Nodes[i]
		st := styleOf(n)
		lines := append([]string{n.ID}, st.notes...)
		if n.Say != "" {
			lines = append(lines, "“"+n.Say+"”")
		}
		style := "rounded,filled"
		if st.dashed {
			style += ",dashed"
		}
		pen := 1
		if n.Start {
			pen = 3
		}
		fmt.Fprintf(&b, "  %s [label=%s, style=%s, fillcolor=%s, color=%s, fontcolor=%s, penwidth=%d];\n",
			dotQuote(n.ID), dotQuote(strings.Join(lines, "\n")), dotQuote(style), dotQuote(st.fill), dotQuote(st.stroke), dotQuote(st.text), pen)
		if n.End != "" {
			endings = append(endings, dotQuote(n.ID))
		}
	}
	for _, e := range g.Edges {
		c := g.edgeColour(e)
		fmt.Fprintf(&b, "  %s -> %s [label=%s, color=%s, fontcolor=%s];\n", dotQuote(e.From), dotQuote(e.To), dotQuote(e.Label()), dotQuote(c), dotQuote(c))
	}
	if len(endings) > 0 {
		fmt.Fprintf(&b, "  { rank=sink; %s; }\n", strings.Join(endings, "; "))
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// dotQuote quotes s as a DOT string; line breaks become \n.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}
