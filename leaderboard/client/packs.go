package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"kalm/leaderboard/api"
	"kalm/leaderboard/bundle"
	"kalm/scenarios"
)

// PackCache keeps the team's packs in a folder of the player's data:
// one folder per pack version, named by its hash, holding the pack's
// files as the server handed them out, and index.json, the list of the
// team's current versions at the last Sync. Every change is a rename, so
// a game reading the folder while `kalm team status` syncs it sees the
// old packs or the new ones.
type PackCache struct {
	dir string
}

// indexFile lists the current versions (api.PackInfo, as JSON).
const indexFile = "index.json"

// NewPackCache keeps packs in dir (created on the first Sync).
func NewPackCache(dir string) *PackCache { return &PackCache{dir: dir} }

// Dir is the cache's folder.
func (pc *PackCache) Dir() string { return pc.dir }

// PackSync says what a Sync did.
type PackSync struct {
	Packs      []api.PackInfo // the team's packs now
	Downloaded []api.PackInfo // of those, the versions fetched this time
	Removed    int            // versions no longer listed, deleted
}

// Sync fetches the team's pack list from the server, downloads each
// version that is missing or damaged here (checking its hash, see
// Client.PackBundle) and then makes the list current. When a download
// fails nothing changes: the packs of the last Sync stay.
func (pc *PackCache) Sync(ctx context.Context, c *Client) (PackSync, error) {
	list, err := c.Packs(ctx)
	if err != nil {
		return PackSync{}, err
	}
	rep := PackSync{Packs: list}
	if err := os.MkdirAll(pc.dir, 0o755); err != nil {
		return PackSync{}, fmt.Errorf("cannot create the packs folder: %w", err)
	}
	for _, info := range list {
		if !bundle.ValidHash(info.Hash) {
			return PackSync{}, fmt.Errorf("the server listed pack %q with version %q, which is not a pack version", info.ID, info.Hash)
		}
		if pc.intact(info.Hash) {
			continue
		}
		_, b, err := c.PackBundle(ctx, info.Hash)
		if err != nil {
			return PackSync{}, fmt.Errorf("pack %s: %w", info.ID, err)
		}
		if err := pc.install(info.Hash, b); err != nil {
			return PackSync{}, fmt.Errorf("pack %s: %w", info.ID, err)
		}
		rep.Downloaded = append(rep.Downloaded, info)
	}
	if err := pc.writeIndex(list); err != nil {
		return PackSync{}, err
	}
	rep.Removed = pc.prune(list)
	return rep, nil
}

// versionDir is where version hash is kept.
func (pc *PackCache) versionDir(hash string) string { return filepath.Join(pc.dir, hash) }

// intact reports whether version hash is here with files that hash to it.
func (pc *PackCache) intact(hash string) bool {
	b, err := bundle.FromDir(pc.versionDir(hash))
	return err == nil && b.Hash() == hash
}

// install writes b as version hash: into a temporary folder first, then
// renamed into place, replacing a damaged copy.
func (pc *PackCache) install(hash string, b bundle.Bundle) error {
	tmp, err := os.MkdirTemp(pc.dir, ".tmp-"+bundle.Short(hash)+"-")
	if err != nil {
		return fmt.Errorf("cannot write the pack: %w", err)
	}
	defer os.RemoveAll(tmp) // gone after the rename; left over on an error
	if err := b.WriteDir(tmp); err != nil {
		return fmt.Errorf("cannot write the pack: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("cannot write the pack: %w", err)
	}
	final := pc.versionDir(hash)
	if err := os.Rename(tmp, final); err == nil {
		return nil
	}
	if pc.intact(final) { // another Kalm on this computer was first
		return nil
	}
	if err := os.RemoveAll(final); err != nil {
		return fmt.Errorf("cannot replace the damaged copy of the pack: %w", err)
	}
	if err := os.Rename(tmp, final); err != nil {
		return fmt.Errorf("cannot write the pack: %w", err)
	}
	return nil
}

// writeIndex makes list the current versions.
func (pc *PackCache) writeIndex(list []api.PackInfo) error {
	if list == nil {
		list = []api.PackInfo{}
	}
	data, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(pc.dir, indexFile+".tmp")
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("cannot write the packs list: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(pc.dir, indexFile)); err != nil {
		return fmt.Errorf("cannot write the packs list: %w", err)
	}
	return nil
}

// prune deletes the version folders list does not name and returns how
// many went. Nothing else in the folder is touched.
func (pc *PackCache) prune(list []api.PackInfo) int {
	keep := map[string]bool{}
	for _, info := range list {
		keep[info.Hash] = true
	}
	entries, err := os.ReadDir(pc.dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		if e.IsDir() && bundle.ValidHash(e.Name()) && !keep[e.Name()] {
			if os.RemoveAll(filepath.Join(pc.dir, e.Name())) == nil {
				n++
			}
		}
	}
	return n
}

// Index returns the current versions as of the last Sync (none before
// the first).
func (pc *PackCache) Index() ([]api.PackInfo, error) {
	data, err := os.ReadFile(filepath.Join(pc.dir, indexFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read the team packs list: %w", err)
	}
	var list []api.PackInfo
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("the team packs list %s is damaged (%v); run kalm team status to download it again", filepath.Join(pc.dir, indexFile), err)
	}
	return list, nil
}

// LocalPack is a downloaded team pack, loaded and ready to play.
type LocalPack struct {
	Info api.PackInfo // as the server listed it; Info.Hash is the version
	Dir  string       // the folder holding its files
	Pack *scenarios.Pack
}

// Load loads the current versions. A version whose files were changed
// here (they no longer hash to it: the error wraps ErrPackHash) or that
// does not load with this game is left out and named in the error; the
// others are returned all the same.
func (pc *PackCache) Load() ([]LocalPack, error) {
	list, err := pc.Index()
	if err != nil {
		return nil, err
	}
	var out []LocalPack
	var errs []error
	for _, info := range list {
		lp, err := pc.loadOne(info)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, lp)
	}
	return out, errors.Join(errs...)
}

// loadOne loads one listed version from its folder.
func (pc *PackCache) loadOne(info api.PackInfo) (LocalPack, error) {
	if !bundle.ValidHash(info.Hash) {
		return LocalPack{}, fmt.Errorf("team pack %s: %q is not a pack version", info.ID, info.Hash)
	}
	dir := pc.versionDir(info.Hash)
	b, err := bundle.FromDir(dir)
	if err != nil {
		return LocalPack{}, fmt.Errorf("team pack %s: %w (run kalm team status to download it again)", info.ID, err)
	}
	if b.Hash() != info.Hash {
		return LocalPack{}, fmt.Errorf("team pack %s in %s: %w: its files were changed on this computer (run kalm team status to download it again)", info.ID, dir, ErrPackHash)
	}
	pack, probs := b.Load(dir)
	if err := probs.Err(); err != nil {
		return LocalPack{}, fmt.Errorf("team pack %s does not load in this version of Kalm: %w", info.ID, err)
	}
	return LocalPack{Info: info, Dir: dir, Pack: pack}, nil
}

// Forget deletes the downloaded packs and their list (the player left
// the team: its packs are no longer offered).
func (pc *PackCache) Forget() error {
	if err := os.Remove(filepath.Join(pc.dir, indexFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot forget the team packs: %w", err)
	}
	pc.prune(nil)
	return nil
}
