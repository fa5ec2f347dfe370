package flow

import (
	"context"
	"strings"
)

// Settings rows while no team is joined.
const (
	SetServer = iota
	SetCode
	SetName
	SetJoin
	setJoinRows
)

// Settings is the team screen: join a team with the server's address and
// the team's code, or leave it. Joining runs in the background; the
// screen stays responsive and Escape cancels it.
type Settings struct {
	Row    int
	Server Editor
	Code   Editor
	Name   Editor
	// Joining is true while the server is being asked.
	Joining bool
	// Message is the last outcome (joined, or why not), in the player's
	// language; Failed marks it as an error.
	Message string
	Failed  bool
	// ConfirmLeave is set after a first Enter on Leave while calls are
	// still waiting to be sent.
	ConfirmLeave bool
	// Joined is true while the player is in a team: the screen shows
	// the team and offers to leave it.
	Joined bool
	// Leaving is true while the membership is being forgotten (a file
	// removed as a job, off the game's goroutine).
	Leaving bool
	back    Screen
	join    *job[TeamInfo]
}

// NewSettings opens the team screen; Escape returns to back.
func NewSettings(a *App, back Screen) *Settings {
	s := &Settings{back: back}
	s.Server.Max, s.Code.Max, s.Name.Max = 200, 40, 40
	s.Name.Set(a.Name, len(a.Name))
	if m, ok := a.Membership(); ok {
		s.Server.Set(m.Server, len(m.Server))
		s.Joined = true
	}
	return s
}

// Focused returns the text box typing goes to, or nil.
func (s *Settings) Focused() *Editor {
	if s.Joined || s.Joining {
		return nil
	}
	switch s.Row {
	case SetServer:
		return &s.Server
	case SetCode:
		return &s.Code
	case SetName:
		return &s.Name
	}
	return nil
}

// Animating reports whether the screen awaits the server's answer or
// the end of leaving.
func (s *Settings) Animating() bool { return s.Joining || s.Leaving }

// Update edits the fields, joins or leaves.
func (s *Settings) Update(a *App, in Input) Screen {
	if s.Joining {
		return s.waitJoin(a, in)
	}
	if s.Leaving {
		if pressed(in, KeyEscape) {
			return s.back // leaving goes on; the screens ask the link
		}
		return s
	}
	if _, s.Joined = a.Membership(); s.Joined {
		return s.updateJoined(a, in)
	}
	if ed := s.Focused(); ed != nil && len(in.Runes) > 0 {
		ed.Insert(printable(in.Runes, false))
	}
	for _, p := range in.Presses {
		switch p.Key {
		case KeyUp:
			s.Row = (s.Row + setJoinRows - 1) % setJoinRows
		case KeyDown, KeyTab:
			s.Row = (s.Row + 1) % setJoinRows
		case KeyEscape:
			a.Name = s.Name.Text
			return s.back
		case KeyEnter:
			if s.Row != SetJoin {
				s.Row++
				continue
			}
			s.startJoin(a)
			return s
		default:
			if ed := s.Focused(); ed != nil {
				ed.Key(p)
			}
		}
	}
	a.Name = s.Name.Text
	return s
}

// startJoin checks the fields and asks the server in the background.
func (s *Settings) startJoin(a *App) {
	server, code, name := strings.TrimSpace(s.Server.Text), strings.TrimSpace(s.Code.Text), strings.TrimSpace(s.Name.Text)
	missing := ""
	switch {
	case server == "":
		missing, s.Row = "team.need.server", SetServer
	case code == "":
		missing, s.Row = "team.need.code", SetCode
	case name == "":
		missing, s.Row = "team.need.name", SetName
	}
	if missing != "" {
		s.Message, s.Failed = a.T(missing), true
		return
	}
	if a.Cfg.Team == nil {
		s.Message, s.Failed = a.T("team.none"), true
		return
	}
	t := a.Cfg.Team
	s.Joining, s.Message, s.Failed = true, "", false
	s.join = startJob(func(ctx context.Context) (TeamInfo, error) { return t.Join(ctx, server, code, name) })
}

// waitJoin polls the join; Escape gives up waiting.
func (s *Settings) waitJoin(a *App, in Input) Screen {
	if pressed(in, KeyEscape) {
		s.join.cancel()
		s.Joining, s.join = false, nil
		s.Message, s.Failed = a.T("team.cancelled"), true
		return s
	}
	if !s.join.finished() {
		return s
	}
	s.Joining = false
	if err := s.join.err; err != nil {
		s.Message, s.Failed = a.TeamError(err), true
	} else {
		s.Message, s.Failed = a.T("team.joined")+" "+s.join.val.Team, false
		s.Code.Clear()
		s.Joined = true
	}
	s.join = nil
	return s
}

// updateJoined shows the team; Enter leaves it (asking first while calls
// still wait), Escape goes back.
func (s *Settings) updateJoined(a *App, in Input) Screen {
	for _, p := range in.Presses {
		switch p.Key {
		case KeyEscape:
			return s.back
		case KeyEnter:
			if a.TeamStatus().Waiting > 0 && !s.ConfirmLeave {
				s.ConfirmLeave = true
				s.Message, s.Failed = a.T("team.leave.waiting"), true
				continue
			}
			s.startLeave(a)
			return s
		}
	}
	return s
}

// startLeave forgets the membership as a job (it removes a file): the
// screen shows the outcome when the job is done.
func (s *Settings) startLeave(a *App) {
	s.Leaving, s.ConfirmLeave = true, false
	s.Message, s.Failed = "", false
	team := a.Cfg.Team
	a.Go(func() func(*App) {
		err := team.Leave()
		return func(a *App) { s.left(a, err) }
	})
}

// left shows what leaving did; it runs on the game's goroutine.
func (s *Settings) left(a *App, err error) {
	s.Leaving = false
	if err != nil {
		s.Message, s.Failed = a.T("team.err")+" ("+err.Error()+")", true
		return
	}
	s.Joined = false
	s.Message, s.Failed = a.T("team.left"), false
	s.Row = SetCode
}
