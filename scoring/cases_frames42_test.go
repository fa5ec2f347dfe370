package scoring

// frames96Cases (-157): more idioms of what a problem does to a person,
// in both languages: "no fun at all", "isn't much fun", "small wonder
// you're fed up", "doesn't bear thinking about", "must have been an
// ordeal", "hanging over you", "no way to live", "gooit je planning
// overhoop", "dat wil je niemand aandoen", "dat is sukkelen",
// "stresserend". "No way to treat a customer" judges the company, and
// "no fun activities" names no one's plight. "That's what happens when
// you skip the aftercare" and "dat krijg je als je…" put it on the
// customer's own act.
func frames96Cases() []scorerCase {
	return []scorerCase{
		{"f119/empathy/en/no-fun-at-all", EN, "A cold flat all weekend is no fun at all.", "empathy", nil},
		{"f119/empathy/en/isnt-much-fun", EN, "Waiting in the rain isn't much fun, I know.", "empathy", nil},
		{"f119/empathy/en/small-wonder", EN, "After three missed visits, small wonder you're fed up.", "empathy", nil},
		{"f119/empathy/en/bear-thinking", EN, "What could have happened on that ladder doesn't bear thinking about.", "empathy", nil},
		{"f119/empathy/en/must-been-ordeal", EN, "Stuck on the hard shoulder for three hours with a toddler, that must have been an ordeal.", "empathy", nil},
		{"f119/empathy/en/hanging-over", EN, "That's a lot of debt to have hanging over you before Christmas.", "empathy", nil},
		{"f119/empathy/en/no-way-to-live", EN, "A boiler that cuts out every night is no way to live.", "empathy", nil},
		{"f119/empathy/en/no-way-to-treat", EN, "Cancelling on the morning is no way to treat a customer.", "", nil},
		{"f119/empathy/en/no-fun-activities", EN, "We have no fun activities planned for this branch.", "", nil},
		{"f119/empathy/nl/overhoop", NL, "De verbouwing loopt uit en dat gooit je hele planning overhoop.", "empathy", nil},
		{"f119/empathy/nl/niemand-aandoen", NL, "Een week zonder warm water, dat wil je niemand aandoen.", "empathy", nil},
		{"f119/empathy/nl/sukkelen", NL, "Amai, twee keer voor niks naar de balie, dat is sukkelen.", "empathy", nil},
		{"f119/empathy/nl/stresserend", NL, "Dat is stresserend, zo vlak voor de verhuis.", "empathy", nil},
		{"f119/blame/en/what-happens-when-you", EN, "That's what happens when you skip the aftercare.", "blame:customer", nil},
		{"f119/blame/nl/dat-krijg-je-als", NL, "Dat krijg je als je de folie te vroeg weghaalt.", "blame:customer", nil},
	}
}
