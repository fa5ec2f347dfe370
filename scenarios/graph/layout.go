package graph

import (
	"fmt"
	"math"
	"sort"
	"unicode/utf8"
)

// The SVG draws each node as a card: its id, marks and first line, then
// its transitions in the order they are tried, each with its condition,
// mood change and target. Lines join each card to the nodes it leads
// to, coloured per target. The cards are placed by a small
// Sugiyama-style layered layout:
//
//  1. every node gets the layer of its distance from the start; the
//     endings go to a bottom layer of their own;
//  2. a line spanning layers becomes a chain of points, one per row in
//     between (a row lies between every two layers); a line within a
//     layer dips into the row below;
//  3. each row is ordered to reduce crossings (barycentre sweeps,
//     keeping the best order seen);
//  4. each row's items are pulled towards their neighbours as far as
//     their widths allow, then each line is routed as a smooth curve.

// Sizes of the drawing, in pixels.
const (
	fontID     = 14.0 // a node's id
	fontSmall  = 11.0 // a node's marks, first line and transitions
	lineHeight = 15.0
	padX       = 10.0
	padY       = 7.0
	gapX       = 28.0 // between neighbours in a row
	gapY       = 14.0 // between rows
	margin     = 24.0
	charWidth  = 0.58 // average character width, in ems (wide sans-serif)
	boldWidth  = 0.64
	arrowGap   = 14.0 // between a transition's text and its target
)

// textWidth estimates the width of s in a font of size px.
func textWidth(s string, size float64, bold bool) float64 {
	w := charWidth
	if bold {
		w = boldWidth
	}
	return float64(utf8.RuneCountInString(s)) * size * w
}

// point is a position in the drawing.
type point struct{ x, y float64 }

// row is one transition as a card lists it.
type row struct {
	text, target string // "2. any: blame · mood +5", "→ brushed-off"
	colour       string
}

// card is what a node's box shows.
type card struct {
	notes []string
	say   string
	rows  []row
	w, h  float64
	head  float64 // height of the part above the transitions
}

// cardOf lays out node n's card; colours holds each target's colour.
func cardOf(g *Graph, n *Node, colours map[string]string) card {
	c := card{notes: styleOf(n).notes}
	if n.Say != "" {
		c.say = "“" + n.Say + "”"
	}
	w := textWidth(n.ID, fontID, true)
	h := fontID + 6
	for _, note := range c.notes {
		w = math.Max(w, textWidth(note, fontSmall, false))
		h += lineHeight
	}
	if c.say != "" {
		w = math.Max(w, textWidth(c.say, fontSmall, false))
		h += lineHeight
	}
	c.head = h + padY
	for _, e := range g.Edges {
		if e.From != n.ID {
			continue
		}
		r := row{text: fmt.Sprintf("%d. %s", e.Index, e.Cond), target: "→ " + e.To, colour: colours[e.To]}
		if e.Mood != 0 {
			r.text += fmt.Sprintf(" · mood %+d", e.Mood)
		}
		if e.To == e.From {
			r.target = "↺ stays"
		}
		w = math.Max(w, textWidth(r.text, fontSmall, false)+arrowGap+textWidth(r.target, fontSmall, true))
		c.rows = append(c.rows, r)
	}
	if len(c.rows) > 0 {
		h += 6 + float64(len(c.rows))*lineHeight
	}
	c.w, c.h = w+2*padX, h+2*padY
	return c
}

// item is one thing placed in a row of the layout: a node's card, a
// point a line passes through, or a badge that stands for an ending.
type item struct {
	rank     int
	node     int  // index in Graph.Nodes, -1 for a line's point
	line     int  // index in layout.lines, -1 for a node
	badge    bool // the line ends here, at a badge naming its ending
	w, h     float64
	x        float64 // centre
	order    float64
	up, down []int // neighbouring items in the rows above and below
}

// line joins a node to one it leads to (several transitions to the same
// node share a line).
type line struct {
	from, to int // node indexes
	dir      direction
	colour   string
	chain    []int   // items passed through, from the source on
	points   []point // routed, from the source's border to the target's
	// badge: the line stops at a badge below its source (the last item
	// of its chain) instead of running down to a far ending.
	badge bool
}

// badgeHeight is the height of an ending's badge.
const badgeHeight = 20.0

// badgeWidth is the width of the badge of ending id.
func badgeWidth(id string) float64 { return textWidth(id, fontSmall, true) + 18 }

// direction is how a line runs between the layers of its ends.
type direction int

const (
	downward direction = iota // to a later layer
	upward                    // back to an earlier layer
	flat                      // within a layer: it dips into the row below
)

