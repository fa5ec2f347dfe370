package server

import (
	"errors"
	"net/http"

	"kalm/leaderboard/api"
	"kalm/leaderboard/bundle"
	"kalm/leaderboard/store"
)

// handlePacks lists the current version of each team pack for a joined
// player (GET /api/v1/packs).
func (s *Server) handlePacks(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := s.authenticate(w, r); !ok {
		return
	}
	current, err := s.packs.Current(r.Context())
	if err != nil {
		s.internal(w, r, err)
		return
	}
	list := api.PackList{Packs: make([]api.PackInfo, 0, len(current))}
	for _, p := range current {
		list.Packs = append(list.Packs, packInfo(p))
	}
	writeJSON(w, http.StatusOK, list)
}

// handlePackBundle answers one pack version's files
// (GET /api/v1/packs/{hash}); any version the server stored, not only
// the current ones.
func (s *Server) handlePackBundle(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := s.authenticate(w, r); !ok {
		return
	}
	hash := r.PathValue("hash")
	if !bundle.ValidHash(hash) {
		writeError(w, http.StatusNotFound, "%q is not a pack version (a version is the 64-digit hash GET /api/v1/packs lists)", hash)
		return
	}
	rec, err := s.cfg.Store.PackByHash(r.Context(), hash)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "this server has no pack version %s (GET /api/v1/packs lists the current ones)", hash)
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	b, err := bundle.Unmarshal(rec.Files)
	if err == nil && b.Hash() != hash {
		err = errors.New("the stored files do not hash to their version")
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, api.PackBundle{PackInfo: packInfo(rec), Files: b.Files})
}

// packInfo is a stored pack version as the API describes it.
func packInfo(p store.Pack) api.PackInfo {
	info := api.PackInfo{ID: p.ID, Hash: p.Hash, Version: p.Version, Title: p.Title, Added: p.Added.UTC(),
		Scenarios: make([]api.PackScenario, len(p.Scenarios))}
	if info.Title == nil {
		info.Title = map[string]string{}
	}
	for i, sc := range p.Scenarios {
		info.Scenarios[i] = api.PackScenario(sc)
	}
	return info
}
