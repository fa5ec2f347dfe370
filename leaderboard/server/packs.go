package server

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"kalm/leaderboard/bundle"
	"kalm/leaderboard/store"
	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

// PackSet is what a server plays: its own pack (version "", the built-in
// pack unless serve was given --pack) and the team packs in the store,
// by version. A version is loaded on first use and kept: its content
// never changes. Safe for concurrent use.
type PackSet struct {
	own   *playable
	store store.PackStore

	loadMu sync.Mutex // one version is loaded at a time
	loaded map[string]*playable

	mu     sync.Mutex
	listed []store.Pack // every version, as last read from the store
}

// playable is a loaded pack with a scorer per scenario (its vocabulary
// and the pack's language file), shared between requests.
type playable struct {
	hash    string
	pack    *scenarios.Pack
	scorers map[string]engine.Scorer
	phrases map[phraseKey]*engine.Phrases
}

// phraseKey names a scenario's phrases in one language.
type phraseKey struct{ scenario, lang string }

// newPlayable builds the scorers of p's scenarios and compiles their
// phrases in each of their languages, once for every call re-played.
func newPlayable(hash string, p *scenarios.Pack) *playable {
	pl := &playable{hash: hash, pack: p, scorers: map[string]engine.Scorer{}, phrases: map[phraseKey]*engine.Phrases{}}
	for _, sc := range p.Scenarios {
		if sc != nil {
			pl.scorers[sc.ID] = scoring.New(sc.Vocabulary.Scoring())
			for _, lang := range sc.Languages() {
				pl.phrases[phraseKey{sc.ID, lang}] = engine.CompilePhrases(sc, lang)
			}
		}
	}
	return pl
}

// ids lists the pack's scenario ids.
func (pl *playable) ids() []string {
	var ids []string
	for _, sc := range pl.pack.Scenarios {
		if sc != nil {
			ids = append(ids, sc.ID)
		}
	}
	return ids
}

// UnknownPackError: a run names a pack version the store does not hold.
type UnknownPackError struct{ Hash string }

func (e *UnknownPackError) Error() string {
	return fmt.Sprintf("this server never served pack version %s; update the game's packs with kalm team status", e.Hash)
}

// BrokenPackError: a stored pack version does not load with this server
// (one newer or older than the one that stored it).
type BrokenPackError struct {
	Hash string
	Err  error
}

func (e *BrokenPackError) Error() string {
	return fmt.Sprintf("pack version %s does not load on this server: %v", bundle.Short(e.Hash), e.Err)
}

func (e *BrokenPackError) Unwrap() error { return e.Err }

// NewPackSet plays own (required) and the versions st holds.
func NewPackSet(own *scenarios.Pack, st store.PackStore) (*PackSet, error) {
	if own == nil || st == nil {
		return nil, errors.New("server: a pack set needs the server's own pack and a store")
	}
	return &PackSet{own: newPlayable("", own), store: st, loaded: map[string]*playable{}}, nil
}

// get returns the pack version hash ("" is the server's own pack):
// an *UnknownPackError when the store has no such version, a
// *BrokenPackError when it does not load.
func (ps *PackSet) get(ctx context.Context, hash string) (*playable, error) {
	if hash == "" {
		return ps.own, nil
	}
	ps.loadMu.Lock()
	defer ps.loadMu.Unlock()
	if pl, ok := ps.loaded[hash]; ok {
		return pl, nil
	}
	if !bundle.ValidHash(hash) {
		return nil, &UnknownPackError{Hash: hash}
	}
	rec, err := ps.store.PackByHash(ctx, hash)
	if errors.Is(err, store.ErrNotFound) {
		return nil, &UnknownPackError{Hash: hash}
	}
	if err != nil {
		return nil, err
	}
	pack, err := loadStored(rec)
	if err != nil {
		return nil, &BrokenPackError{Hash: hash, Err: err}
	}
	pl := newPlayable(hash, pack)
	ps.loaded[hash] = pl
	return pl, nil
}

// loadStored loads a stored pack version, checking that its files still
// hash to its version.
func loadStored(rec store.Pack) (*scenarios.Pack, error) {
	b, err := bundle.Unmarshal(rec.Files)
	if err != nil {
		return nil, err
	}
	if got := b.Hash(); got != rec.Hash {
		return nil, fmt.Errorf("its files in the database hash to %s (the database copy is damaged)", bundle.Short(got))
	}
	pack, probs := b.Load(rec.ID)
	if err := probs.Err(); err != nil {
		return nil, err
	}
	return pack, nil
}

// Current reads the newest version of each team pack from the store.
func (ps *PackSet) Current(ctx context.Context) ([]store.Pack, error) {
	all, err := ps.refresh(ctx)
	if err != nil {
		return nil, err
	}
	return store.Current(all), nil
}

// refresh reads every version from the store and keeps the list.
func (ps *PackSet) refresh(ctx context.Context) ([]store.Pack, error) {
	all, err := ps.store.Packs(ctx)
	if err != nil {
		return nil, err
	}
	ps.mu.Lock()
	ps.listed = all
	ps.mu.Unlock()
	return all, nil
}

// titled finds the newest stored version with scenario id in the list
// read last; ok is false when there is none.
func (ps *PackSet) titled(id string) (store.PackScenario, bool) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	for i := len(ps.listed) - 1; i >= 0; i-- {
		for _, sc := range ps.listed[i].Scenarios {
			if sc.ID == id {
				return sc, true
			}
		}
	}
	return store.PackScenario{}, false
}

