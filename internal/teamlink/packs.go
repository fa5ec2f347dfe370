package teamlink

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"kalm/game/flow"
	"kalm/leaderboard/client"
)

// PacksFolder is the folder, next to the outbox, that holds the team's
// downloaded packs when Config.PacksDir is empty.
const PacksFolder = "packs"

// packsDir is where the team's packs are kept.
func packsDir(cfg Config) string {
	if cfg.PacksDir != "" {
		return cfg.PacksDir
	}
	return filepath.Join(filepath.Dir(cfg.OutboxPath), PacksFolder)
}

// SyncPacks downloads the team's packs that are missing or changed (each
// checked against its version hash; a mismatch wraps client.ErrPackHash
// and keeps the packs there were). The game offers them after calling
// Packs. Errors wrap flow.ErrNotMember without a team, and the kinds
// Join's errors have.
func (l *Link) SyncPacks(ctx context.Context) (client.PackSync, error) {
	c, _ := l.client()
	if c == nil {
		return client.PackSync{}, fmt.Errorf("%w: no team joined", flow.ErrNotMember)
	}
	l.syncing.Lock()
	defer l.syncing.Unlock()
	rep, err := l.packs.Sync(ctx, c)
	if err != nil {
		return rep, classify(err, false)
	}
	return rep, nil
}

// Packs loads the team's downloaded packs, ready to play beside the
// built-in pack. A pack that was changed on this computer or does not
// load is left out and named in the error; the others are returned all
// the same. From now on Send names the version of these packs for their
// scenarios' runs, so the server re-plays a run with the pack it was
// played from.
func (l *Link) Packs() ([]client.LocalPack, error) {
	packs, err := l.packs.Load()
	l.offer(packs)
	return packs, err
}

// offer makes packs the ones whose versions Send names.
func (l *Link) offer(packs []client.LocalPack) {
	of := map[string]string{}
	for _, p := range packs {
		for _, sc := range p.Pack.Scenarios {
			if sc != nil {
				of[sc.ID] = p.Info.Hash
			}
		}
	}
	l.mu.Lock()
	l.packOf = of
	l.mu.Unlock()
}

// offerIndexed names the versions of the last sync for Send before the
// game loaded any (a run played in an earlier session).
func (l *Link) offerIndexed() error {
	list, err := l.packs.Index()
	if err != nil {
		return err
	}
	of := map[string]string{}
	for _, info := range list {
		for _, sc := range info.Scenarios {
			of[sc.ID] = info.Hash
		}
	}
	l.mu.Lock()
	l.packOf = of
	l.mu.Unlock()
	return nil
}

// packFor is the version Send names for a run of scenario id: the team
// pack the game was given that holds it, "" for the built-in pack.
func (l *Link) packFor(id string) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.packOf[id]
}

// PacksProblem is why the download of the team's packs after the last
// Join failed (nil when it worked); SyncPacks tries again.
func (l *Link) PacksProblem() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.packsErr
}

// SyncPacksLater downloads the team's new or changed packs in the
// background, at most for timeout (the game calls it at start, so a pack
// the trainer changed is there the next time; the picker keeps what it
// showed). Without a team it does nothing. Close waits for it.
func (l *Link) SyncPacksLater(timeout time.Duration) {
	if c, _ := l.client(); c == nil {
		return
	}
	l.background.Add(1)
	go func() {
		defer l.background.Done()
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		_, err := l.SyncPacks(ctx)
		l.mu.Lock()
		l.packsErr = err
		l.mu.Unlock()
	}()
}
