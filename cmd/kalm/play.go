package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"kalm/internal/cliflag"
	"kalm/scenarios"
	"kalm/scenarios/catalog"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

// playResult is the JSON that `kalm play --text --result FILE` writes.
type playResult struct {
	Scenario  string         `json:"scenario"`
	Lang      string         `json:"lang"`
	Scorer    string         `json:"scorer"`
	Outcome   engine.Outcome `json:"outcome"`
	Score     int            `json:"score"`
	Max       int            `json:"max"`
	Breakdown []engine.Part  `json:"breakdown"`
	Turns     []playTurn     `json:"turns"`
	Triad     engine.Triad   `json:"triad"`
	Steps     engine.Steps   `json:"steps"`
}

// playTurn is one turn of a playResult: the reply, its points and the
// words behind each finding.
type playTurn struct {
	Reply     string            `json:"reply"`
	Score     int               `json:"score"`
	Parts     []engine.Part     `json:"parts"`
	Criteria  scoring.Labels    `json:"criteria"`
	BlameKind scoring.BlameKind `json:"blame_kind,omitempty"`
	Findings  []scoring.Finding `json:"findings"`
	Mood      int               `json:"mood"`
}

func runPlay(e env) int { return playWith(e, realClock()) }

// watchEvery is how often `kalm play --watch` looks at the pack's files.
const watchEvery = 500 * time.Millisecond

// playWith runs `kalm play`; c times the replies, paces the customer
// and ticks the --watch polling.
func playWith(e env, c clock) int {
	fs := flag.NewFlagSet("play", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Bool("text", true, "play in the terminal (the only mode of this command; may be left out)")
	id := fs.String("scenario", "", "id of the scenario to play (see 'kalm list')")
	lang := fs.String("lang", "nl", "language: nl or en")
	packPath := fs.String("pack", "", "pack folder or file (default: the built-in pack)")
	resultPath := fs.String("result", "", "write the run as JSON to this file")
	timing := fs.String("timing", "off", "time replies (interruptions, slow replies) while the customer speaks at talking pace: on, off, or auto (on when typing at a terminal)")
	from := fs.String("from", "", "start the call at this `NODE` instead of the scenario's start (see 'kalm graph')")
	var mood optionalInt
	fs.Var(&mood, "mood", "start the call with this anger `N` (0..100) instead of the scenario's mood and hold")
	watch := fs.Bool("watch", false, "reload the pack (--pack) when one of its files changes; the call goes on at its node")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm play --scenario ID [--lang nl|en] [--pack PATH] [--result FILE]")
		fmt.Fprintln(fs.Output(), "                 [--from NODE] [--mood N] [--watch]")
		fmt.Fprintln(fs.Output(), "\nPlays a scenario in the terminal: one reply per line on standard input (a script")
		fmt.Fprintln(fs.Output(), "may be piped in); shows what each reply earned and a summary at the end. A draft")
		fmt.Fprintln(fs.Output(), "whose only problems are warnings plays, with the warnings on standard error.")
		fs.PrintDefaults()
	}
	args, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if !scenarioUsage(e, "play", args, *id, *lang) {
		return exitUsage
	}
	switch {
	case *timing != "auto" && *timing != "on" && *timing != "off":
		fmt.Fprintf(e.stderr, "kalm play: --timing must be auto, on or off, not %q\n", *timing)
		return exitUsage
	case *watch && *packPath == "":
		fmt.Fprintln(e.stderr, "kalm play: --watch needs --pack PATH (the built-in pack does not change)")
		return exitUsage
	}
	pack, code := loadPack(e, "play", *packPath)
	if pack == nil {
		return code
	}
	sc := findScenario(e, "play", pack, *id)
	if sc == nil {
		return exitFindings
	}
	untimed := *timing == "off" || (*timing == "auto" && !stdinIsTerminal(e.stdin))
	conv, err := engine.Start(sc, *lang, engine.Options{Untimed: untimed, From: *from, Mood: mood.v})
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm play: %v\n", err)
		return exitFindings
	}
	if *from != "" || mood.v != nil {
		fmt.Fprintf(e.stderr, "kalm play: the call starts at node %q with anger %d\n", conv.Node(), conv.Mood())
	}
	p := &textPlayer{w: e.stdout, sc: sc, lang: *lang, prompt: !untimed, conv: conv, untimed: untimed, hold: mood.v == nil}
	if !untimed {
		p.pace = c.after
	}
	if *watch {
		ticks, stop := c.tick(watchEvery)
		defer stop()
		p.watch = newPackWatch(*packPath, ticks)
	}
	p.intro(conv)
	if code := p.play(e.stdin, e.stderr, c.now); code != exitOK {
		return code
	}
	res := p.conv.Result()
	p.summary(res)
	if *resultPath != "" {
		if err := writeResult(*resultPath, res); err != nil {
			fmt.Fprintf(e.stderr, "kalm play: writing the result: %v\n", err)
			return exitFindings
		}
	}
	return exitOK
}

