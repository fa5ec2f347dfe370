package flow

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

// cueScorer labels a reply by cue words, so the flow tests do not depend
// on the real scorer's rules.
type cueScorer struct{}

var cues = map[string]scoring.Criterion{
	"understand": scoring.Empathy,
	"sorry":      scoring.Apology,
	"contract":   scoring.Blame,
	"call you":   scoring.Callback,
	"?":          scoring.Question,
	"suit you":   scoring.Agreement,
	"promise":    scoring.Overpromise,
}

func (cueScorer) ScoreTurn(t scoring.Turn) scoring.Result {
	reply := t.Reply
	r := scoring.Result{Lang: t.Lang}
	low := strings.ToLower(reply)
	for cue, c := range cues {
		if i := strings.Index(low, cue); i >= 0 {
			r.Criteria.Set(c, true)
			r.Findings = append(r.Findings, scoring.Finding{Criterion: c, Hit: true, Start: i, End: i + len(cue), Text: reply[i : i+len(cue)]})
		}
	}
	return r
}

// memStore is a Store in memory.
type memStore struct {
	best map[string]int
	runs []engine.Result
	err  error
}

func (m *memStore) Best(id string) (Best, bool) {
	s, ok := m.best[id]
	return Best{Score: s, Plays: len(m.runs)}, ok
}
func (m *memStore) Record(name string, r engine.Result) error {
	if m.err != nil {
		return m.err
	}
	m.runs = append(m.runs, r)
	if b, ok := m.best[r.Scenario]; !ok || r.Score > b {
		m.best[r.Scenario] = r.Score
	}
	return nil
}

func builtinPack(t testing.TB) *scenarios.Pack {
	t.Helper()
	p, err := scenarios.Builtin()
	require.NoError(t, err)
	return p
}

func newApp(t testing.TB, exam bool) (*App, Screen, *memStore) {
	st := &memStore{best: map[string]int{}}
	a, s := New(Config{
		Pack:      builtinPack(t),
		NewScorer: func(scoring.Vocabulary) engine.Scorer { return cueScorer{} },
		Store:     st,
		Lang:      "en",
		Exam:      exam,
	})
	return a, s, st
}

// player feeds scripted input to the state machine.
type player struct {
	t *testing.T
	a *App
	s Screen
}

func (p *player) step(in Input) { p.s = Step(p.a, p.s, in) }
func (p *player) key(k Key)     { p.step(Input{Presses: []Press{{Key: k}}}) }
func (p *player) typ(s string)  { p.step(Input{Runes: []rune(s)}) }
func (p *player) wait(d time.Duration) {
	for ; d > 0; d -= 100 * time.Millisecond {
		p.step(Input{DT: 100 * time.Millisecond})
	}
}

// waitCustomer lets the customer finish talking.
func (p *player) waitCustomer() {
	c := p.s.(*Call)
	p.wait(time.Duration(c.Conv.SpeakMS()-c.ClockMS+100) * time.Millisecond)
}

func TestWholeCallPracticeResolves(t *testing.T) {
	a, s, st := newApp(t, false)
	var turns []engine.Result
	a.Cfg.OnTurn = func(r engine.Result) { turns = append(turns, r) }
	p := &player{t: t, a: a, s: s}

	// Title: type a name, switch language, start.
	p.key(KeyDown)
	p.typ("Sam")
	assert.Equal(t, "Sam", a.Name)
	p.key(KeyUp)
	p.key(KeyRight)
	assert.Equal(t, "nl", a.Lang)
	p.key(KeyLeft)
	assert.Equal(t, "en", a.Lang)
	p.key(KeyEnter)
	require.IsType(t, &Picker{}, p.s)

	// Picker → hold: anger rises with the wait.
	p.key(KeyEnter)
	h, ok := p.s.(*Hold)
	require.True(t, ok, "hold screen after the picker")
	start := h.Anger(a)
	p.wait(5 * time.Second)
	assert.Greater(t, h.Anger(a), start)
	assert.Equal(t, 5*time.Minute, h.Waited(a))
	p.key(KeyEnter)
	c, ok := p.s.(*Call)
	require.True(t, ok, "the call after picking up")
	assert.Equal(t, 70, c.Conv.Mood(), "the skipped wait counts whole")

	// The rant streams in.
	assert.True(t, c.Speaking())
	assert.Equal(t, "", c.Shown(0))
	p.wait(time.Second + 500*time.Millisecond)
	shown := c.Shown(0)
	assert.NotEmpty(t, shown)
	assert.Less(t, len(shown), len(c.Log[0].Text))

	// Practice: chips light up while typing.
	p.waitCustomer()
	p.typ("I understand, and I'm sorry.")
	require.NotNil(t, c.Live)
	assert.True(t, c.Live.Criteria.Empathy)
	assert.True(t, c.Live.Criteria.Apology)
	p.key(KeyEnter)
	require.NotNil(t, c.Last)
	assert.Equal(t, "I understand, and I'm sorry.", c.Last.Reply)
	assert.Empty(t, c.Reply.Text)
	assert.Nil(t, c.Live)
	require.Len(t, turns, 1)

	p.waitCustomer()
	p.typ("I will call you back at three")
	p.step(Input{Presses: []Press{{Key: KeyEnter, Shift: true}}})
	p.typ("today, does that suit you?")
	assert.Contains(t, c.Reply.Text, "three\ntoday")
	p.key(KeyEnter)
	require.True(t, c.Conv.Ended())
	assert.Equal(t, engine.Resolved, c.Conv.Outcome())

	p.key(KeyEnter)
	d, ok := p.s.(*Debrief)
	require.True(t, ok)
	assert.Equal(t, engine.Resolved, d.Res.Outcome)
	require.Len(t, d.Res.Turns, 2)
	assert.Equal(t, []int{70, d.Res.Turns[0].Mood, d.Res.Turns[1].Mood}, d.Anger(), "the anger at the start, then after each reply")
	assert.Less(t, d.Res.Mood, 70, "the call calmed the customer")
	assert.True(t, d.Res.Triad.Solve)
	require.Len(t, st.runs, 1, "the ended run is recorded")
	best, ok := st.Best("fur-elise")
	assert.True(t, ok)
	assert.Equal(t, d.Res.Score, best.Score)
	require.Len(t, turns, 2)
}

