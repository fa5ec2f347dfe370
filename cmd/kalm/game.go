package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"time"

	"kalm/game"
	"kalm/game/flow"
	"kalm/game/flow/flowdemo"
	"kalm/game/prefs"
	"kalm/game/results"
	"kalm/internal/cliflag"
	"kalm/scenarios"
	"kalm/scenarios/builtin"
	"kalm/scenarios/engine"
)

// gameFlags are the game's command-line settings.
type gameFlags struct {
	pack, lang, name, scenario, screen, shot, size, result, resultsPath, home string
	exam, big, mute, timing                                                   bool
	// noDevice is set (KALM_NO_SOUND) when a first start found the sound
	// device broken.
	noDevice bool
	// from and mood start the --scenario call at a node, with an anger.
	from string
	mood optionalInt
	// watch reloads --pack when its files change.
	watch bool
}

// partial reports whether the call starts elsewhere than a real call
// would (--from, --mood): practice that is neither saved nor sent.
func (g *gameFlags) partial() bool { return g.from != "" || g.mood.v != nil }

func gameFlagSet(e env) (*flag.FlagSet, *gameFlags) {
	g := &gameFlags{}
	fs := flag.NewFlagSet("kalm", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&g.pack, "pack", "", "scenario pack folder or file (default: the built-in pack)")
	fs.StringVar(&g.lang, "lang", "nl", "language: nl or en")
	fs.StringVar(&g.name, "name", "", "player name")
	fs.BoolVar(&g.exam, "exam", false, "exam mode: no live coaching")
	fs.BoolVar(&g.big, "big-font", false, "start with the larger font (F2 toggles)")
	fs.BoolVar(&g.mute, "mute", false, "start with the sound off and the sound device closed (M or Ctrl+M in the game turns it on; the game remembers the choice made in it)")
	fs.StringVar(&g.scenario, "scenario", "", "go straight to this scenario's call (skips title and picker)")
	fs.StringVar(&g.from, "from", "", "with --scenario: start the call at this `NODE` (practice: not saved or sent to the team)")
	fs.Var(&g.mood, "mood", "with --scenario: start the call at once with this anger `N` (0..100), without the hold")
	fs.BoolVar(&g.watch, "watch", false, "reload --pack when one of its files changes: the call goes on at its node; a broken edit shows its problems")
	fs.StringVar(&g.screen, "screen", "", "show a scripted screen: "+flowdemo.Screens)
	fs.StringVar(&g.shot, "screenshot", "", "save the screen as a PNG to `FILE` and quit (with --screen)")
	fs.StringVar(&g.size, "size", "1280x800", "window size, `WxH`")
	fs.StringVar(&g.result, "result", "", "write the run so far as JSON to `FILE` after every reply")
	fs.StringVar(&g.resultsPath, "results", "", "local results file (default: kalm/results.json in the config folder)")
	fs.StringVar(&g.home, "home", "", "keep results, team settings and the outbox of unsent calls in `DIR` (default: the config and data folders)")
	fs.BoolVar(&g.timing, "timing", false, "print the time to the first frame on stderr")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm [game] [flags]   (opens the game)")
		fmt.Fprintln(fs.Output(), "       kalm --screen call --screenshot call.png --lang en")
		fs.PrintDefaults()
		fmt.Fprintln(fs.Output(), "\nRun 'kalm help' for the other commands.")
	}
	return fs, g
}

// runGame opens the game window.
func runGame(e env) int {
	began := time.Now()
	fs, g := gameFlagSet(e)
	args, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 0 {
		fmt.Fprintf(e.stderr, "kalm: unknown command %q (run 'kalm help' for the list)\n", args[0])
		return exitUsage
	}
	g.noDevice = os.Getenv(noSoundEnv) != ""
	opt, done, code := gameOptions(e, g)
	defer done()
	if code != exitOK {
		return code
	}
	if g.timing {
		opt.FirstFrame = func(time.Duration) {
			fmt.Fprintf(e.stderr, "kalm: first frame after %d ms\n", time.Since(began).Milliseconds())
		}
	}
	code, again := gameEnded(e, game.Run(opt))
	if again {
		return restartMuted(e)
	}
	return code
}

