package flow

import "kalm/scenarios/catalog"

// T returns the text for key in lang from the shared catalogue.
func T(lang, key string) string { return catalog.T(lang, key) }
