package flow

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// prefsMem is a PrefsStore in memory.
type prefsMem struct {
	saved []Prefs
	err   error
}

func (p *prefsMem) Save(x Prefs) error {
	if p.err != nil {
		return p.err
	}
	p.saved = append(p.saved, x)
	return nil
}

// TestTheMuteKeys: M turns the sound off and on where no text box takes
// typing (there it is typed), KeyMute (Ctrl+M, the sound button) does
// anywhere and reaches no screen.
func TestTheMuteKeys(t *testing.T) {
	mkey := Input{Runes: []rune("m")}
	ctrlM := Input{Presses: []Press{{Key: KeyMute}}}
	tests := []struct {
		name      string
		screen    func(a *App) Screen
		in        Input
		wantMuted bool
		check     func(t *testing.T, s Screen)
	}{
		{"M on the hold", func(a *App) Screen { return NewHold(a, a.Cfg.Pack.Scenarios[0]) }, mkey, true, nil},
		{"M on the picker", func(a *App) Screen { return NewPicker(a) }, Input{Runes: []rune("M")}, true, nil},
		{"M on the title's language row", func(a *App) Screen { return &Title{} }, mkey, true, nil},
		{"m typed into the title's name", func(a *App) Screen { return &Title{Row: RowName} }, mkey, false, func(t *testing.T, s Screen) {
			assert.Equal(t, "m", s.(*Title).NameEditor().Text)
		}},
		{"m typed into the reply", func(a *App) Screen { return NewCall(a, a.Cfg.Pack.Scenarios[0], nil) }, mkey, false, func(t *testing.T, s Screen) {
			assert.Equal(t, "m", s.(*Call).Reply.Text)
		}},
		{"Ctrl+M while typing the reply", func(a *App) Screen { return NewCall(a, a.Cfg.Pack.Scenarios[0], nil) }, ctrlM, true, func(t *testing.T, s Screen) {
			assert.Empty(t, s.(*Call).Reply.Text)
		}},
		{"Ctrl+M leaves the hang-up question open", func(a *App) Screen {
			c := NewCall(a, a.Cfg.Pack.Scenarios[0], nil).(*Call)
			c.Confirm = true
			return c
		}, ctrlM, true, func(t *testing.T, s Screen) {
			assert.True(t, s.(*Call).Confirm, "the mute key is no answer to the question")
		}},
		{"M on the joined team screen", func(a *App) Screen {
			a.Cfg.Team = &leaveTeam{joined: true}
			return NewSettings(a, &Title{})
		}, mkey, true, nil},
		{"m typed into the team screen's server box", func(a *App) Screen { return NewSettings(a, &Title{}) }, mkey, false, func(t *testing.T, s Screen) {
			assert.Equal(t, "m", s.(*Settings).Server.Text)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, _, _ := newApp(t, false)
			store := &prefsMem{}
			a.Cfg.Prefs = store
			s := tc.screen(a)
			s = Step(a, s, tc.in)
			assert.Equal(t, tc.wantMuted, a.Muted)
			assert.Equal(t, !tc.wantMuted, a.SoundOn())
			if tc.wantMuted {
				assert.Equal(t, []Prefs{{Muted: true}}, store.saved, "the choice is kept")
				s = Step(a, s, tc.in)
				assert.False(t, a.Muted, "the same key turns the sound on again")
				assert.Equal(t, []Prefs{{Muted: true}, {Muted: false}}, store.saved)
			} else {
				assert.Empty(t, store.saved)
			}
			if tc.check != nil {
				tc.check(t, s)
			}
		})
	}
}

// TestTheTitlesSoundRow: ←→ on the sound row turns the sound off and on.
func TestTheTitlesSoundRow(t *testing.T) {
	a, s, _ := newApp(t, false)
	p := &player{t: t, a: a, s: s}
	for p.s.(*Title).Row != RowSound {
		p.key(KeyDown)
	}
	assert.Equal(t, "On", a.SoundValue())
	assert.Equal(t, "♪ Sound on", a.SoundButton())
	p.key(KeyRight)
	assert.True(t, a.Muted)
	assert.Equal(t, "Off", a.SoundValue())
	assert.Equal(t, "♪ Sound off", a.SoundButton())
	assert.Contains(t, a.MutedNotice(), "M turns it on")
	p.key(KeyLeft)
	assert.False(t, a.Muted)
	assert.Empty(t, a.MutedNotice())
}

// TestWithoutASoundDeviceTheGameStaysMuted: the keys change nothing and
// a notice says why; the control says there is no device.
func TestWithoutASoundDeviceTheGameStaysMuted(t *testing.T) {
	a, s, _ := newApp(t, false)
	a.Cfg.NoSound = true
	store := &prefsMem{}
	a.Cfg.Prefs = store
	assert.False(t, a.SoundOn())
	Step(a, s, Input{Presses: []Press{{Key: KeyMute}}})
	assert.False(t, a.SoundOn())
	assert.Empty(t, store.saved)
	assert.Contains(t, a.Err, "No sound device")
	assert.Equal(t, "No sound device", a.SoundValue())
	assert.Equal(t, "♪ No sound device", a.SoundButton())
	a.Lang = "nl"
	assert.Equal(t, "♪ Geen geluidsapparaat", a.SoundButton())
	assert.Equal(t, "Geen geluidsapparaat", a.SoundValue())
}

// TestSavingTheSoundRunsOffTheGameGoroutine: the setting is written by a
// job; a failed save shows as a notice at the next step.
func TestSavingTheSoundRunsOffTheGameGoroutine(t *testing.T) {
	a, s, _ := newApp(t, false)
	store := &prefsMem{err: errors.New("disk full")}
	a.Cfg.Prefs = store
	var queued []func()
	a.Cfg.Background = func(job func()) { queued = append(queued, job) }
	s = Step(a, s, Input{Presses: []Press{{Key: KeyMute}}})
	assert.True(t, a.Muted, "the sound goes off at once")
	require.Len(t, queued, 1, "the save waits for the worker")
	queued[0]()
	assert.Empty(t, a.Err)
	Step(a, s, Input{})
	assert.Contains(t, a.Err, "disk full")
	assert.Contains(t, a.Err, "Setting not saved")
}