// layout is the placed drawing.
type layout struct {
	g             *Graph
	cards         []card
	items         []*item
	rows          [][]int // item indexes per rank, in order
	rowTop, rowH  []float64
	lines         []line
	nodeItem      []int // item of each node
	width, height float64
	top           float64 // where the graph starts below the title
}

// place lays out g below a title of height top.
func place(g *Graph, top float64) *layout {
	index := make(map[string]int, len(g.Nodes))
	for i := range g.Nodes {
		index[g.Nodes[i].ID] = i
	}
	colours := g.targetColours()
	l := &layout{g: g, top: top}
	for i := range g.Nodes {
		l.cards = append(l.cards, cardOf(g, &g.Nodes[i], colours))
	}
	layers := layerNodes(g, index)
	l.addNodes(layers)
	l.addLines(index, layers, colours)
	l.order()
	l.position()
	l.route()
	return l
}

// layerNodes gives every node a layer: its distance in transitions from
// the start (a node the start does not reach: from the first such node
// that reaches it), the endings in a layer of their own at the bottom.
func layerNodes(g *Graph, index map[string]int) []int {
	out := make([][]int, len(g.Nodes)) // targets by source
	for _, e := range g.Edges {
		if e.From != e.To {
			out[index[e.From]] = append(out[index[e.From]], index[e.To])
		}
	}
	layer := make([]int, len(g.Nodes))
	seen := make([]bool, len(g.Nodes))
	bfs := func(root int) {
		seen[root] = true
		queue := []int{root}
		for len(queue) > 0 {
			n := queue[0]
			queue = queue[1:]
			for _, m := range out[n] {
				if !seen[m] {
					seen[m], layer[m] = true, layer[n]+1
					queue = append(queue, m)
				}
			}
		}
	}
	for i := range g.Nodes {
		if g.Nodes[i].Start && !seen[i] {
			bfs(i)
		}
	}
	for i := range g.Nodes {
		if !seen[i] {
			bfs(i)
		}
	}
	bottom := 0
	for i := range g.Nodes {
		if g.Nodes[i].End == "" {
			bottom = max(bottom, layer[i]+1)
		}
	}
	for i := range g.Nodes {
		if g.Nodes[i].End != "" && len(out[i]) == 0 {
			layer[i] = bottom
		}
	}
	return layer
}

// addNodes makes an item per node, in row 2×layer.
func (l *layout) addNodes(layers []int) {
	for i := range l.g.Nodes {
		c := l.cards[i]
		l.nodeItem = append(l.nodeItem, l.addItem(&item{rank: 2 * layers[i], node: i, line: -1, w: c.w, h: c.h}))
	}
}

// addItem appends it to its row and returns its index.
func (l *layout) addItem(it *item) int {
	for len(l.rows) <= it.rank {
		l.rows = append(l.rows, nil)
	}
	l.items = append(l.items, it)
	k := len(l.items) - 1
	l.rows[it.rank] = append(l.rows[it.rank], k)
	it.order = float64(len(l.rows[it.rank]))
	return k
}

// addLines makes a line per pair of nodes joined by transitions, with
// the chain of points it passes through.
func (l *layout) addLines(index map[string]int, layers []int, colours map[string]string) {
	done := map[[2]int]bool{}
	for _, e := range l.g.Edges {
		from, to := index[e.From], index[e.To]
		if from == to || done[[2]int{from, to}] {
			continue
		}
		done[[2]int{from, to}] = true
		ln := line{from: from, to: to, colour: colours[e.To]}
		a, b := 2*layers[from], 2*layers[to]
		switch {
		case b < a:
			ln.dir = upward
		case b == a:
			ln.dir = flat
		}
		l.lines = append(l.lines, ln)
		li := len(l.lines) - 1
		point := func(rank int) int {
			return l.addItem(&item{rank: rank, node: -1, line: li, w: 6})
		}
		src, dst := l.nodeItem[from], l.nodeItem[to]
		prev := src
		var chain []int
		if ln.dir == downward && b-a > 2 && l.g.Nodes[to].End != "" {
			// A far ending: a badge below the source instead of a long line.
			k := l.addItem(&item{rank: a + 1, node: -1, line: li, badge: true, w: badgeWidth(e.To), h: badgeHeight})
			link(l.items, src, k)
			l.lines[li].chain, l.lines[li].badge = []int{k}, true
			continue
		}
		switch ln.dir {
		case downward:
			for r := a + 1; r < b; r++ {
				k := point(r)
				link(l.items, prev, k)
				chain, prev = append(chain, k), k
			}
			link(l.items, prev, dst)
		case upward:
			for r := a - 1; r > b; r-- {
				k := point(r)
				link(l.items, k, prev)
				chain, prev = append(chain, k), k
			}
			link(l.items, dst, prev)
		case flat:
			k := point(a + 1)
			link(l.items, src, k)
			link(l.items, dst, k)
			chain = []int{k}
		}
		l.lines[li].chain = chain
	}
}

