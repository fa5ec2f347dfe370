package flow

import (
	"fmt"
	"strings"
	"time"

	"kalm/scenarios"
	"kalm/scenarios/engine"
)

// demoReplies are scripted replies for screenshots and demos.
var demoReplies = map[string][]string{
	"en": {
		"Twenty minutes of waiting and a morning without internet while you need to work: I completely understand that you're fed up. I'm sorry.",
		"Let's get to the bottom of it. What does the light on your modem show right now, and have you tried a restart?",
		"So since this morning the modem light blinks red, a restart did not help and you have urgent emails to send from home.",
		"I'll have a technician look at your line and I will call you back at two o'clock today with the result. Does that work for you?",
	},
	"nl": {
		"Twintig minuten wachten en een ochtend zonder internet terwijl u moet werken: ik snap heel goed dat u het zat bent. Het spijt me.",
		"Laten we uitzoeken wat er aan de hand is. Wat doet het lampje op uw modem nu, en heeft u al geprobeerd hem opnieuw op te starten?",
		"Dus sinds vanochtend knippert het lampje op de modem rood, opnieuw opstarten hielp niet en u moet thuis dringend mails versturen.",
		"Ik laat een technicus naar uw lijn kijken en ik bel u vandaag om twee uur terug met de uitkomst. Past dat voor u?",
	},
}

// demoDraft is a reply being typed on the demo call screen.
var demoDraft = map[string]string{
	"en": "I'm sorry, I'll call you back at two o'clock",
	"nl": "Sorry, ik bel u om twee uur terug",
}

// Demo returns a scripted state of screen (title, picker, hold, call or
// debrief) with scenario s, for screenshots and demos.
func Demo(a *App, s *scenarios.Scenario, screen string) (Screen, error) {
	replies := demoReplies[a.Lang]
	switch screen {
	case "title":
		return &Title{}, nil
	case "picker":
		return NewPicker(a), nil
	case "hold":
		return &Hold{Scn: s, Elapsed: 7 * time.Second}, nil
	case "call", "debrief":
	default:
		return nil, fmt.Errorf("unknown screen %q (want title, picker, hold, call or debrief)", screen)
	}
	next := NewCall(a, s, nil)
	c, ok := next.(*Call)
	if !ok {
		return next, nil
	}
	n := 2
	if screen == "debrief" {
		n = len(replies)
	}
	for _, r := range replies[:n] {
		if c.Conv.Ended() {
			break
		}
		c.ClockMS = c.Conv.SpeakMS() + 4000
		c.Reply.Set(r, len(r))
		c.send(a)
	}
	c.ClockMS = c.Conv.SpeakMS()
	if screen == "debrief" {
		return c.finish(a), nil
	}
	c.Notes.Set(strings.Join(demoNotes[a.Lang], "\n"), 0)
	d := demoDraft[a.Lang]
	c.Reply.Set(d, len(d))
	c.coach(a)
	return c, nil
}

var demoNotes = map[string][]string{
	"en": {"down since morning, works from home", "modem light red?"},
	"nl": {"sinds vanochtend plat, werkt thuis", "lampje modem rood?"},
}

// DemoTurns plays n scripted replies (cycling) in an untimed call, for
// benchmarks that need a long transcript.
func DemoTurns(a *App, s *scenarios.Scenario, n int) (*Call, error) {
	sc := a.scorer(s)
	conv, err := engine.Start(s, a.Lang, engine.Options{Scorer: sc, Untimed: true})
	if err != nil {
		return nil, err
	}
	c := &Call{Scn: s, Conv: conv, scorer: sc, Anger: []int{conv.Mood()}}
	c.addLines(conv.Lines())
	replies := demoReplies[a.Lang]
	for i := 0; i < n; i++ {
		// A transcript longer than any ending: the log is extended by
		// hand once the engine has ended.
		r := replies[i%2]
		if conv.Ended() {
			c.Log = append(c.Log, Entry{Text: r, Turn: i + 1, Batch: c.batch}, Entry{Customer: true, Text: c.Log[1].Text, Batch: c.batch})
			continue
		}
		t, err := conv.Reply(r, 0)
		if err != nil {
			return nil, err
		}
		c.addTurn(t)
	}
	c.ClockMS = 1 << 30
	return c, nil
}
