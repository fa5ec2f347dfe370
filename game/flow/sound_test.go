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
				assert.Equal(t, []Prefs{{Muted: true, Volume: 100}}, store.saved, "the choice is kept")
				s = Step(a, s, tc.in)
				assert.False(t, a.Muted, "the same key turns the sound on again")
				assert.Equal(t, []Prefs{{Muted: true, Volume: 100}, {Muted: false, Volume: 100}}, store.saved)
			} else {
				assert.Empty(t, store.saved)
			}
			if tc.check != nil {
				tc.check(t, s)
			}
		})
	}
}

// TestTheTitlesSoundRow: ←→ on the sound row step the volume along
// off, 25, 50, 75 and 100%, around at the ends, and keep each choice;
// M turns the sound off and back on at the volume set.
func TestTheTitlesSoundRow(t *testing.T) {
	tests := []struct {
		keys       []Key
		want       string
		wantVolume float64
	}{
		{nil, "100%", 1},
		{[]Key{KeyLeft}, "75%", 0.75},
		{[]Key{KeyLeft, KeyLeft, KeyLeft}, "25%", 0.25},
		{[]Key{KeyLeft, KeyLeft, KeyLeft, KeyLeft}, "Off", 0},
		{[]Key{KeyRight}, "Off", 0},
		{[]Key{KeyRight, KeyRight}, "25%", 0.25},
		{[]Key{KeyLeft, KeyRight}, "100%", 1},
	}
	for _, tc := range tests {
		a, s, _ := newApp(t, false)
		store := &prefsMem{}
		a.Cfg.Prefs = store
		p := &player{t: t, a: a, s: s}
		for p.s.(*Title).Row != RowSound {
			p.key(KeyDown)
		}
		for _, k := range tc.keys {
			p.key(k)
		}
		assert.Equal(t, tc.want, a.SoundValue(), "%v", tc.keys)
		assert.InDelta(t, tc.wantVolume, a.MusicVolume(), 1e-9, "%v", tc.keys)
		assert.Len(t, store.saved, len(tc.keys), "every step is kept")
		if n := len(store.saved); n > 0 {
			assert.Equal(t, Prefs{Muted: a.Muted, Volume: a.Volume}, store.saved[n-1])
		}
	}

	a, s, _ := newApp(t, false)
	a.Volume = 50
	s = Step(a, s, Input{Runes: []rune("m")})
	assert.Equal(t, "Off", a.SoundValue())
	assert.Equal(t, "♪ Sound off", a.SoundButton())
	assert.Contains(t, a.MutedNotice(), "M turns it on")
	Step(a, s, Input{Runes: []rune("m")})
	assert.Equal(t, "50%", a.SoundValue(), "back on at the volume set")
	assert.Equal(t, "♪ Sound on", a.SoundButton())
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
	assert.Zero(t, a.MusicVolume())
	s = Step(a, s, Input{Presses: []Press{{Key: KeyMute}}})
	a.StepVolume(1)
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
