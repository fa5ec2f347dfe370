package engine

import (
	"strings"
	"unicode/utf8"

	"kalm/scenarios"
	"kalm/scenarios/catalog"
	"kalm/scoring"
)

// Reply plays one reply that took elapsedMS (from the moment the customer
// started talking) and returns what it did, including the customer's
// next lines. After an ending it returns ErrEnded.
func (c *Conversation) Reply(text string, elapsedMS int) (Turn, error) {
	if c.Ended() {
		return Turn{}, ErrEnded
	}
	text = cut(text, MaxReplyBytes)
	res := c.Judge(text)
	t := Turn{
		Index:     len(c.turns) + 1,
		Node:      c.node.ID,
		Reply:     text,
		ElapsedMS: elapsedMS,
		Criteria:  res.Criteria,
		BlameKind: res.BlameKind,
		Findings:  res.Findings,
		Model:     c.node.Model.Get(c.lang),
	}
	repeat := c.earn.repeats(text)
	delta := 0
	reading := scoring.Read(text)
	for i := range c.sc.Triggers {
		tr := &c.sc.Triggers[i]
		if w, ok := c.triggers[i].find(reading); ok {
			t.Events = append(t.Events, Event{Kind: EventTrigger, Mood: tr.Mood, Points: tr.Points, Text: w, Note: tr.Note.Get(c.lang)})
			delta += tr.Mood
			t.Parts = addPart(t.Parts, PartTrigger, tr.Points)
		}
	}
	interrupted := false
	if !c.untimed {
		ev, ok := c.timing(text, elapsedMS)
		if ok {
			ev.Note = eventNote(ev.Kind, c.lang)
			t.Events = append(t.Events, ev)
			delta += ev.Mood
			t.Parts = addPart(t.Parts, PartInterrupted, ev.Points)
			interrupted = ev.Kind == EventInterrupted
		}
	}
	if len(c.turns) == 0 {
		ev, pts, ok := c.listen(elapsedMS, interrupted)
		if ok {
			t.Events = append(t.Events, ev)
			delta += ev.Mood
		}
		t.Parts = addPart(t.Parts, PartListen, pts)
	}
	// Facts: mentions count the facts known before this reply.
	mentions := 0
	for i := range c.sc.Facts {
		f := &c.sc.Facts[i]
		if !c.known[f.ID] {
			continue
		}
		if w, ok := c.mentions[i].find(reading); ok {
			mentions++
			t.Events = append(t.Events, Event{Kind: EventFactMention, Fact: f.ID, Text: w})
		}
	}
	var asked map[string]bool
	var reveal []Line
	if res.Criteria.Question && !repeat {
		for i := range c.sc.Facts {
			f := &c.sc.Facts[i]
			if c.known[f.ID] {
				continue
			}
			if w, ok := c.asks[i].find(reading); ok {
				if asked == nil {
					asked = make(map[string]bool)
				}
				asked[f.ID] = true
				c.known[f.ID] = true
				t.Events = append(t.Events, Event{Kind: EventFactAsked, Fact: f.ID, Text: w, Note: f.Text.Get(c.lang)})
				for _, l := range f.Reveal.Get(c.lang) {
					reveal = append(reveal, Line{Text: l, SpeakMS: SpeakMS(l), Revealed: f.ID})
				}
			}
		}
	}
	v := c.earn.judge(res.Criteria, c.weights, c.reactions, c.mood, len(asked), repeat)
	t.Parts = append(v.parts, t.Parts...)
	t.Earned = v.earned
	delta += v.delta
	labels := res.Criteria
	if repeat {
		t.Events = append(t.Events, Event{Kind: EventRepeated, Mood: RepeatMood, Points: RepeatPoints, Note: eventNote(EventRepeated, c.lang)})
		delta += RepeatMood
		t.Parts = addPart(t.Parts, PartRepeated, RepeatPoints)
		reveal = c.speak(nil, []string{catalog.T(c.lang, "customer.repeated")})
		labels = harmfulOnly(labels)
	}
	if res.Criteria.Callback {
		c.plan = true
	}
	c.mood = clamp(c.mood + delta)
	c.earn.acknowledged(v.calmed, c.mood)
	st := state{labels: labels, mood: c.mood, turn: t.Index, asked: asked, known: c.known, mentions: mentions, plan: c.plan}
	var next *scenarios.Node
	var move *scenarios.Transition
	for i := range c.node.Next {
		if repeat && labels == (scoring.Labels{}) {
			break // said again, nothing new: the customer stays where they were
		}
		tr := &c.node.Next[i]
		if !st.holds(tr.When) {
			continue
		}
		target := c.sc.Node(tr.Goto)
		if target == nil {
			continue
		}
		if target.End == scenarios.Resolved && !c.plan {
			t.Events = append(t.Events, Event{Kind: EventNoPlan, Note: eventNote(EventNoPlan, c.lang)})
			continue
		}
		next, move = target, tr
		t.Transition = i + 1
		break
	}
	if move != nil {
		c.mood = clamp(c.mood + move.Mood)
		delta += move.Mood
	} else {
		next = c.node
	}
	if next.End == "" && (c.mood >= BreakingPointMood || t.Index >= c.sc.Turns()) {
		if bp := c.sc.BreakingPoint(); bp != nil {
			next, move = bp, nil
		}
	}
	moved := move != nil && move.Mood <= 0 && !c.beenAt(next.ID)
	if c.earn.stalled(t.Parts, v, hurts(res.Criteria), moved, repeat) {
		t.Events = append(t.Events, Event{Kind: EventStalled, Points: StallPoints, Note: eventNote(EventStalled, c.lang)})
		t.Parts = addPart(t.Parts, PartStalled, StallPoints)
	}
	for _, p := range t.Parts {
		t.Points += p.Points
	}
	t.MoodDelta = delta
	t.Mood = c.mood
	c.node = next
	lines := reveal
	switch {
	case move != nil && !move.Say.IsZero():
		lines = c.speak(lines, move.Say.Get(c.lang))
	case repeat && move == nil && next == c.node:
		// "You said that already." is all they say.
	default:
		lines = c.speak(lines, next.Say.Get(c.lang))
	}
	c.lines = lines
	t.Lines = lines
	if next.End != "" {
		c.outcome = Outcome(next.End)
		t.Ended = true
	}
	t.Outcome = c.outcome
	c.turns = append(c.turns, t)
	return t, nil
}

