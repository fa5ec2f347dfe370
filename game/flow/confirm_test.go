package flow

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEscapeMidCallAsksBeforeHangingUp: one Escape only asks; a second
// Escape or Enter hangs up, any other key goes back to the call with
// nothing lost, practising or in an exam.
func TestEscapeMidCallAsksBeforeHangingUp(t *testing.T) {
	tests := []struct {
		name   string
		then   Input
		hungUp bool
		reply  string
		asks   bool // the question still shows
	}{
		{"a second Escape hangs up", Input{Presses: []Press{{Key: KeyEscape}}}, true, "I understand", false},
		{"Enter hangs up", Input{Presses: []Press{{Key: KeyEnter}}}, true, "I understand", false},
		{"an arrow goes back to the call", Input{Presses: []Press{{Key: KeyLeft}}}, false, "I understand", false},
		{"Tab goes back to the call", Input{Presses: []Press{{Key: KeyTab}}}, false, "I understand", false},
		{"typing goes back and is typed", Input{Runes: []rune("!")}, false, "I understand!", false},
		{"time alone neither hangs up nor closes the question", Input{DT: 5 * time.Second}, false, "I understand", true},
	}
	for _, exam := range []bool{false, true} {
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				a, _, st := newApp(t, exam)
				p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
				p.waitCustomer()
				p.typ("I understand, sorry")
				p.key(KeyEnter)
				p.typ("I understand")
				p.key(KeyEscape)
				c, ok := p.s.(*Call)
				require.True(t, ok, "exam=%v: one Escape does not hang up", exam)
				assert.True(t, c.Confirm, "the call asks first")
				p.step(tc.then)
				if tc.hungUp {
					d, ok := p.s.(*Debrief)
					require.True(t, ok, "exam=%v", exam)
					assert.Len(t, d.Res.Turns, 1)
					assert.Empty(t, st.runs, "an unfinished call is not recorded")
					return
				}
				require.Same(t, c, p.s, "exam=%v: still on the call", exam)
				assert.Equal(t, tc.asks, c.Confirm)
				assert.Equal(t, tc.reply, c.Reply.Text, "the reply being typed is kept")
				if !tc.asks {
					p.key(KeyEscape)
					assert.Same(t, c, p.s, "the next Escape asks again")
				}
			})
		}
	}
}

func TestEscapeTwiceInOneFrameHangsUp(t *testing.T) {
	a, _, _ := newApp(t, false)
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
	p.waitCustomer()
	p.typ("I understand, sorry")
	p.key(KeyEnter)
	p.step(Input{Presses: []Press{{Key: KeyEscape}, {Key: KeyEscape}}})
	assert.IsType(t, &Debrief{}, p.s)
}

func TestHangingUpBeforeAnyReplyGoesBackToThePicker(t *testing.T) {
	a, _, _ := newApp(t, false)
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
	p.key(KeyEscape)
	p.key(KeyEscape)
	assert.IsType(t, &Picker{}, p.s, "no empty 'Unfinished, score 0' debrief")
}

func TestEscapeOnHoldGoesBackToThePicker(t *testing.T) {
	tests := []struct {
		name string
		dt   time.Duration
	}{
		{"while waiting", 100 * time.Millisecond},
		{"in the frame the wait ends", time.Hour},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, _, _ := newApp(t, false)
			s := a.Cfg.Pack.Scenario("fur-elise")
			require.Positive(t, s.Customer.Hold.Minutes)
			p := &player{t: t, a: a, s: NewHold(a, s)}
			require.IsType(t, &Hold{}, p.s)
			p.step(Input{Presses: []Press{{Key: KeyEscape}}, DT: tc.dt})
			assert.IsType(t, &Picker{}, p.s)
		})
	}
}

// TestAnimatingScreens: the game redraws a screen without input only
// while it changes with time.
func TestAnimatingScreens(t *testing.T) {
	a, _, _ := newApp(t, false)
	s := a.Cfg.Pack.Scenario("fur-elise")
	assert.True(t, (&Hold{Scn: s}).Animating(), "the hold timer runs")
	c := NewCall(a, s, nil).(*Call)
	assert.True(t, c.Animating(), "the customer speaks")
	p := &player{t: t, a: a, s: c}
	p.waitCustomer()
	assert.True(t, c.Animating(), "a silence will make the customer speak")
	p.typ("I understand, sorry")
	p.key(KeyEnter)
	p.waitCustomer()
	assert.False(t, c.Animating(), "a still call")
	var still []Screen = []Screen{&Title{}, NewPicker(a), NewSettings(a, &Title{})}
	for _, sc := range still {
		if an, ok := sc.(Animator); ok {
			assert.False(t, an.Animating(), "%T", sc)
		}
	}
}

func TestPickerScrollsTheBriefingAndANewCallShowsFromItsTop(t *testing.T) {
	a, s, _ := newApp(t, false)
	p := &player{t: t, a: a, s: s}
	p.key(KeyEnter)
	pk, ok := p.s.(*Picker)
	require.True(t, ok)
	pk.Fit(4)
	p.key(KeyPageDown)
	assert.Equal(t, ScrollStep, pk.Scroll)
	p.key(KeyPageDown)
	assert.Equal(t, 4, pk.Scroll, "no further than the drawing found")
	p.key(KeyDown)
	assert.Equal(t, 0, pk.Scroll)
	pk.Fit(2)
	pk.Scroll = 9
	pk.Fit(2)
	assert.Equal(t, 2, pk.Scroll)
}