// link records that items a (above) and b (below) are neighbours.
func link(items []*item, a, b int) {
	items[a].down = append(items[a].down, b)
	items[b].up = append(items[b].up, a)
}

// order sorts each row by the barycentre of its neighbours, sweeping
// down and up, and keeps the order with the fewest crossings.
func (l *layout) order() {
	if len(l.items) > maxCounted {
		for r := 1; r < len(l.rows); r++ { // one sweep; counting would take too long
			l.sortRow(r, true)
		}
		return
	}
	best, bestCross := l.snapshot(), l.crossings()
	for sweep := 0; sweep < 24 && bestCross > 0; sweep++ {
		if sweep%2 == 0 {
			for r := 1; r < len(l.rows); r++ {
				l.sortRow(r, true)
			}
		} else {
			for r := len(l.rows) - 2; r >= 0; r-- {
				l.sortRow(r, false)
			}
		}
		if c := l.crossings(); c < bestCross {
			best, bestCross = l.snapshot(), c
		}
	}
	l.rows = best
	for _, row := range l.rows {
		for i, k := range row {
			l.items[k].order = float64(i)
		}
	}
}

// maxCounted bounds the items whose crossings are counted: counting is
// quadratic in the links between two rows.
const maxCounted = 3000

// sortRow orders row r by the mean order of each item's neighbours above
// (byUp) or below; items without such neighbours keep their place.
func (l *layout) sortRow(r int, byUp bool) {
	row := l.rows[r]
	key := make(map[int]float64, len(row))
	for i, k := range row {
		it := l.items[k]
		nb := it.down
		if byUp {
			nb = it.up
		}
		if len(nb) == 0 {
			key[k] = float64(i)
			continue
		}
		sum := 0.0
		for _, n := range nb {
			sum += l.items[n].order
		}
		key[k] = sum / float64(len(nb))
	}
	sort.SliceStable(row, func(a, b int) bool { return key[row[a]] < key[row[b]] })
	for i, k := range row {
		l.items[k].order = float64(i)
	}
}

// snapshot copies the rows' order.
func (l *layout) snapshot() [][]int {
	out := make([][]int, len(l.rows))
	for r, row := range l.rows {
		out[r] = append([]int(nil), row...)
	}
	return out
}

// crossings counts the pairs of links that cross between neighbouring
// rows.
func (l *layout) crossings() int {
	total := 0
	type seg struct{ a, b float64 }
	for r := 0; r+1 < len(l.rows); r++ {
		var segs []seg
		for _, k := range l.rows[r] {
			for _, d := range l.items[k].down {
				if l.items[d].rank == r+1 {
					segs = append(segs, seg{l.items[k].order, l.items[d].order})
				}
			}
		}
		for i := range segs {
			for j := i + 1; j < len(segs); j++ {
				if (segs[i].a-segs[j].a)*(segs[i].b-segs[j].b) < 0 {
					total++
				}
			}
		}
	}
	return total
}

// position gives every item its x (pulled towards its neighbours, never
// overlapping) and every row its top and height.
func (l *layout) position() {
	for _, row := range l.rows {
		x := 0.0
		for _, k := range row {
			it := l.items[k]
			it.x = x + it.w/2
			x += it.w + gapX
		}
	}
	for round := 0; round < 40; round++ {
		down := round%2 == 0
		for i := range l.rows {
			r := i
			if !down {
				r = len(l.rows) - 1 - i
			}
			l.pull(r, down)
		}
	}
	minX, maxX := 0.0, 0.0
	for i, it := range l.items {
		if i == 0 || it.x-it.w/2 < minX {
			minX = it.x - it.w/2
		}
		if i == 0 || it.x+it.w/2 > maxX {
			maxX = it.x + it.w/2
		}
	}
	for _, it := range l.items {
		it.x += margin - minX
	}
	l.width = maxX - minX + 2*margin
	l.rowTop = make([]float64, len(l.rows))
	l.rowH = make([]float64, len(l.rows))
	y := l.top
	for r, row := range l.rows {
		h := 0.0
		for _, k := range row {
			h = math.Max(h, l.items[k].h)
		}
		if r%2 == 1 { // room for the lines passing to bend apart, and for badges
			h = math.Max(math.Min(math.Max(24, 12+2*float64(len(row))), 72), h+16)
		}
		l.rowTop[r], l.rowH[r] = y, h
		y += h + gapY
	}
	l.height = y + margin
}