// addPart adds pts to the part what of parts (nothing when pts is 0).
func addPart(parts []Part, what string, pts int) []Part {
	if pts == 0 {
		return parts
	}
	for i := range parts {
		if parts[i].What == what {
			parts[i].Points += pts
			return parts
		}
	}
	return append(parts, Part{What: what, Points: pts})
}

// harmfulOnly keeps the harmful criteria of l: what a repeated reply
// still does to the customer.
func harmfulOnly(l scoring.Labels) scoring.Labels {
	var out scoring.Labels
	for _, c := range scoring.Criteria() {
		if c.Hurts() && l.Get(c) {
			out.Set(c, true)
		}
	}
	return out
}

// Judge scores text as the reply to what the customer is saying now,
// exactly as Reply will, without playing it: the live coaching of a
// reply still being typed.
func (c *Conversation) Judge(text string) scoring.Result {
	return c.scorer.ScoreTurn(scoring.Turn{Customer: c.Saying(), Reply: cut(text, MaxReplyBytes), Lang: c.slang})
}

// Saying returns what the customer is saying now as one message: the
// lines the next reply answers, as the scorer reads them (scoring.Turn).
func (c *Conversation) Saying() string {
	texts := make([]string, len(c.lines))
	for i, l := range c.lines {
		texts[i] = l.Text
	}
	return strings.Join(texts, " ")
}

// beenAt reports whether the customer has been at node id: the node the
// current reply answers or one an earlier reply did.
func (c *Conversation) beenAt(id string) bool {
	if c.node.ID == id {
		return true
	}
	for _, t := range c.turns {
		if t.Node == id {
			return true
		}
	}
	return false
}

// hurts reports whether l has a harmful criterion.
func hurts(l scoring.Labels) bool {
	return harmfulOnly(l) != scoring.Labels{}
}

// timing reports an interruption or a slow reply.
func (c *Conversation) timing(text string, elapsedMS int) (Event, bool) {
	speak := c.SpeakMS()
	if elapsedMS < speak {
		return Event{Kind: EventInterrupted, Mood: InterruptMood, Points: InterruptPoints}, true
	}
	allow := speak + SlowGraceMS + SlowPerWordMS*wordCount(text)
	if elapsedMS <= allow {
		return Event{}, false
	}
	steps := (elapsedMS - allow + SlowStepMS - 1) / SlowStepMS
	m := steps * SlowStepMood
	if m > SlowMaxMood {
		m = SlowMaxMood
	}
	return Event{Kind: EventSlow, Mood: m}, true
}

// cut shortens s to at most n bytes without splitting a character.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
