package flow

import (
	"strings"
	"time"

	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

// Entry is one line of the transcript.
type Entry struct {
	Customer bool
	Text     string
	// Batch numbers the customer's turns; the current batch streams in.
	Batch int
	// StartMS is when, from the start of its batch, the line is spoken.
	StartMS int
	SpeakMS int
	// Turn is the reply's turn (1-based) for the player's lines.
	Turn int
	// Cut is set on a customer's line the player interrupted: Text is
	// what was said of it.
	Cut bool
}

// Call is the conversation: the customer's lines stream in, the player
// types a reply (and notes) and sends it with Enter.
type Call struct {
	Scn   *scenarios.Scenario
	Conv  *engine.Conversation
	Log   []Entry
	Reply Editor
	Notes Editor

	// NotesFocus is true while typing goes to the notes pad.
	NotesFocus bool
	// ClockMS runs from the moment the customer started the current lines.
	ClockMS int
	batch   int
	// Live is the live coaching of the reply being typed (practice).
	Live *scoring.Result
	// Last is the last reply's turn, for its feedback.
	Last *engine.Turn
	// Anger is the customer's anger at the start and after each reply.
	Anger []int
	// Scroll is how many transcript lines the view is scrolled back;
	// ScrollMax is the most the drawing found useful (see Fit).
	Scroll, ScrollMax int
	// CoachScroll is how many rows the coaching column is scrolled down
	// (Shift+PageUp/PageDown); CoachMax is the most that is useful.
	CoachScroll, CoachMax int
	// Confirm is set while the call asks whether to hang up: Escape or
	// Enter hangs up, any other key goes back to the call.
	Confirm bool
	// silenceAsked is set once the customer broke the magic silence.
	silenceAsked bool
}

// NewCall starts a conversation with s, replaying replay first (retry
// from a turn). An engine error shows the error screen.
func NewCall(a *App, s *scenarios.Scenario, replay []engine.Reply) Screen {
	conv, err := engine.Start(s, a.Lang, engine.Options{Scorer: a.scorer(s)})
	if err != nil {
		return &Broken{Problems: []string{err.Error()}}
	}
	c := &Call{Scn: s, Conv: conv, Anger: []int{conv.Mood()}}
	c.Reply.Max = engine.MaxReplyBytes
	c.Notes.Max = 4000
	c.addLines(conv.Lines())
	for _, r := range replay {
		if conv.Ended() {
			break
		}
		t, err := conv.Reply(r.Text, r.ElapsedMS)
		if err != nil {
			return &Broken{Problems: []string{err.Error()}}
		}
		c.addTurn(t)
		c.ClockMS = c.Conv.SpeakMS() // replayed lines are already said
	}
	return c
}

func (c *Call) addLines(lines []engine.Line) {
	c.batch++
	at := 0
	for _, l := range lines {
		c.Log = append(c.Log, Entry{Customer: true, Text: l.Text, Batch: c.batch, StartMS: at, SpeakMS: l.SpeakMS})
		at += l.SpeakMS
	}
	c.ClockMS = 0
}

func (c *Call) addTurn(t engine.Turn) {
	c.Log = append(c.Log, Entry{Text: t.Reply, Turn: t.Index, Batch: c.batch})
	c.Last = &t
	c.Anger = append(c.Anger, t.Mood)
	c.addLines(t.Lines)
}

// breakSilence lets the customer ask "Bent u daar nog?" once the pause
// after the opening rant has lasted long enough (the magic silence).
func (c *Call) breakSilence() {
	at, lines, ok := c.Conv.Silence()
	if !ok || c.silenceAsked || c.ClockMS < at {
		return
	}
	c.silenceAsked = true
	for _, l := range lines {
		c.Log = append(c.Log, Entry{Customer: true, Text: l.Text, Batch: c.batch, StartMS: at, SpeakMS: l.SpeakMS})
		at += l.SpeakMS
	}
}

// Focused returns the text box typing goes to.
func (c *Call) Focused() *Editor {
	if c.NotesFocus {
		return &c.Notes
	}
	return &c.Reply
}

// Speaking reports whether the customer is still saying the current lines.
func (c *Call) Speaking() bool { return c.ClockMS < c.Conv.SpeakMS() }

// Shown returns the part of entry i said so far; a line cut off ends
// in CutMark.
func (c *Call) Shown(i int) string {
	e := c.Log[i]
	if e.Cut {
		return e.Text + CutMark
	}
	if !e.Customer || e.Batch < c.batch {
		return e.Text
	}
	t := c.ClockMS - e.StartMS
	if t <= 0 {
		return ""
	}
	if t >= e.SpeakMS {
		return e.Text
	}
	rs := []rune(e.Text)
	return string(rs[:len(rs)*t/e.SpeakMS])
}

// Update types, sends and lets time pass. Escape asks before hanging
// up, so a stray key never ends a call.
func (c *Call) Update(a *App, in Input) Screen {
	c.ClockMS += int(in.DT / time.Millisecond)
	c.breakSilence()
	if c.Conv.Ended() {
		if pressed(in, KeyEnter) || pressed(in, KeyEscape) {
			return c.finish(a)
		}
		return c
	}
	before := c.Reply.Text
	if len(in.Runes) > 0 {
		c.Confirm = false // typing goes back to the call, nothing is lost
		c.Focused().Insert(printable(in.Runes, true))
	}
	for _, p := range in.Presses {
		if next := c.press(a, p); next != nil {
			return next
		}
	}
	if c.Reply.Text != before {
		c.coach(a)
	}
	return c
}

// press applies one key and returns the next screen when the call is
// left, else nil.
func (c *Call) press(a *App, p Press) Screen {
	if c.Confirm {
		c.Confirm = false
		if p.Key == KeyEscape || p.Key == KeyEnter {
			return c.hangUp(a)
		}
		return nil // any other key only closes the question
	}
	ed := c.Focused()
	switch {
	case p.Key == KeyTab:
		c.NotesFocus = !c.NotesFocus
	case p.Key == KeyEscape:
		c.Confirm = true
	case p.Key == KeyEnter && (p.Shift || c.NotesFocus):
		ed.Insert("\n")
	case p.Key == KeyEnter:
		return c.send(a)
	case p.Key == KeyPageUp && p.Shift:
		c.CoachScroll = max(0, c.CoachScroll-ScrollStep)
	case p.Key == KeyPageDown && p.Shift:
		c.CoachScroll = min(c.CoachScroll+ScrollStep, c.CoachMax)
	case p.Key == KeyPageUp:
		c.Scroll = min(c.Scroll+ScrollStep, c.ScrollMax)
	case p.Key == KeyPageDown:
		c.Scroll = max(0, c.Scroll-ScrollStep)
	default:
		ed.Key(p)
	}
	return nil
}

// hangUp leaves a call the player confirmed hanging up: to the debrief
// when a reply was made, else back to the picker (there is nothing to
// talk over).
func (c *Call) hangUp(a *App) Screen {
	if len(c.Conv.Turns()) == 0 {
		return NewPicker(a)
	}
	return c.finish(a)
}

// Fit tells the call how far its transcript (in lines) and its coaching
// column (in rows) can scroll, as the drawing found; the scrolls are
// kept within it.
func (c *Call) Fit(transcript, coaching int) {
	c.ScrollMax, c.CoachMax = max(transcript, 0), max(coaching, 0)
	c.Scroll = min(max(c.Scroll, 0), c.ScrollMax)
	c.CoachScroll = min(max(c.CoachScroll, 0), c.CoachMax)
}

// Animating reports whether the call changes with time alone: the
// customer is speaking, or a silence will make them speak.
func (c *Call) Animating() bool {
	if c.Speaking() {
		return true
	}
	if n := len(c.Log); n > 0 {
		if e := c.Log[n-1]; e.Customer && e.Batch == c.batch && c.ClockMS < e.StartMS+e.SpeakMS {
			return true // the silence's question still streams in
		}
	}
	_, _, silence := c.Conv.Silence()
	return silence && !c.silenceAsked
}

// coach re-scores the reply being typed (practice mode only).
func (c *Call) coach(a *App) {
	if a.Exam || strings.TrimSpace(c.Reply.Text) == "" {
		c.Live = nil
		return
	}
	r := c.Conv.Judge(c.Reply.Text)
	c.Live = &r
}

// Feedback is what the call screen shows of the scoring while the call
// runs.
type Feedback struct {
	// Later says the feedback waits for the debrief (exam mode): none of
	// the rest shows.
	Later bool
	// Score shows the running score in the header.
	Score bool
	// Anger shows the anger meter.
	Anger bool
	// Live is the coaching of the reply being typed: its criteria and
	// near misses.
	Live *scoring.Result
	// Last is the last reply's criteria, evidence and anger change.
	Last *engine.Turn
	// Hints are the last reply's notes for the player.
	Hints []Hint
}

// Feedback returns what the call screen shows of the scoring: all of it
// while practising; in exam mode nothing until the debrief (the
// customer's lines still show how a reply landed).
func (c *Call) Feedback(a *App) Feedback {
	if a.Exam {
		return Feedback{Later: true}
	}
	f := Feedback{Score: true, Anger: true, Live: c.Live, Last: c.Last}
	if c.Last != nil {
		f.Hints = Hints(a, *c.Last)
	}
	return f
}

// Hint is a note on a turn for the player.
type Hint struct {
	Text string
	// Good is true for praise and for facts learnt, false for advice.
	Good bool
	// Kind says which group the hint is shown in.
	Kind HintKind
}

// HintKind groups a turn's notes, each group under its own label.
type HintKind int

// The kinds of hints, in the order they are shown.
const (
	HintFact   HintKind = iota // a fact the reply asked for and learnt
	HintTiming                 // when the reply came: interrupted, slow, rushed, a silence
	HintTip                    // the rest: the engine's notes and the scorer's advice
)

// HintLabel returns the catalogue key of a kind's label.
func HintLabel(k HintKind) string {
	switch k {
	case HintFact:
		return "hints.facts"
	case HintTiming:
		return "hints.timing"
	}
	return "hints.tips"
}

// Hints returns a turn's notes for the player, facts learnt first, then
// timing, then the engine's other notes and the scorer's near misses.
func Hints(a *App, t engine.Turn) []Hint {
	var facts, timing, tips []Hint
	for _, e := range t.Events {
		switch {
		case e.Note == "":
		case e.Kind == engine.EventFactAsked:
			facts = append(facts, Hint{Text: e.Note, Good: true, Kind: HintFact})
		case timingEvent(e.Kind):
			timing = append(timing, Hint{Text: e.Note, Good: e.Points > 0 || e.Mood < 0, Kind: HintTiming})
		default:
			tips = append(tips, Hint{Text: e.Note, Good: e.Points > 0 || e.Mood < 0, Kind: HintTip})
		}
	}
	for _, f := range t.Findings {
		if !f.Hit && f.Note != "" {
			// a near miss of a harm ("I can't promise…") is a harm avoided
			tips = append(tips, Hint{Text: f.Note, Good: f.Criterion.Hurts(), Kind: HintTip})
		}
	}
	return append(append(facts, timing...), tips...)
}

// timingEvent reports whether an engine event is about when the reply
// came.
func timingEvent(kind string) bool {
	switch kind {
	case engine.EventInterrupted, engine.EventSlow, engine.EventSilence, engine.EventRushed:
		return true
	}
	return false
}

// send plays the reply; it returns the next screen when the run ends
// at once (it never does: the ending's lines are shown first).
func (c *Call) send(a *App) Screen {
	text := strings.TrimSpace(c.Reply.Text)
	if text == "" {
		return nil
	}
	t, err := c.Conv.Reply(text, c.ClockMS)
	if err != nil {
		return &Broken{Problems: []string{err.Error()}}
	}
	if c.Speaking() {
		c.cutOff()
	}
	c.addTurn(t)
	c.Reply.Clear()
	c.Live = nil
	c.Scroll, c.CoachScroll = 0, 0
	if a.Cfg.OnTurn != nil {
		res, onTurn := c.Conv.Result(), a.Cfg.OnTurn
		a.Go(func() func(*App) { onTurn(res); return nil })
	}
	return nil
}

// finish records an ended run and shows the debrief.
func (c *Call) finish(a *App) Screen {
	res := c.Conv.Result()
	d := NewDebrief(c.Scn, res)
	d.Best, d.HadBest = a.Best(c.Scn.ID)
	if !c.Conv.Ended() {
		return d
	}
	_, member := a.Membership()
	store, team, name := a.Cfg.Store, a.Cfg.Team, a.Name
	a.Go(func() func(*App) {
		var saveErr, sendErr error
		if store != nil {
			saveErr = store.Record(name, res)
		}
		if member {
			sendErr = team.Send(res)
		}
		return func(a *App) { d.saved(a, saveErr, member, sendErr) }
	})
	return d
}

// saved shows what saving the run (and sending it to the team, when a
// member) did; it runs on the game's goroutine.
func (d *Debrief) saved(a *App, saveErr error, member bool, sendErr error) {
	if saveErr != nil {
		a.Err = a.T("save.failed") + ": " + saveErr.Error()
	}
	if !member {
		return
	}
	if sendErr != nil {
		d.SendErr = sendErr.Error()
		a.Err = a.T("team.send.failed") + ": " + sendErr.Error()
		return
	}
	d.Sent = true
}
