// Package flowdemo holds scripted states of the game's screens for
// screenshots (kalm --screen … --screenshot), demos and tests: calls
// played with scripted replies, an invented team and invented results.
// It drives the screens of kalm/game/flow through their public API only,
// as a player would; the production flow knows nothing of it.
package flowdemo

import (
	"fmt"
	"strings"
	"time"

	"kalm/game/flow"
	"kalm/scenarios"
)

// demoScenario is the scenario the scripted replies are written for;
// other scenarios are shown with their own model answers.
const demoScenario = "fur-elise"

// replies are scripted replies for screenshots and demos.
var replies = map[string][]string{
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

// drafts are replies being typed on the demo call screen.
var drafts = map[string]string{
	"en": "I'm sorry, I'll call you back at two o'clock",
	"nl": "Sorry, ik bel u om twee uur terug",
}

// notes are the player's notes on the demo call screen.
var notes = map[string][]string{
	"en": {"down since morning, works from home", "modem light red?"},
	"nl": {"sinds vanochtend plat, werkt thuis", "lampje modem rood?"},
}

// Screens lists the screens Screen knows.
const Screens = "title, picker, hold, call, hangup, debrief, settings, settings-joined, board or board-personal"

// Check returns an error when Screen does not know the screen name.
func Check(name string) error {
	for _, s := range strings.Split(strings.ReplaceAll(Screens, " or ", ", "), ", ") {
		if s == name {
			return nil
		}
	}
	return fmt.Errorf("unknown screen %q (want %s)", name, Screens)
}

// Screen returns a scripted state of the screen name (one of Screens)
// with scenario s. Without a team link or a results store, the team and
// board screens get invented ones, so they show something without a
// network.
func Screen(a *flow.App, s *scenarios.Scenario, name string) (flow.Screen, error) {
	if err := Check(name); err != nil {
		return nil, err
	}
	switch name {
	case "title":
		return &flow.Title{}, nil
	case "picker":
		return flow.NewPicker(a), nil
	case "hold":
		return &flow.Hold{Scn: s, Elapsed: 7 * time.Second}, nil
	case "settings":
		st := flow.NewSettings(a, &flow.Title{})
		st.Server.Set("192.168.1.20:8080", len("192.168.1.20:8080"))
		if st.Name.Text == "" {
			st.Name.Set("Sanne", len("Sanne"))
		}
		st.Row = flow.SetCode
		return st, nil
	case "settings-joined":
		if a.Cfg.Team == nil {
			a.Cfg.Team = NewTeam(a)
		}
		return flow.NewSettings(a, &flow.Title{}), nil
	case "board":
		if a.Cfg.Team == nil {
			a.Cfg.Team = NewTeam(a)
		}
		b := flow.NewBoard(a, &flow.Title{})
		t := Board(a)
		b.Team = &t // shown at once; the team's answer is the same
		return b, nil
	case "board-personal":
		if a.Cfg.Store == nil {
			a.Cfg.Store = NewStore(a)
		}
		return flow.NewBoard(a, &flow.Title{}), nil
	}
	return call(a, s, name)
}

// call plays the scripted replies of the call, hangup and debrief
// screens: two replies and a draft, or every reply to the debrief.
func call(a *flow.App, s *scenarios.Scenario, name string) (flow.Screen, error) {
	next := flow.NewCall(a, s, nil)
	c, ok := next.(*flow.Call)
	if !ok {
		return next, nil
	}
	own := s.ID != demoScenario // a trainer's pack: play its own model answers
	script := replies[a.Lang]
	n := 2
	if name == "debrief" {
		n = len(script)
	}
	for i := 0; i < n && !c.Conv.Ended(); i++ {
		r := script[i]
		if own {
			r = c.Conv.Model()
		}
		c.ClockMS = c.Conv.SpeakMS() + 4000 // the player let the customer finish
		send(a, c, r)
	}
	c.ClockMS = c.Conv.SpeakMS()
	if name == "debrief" {
		if c.Conv.Ended() {
			return c.Update(a, press(flow.KeyEnter)), nil
		}
		c.Update(a, press(flow.KeyEscape)) // hang up, and confirm
		return c.Update(a, press(flow.KeyEscape)), nil
	}
	d := drafts[a.Lang]
	if own {
		d = c.Conv.Model()
	} else {
		c.Notes.Set(strings.Join(notes[a.Lang], "\n"), 0)
	}
	c.Update(a, flow.Input{Runes: []rune(d)}) // typed: the draft is coached
	c.Confirm = name == "hangup"
	return c, nil
}

// send types reply into the call's reply box and sends it with Enter.
func send(a *flow.App, c *flow.Call, reply string) {
	c.Reply.Set(reply, len(reply))
	c.Update(a, press(flow.KeyEnter))
}

// press is an input of one key press.
func press(k flow.Key) flow.Input { return flow.Input{Presses: []flow.Press{{Key: k}}} }

// LongCall plays n scripted replies (cycling) in a call, for benchmarks
// and layouts that need a long transcript; once the call has ended, the
// transcript is extended by hand. The customer has said everything.
func LongCall(a *flow.App, s *scenarios.Scenario, n int) (*flow.Call, error) {
	next := flow.NewCall(a, s, nil)
	c, ok := next.(*flow.Call)
	if !ok {
		return nil, fmt.Errorf("scenario %s: no call: %v", s.ID, next)
	}
	script := replies[a.Lang]
	for i := 0; i < n; i++ {
		r := script[i%2]
		if c.Conv.Ended() {
			batch := c.Log[len(c.Log)-1].Batch
			c.Log = append(c.Log, flow.Entry{Text: r, Turn: i + 1, Batch: batch}, flow.Entry{Customer: true, Text: c.Log[1].Text, Batch: batch})
			continue
		}
		c.ClockMS = c.Conv.SpeakMS() + 4000
		before := len(c.Conv.Turns())
		send(a, c, r)
		if len(c.Conv.Turns()) == before {
			return nil, fmt.Errorf("scenario %s: reply %d was not taken", s.ID, i+1)
		}
	}
	c.ClockMS = 1 << 30
	return c, nil
}