// stdinIsTerminal reports whether r is a terminal a person types at.
func stdinIsTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && isTerminal(f)
}

func writeResult(path string, res engine.Result) error {
	out := playResult{Scenario: res.Scenario, Lang: res.Lang, Scorer: scoring.Version, Outcome: res.Outcome,
		Score: res.Score, Max: res.Max, Breakdown: res.Breakdown,
		Turns: make([]playTurn, 0, len(res.Turns)), Triad: res.Triad, Steps: res.Steps}
	for _, t := range res.Turns {
		parts := t.Parts
		if parts == nil {
			parts = []engine.Part{}
		}
		findings := t.Findings
		if findings == nil {
			findings = []scoring.Finding{}
		}
		out.Turns = append(out.Turns, playTurn{Reply: t.Reply, Score: t.Points, Parts: parts, Criteria: t.Criteria,
			BlameKind: t.BlameKind, Findings: findings, Mood: t.Mood})
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// textPlayer prints a conversation for a person (or a screen reader):
// plain lines, no colour, no cursor tricks.
type textPlayer struct {
	w      io.Writer
	sc     *scenarios.Scenario
	lang   string
	prompt bool
	// hold prints the hold before the call (not when --mood sets the
	// anger).
	hold bool
	// pace waits while the customer says a line; nil prints at once.
	pace func(time.Duration) <-chan time.Time

	// conv is the call; a --watch reload replaces it.
	conv    *engine.Conversation
	untimed bool
	// watch reloads the pack when its files change; nil without --watch.
	watch *packWatch
	// now reads the clock; shown is when the customer started the
	// current lines.
	now   func() time.Time
	shown time.Time
}

// t returns a text of the shared catalogue in the player's language.
func (p *textPlayer) t(key string) string { return catalog.T(p.lang, key) }

func (p *textPlayer) intro(c *engine.Conversation) {
	fmt.Fprintf(p.w, "%s\n\n%s\n\n", p.sc.Title.Get(p.lang), p.sc.Briefing.Get(p.lang))
	if h := p.sc.Customer.Hold; h.Minutes > 0 && p.hold {
		music := ""
		if h.Music != "" {
			music = fmt.Sprintf(p.t("play.hold.music"), h.Music)
		}
		fmt.Fprintf(p.w, p.t("play.hold")+"\n", p.sc.Customer.Name, h.Minutes, music, c.Mood())
	}
}

func (p *textPlayer) turn(t engine.Turn) {
	var got []string
	for _, c := range scoring.Criteria() {
		if t.Criteria.Get(c) {
			got = append(got, p.t("c."+string(c)))
		}
	}
	if len(got) == 0 {
		got = []string{p.t("play.none")}
	}
	fmt.Fprintf(p.w, "  [%+d %s | %s | %s %d/100 (%+d)]\n", t.Points, p.t("play.points"), strings.Join(got, ", "),
		p.t("anger"), t.Mood, t.MoodDelta)
	p.evidence(t)
	for _, ev := range t.Events {
		if msg := p.event(ev); msg != "" {
			fmt.Fprintf(p.w, "  - %s\n", msg)
		}
	}
	for _, f := range t.Findings {
		if !f.Hit && f.Note != "" {
			fmt.Fprintf(p.w, "  - %s: %q: %s\n", p.t("c."+string(f.Criterion)), f.Text, f.Note)
		}
	}
	fmt.Fprintln(p.w)
}

// evidence prints, per criterion found, the words behind it, the blame
// kind, and whether a helpful one was said again without need.
func (p *textPlayer) evidence(t engine.Turn) {
	for _, c := range scoring.Criteria() {
		if !t.Criteria.Get(c) {
			continue
		}
		mark, name := "✓", p.t("c."+string(c))
		if c.Hurts() {
			mark = "✗"
		}
		if c == scoring.Blame && t.BlameKind != "" {
			name += " (" + p.t("kind."+string(t.BlameKind)) + ")"
		}
		var words []string
		for _, f := range t.Findings {
			if q := fmt.Sprintf("%q", f.Text); f.Hit && f.Criterion == c && !slices.Contains(words, q) {
				words = append(words, q)
			}
		}
		line := fmt.Sprintf("  %s %s: %s", mark, name, strings.Join(words, ", "))
		if !c.Hurts() && !t.Earned.Get(c) {
			line += " — " + p.t("play.again")
		}
		fmt.Fprintln(p.w, line)
	}
}

func (p *textPlayer) event(ev engine.Event) string {
	switch ev.Kind {
	case engine.EventTrigger:
		return fmt.Sprintf("%q: %s", ev.Text, ev.Note)
	case engine.EventFactAsked:
		return p.t("play.asked") + ev.Note
	case engine.EventFactMention:
		return ""
	}
	return ev.Note
}

func (p *textPlayer) summary(r engine.Result) {
	if p.prompt {
		fmt.Fprintln(p.w)
	}
	outcome := map[engine.Outcome]string{
		engine.Resolved:   "resolved",
		engine.HungUp:     "play.hungup.long",
		engine.Escalated:  "play.escalated.long",
		engine.Unfinished: "unfinished",
	}[r.Outcome]
	fmt.Fprintf(p.w, "\n== %s: %s (%s)\n", p.t("outcome"), p.t(outcome), r.Outcome)
	fmt.Fprintf(p.w, "%s: "+p.t("score.of")+"\n", p.t("score"), r.Score, r.Max)
	for _, part := range r.Breakdown {
		fmt.Fprintf(p.w, "  %+4d  %s\n", part.Points, p.t("part."+part.What))
	}
	fmt.Fprintf(p.w, "%s: %d -> %d\n", p.t("anger"), r.StartMood, r.Mood)
	mark := func(b bool) string {
		if b {
			return "[x]"
		}
		return "[ ]"
	}
	fmt.Fprintf(p.w, "%s: %s %s  %s %s  %s %s\n", p.t("triad"),
		mark(r.Triad.Understanding), p.t("t.understand"),
		mark(r.Triad.Sorry), p.t("t.sorry"),
		mark(r.Triad.Solve), p.t("t.solve"))
	steps := []struct {
		ok  bool
		key string
	}{
		{r.Steps.Listen, "s.listen"},
		{r.Steps.Summarise, "s.summarise"},
		{r.Steps.ApologiseAndAsk, "s.apologise"},
		{r.Steps.Analyse, "s.analyse"},
		{r.Steps.Plan, "s.plan"},
		{r.Steps.Aftercare, "s.aftercare"},
	}
	fmt.Fprintf(p.w, "%s:", p.t("steps"))
	for _, s := range steps {
		fmt.Fprintf(p.w, "  %s %s", mark(s.ok), p.t(s.key))
	}
	fmt.Fprintln(p.w)
	if len(r.Turns) > 0 {
		fmt.Fprintf(p.w, "\n%s\n", p.t("play.models"))
		for _, t := range r.Turns {
			if t.Model != "" {
				fmt.Fprintf(p.w, "%d. %s: %s\n   %s: %s\n", t.Index, p.t("play.you"), t.Reply, p.t("model"), t.Model)
			}
		}
	}
}