// gameEnded says why the game stopped, if it failed, and returns the
// exit code; again is set when the sound device failed and the game
// should start again muted.
func gameEnded(e env, err error) (code int, again bool) {
	switch {
	case err == nil:
		return exitOK, false
	case errors.Is(err, game.ErrNoAudio):
		// The device looked present but failed: play muted instead.
		fmt.Fprintf(e.stderr, "kalm: %v; starting again without sound\n", err)
		return exitFindings, true
	case errors.Is(err, game.ErrNoDisplay):
		// The whole chain: Ebiten's words say which display failed.
		fmt.Fprintf(e.stderr, "kalm: %v\n", err)
	default:
		fmt.Fprintf(e.stderr, "kalm: the game stopped: %v\n", err)
	}
	return exitFindings, false
}

// gameOptions turns the flags into the game's options; done closes what
// they opened (the team link) and is never nil.
func gameOptions(e env, g *gameFlags) (opt game.Options, done func(), code int) {
	done = func() {}
	if g.lang != "nl" && g.lang != "en" {
		fmt.Fprintf(e.stderr, "kalm: --lang must be nl or en, not %q\n", g.lang)
		return opt, done, exitUsage
	}
	var w, h int
	if _, err := fmt.Sscanf(g.size, "%dx%d", &w, &h); err != nil || w < 320 || h < 240 || w > 8192 || h > 8192 {
		fmt.Fprintf(e.stderr, "kalm: --size must be WxH like 1280x800 (at least 320x240), not %q\n", g.size)
		return opt, done, exitUsage
	}
	if g.shot != "" && g.screen == "" {
		g.screen = "call"
	}
	if g.partial() && g.scenario == "" {
		fmt.Fprintln(e.stderr, "kalm: --from and --mood need --scenario ID (the call they start)")
		return opt, done, exitUsage
	}
	cfg := flow.Config{Lang: g.lang, Name: g.name, Exam: g.exam, BigFont: g.big}
	var probs scenarios.Problems
	if g.pack == "" {
		cfg.Pack, probs = scenarios.LoadFS(builtin.FS(), ".", "builtin")
	} else {
		cfg.Pack, probs = scenarios.Load(g.pack)
	}
	for _, p := range probs.Errors() {
		cfg.Problems = append(cfg.Problems, p.String())
	}
	for _, p := range probs.Warnings() { // a draft plays
		fmt.Fprintln(e.stderr, p.String())
	}
	if g.partial() {
		fmt.Fprintln(e.stderr, "kalm: a call started with --from or --mood is practice: it is not saved or sent to the team")
	}
	if g.shot == "" && !g.partial() { // screenshots never touch the player's files
		files, err := locate(g.home, g.resultsPath)
		if err != nil {
			fmt.Fprintf(e.stderr, "kalm: %v\n", err)
			return opt, done, exitUsage
		}
		store, err := results.Open(files.Results, nil)
		if err != nil {
			fmt.Fprintf(e.stderr, "kalm: %v\n", err)
			return opt, done, exitFindings
		}
		cfg.Store = store
		link, err := openLink(files)
		if err != nil {
			// The game is still worth playing: the personal board works.
			fmt.Fprintf(e.stderr, "kalm: the team link is off: %v\n", err)
		} else {
			cfg.Team = link
			done = func() { closeLink(e, link) }
			if len(cfg.Problems) == 0 {
				cfg.Pack = withTeamPacks(cfg.Pack, link, e.stderr)
			}
			link.SyncPacksLater(20 * time.Second) // changed packs are there next time
		}
	}
	if g.result != "" {
		path := g.result
		cfg.OnTurn = func(r engine.Result) { _ = writeJSON(path, r) }
	}
	sound := game.SoundAvailable() && !g.noDevice
	cfg.NoSound = !sound
	if g.shot != "" { // the same picture on every machine, and no audio
		sound, cfg.NoSound = false, false
	} else if files, err := locate(g.home, g.resultsPath); err == nil {
		var p flow.Prefs
		cfg.Prefs, p = openPrefs(e, files.Prefs)
		cfg.Muted, cfg.Volume = p.Muted, p.Volume
	}
	cfg.Muted = cfg.Muted || g.mute
	if g.shot == "" {
		run, stopWorker := worker()
		cfg.Background = run
		prev := done
		done = func() { stopWorker(); prev() } // saves and sends finish before the link closes
	}
	if g.watch {
		if g.pack == "" {
			fmt.Fprintln(e.stderr, "kalm: --watch needs --pack PATH (the pack you are editing)")
			return opt, done, exitUsage
		}
		reloads, stop := watchPack(g.pack, time.NewTicker(watchEvery))
		cfg.Reloads = reloads
		prev := done
		done = func() { stop(); prev() }
	}
	opt = game.Options{Flow: cfg, Width: w, Height: h, Screenshot: g.shot, Sound: sound}
	if g.shot != "" {
		stopped := time.Now()
		opt.Now = func() time.Time { return stopped }
	}
	if len(cfg.Problems) > 0 {
		return opt, done, exitOK // the game shows the problems
	}
	if g.scenario != "" || g.screen != "" {
		s := cfg.Pack.Scenario(g.scenario)
		if g.scenario == "" && len(cfg.Pack.Scenarios) > 0 {
			s = cfg.Pack.Scenarios[0]
		}
		if s == nil {
			fmt.Fprintf(e.stderr, "kalm: no scenario %q in the pack (run 'kalm list')\n", g.scenario)
			return opt, done, exitUsage
		}
		if g.partial() {
			if err := engine.CheckStart(s, engine.Options{From: g.from, Mood: g.mood.v}); err != nil {
				fmt.Fprintf(e.stderr, "kalm: %v\n", err)
				return opt, done, exitUsage
			}
			s = startingAt(s, g.from, g.mood.v)
		}
		screen := g.screen
		if screen == "" {
			opt.Start = func(a *flow.App) flow.Screen { return flow.NewHold(a, s) }
		} else {
			if err := flowdemo.Check(screen); err != nil {
				fmt.Fprintf(e.stderr, "kalm: --screen: %v\n", err)
				return opt, done, exitUsage
			}
			opt.Start = func(a *flow.App) flow.Screen {
				scr, _ := flowdemo.Screen(a, s, screen)
				return scr
			}
		}
	}
	return opt, done, exitOK
}

