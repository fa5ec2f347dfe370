package graph

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// fontFamily is the SVG's font: wide sans-serif faces, so the layout's
// width estimates hold.
const fontFamily = "DejaVu Sans, Verdana, Geneva, sans-serif"

// titleHeight is the room above the graph for its title.
const titleHeight = 60.0

// legendHeight is the room below the graph for the legend.
const legendHeight = 86.0

// SVG writes the graph as a standalone SVG image.
func (g *Graph) SVG(w io.Writer) error {
	l := place(g, titleHeight)
	width := math.Max(l.width, legendWidth())
	height := l.height + legendHeight
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="%s">`+"\n",
		width, height, width, height, fontFamily)
	fmt.Fprintf(&b, "<title>%s</title>\n", esc(g.Scenario+": "+g.Title))
	b.WriteString(`<rect width="100%" height="100%" fill="#ffffff"/>` + "\n")
	markers(&b, l.lines)
	fmt.Fprintf(&b, `<text x="%.0f" y="32" font-size="18" font-weight="bold" fill="#263238">%s</text>`+"\n", margin, esc(g.Scenario))
	fmt.Fprintf(&b, `<text x="%.0f" y="50" font-size="12" fill="#546e7a">%s</text>`+"\n", margin, esc(g.Title))
	for _, ln := range l.lines {
		l.drawLine(&b, ln)
	}
	for i := range g.Nodes {
		l.drawCard(&b, i)
	}
	for _, it := range l.items {
		if it.badge {
			l.drawBadge(&b, it)
		}
	}
	legend(&b, height-legendHeight+8)
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// markers defines an arrowhead for each colour the lines use.
func markers(b *strings.Builder, lines []line) {
	b.WriteString("<defs>\n")
	done := map[string]bool{}
	for _, ln := range lines {
		if done[ln.colour] {
			continue
		}
		done[ln.colour] = true
		fmt.Fprintf(b, `<marker id="%s" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="%s"/></marker>`+"\n", markerID(ln.colour), ln.colour)
	}
	b.WriteString("</defs>\n")
}

func markerID(colour string) string { return "arrow-" + strings.TrimPrefix(colour, "#") }

// drawLine draws a line as a curve through its points, each step leaving
// and arriving vertically; a line within a row dips into the row below
// and comes back up into its target.
func (l *layout) drawLine(b *strings.Builder, ln line) {
	pts := ln.points
	if len(pts) < 2 {
		return
	}
	var d strings.Builder
	fmt.Fprintf(&d, "M%.1f,%.1f", pts[0].x, pts[0].y)
	if ln.dir == flat && len(pts) == 3 {
		p, q, r := pts[0], pts[1], pts[2]
		fmt.Fprintf(&d, " C%.1f,%.1f %.1f,%.1f %.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f",
			p.x, q.y, (p.x+q.x)/2, q.y, q.x, q.y, (q.x+r.x)/2, q.y, r.x, q.y, r.x, r.y)
	} else {
		for i := 1; i < len(pts); i++ {
			p, q := pts[i-1], pts[i]
			if p.x == q.x {
				fmt.Fprintf(&d, " L%.1f,%.1f", q.x, q.y)
				continue
			}
			my := (p.y + q.y) / 2
			fmt.Fprintf(&d, " C%.1f,%.1f %.1f,%.1f %.1f,%.1f", p.x, my, q.x, my, q.x, q.y)
		}
	}
	dash := ""
	if l.g.Nodes[ln.to].Missing {
		dash = ` stroke-dasharray="5,4"`
	}
	from, to := l.g.Nodes[ln.from].ID, l.g.Nodes[ln.to].ID
	fmt.Fprintf(b, `<path d="%s" fill="none" stroke="%s" stroke-width="1.5" stroke-opacity="0.8"%s marker-end="url(#%s)"><title>%s</title></path>`+"\n",
		d.String(), ln.colour, dash, markerID(ln.colour), esc(from+" → "+to))
}

// drawCard draws node i's card: its id, marks and first line, then its
// transitions with their targets.
func (l *layout) drawCard(b *strings.Builder, i int) {
	n := &l.g.Nodes[i]
	c := l.cards[i]
	st := styleOf(n)
	x, y, w, h := l.nodeBox(i)
	stroke := 1.5
	if n.Start {
		stroke = 3
	}
	dash := ""
	if st.dashed {
		dash = ` stroke-dasharray="6,4"`
	}
	fmt.Fprintf(b, `<g id="node-%s"><rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="8" fill="%s" stroke="%s" stroke-width="%.1f"%s/>`+"\n",
		esc(n.ID), x, y, w, h, st.fill, st.stroke, stroke, dash)
	cx := x + w/2
	ty := y + padY + fontID
	fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="%.0f" font-weight="bold" text-anchor="middle" fill="%s">%s</text>`+"\n", cx, ty, fontID, st.text, esc(n.ID))
	ty += 4
	for _, note := range c.notes {
		ty += lineHeight
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="%.0f" text-anchor="middle" fill="%s">%s</text>`+"\n", cx, ty-3, fontSmall, st.text, esc(note))
	}
	if c.say != "" {
		ty += lineHeight
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="%.0f" font-style="italic" text-anchor="middle" fill="#37474f">%s</text>`+"\n", cx, ty-3, fontSmall, esc(c.say))
	}
	if len(c.rows) > 0 {
		ly := y + padY + c.head
		fmt.Fprintf(b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-opacity="0.4"/>`+"\n", x, ly-4, x+w, ly-4, st.stroke)
		for k, r := range c.rows {
			ry := ly + lineHeight*float64(k+1) - 3
			fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="%.0f" fill="#37474f">%s</text>`+"\n", x+padX, ry, fontSmall, esc(r.text))
			fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="%.0f" font-weight="bold" text-anchor="end" fill="%s">%s</text>`+"\n", x+w-padX, ry, fontSmall, r.colour, esc(r.target))
		}
	}
	b.WriteString("</g>\n")
}

// drawBadge draws the badge that stands for a far ending.
func (l *layout) drawBadge(b *strings.Builder, it *item) {
	n := &l.g.Nodes[l.lines[it.line].to]
	x, y := it.x-it.w/2, l.badgeTop(it)
	c := endColour(n.End)
	fmt.Fprintf(b, `<g><rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="10" fill="%s" stroke="%s"/>`+"\n", x, y, it.w, badgeHeight, endFill(n.End), c)
	fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="%.0f" font-weight="bold" text-anchor="middle" fill="%s">%s</text></g>`+"\n", it.x, y+14, fontSmall, c, esc(n.ID))
}

