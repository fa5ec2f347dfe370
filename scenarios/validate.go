package scenarios

import (
	"kalm/scoring"
	"strings"
)

// checkPack checks what the decoder cannot: translations of the pack.
func checkPack(r *report, p *Pack) {
	langs := []string{"nl", "en"}
	checkText(r, p.Title, "title", langs, p.Meta.Has("title"))
	if p.Meta.Has("description") {
		checkText(r, p.Description, "description", langs, true)
	}
}

// checkText reports missing and empty translations of a text that is
// present (a missing required field is reported by the decoder).
func checkText(r *report, t Text, what string, langs []string, present bool) {
	if !present {
		return
	}
	for _, l := range langs {
		if strings.TrimSpace(t.Get(l)) == "" {
			r.add(t.PosOf(l), "%s: missing the %s translation (expected a text in each of: %s)", what, l, strings.Join(langs, ", "))
		}
	}
	for _, l := range []string{"nl", "en"} {
		if t.Get(l) != "" && !contains(langs, l) {
			r.add(t.PosOf(l), "%s: a %s text, but the scenario's langs are %s (expected only those)", what, l, strings.Join(langs, ", "))
		}
	}
}

// checkLines reports missing or empty lines per language.
func checkLines(r *report, l Lines, what string, langs []string) {
	for _, lang := range langs {
		lines := l.Get(lang)
		if len(lines) == 0 {
			r.add(l.PosOf(lang), "%s: missing the %s translation (expected text in each of: %s)", what, lang, strings.Join(langs, ", "))
			continue
		}
		for _, s := range lines {
			if strings.TrimSpace(s) == "" {
				r.add(l.PosOf(lang), "%s.%s: an empty line (expected text)", what, lang)
				break
			}
		}
	}
	for _, lang := range []string{"nl", "en"} {
		if len(l.Get(lang)) > 0 && !contains(langs, lang) {
			r.add(l.PosOf(lang), "%s: %s lines, but the scenario's langs are %s (expected only those)", what, lang, strings.Join(langs, ", "))
		}
	}
}

// checkPhrases reports words and phrases that can never match a reply:
// they are matched with the scorer's reading of the reply, which does
// not see punctuation, links or mentions.
func checkPhrases(r *report, l Lines, what string) {
	for _, lang := range []string{"nl", "en"} {
		for _, w := range l.Get(lang) {
			if strings.TrimSpace(w) == "" {
				continue // reported as an empty line
			}
			if _, err := scoring.CompilePhrase(w); err != nil {
				r.add(l.PosOf(lang), "%s.%s: %v (expected words a reply can contain)", what, lang, err)
			}
		}
	}
}