// openPrefs opens the game's settings file and returns the settings in
// it; a damaged one is said and the defaults are used (the next change
// mends it).
func openPrefs(e env, path string) (flow.PrefsStore, flow.Prefs) {
	f, p, err := prefs.Open(path)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm: %v\n", err)
	}
	return f, p
}

// startingAt returns a copy of s whose call starts at node from (when
// not "") with anger mood (when set; the hold is left out, so the call
// starts at once). The game starts a call at its scenario's start, with
// its mood and hold; the copy carries --from and --mood to it.
func startingAt(s *scenarios.Scenario, from string, mood *int) *scenarios.Scenario {
	cp := *s
	if from != "" {
		cp.Start = from
	}
	if mood != nil {
		cp.Mood = *mood
		cp.Customer.Hold = scenarios.Hold{}
	}
	return &cp
}

// noSoundEnv marks a restart after the sound device failed.
const noSoundEnv = "KALM_NO_SOUND"

// restartMuted runs the game again in a new process without sound:
// Ebiten's game loop cannot start twice in one process.
func restartMuted(e env) int {
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm: cannot restart: %v (start again with --mute)\n", err)
		return exitFindings
	}
	cmd := exec.Command(exe, e.args...)
	cmd.Env = append(os.Environ(), noSoundEnv+"=1")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = e.stdin, e.stdout, e.stderr
	if err := cmd.Run(); err != nil {
		if x, ok := err.(*exec.ExitError); ok {
			return x.ExitCode()
		}
		fmt.Fprintf(e.stderr, "kalm: cannot restart: %v (start again with --mute)\n", err)
		return exitFindings
	}
	return exitOK
}

// writeJSON writes v to path through a temporary file, so a reader never
// sees half a file.
func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// worker runs the game's background jobs (saving, sending, --result) one
// after another on their own goroutine, in the order given; stop waits
// for the jobs given so far.
func worker() (run func(job func()), stop func()) {
	jobs := make(chan func(), 64)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		for job := range jobs {
			job()
		}
	}()
	var once sync.Once
	return func(job func()) { jobs <- job }, func() { once.Do(func() { close(jobs); <-finished }) }
}
