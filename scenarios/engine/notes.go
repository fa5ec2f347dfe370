package engine

import "kalm/scenarios/catalog"

// eventNote returns the coaching note for an event kind in lang, from
// the shared catalogue ("event." + kind); "" for kinds without one.
func eventNote(kind, lang string) string {
	key := "event." + kind
	if !catalog.Has(key) {
		return ""
	}
	return catalog.T(lang, key)
}