// supported drops the languages the decoder refused (left empty) from a
// langs list, so one unsupported language is one problem; nil when none
// is left (the defaults apply).
func supported(langs []string) []string {
	var out []string
	for _, l := range langs {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// checkScenario checks a decoded scenario: translations, ids,
// references, the graph and the golden examples' shape.
func checkScenario(r *report, s *Scenario) {
	if s.Meta.Has("langs") {
		if len(s.Langs) == 0 {
			r.add(s.PosOf("langs"), "langs: the list is empty (expected nl, en or both)")
		}
		s.Langs = supported(s.Langs)
		seen := map[string]bool{}
		for _, l := range s.Langs {
			if seen[l] {
				r.add(s.PosOf("langs"), "langs: %s listed twice (expected each language once)", l)
			}
			seen[l] = true
		}
	}
	langs := s.Languages()
	checkText(r, s.Title, "title", langs, s.Meta.Has("title"))
	checkText(r, s.Briefing, "briefing", langs, s.Meta.Has("briefing"))
	if s.Customer.Meta.Has("persona") {
		checkText(r, s.Customer.Persona, "customer.persona", langs, true)
	}
	if s.Customer.Meta.Has("name") && strings.TrimSpace(s.Customer.Name) == "" {
		r.add(s.Customer.PosOf("name"), "customer.name is empty (expected the customer's name)")
	}
	checkFacts(r, s, langs)
	checkSilence(r, &s.Silence, langs)
	for i := range s.Triggers {
		t := &s.Triggers[i]
		if t.Meta.Has("words") {
			checkLines(r, t.Words, "triggers.words", langs)
			checkPhrases(r, t.Words, "triggers.words")
		}
		if t.Meta.Has("note") {
			checkText(r, t.Note, "triggers.note", langs, true)
		}
	}
	for _, w := range append(append([]string{}, s.Vocabulary.Suppliers...), s.Vocabulary.Products...) {
		if strings.TrimSpace(w) == "" {
			r.add(s.Vocabulary.At, "vocabulary: an empty word (expected a name)")
		}
	}
	s.buildIndex()
	facts := make(map[string]*Fact, len(s.Facts))
	for i := range s.Facts {
		if _, dup := facts[s.Facts[i].ID]; !dup {
			facts[s.Facts[i].ID] = &s.Facts[i]
		}
	}
	checkNodes(r, s, langs, facts)
	checkGraph(r, s)
	checkGoldenShape(r, s)
}

// checkSilence reports a silence whose window is empty and a question
// missing a language.
func checkSilence(r *report, si *Silence, langs []string) {
	if si.MinMS != nil && si.MaxMS != nil && *si.MinMS >= *si.MaxMS {
		r.add(si.PosOf("max_ms"), "silence: max_ms %d is not above min_ms %d (expected a window: min_ms < max_ms)", *si.MaxMS, *si.MinMS)
	}
	if si.Meta.Has("say") {
		checkLines(r, si.Say, "silence.say", langs)
	}
}

func checkFacts(r *report, s *Scenario, langs []string) {
	seen := map[string]Pos{}
	for i := range s.Facts {
		f := &s.Facts[i]
		if f.ID != "" {
			if first, dup := seen[f.ID]; dup {
				r.add(f.PosOf("id"), "duplicate fact id %q (first at line %d; expected each id once)", f.ID, first.Line)
			}
			seen[f.ID] = f.PosOf("id")
		}
		checkText(r, f.Text, "facts."+f.ID+".text", langs, f.Meta.Has("text"))
		if f.Meta.Has("mention") {
			checkLines(r, f.Mention, "facts."+f.ID+".mention", langs)
			checkPhrases(r, f.Mention, "facts."+f.ID+".mention")
		}
		checkPhrases(r, f.Ask, "facts."+f.ID+".ask")
		if f.Known {
			if f.Meta.Has("ask") || f.Meta.Has("reveal") {
				r.add(f.At, "fact %q is known, yet has ask/reveal (expected those only on facts the customer tells when asked)", f.ID)
			}
			continue
		}
		if !f.Meta.Has("ask") || !f.Meta.Has("reveal") {
			r.add(f.At, "fact %q is not known and lacks ask or reveal (expected ask words and the customer's reveal lines, or known: true)", f.ID)
			continue
		}
		checkLines(r, f.Ask, "facts."+f.ID+".ask", langs)
		checkLines(r, f.Reveal, "facts."+f.ID+".reveal", langs)
	}
}

func checkNodes(r *report, s *Scenario, langs []string, facts map[string]*Fact) {
	seen := map[string]Pos{}
	for _, n := range s.Nodes {
		if n == nil {
			continue
		}
		if n.ID != "" {
			if first, dup := seen[n.ID]; dup {
				r.add(n.PosOf("id"), "duplicate node id %q (first at line %d; expected each id once)", n.ID, first.Line)
			}
			seen[n.ID] = n.PosOf("id")
		}
		if n.Meta.Has("say") {
			checkLines(r, n.Say, "node "+n.ID+": say", langs)
		}
		if n.End != "" {
			if n.Meta.Has("next") {
				r.add(n.PosOf("next"), "node %q is an ending (%s) yet has next (expected no transitions after an ending)", n.ID, n.End)
			}
			if n.Meta.Has("model") {
				checkText(r, n.Model, "node "+n.ID+": model", langs, true)
			}
			continue
		}
		if n.Meta.Has("end") {
			continue // an invalid end value was reported by the decoder
		}
		if !n.Meta.Has("model") {
			r.add(n.At, "node %q has no model answer (expected model: {nl, en}, shown in the debrief)", n.ID)
		} else {
			checkText(r, n.Model, "node "+n.ID+": model", langs, true)
		}
		if len(n.Next) == 0 {
			r.add(n.At, "node %q has no next and no end (expected transitions, or end: resolved/hung_up/escalated)", n.ID)
			continue
		}
		for i := range n.Next {
			checkTransition(r, s, n, &n.Next[i], i == len(n.Next)-1, langs, facts)
		}
	}
	if s.Meta.Has("nodes") && len(s.Nodes) == 0 {
		r.add(s.PosOf("nodes"), "nodes: the list is empty (expected the conversation's nodes)")
	}
	if s.Start != "" && len(s.Nodes) > 0 && s.Node(s.Start) == nil {
		r.add(s.PosOf("start"), "start: no node %q (expected the id of a node)", s.Start)
	}
}

func checkTransition(r *report, s *Scenario, n *Node, t *Transition, last bool, langs []string, facts map[string]*Fact) {
	where := "node " + n.ID + ": next"
	target := (*Node)(nil)
	if t.Goto != "" {
		target = s.Node(t.Goto)
		if target == nil {
			r.add(t.PosOf("goto"), "%s: goto %q: no such node (expected the id of a node in this scenario)", where, t.Goto)
		}
	}
	if t.Meta.Has("say") {
		checkLines(r, t.Say, where+": say", langs)
	}
	if last && t.When != nil {
		r.add(t.PosOf("when"), "%s: the last transition has a condition (expected the last one without when, for every other reply)", where)
	}
	if !last && t.When == nil && t.Meta.Has("goto") {
		r.add(t.At, "%s: a transition without when before others (expected it last: the ones after it can never be taken)", where)
	}
	w := t.When
	if w != nil {
		if isEmptyCond(w) {
			r.add(t.PosOf("when"), "%s: when is empty (expected a condition, or no when at all)", where)
		}
		if w.MoodMin != nil && w.MoodMax != nil && *w.MoodMin > *w.MoodMax {
			r.add(w.PosOf("mood_min"), "%s: mood_min %d is above mood_max %d (expected min ≤ max)", where, *w.MoodMin, *w.MoodMax)
		}
		for _, c := range w.All {
			if contains(w.None, c) {
				r.add(w.PosOf("none"), "%s: %s is in both all and none (expected a condition that can hold)", where, c)
			}
		}
		for _, key := range []string{"asked", "known"} {
			ids := w.Asked
			if key == "known" {
				ids = w.Known
			}
			for _, id := range ids {
				f := facts[id]
				switch {
				case f == nil:
					r.add(w.PosOf(key), "%s: %s %q: no such fact (expected the id of a fact)", where, key, id)
				case key == "asked" && f.Known:
					r.add(w.PosOf(key), "%s: asked %q, but that fact is known from the start (expected a fact the customer tells when asked)", where, id)
				}
			}
		}
		if w.MentionsMin > len(s.Facts) && len(s.Nodes) > 0 {
			r.add(w.PosOf("mentions_min"), "%s: mentions_min %d, but the scenario has %d facts (expected at most that)", where, w.MentionsMin, len(s.Facts))
		}
	}
	if target != nil && target.End == Resolved && !(w != nil && (w.Plan || contains(w.All, "callback"))) {
		r.add(t.PosOf("goto"), "%s: goto %q resolves without a plan (expected when with plan: true or all: [callback, ...]: no concrete next step, no resolution)", where, t.Goto)
	}
}

func isEmptyCond(w *Cond) bool {
	return len(w.All) == 0 && len(w.Any) == 0 && len(w.None) == 0 && w.MoodMin == nil && w.MoodMax == nil &&
		w.TurnsMin == 0 && len(w.Asked) == 0 && len(w.Known) == 0 && w.MentionsMin == 0 && !w.Plan
}

// Reachability returns, by node id, the nodes a call can reach from the
// start (the breaking point counts: the engine goes there when the mood
// reaches 100) and the nodes from which an ending can be reached. Both
// are nil when the start node does not exist. Of nodes sharing an id,
// the first counts.
func Reachability(s *Scenario) (reach, ending map[string]bool) {
	start := s.Node(s.Start)
	if start == nil {
		return nil, nil
	}
	reach = map[string]bool{start.ID: true}
	queue := []*Node{start}
	if bp := s.BreakingPoint(); bp != nil {
		reach[bp.ID] = true
	}
	into := map[string][]*Node{}
	for _, n := range s.Nodes {
		if n == nil {
			continue
		}
		for _, t := range n.Next {
			if m := s.Node(t.Goto); m != nil {
				into[m.ID] = append(into[m.ID], n)
			}
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, t := range n.Next {
			if m := s.Node(t.Goto); m != nil && !reach[m.ID] {
				reach[m.ID] = true
				queue = append(queue, m)
			}
		}
	}
	ending = map[string]bool{}
	for _, n := range s.Nodes {
		if n != nil && n.End != "" && !ending[n.ID] {
			ending[n.ID] = true
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, m := range into[n.ID] {
			if !ending[m.ID] {
				ending[m.ID] = true
				queue = append(queue, m)
			}
		}
	}
	return reach, ending
}

// checkGraph reports unreachable nodes, nodes that cannot reach an
// ending, and scenarios without a reachable resolution or breaking point.
// They are warnings: the engine plays such a draft (a dead end waits for
// the breaking point, an unreachable node is never said).
func checkGraph(r *report, s *Scenario) {
	reach, ends := Reachability(s)
	if reach == nil {
		return
	}
	resolved, breaking := false, false
	for _, n := range s.Nodes {
		if n == nil {
			continue
		}
		if s.Node(n.ID) != n {
			continue // a duplicate id, reported already
		}
		if !reach[n.ID] {
			r.warn(n.At, "node %q is unreachable from start %q (expected a transition leading to it, or remove it)", n.ID, s.Start)
			continue
		}
		if !ends[n.ID] {
			r.warn(n.At, "node %q cannot reach an ending (expected a path of transitions to resolved, hung_up or escalated)", n.ID)
		}
		switch n.End {
		case Resolved:
			resolved = true
		case HungUp, Escalated:
			breaking = true
		}
	}
	if !resolved {
		r.warn(s.PosOf("nodes"), "no reachable resolved ending (expected a node with end: resolved that good replies lead to)")
	}
	if !breaking {
		r.warn(s.PosOf("nodes"), "no hung_up or escalated ending (expected one: the call ends there when the mood reaches 100)")
	}
}

// checkGoldenShape checks the golden examples without the scorer.
func checkGoldenShape(r *report, s *Scenario) {
	for i := range s.Golden {
		g := &s.Golden[i]
		if g.Lang != "" && !s.HasLang(g.Lang) {
			r.add(g.PosOf("lang"), "golden: lang %s is not one of the scenario's langs (expected %s)", g.Lang, strings.Join(s.Languages(), ", "))
		}
		if g.Meta.Has("text") && strings.TrimSpace(g.Text) == "" {
			r.add(g.PosOf("text"), "golden: empty text (expected a reply)")
		}
		if g.Meta.Has("labels") && len(g.Labels) == 0 {
			r.add(g.PosOf("labels"), "golden: no labels (expected at least one criterion: true or false)")
		}
		if g.BlameKind != "" {
			if b, ok := g.Labels["blame"]; ok && !b {
				r.add(g.PosOf("blame_kind"), "golden: blame_kind %s with blame: false (expected blame: true)", g.BlameKind)
			}
		}
	}
}