// lookup finds a scenario of a team pack, reading the store again when
// the list read last lacks it (a pack added since).
func (ps *PackSet) lookup(ctx context.Context, id string) (store.PackScenario, bool, error) {
	if sc, ok := ps.titled(id); ok {
		return sc, true, nil
	}
	if _, err := ps.refresh(ctx); err != nil {
		return store.PackScenario{}, false, err
	}
	sc, ok := ps.titled(id)
	return sc, ok, nil
}

// Knows reports whether id is a scenario of the server's own pack or of
// any team pack version.
func (ps *PackSet) Knows(ctx context.Context, id string) (bool, error) {
	if ps.own.pack.Scenario(id) != nil {
		return true, nil
	}
	_, ok, err := ps.lookup(ctx, id)
	return ok, err
}

// Title is scenario id's title in lang (or another language when lang
// has none); ok is false for an unknown scenario.
func (ps *PackSet) Title(ctx context.Context, id, lang string) (string, bool, error) {
	if sc := ps.own.pack.Scenario(id); sc != nil {
		return textIn(textMap(sc.Title), lang), true, nil
	}
	sc, ok, err := ps.lookup(ctx, id)
	if !ok || err != nil {
		return "", false, err
	}
	return textIn(sc.Title, lang), true, nil
}

// ScenarioIDs lists the scenario ids the server knows: its own pack's,
// then the team packs' (as last read), sorted, each once.
func (ps *PackSet) ScenarioIDs() []string {
	ids := ps.own.ids()
	seen := map[string]bool{}
	for _, id := range ids {
		seen[id] = true
	}
	var team []string
	ps.mu.Lock()
	for _, p := range ps.listed {
		for _, sc := range p.Scenarios {
			if !seen[sc.ID] {
				seen[sc.ID] = true
				team = append(team, sc.ID)
			}
		}
	}
	ps.mu.Unlock()
	sort.Strings(team)
	return append(ids, team...)
}

// textIn picks lang from a text by language, else the first language
// that has one (nl, then en).
func textIn(t map[string]string, lang string) string {
	if v := t[lang]; v != "" {
		return v
	}
	for _, l := range []string{"nl", "en"} {
		if v := t[l]; v != "" {
			return v
		}
	}
	return ""
}

// textMap turns a pack text into a map by language, without empty ones.
func textMap(t scenarios.Text) map[string]string {
	m := map[string]string{}
	for _, l := range []string{"nl", "en"} {
		if v := t.Get(l); v != "" {
			m[l] = v
		}
	}
	return m
}

// PreparePack loads and checks a pack bundle as `kalm check` does (the
// loader's problems, then the golden examples through the scorer) and
// returns the version to store. The error is scenarios.Problems when the
// pack has problems; display names its files in them.
func PreparePack(b bundle.Bundle, display string, at time.Time) (store.Pack, error) {
	pack, probs := b.Load(display)
	if pack != nil && len(probs) == 0 {
		probs = scenarios.CheckGolden(pack, nil)
	}
	if len(probs) > 0 {
		return store.Pack{}, probs
	}
	files, err := b.Marshal()
	if err != nil {
		return store.Pack{}, err
	}
	rec := store.Pack{Hash: b.Hash(), ID: pack.ID, Version: pack.Version, Title: textMap(pack.Title), Files: files, Added: at}
	for _, sc := range pack.Scenarios {
		rec.Scenarios = append(rec.Scenarios, store.PackScenario{ID: sc.ID, Title: textMap(sc.Title)})
	}
	return rec, nil
}

// ClashError: a pack would share an id with another pack. Boards rank
// scenarios by id, so each scenario id belongs to one pack.
type ClashError struct {
	Scenario string // the scenario id; "" when the pack id itself clashes
	Pack     string // the new pack's id
	Other    string // the pack that has it: its id, or "the server's own pack"
}

func (e *ClashError) Error() string {
	if e.Scenario == "" {
		return fmt.Sprintf("pack id %q is %s's (give the pack another id in pack.yaml)", e.Pack, e.Other)
	}
	return fmt.Sprintf("scenario id %q of pack %q is in %s already (boards rank scenarios by id: give it another id)", e.Scenario, e.Pack, e.Other)
}

// CheckClashes says whether rec may join the stored versions: its id
// must not be own's, and its scenario ids must be in no other pack (a
// new version of the same pack shares them, of course).
func CheckClashes(own *scenarios.Pack, stored []store.Pack, rec store.Pack) error {
	const ownName = "the server's own pack"
	if own != nil && rec.ID == own.ID {
		return &ClashError{Pack: rec.ID, Other: ownName}
	}
	for _, sc := range rec.Scenarios {
		if own != nil && own.Scenario(sc.ID) != nil {
			return &ClashError{Scenario: sc.ID, Pack: rec.ID, Other: ownName}
		}
		for _, p := range stored {
			if p.ID == rec.ID {
				continue
			}
			for _, o := range p.Scenarios {
				if o.ID == sc.ID {
					return &ClashError{Scenario: sc.ID, Pack: rec.ID, Other: fmt.Sprintf("pack %q", p.ID)}
				}
			}
		}
	}
	return nil
}

// Clashes lists what clashes between the server's own pack and the
// stored packs (serve warns: a --pack other than the built-in one may
// share scenario ids with them).
func (ps *PackSet) Clashes(ctx context.Context) ([]string, error) {
	all, err := ps.refresh(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, p := range store.Current(all) {
		if err := CheckClashes(ps.own.pack, nil, p); err != nil {
			out = append(out, err.Error())
		}
	}
	return out, nil
}

// scenarioList is the ids of pl for a message, with the pack named.
func scenarioList(pl *playable) string {
	ids := strings.Join(pl.ids(), ", ")
	if pl.hash == "" {
		return "this server plays " + ids
	}
	return fmt.Sprintf("pack %s version %s has %s", pl.pack.ID, bundle.Short(pl.hash), ids)
}