func TestExamShowsNoCoaching(t *testing.T) {
	a, _, _ := newApp(t, true)
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
	p.typ("I understand, sorry")
	assert.Nil(t, p.s.(*Call).Live)
	p.a.Exam = false
	p.typ("!")
	assert.NotNil(t, p.s.(*Call).Live)
}

func TestInterruptingIsPenalised(t *testing.T) {
	a, _, _ := newApp(t, false)
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
	p.typ("I understand")
	p.key(KeyEnter)
	c := p.s.(*Call)
	require.NotNil(t, c.Last)
	var kinds []string
	for _, e := range c.Last.Events {
		kinds = append(kinds, e.Kind)
	}
	assert.Contains(t, kinds, engine.EventInterrupted)
}

func TestBlankReplyIsNotSent(t *testing.T) {
	a, _, _ := newApp(t, false)
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
	p.typ("   ")
	p.key(KeyEnter)
	assert.Empty(t, p.s.(*Call).Conv.Turns())
}

func TestNotesTakeEnterAndTabSwitches(t *testing.T) {
	a, _, _ := newApp(t, false)
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
	c := p.s.(*Call)
	p.key(KeyTab)
	p.typ("red light")
	p.key(KeyEnter)
	p.typ("since 8")
	assert.Equal(t, "red light\nsince 8", c.Notes.Text)
	assert.Empty(t, c.Conv.Turns())
	p.key(KeyTab)
	p.typ("hi")
	assert.Equal(t, "hi", c.Reply.Text)
}

func TestHangUpEarlyShowsUnfinishedDebriefWithoutRecording(t *testing.T) {
	a, _, st := newApp(t, false)
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
	p.waitCustomer()
	p.typ("I understand")
	p.key(KeyEnter)
	p.key(KeyEscape)
	p.key(KeyEscape)
	d, ok := p.s.(*Debrief)
	require.True(t, ok)
	assert.Equal(t, engine.Unfinished, d.Res.Outcome)
	assert.Empty(t, st.runs)
}

func TestRetryFromTurnReplaysEarlierReplies(t *testing.T) {
	a, _, _ := newApp(t, false)
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
	p.waitCustomer()
	p.typ("I understand, sorry")
	p.key(KeyEnter)
	p.waitCustomer()
	p.typ("It says so in your contract")
	p.key(KeyEnter)
	p.key(KeyEscape)
	p.key(KeyEnter)
	d := p.s.(*Debrief)
	require.Len(t, d.Res.Turns, 2)
	p.key(KeyDown)
	assert.Equal(t, 1, d.Sel)
	p.typ("r")
	c, ok := p.s.(*Call)
	require.True(t, ok)
	require.Len(t, c.Conv.Turns(), 1, "the turns before the selected one are replayed")
	assert.Equal(t, "I understand, sorry", c.Conv.Turns()[0].Reply)
	assert.False(t, c.Speaking(), "replayed lines are already said")
	assert.Equal(t, d.Res.Turns[0].Mood, c.Conv.Mood())
}

func TestSaveFailureIsANoticeNotACrash(t *testing.T) {
	a, _, st := newApp(t, false)
	st.err = errors.New("disk full")
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
	p.resolveToDebrief()
	assert.Contains(t, a.Err, "disk full")
}

// resolveToDebrief plays the call on screen to a resolved end with two
// replies and goes on to the debrief.
func (p *player) resolveToDebrief() {
	p.t.Helper()
	p.waitCustomer()
	p.typ("I understand, sorry")
	p.key(KeyEnter)
	p.waitCustomer()
	p.typ("I will call you at three, does that suit you?")
	p.key(KeyEnter)
	require.True(p.t, p.s.(*Call).Conv.Ended())
	p.key(KeyEnter)
	require.IsType(p.t, &Debrief{}, p.s)
}

