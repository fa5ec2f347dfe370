package flow

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"kalm/scenarios"
	"kalm/scenarios/engine"
)

// demoScenario is the scenario the scripted replies below are written
// for; other scenarios are shown with their own model answers.
const demoScenario = "fur-elise"

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

// DemoScreens lists the screens Demo knows.
const DemoScreens = "title, picker, hold, call, hangup, debrief, settings, settings-joined, board or board-personal"

// Demo returns a scripted state of screen (one of DemoScreens) with
// scenario s, for screenshots and demos. Without a team link or a
// results store, the team and board screens get invented ones, so they
// show something without a network.
func Demo(a *App, s *scenarios.Scenario, screen string) (Screen, error) {
	replies := demoReplies[a.Lang]
	switch screen {
	case "title":
		return &Title{}, nil
	case "picker":
		return NewPicker(a), nil
	case "hold":
		return &Hold{Scn: s, Elapsed: 7 * time.Second}, nil
	case "settings":
		st := NewSettings(a, &Title{})
		st.Server.Set("192.168.1.20:8080", len("192.168.1.20:8080"))
		if st.Name.Text == "" {
			st.Name.Set("Sanne", len("Sanne"))
		}
		st.Row = SetCode
		return st, nil
	case "settings-joined":
		if a.Cfg.Team == nil {
			a.Cfg.Team = newDemoTeam(a)
		}
		return NewSettings(a, &Title{}), nil
	case "board":
		if a.Cfg.Team == nil {
			a.Cfg.Team = newDemoTeam(a)
		}
		t := demoBoard(a)
		return &Board{View: ViewTeam, Team: &t, back: &Title{}}, nil
	case "board-personal":
		if a.Cfg.Store == nil {
			a.Cfg.Store = newDemoStore(a)
		}
		return &Board{View: ViewPersonal, back: &Title{}}, nil
	case "call", "hangup", "debrief":
	default:
		return nil, fmt.Errorf("unknown screen %q (want %s)", screen, DemoScreens)
	}
	next := NewCall(a, s, nil)
	c, ok := next.(*Call)
	if !ok {
		return next, nil
	}
	ownScenario := s.ID != demoScenario // a trainer's pack: play its own model answers
	n := 2
	if screen == "debrief" {
		n = len(replies)
	}
	for i := 0; i < n && !c.Conv.Ended(); i++ {
		r := replies[i]
		if ownScenario {
			r = c.Conv.Model()
		}
		c.ClockMS = c.Conv.SpeakMS() + 4000
		c.Reply.Set(r, len(r))
		c.send(a)
	}
	c.ClockMS = c.Conv.SpeakMS()
	if screen == "debrief" {
		return c.finish(a), nil
	}
	d := demoDraft[a.Lang]
	if ownScenario {
		d = c.Conv.Model()
	} else {
		c.Notes.Set(strings.Join(demoNotes[a.Lang], "\n"), 0)
	}
	c.Reply.Set(d, len(d))
	c.coach(a)
	c.Confirm = screen == "hangup"
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

// demoTeam is an invented team for the demo screens: it has joined,
// reads a fixed board and sends nothing.
type demoTeam struct {
	info  TeamInfo
	board TeamBoard
}

var errDemoTeam = errors.New("demo team: nothing is sent")

func newDemoTeam(a *App) *demoTeam {
	name := a.Name
	if name == "" {
		name = "Sanne"
	}
	info := TeamInfo{Server: "192.168.1.20:8080", Team: "Helpdesk Noord", TeamID: 1, PlayerID: 4, Name: name}
	return &demoTeam{info: info, board: demoBoard(a)}
}

func (t *demoTeam) Membership() (TeamInfo, bool) { return t.info, true }
func (t *demoTeam) Join(context.Context, string, string, string) (TeamInfo, error) {
	return TeamInfo{}, errDemoTeam
}
func (t *demoTeam) Leave() error                                         { return errDemoTeam }
func (t *demoTeam) Send(engine.Result) error                             { return errDemoTeam }
func (t *demoTeam) Board(context.Context, BoardQuery) (TeamBoard, error) { return t.board, nil }
func (t *demoTeam) Status() TeamStatus                                   { return TeamStatus{Waiting: 1, Sent: 3} }

// demoBoard is an invented team board: ten players in three teams, the
// player fourth.
func demoBoard(a *App) TeamBoard {
	you := a.Name
	if you == "" {
		you = "Sanne"
	}
	players := []struct {
		name, team string
		score      int
	}{
		{"Noor Visser", "Helpdesk Noord", 2140}, {"James Whitfield", "Webcare", 1985},
		{"Daan de Jong", "Helpdesk Zuid", 1870}, {you, "Helpdesk Noord", 1795},
		{"Emily Carter", "Webcare", 1650}, {"Bram Mulder", "Helpdesk Zuid", 1520},
		{"Fatima el Amrani", "Helpdesk Noord", 1410}, {"Tom Bakker", "Helpdesk Zuid", 1190},
		{"Olivia Brooks", "Webcare", 960}, {"Lars Hendriks", "Helpdesk Noord", 705},
	}
	b := TeamBoard{Players: len(players)}
	for i, p := range players {
		e := BoardEntry{Rank: i + 1, Name: p.name, Team: p.team, Score: p.score, Scenarios: 9 - i/2, You: i == 3}
		b.Entries = append(b.Entries, e)
	}
	you4 := b.Entries[3]
	b.You = &you4
	b.Teams = []TeamScore{
		{Rank: 1, Team: "Helpdesk Noord", Total: 6050, Players: 4, Yours: true},
		{Rank: 2, Team: "Webcare", Total: 4595, Players: 3},
		{Rank: 3, Team: "Helpdesk Zuid", Total: 4580, Players: 3},
	}
	return b
}

// demoStore is an invented results store: the first scenarios played.
type demoStore map[string]Best

func newDemoStore(a *App) demoStore {
	runs := []Best{
		{Score: 412, Outcome: engine.Resolved, Plays: 3}, {Score: 268, Outcome: engine.Escalated, Plays: 1},
		{Score: 355, Outcome: engine.Resolved, Plays: 2}, {Score: 97, Outcome: engine.HungUp, Plays: 4},
		{Score: 301, Outcome: engine.Resolved, Plays: 1},
	}
	st := demoStore{}
	for i, s := range a.Scenarios() {
		if i < len(runs) {
			st[s.ID] = runs[i]
		}
	}
	return st
}

func (s demoStore) Best(id string) (Best, bool)        { b, ok := s[id]; return b, ok }
func (s demoStore) Record(string, engine.Result) error { return nil }