// pull moves row r's items towards the mean x of their neighbours above
// (down) or below, keeping their order and gaps: the mean of the
// left-packed and right-packed solutions.
func (l *layout) pull(r int, down bool) {
	row := l.rows[r]
	n := len(row)
	if n == 0 {
		return
	}
	want := make([]float64, n)
	for i, k := range row {
		it := l.items[k]
		nb := it.down
		if down {
			nb = it.up
		}
		want[i] = it.x
		if len(nb) > 0 {
			sum := 0.0
			for _, m := range nb {
				sum += l.items[m].x
			}
			want[i] = sum / float64(len(nb))
		}
	}
	sep := func(i int) float64 { // least distance between the centres of items i and i+1
		return l.items[row[i]].w/2 + gapX + l.items[row[i+1]].w/2
	}
	fwd := make([]float64, n)
	for i := range fwd {
		fwd[i] = want[i]
		if i > 0 {
			fwd[i] = math.Max(want[i], fwd[i-1]+sep(i-1))
		}
	}
	bwd := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		bwd[i] = want[i]
		if i < n-1 {
			bwd[i] = math.Min(want[i], bwd[i+1]-sep(i))
		}
	}
	for i, k := range row {
		l.items[k].x = (fwd[i] + bwd[i]) / 2
	}
}

// nodeBox returns a node's box: top left, width and height. Cards are
// aligned at the top of their row.
func (l *layout) nodeBox(node int) (x, y, w, h float64) {
	it := l.items[l.nodeItem[node]]
	return it.x - it.w/2, l.rowTop[it.rank], it.w, it.h
}

// badgeTop is the top of a badge: in the middle of its row, a little
// below, so the line into it has room to bend.
func (l *layout) badgeTop(it *item) float64 {
	return l.rowTop[it.rank] + l.rowH[it.rank] - badgeHeight - 2
}

// port is where a line meets a side of a node.
type port struct {
	line   int
	start  bool    // the line's start (else its end)
	toward float64 // x of the line's next point, to order a side's ports
}

// route turns each line's chain into points from its source's border to
// its target's, spreading the lines that meet a side of a node.
func (l *layout) route() {
	ports := map[[2]int][]port{} // [node, side: 0 top, 1 bottom]
	for li, ln := range l.lines {
		if ln.badge {
			ports[[2]int{ln.from, 1}] = append(ports[[2]int{ln.from, 1}], port{li, true, l.items[ln.chain[0]].x})
			continue
		}
		srcSide, dstSide := 1, 0
		switch ln.dir {
		case upward:
			srcSide, dstSide = 0, 1
		case flat:
			dstSide = 1
		}
		first := l.items[ln.chainEnd(l.nodeItem[ln.to], true)].x
		last := l.items[ln.chainEnd(l.nodeItem[ln.from], false)].x
		ports[[2]int{ln.from, srcSide}] = append(ports[[2]int{ln.from, srcSide}], port{li, true, first})
		ports[[2]int{ln.to, dstSide}] = append(ports[[2]int{ln.to, dstSide}], port{li, false, last})
	}
	ends := l.spreadPorts(ports)
	for li := range l.lines {
		ln := &l.lines[li]
		ln.points = append(ln.points, ends[[2]int{li, 0}])
		if ln.badge {
			it := l.items[ln.chain[0]]
			ln.points = append(ln.points, point{it.x, l.badgeTop(it)})
			continue
		}
		for _, k := range ln.chain {
			it := l.items[k]
			top, bottom := l.rowTop[it.rank], l.rowTop[it.rank]+l.rowH[it.rank]
			switch ln.dir {
			case upward:
				ln.points = append(ln.points, point{it.x, bottom}, point{it.x, top})
			case flat:
				ln.points = append(ln.points, point{it.x, (top + bottom) / 2})
			default:
				ln.points = append(ln.points, point{it.x, top}, point{it.x, bottom})
			}
		}
		ln.points = append(ln.points, ends[[2]int{li, 1}])
	}
}

// chainEnd returns the item next to the line's start (first) or end:
// its first or last point, or the node at the other end when it has
// none.
func (ln line) chainEnd(other int, first bool) int {
	if len(ln.chain) == 0 {
		return other
	}
	if first {
		return ln.chain[0]
	}
	return ln.chain[len(ln.chain)-1]
}

// spreadPorts places the ports of each node side evenly along it, in
// the order of where their lines go; it returns the point of each
// [line, 0 start / 1 end].
func (l *layout) spreadPorts(ports map[[2]int][]port) map[[2]int]point {
	ends := map[[2]int]point{}
	for key, ps := range ports {
		x, y, w, h := l.nodeBox(key[0])
		sort.SliceStable(ps, func(a, b int) bool { return ps[a].toward < ps[b].toward })
		for i, p := range ps {
			at := point{x + 12 + (w-24)*float64(i+1)/float64(len(ps)+1), y}
			if key[1] == 1 {
				at.y = y + h
			}
			which := 1
			if p.start {
				which = 0
			}
			ends[[2]int{p.line, which}] = at
		}
	}
	return ends
}
