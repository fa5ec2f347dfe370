// Package graph draws a scenario's conversation: its nodes, the
// transitions between them labelled with their condition and mood
// change, the endings coloured by outcome, unreachable nodes and dead
// ends marked. Build makes the model; DOT and SVG render it (the SVG with
// a layered layout of its own, so no system tool is needed). `kalm graph`
// wires them to the command line.
package graph

import (
	"fmt"
	"strings"

	"kalm/scenarios"
)

// Node is one node of the graph.
type Node struct {
	ID string
	// End is resolved, hung_up or escalated on an ending, else "".
	End string
	// Say is the first line the customer says there, shortened.
	Say string
	// Start marks the node the call opens with.
	Start bool
	// Breaking marks the ending the call goes to when the mood reaches
	// 100 or the replies run out.
	Breaking bool
	// Unreachable: no path of transitions leads to it from the start.
	Unreachable bool
	// DeadEnd: reachable, but no ending can be reached from it.
	DeadEnd bool
	// Missing: named by a goto but not in the scenario.
	Missing bool
}

// Edge is one transition.
type Edge struct {
	From, To string
	// Index is the transition's place among From's (1-based): the first
	// whose condition holds is taken.
	Index int
	// Cond is the condition in words ("any: blame; mood ≥ 85"), or
	// "otherwise" for the last transition.
	Cond string
	// Mood is the mood change the transition adds.
	Mood int
	// Says: the transition replaces the target's lines.
	Says bool
}

// Label is the edge's label: its place, condition and mood change.
func (e Edge) Label() string {
	return strings.Join(e.LabelLines(), "\n")
}

// LabelLines is the label as lines: "2. any: blame" and, when the mood
// changes, "mood +5".
func (e Edge) LabelLines() []string {
	lines := []string{fmt.Sprintf("%d. %s", e.Index, e.Cond)}
	if e.Mood != 0 {
		lines = append(lines, fmt.Sprintf("mood %+d", e.Mood))
	}
	return lines
}

// Graph is a scenario's node graph.
type Graph struct {
	Scenario string
	Title    string
	Nodes    []Node
	Edges    []Edge
}

// Node returns the node with the given id, or nil.
func (g *Graph) Node(id string) *Node {
	for i := range g.Nodes {
		if g.Nodes[i].ID == id {
			return &g.Nodes[i]
		}
	}
	return nil
}

// maxSay is how much of a node's first line the graph shows.
const maxSay = 40

// Build makes the graph of s, with the customer's lines and the title in
// lang (the scenario's first language when it lacks lang). A draft with
// problems is drawn as far as it goes: a goto to a missing node leads to
// a node marked Missing.
func Build(s *scenarios.Scenario, lang string) *Graph {
	if !s.HasLang(lang) {
		lang = s.Languages()[0]
	}
	g := &Graph{Scenario: s.ID, Title: s.Title.Get(lang)}
	reach, ending := scenarios.Reachability(s)
	bp := s.BreakingPoint()
	seen := map[string]bool{}
	for _, n := range s.Nodes {
		if n == nil || seen[n.ID] {
			continue
		}
		seen[n.ID] = true
		g.Nodes = append(g.Nodes, Node{
			ID:          n.ID,
			End:         n.End,
			Say:         firstLine(n.Say.Get(lang)),
			Start:       n.ID == s.Start,
			Breaking:    bp != nil && bp.ID == n.ID,
			Unreachable: reach != nil && !reach[n.ID],
			DeadEnd:     ending != nil && reach[n.ID] && !ending[n.ID],
		})
	}
	for _, n := range s.Nodes {
		if n == nil || s.Node(n.ID) != n {
			continue
		}
		for i, t := range n.Next {
			if t.Goto == "" {
				continue // reported by the loader: nothing to draw
			}
			if !seen[t.Goto] {
				seen[t.Goto] = true
				g.Nodes = append(g.Nodes, Node{ID: t.Goto, Missing: true})
			}
			g.Edges = append(g.Edges, Edge{From: n.ID, To: t.Goto, Index: i + 1,
				Cond: CondText(t.When), Mood: t.Mood, Says: !t.Say.IsZero()})
		}
	}
	return g
}

// firstLine shortens a node's first line for the graph.
func firstLine(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	s := strings.Join(strings.Fields(lines[0]), " ")
	if r := []rune(s); len(r) > maxSay {
		return string(r[:maxSay-1]) + "…"
	}
	return s
}

// CondText says a condition in words: "all: callback, agreement; mood ≤
// 60", "otherwise" when there is none.
func CondText(c *scenarios.Cond) string {
	if c == nil {
		return "otherwise"
	}
	var parts []string
	list := func(name string, vals []string) {
		if len(vals) > 0 {
			parts = append(parts, name+": "+strings.Join(vals, ", "))
		}
	}
	list("all", c.All)
	list("any", c.Any)
	list("none", c.None)
	if c.MoodMin != nil {
		parts = append(parts, fmt.Sprintf("mood ≥ %d", *c.MoodMin))
	}
	if c.MoodMax != nil {
		parts = append(parts, fmt.Sprintf("mood ≤ %d", *c.MoodMax))
	}
	if c.TurnsMin > 0 {
		parts = append(parts, fmt.Sprintf("reply ≥ %d", c.TurnsMin))
	}
	list("asked", c.Asked)
	list("known", c.Known)
	if c.MentionsMin > 0 {
		parts = append(parts, fmt.Sprintf("mentions ≥ %d", c.MentionsMin))
	}
	if c.Plan {
		parts = append(parts, "plan")
	}
	if len(parts) == 0 {
		return "always"
	}
	return strings.Join(parts, "; ")
}