func TestBrokenPackShowsProblemsAndQuits(t *testing.T) {
	a, s := New(Config{Problems: []string{"x.yaml:3:1: unknown key"}})
	b, ok := s.(*Broken)
	require.True(t, ok)
	assert.Equal(t, []string{"x.yaml:3:1: unknown key"}, b.Problems)
	s = Step(a, s, Input{Presses: []Press{{Key: KeyEnter}}})
	assert.True(t, a.Quit)
	_, s = New(Config{})
	assert.IsType(t, &Broken{}, s)
}

func TestWrongLanguageIsAnErrorScreen(t *testing.T) {
	a, _, _ := newApp(t, false)
	a.Lang = "fr"
	assert.IsType(t, &Broken{}, NewCall(a, a.Cfg.Pack.Scenarios[0], nil))
}

func TestF2TogglesBigFontEverywhere(t *testing.T) {
	a, s, _ := newApp(t, false)
	s = Step(a, s, Input{Presses: []Press{{Key: KeyF2}}})
	assert.True(t, a.BigFont)
	assert.IsType(t, &Title{}, s)
}

func TestRealScorerCoachesLive(t *testing.T) {
	a, _ := New(Config{Pack: builtinPack(t), Lang: "en"})
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
	p.typ("I'm so sorry about this.")
	c := p.s.(*Call)
	require.NotNil(t, c.Live)
	assert.True(t, c.Live.Criteria.Apology)
}

func TestTextsComeFromTheCatalogue(t *testing.T) {
	assert.Equal(t, "Nabespreking", T("nl", "debrief"))
	assert.Equal(t, "Debrief", T("en", "debrief"))
	assert.Equal(t, "nope", T("en", "nope"))
}

func TestWholeExamCallInDutchWithTheRealScorer(t *testing.T) {
	st := &memStore{best: map[string]int{}}
	a, s := New(Config{Pack: builtinPack(t), Lang: "nl", Exam: true, Store: st})
	p := &player{t: t, a: a, s: s}
	p.key(KeyEnter) // title → picker
	p.key(KeyEnter) // picker → hold
	p.typ(" ")      // pick up
	c, ok := p.s.(*Call)
	require.True(t, ok)
	replies := []string{
		"Wat een ellende, een hele ochtend zonder internet terwijl u thuis moet werken. Dat spijt me echt.",
		"Ik bel u vandaag om drie uur terug zodra de monteur uw lijn heeft bekeken. Is dat goed voor u?",
	}
	for _, r := range replies {
		p.waitCustomer()
		p.typ(r)
		assert.Nil(t, c.Live, "exam mode shows no coaching while typing")
		p.key(KeyEnter)
		require.NotNil(t, c.Last, "after sending, the reply's feedback shows")
	}
	require.True(t, c.Conv.Ended())
	assert.Equal(t, engine.Resolved, c.Conv.Outcome())
	p.key(KeyEnter)
	d := p.s.(*Debrief)
	assert.True(t, d.Res.Triad.Sorry)
	assert.True(t, d.Res.Triad.Solve)
	require.Len(t, st.runs, 1)
	assert.Equal(t, "nl", st.runs[0].Lang)
}

func TestMutedNoticeFollowsTheLanguage(t *testing.T) {
	a, _ := New(Config{Pack: builtinPack(t), NoSound: true, Lang: "en"})
	assert.Contains(t, a.MutedNotice(), "No sound device")
	a.Lang = "nl"
	assert.Contains(t, a.MutedNotice(), "Geen geluidsapparaat")
	a.Cfg.NoSound = false
	assert.Empty(t, a.MutedNotice())
	a.Muted = true
	assert.Contains(t, a.MutedNotice(), "Wachtmuziek uit")
}

// TestMagicSilence: after the rant, a few quiet seconds make the customer
// ask whether anyone is there, and a reply after that pause calms them.
func TestMagicSilence(t *testing.T) {
	a, _, _ := newApp(t, true)
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenario("fur-elise"), nil)}
	c := p.s.(*Call)
	p.waitCustomer()
	last := func() string { return c.Shown(len(c.Log) - 1) }
	assert.NotEqual(t, "Hello? Are you still there?", last(), "not right after the rant")
	p.wait(time.Duration(engine.SilenceMinMS+3000) * time.Millisecond)
	assert.Equal(t, "Hello? Are you still there?", last(), "the customer breaks the silence")
	p.typ("I understand, sorry")
	p.key(KeyEnter)
	require.NotNil(t, c.Last)
	var kinds []string
	for _, e := range c.Last.Events {
		kinds = append(kinds, e.Kind)
	}
	assert.Contains(t, kinds, engine.EventSilence)
	n := 0
	for _, e := range c.Log {
		if e.Text == "Hello? Are you still there?" {
			n++
		}
	}
	assert.Equal(t, 1, n, "asked once")
}
