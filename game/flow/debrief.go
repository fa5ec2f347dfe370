package flow

import (
	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

// Debrief shows how the call went: outcome, the score and what made it,
// the anger plot, the triad and six steps, and each reply with the lines
// it answered beside the model answer.
type Debrief struct {
	Scn *scenarios.Scenario
	Res engine.Result
	// Sel is the selected turn (0-based).
	Sel int
	// Item is the selected item of Coverage, whose explanation shows.
	Item int
	// Scroll is how many rows the selected turn's panels are scrolled
	// down; ScrollMax is the most the drawing found useful (see Fit).
	Scroll, ScrollMax int
	// Best is the best score before this run, if HadBest.
	Best    int
	HadBest bool
	// Sent is true when the run went to the team outbox; SendErr is why
	// it could not.
	Sent    bool
	SendErr string
}

// ScrollStep is how many rows PageUp and PageDown scroll.
const ScrollStep = 3

// NewDebrief returns the debrief of run r with the first item of the
// triad and six steps the run missed selected, so its explanation shows.
func NewDebrief(s *scenarios.Scenario, r engine.Result) *Debrief {
	d := &Debrief{Scn: s, Res: r}
	for i, it := range d.Coverage() {
		if !it.Done {
			d.Item = i
			break
		}
	}
	return d
}

// Anger returns the anger at the start and after each reply.
func (d *Debrief) Anger() []int {
	out := []int{d.Res.StartMood}
	for _, t := range d.Res.Turns {
		out = append(out, t.Mood)
	}
	return out
}

// CoverItem is one item of the triad or the six steps.
type CoverItem struct {
	// Group is the catalogue key of its heading: "triad" or "steps".
	Group string
	// Key is the catalogue key of its name, Why of what it asks of the
	// player.
	Key, Why string
	Done     bool
}

// Coverage returns the triad and the six steps and whether the run
// covered each.
func (d *Debrief) Coverage() []CoverItem {
	t, s := d.Res.Triad, d.Res.Steps
	return []CoverItem{
		{"triad", "t.understand", "t.understand.why", t.Understanding},
		{"triad", "t.sorry", "t.sorry.why", t.Sorry},
		{"triad", "t.solve", "t.solve.why", t.Solve},
		{"steps", "s.listen", "s.listen.why", s.Listen},
		{"steps", "s.summarise", "s.summarise.why", s.Summarise},
		{"steps", "s.apologise", "s.apologise.why", s.ApologiseAndAsk},
		{"steps", "s.analyse", "s.analyse.why", s.Analyse},
		{"steps", "s.plan", "s.plan.why", s.Plan},
		{"steps", "s.aftercare", "s.aftercare.why", s.Aftercare},
	}
}

// Turn returns the selected turn; ok is false when the run has none.
func (d *Debrief) Turn() (t engine.Turn, ok bool) {
	if len(d.Res.Turns) == 0 {
		return engine.Turn{}, false
	}
	return d.Res.Turns[min(max(d.Sel, 0), len(d.Res.Turns)-1)], true
}

// Answered returns what the customer said that turn i (0-based)
// answered: the scenario's opening for the first, else what the
// customer said after the reply before.
func (d *Debrief) Answered(i int) []string {
	switch {
	case i == 0 && d.Scn != nil:
		if n := d.Scn.Node(d.Scn.Start); n != nil {
			return n.Say.Get(d.Res.Lang)
		}
	case i > 0 && i < len(d.Res.Turns):
		var out []string
		for _, l := range d.Res.Turns[i-1].Lines {
			out = append(out, l.Text)
		}
		return out
	}
	return nil
}

// PartBad reports whether a part of the score is a cost: it took points
// or is a harmful criterion.
func PartBad(p engine.Part) bool {
	return p.Points < 0 || scoring.Criterion(p.What).Hurts()
}

// Unearned returns the helpful criteria turn t showed that earned
// nothing: done before, with no need to do them again.
func Unearned(t engine.Turn) []scoring.Criterion {
	var out []scoring.Criterion
	for _, c := range scoring.Criteria() {
		if t.Criteria.Get(c) && !c.Hurts() && !t.Earned.Get(c) {
			out = append(out, c)
		}
	}
	return out
}

// Fit tells the debrief how many rows its panels can scroll at most, as
// the drawing found; the scroll is kept within it.
func (d *Debrief) Fit(maxScroll int) {
	d.ScrollMax = max(maxScroll, 0)
	d.Scroll = min(max(d.Scroll, 0), d.ScrollMax)
}

// Update selects a turn or an item of the steps, scrolls, retries from
// the turn, or leaves.
func (d *Debrief) Update(a *App, in Input) Screen {
	for _, p := range in.Presses {
		switch p.Key {
		case KeyUp, KeyLeft:
			d.selectTurn(d.Sel - 1)
		case KeyDown, KeyRight:
			d.selectTurn(d.Sel + 1)
		case KeyTab:
			d.selectItem(p.Shift)
		case KeyPageUp:
			d.Scroll = max(0, d.Scroll-ScrollStep)
		case KeyPageDown:
			d.Scroll = min(d.Scroll+ScrollStep, d.ScrollMax)
		case KeyHome:
			d.Scroll = 0
		case KeyEnd:
			d.Scroll = d.ScrollMax
		case KeyEnter:
			return NewPicker(a)
		case KeyEscape:
			return &Title{}
		}
	}
	if hasRune(in, 'r') || hasRune(in, 'R') {
		return d.Retry(a)
	}
	if hasRune(in, 'l') || hasRune(in, 'L') {
		return NewBoard(a, d)
	}
	return d
}

// selectTurn selects turn i when there is one, scrolled to its top.
func (d *Debrief) selectTurn(i int) {
	if i < 0 || i >= len(d.Res.Turns) || i == d.Sel {
		return
	}
	d.Sel, d.Scroll = i, 0
}

// selectItem selects the next item of Coverage, or the one before.
func (d *Debrief) selectItem(back bool) {
	n := len(d.Coverage())
	if back {
		d.Item = (d.Item + n - 1) % n
	} else {
		d.Item = (d.Item + 1) % n
	}
}

// Retry starts the call again with the replies before the selected turn
// already made, so the player answers that turn anew.
func (d *Debrief) Retry(a *App) Screen {
	var replay []engine.Reply
	for _, t := range d.Res.Turns[:min(d.Sel, len(d.Res.Turns))] {
		replay = append(replay, engine.Reply{Text: t.Reply, ElapsedMS: t.ElapsedMS})
	}
	return NewCall(a, d.Scn, replay)
}