// legend explains the colours and marks.
func legend(b *strings.Builder, y float64) {
	x := margin
	swatch := func(fill, stroke, text string, dashed bool) {
		dash := ""
		if dashed {
			dash = ` stroke-dasharray="5,3"`
		}
		fmt.Fprintf(b, `<rect x="%.1f" y="%.1f" width="16" height="12" rx="3" fill="%s" stroke="%s"%s/>`+"\n", x, y, fill, stroke, dash)
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="11" fill="#37474f">%s</text>`+"\n", x+22, y+10, esc(text))
		x += 22 + textWidth(text, 11, false) + 18
	}
	swatch(endFill("resolved"), colourResolved, "resolved", false)
	swatch(endFill("hung_up"), colourHungUp, "hung up", false)
	swatch(endFill("escalated"), colourEscalated, "escalated", false)
	swatch(colourNode, colourNodeLine, "conversation (thick: start)", false)
	swatch("#f5f5f5", colourMuted, "unreachable", true)
	swatch(colourNode, colourHungUp, "dead end / missing", true)
	for i, text := range legendNotes {
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="11" fill="#546e7a">%s</text>`+"\n", margin, y+30+14*float64(i), esc(text))
	}
}

// legendNotes explain how to read a card.
var legendNotes = []string{
	"A node's transitions are tried in order (1., 2., ...): the first whose condition holds is taken.",
	"\"mood +5\" is added to the reply's own mood change. Lines take the colour of the node they lead to;",
	"a round badge stands for an ending further down, drawn once at the bottom.",
}

// legendWidth is the width the legend needs.
func legendWidth() float64 {
	w := 0.0
	for _, t := range legendNotes {
		w = math.Max(w, textWidth(t, 11, false))
	}
	return w + 2*margin
}

// esc escapes text for XML.
func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;").Replace(s)
}
