package engine

import (
	"kalm/scenarios"
	"kalm/scenarios/catalog"
)

// The magic silence's defaults (docs/scenario-format.md).
const (
	SilenceMinMS = 3000  // a pause this long after the rant is a silence
	SilenceMaxMS = 15000 // beyond this it is no longer a good one
	SilenceMood  = -5    // the anger a kept silence takes away
	ListenPoints = 5     // listening: the silence kept (timed) or no interruption
)

// silenceRule is a scenario's magic silence with the defaults filled in.
type silenceRule struct {
	off          bool
	minMS, maxMS int
	mood         int
	say          []string
}

func newSilence(s scenarios.Silence, lang string) silenceRule {
	r := silenceRule{off: s.Off, minMS: SilenceMinMS, maxMS: SilenceMaxMS, mood: SilenceMood, say: s.Say.Get(lang)}
	if s.MinMS != nil {
		r.minMS = *s.MinMS
	}
	if s.MaxMS != nil {
		r.maxMS = *s.MaxMS
	}
	if s.Mood != nil {
		r.mood = *s.Mood
	}
	if len(r.say) == 0 {
		r.say = []string{catalog.T(lang, "customer.silence")}
	}
	return r
}

// Silence says when the customer breaks the magic silence: atMS after
// they started the opening rant, saying lines. ok is false once a reply
// was sent, in untimed runs and when the scenario switches it off.
func (c *Conversation) Silence() (atMS int, lines []Line, ok bool) {
	if c.untimed || c.silence.off || len(c.turns) > 0 || c.Ended() {
		return 0, nil, false
	}
	return c.SpeakMS() + c.silence.minMS, c.speak(nil, c.silence.say), true
}

// listen judges the first reply: in a timed run it earns ListenPoints
// when it came after a silence (which also calms) and gets a hint when
// it came right after the rant; untimed, or with the silence off, not
// interrupting is listening enough.
func (c *Conversation) listen(elapsedMS int, interrupted bool) (Event, int, bool) {
	if interrupted {
		return Event{}, 0, false
	}
	if c.untimed || c.silence.off {
		return Event{}, ListenPoints, false
	}
	pause := elapsedMS - c.SpeakMS()
	switch {
	case pause >= c.silence.minMS && pause <= c.silence.maxMS:
		return Event{Kind: EventSilence, Mood: c.silence.mood, Points: ListenPoints, Text: c.silence.say[0],
			Note: eventNote(EventSilence, c.lang)}, ListenPoints, true
	case pause < c.silence.minMS:
		return Event{Kind: EventRushed, Note: eventNote(EventRushed, c.lang)}, 0, true
	}
	return Event{}, 0, false
}
