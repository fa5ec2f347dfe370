package scoring

// frames107Cases (-170): rules that read the wrong thing or missed a
// wording, found on batch dv once it was measured, with their twins.
//
// "Vervelend dat het zo bij u overkomt" puts the complaint down to how
// the customer takes it, like "jammer dat u het zo ervaart" (no empathy);
// "werkt dat zo voor u?" checks the plan; "daar sta ik met mijn naam voor
// in" vouches for an outcome, and "zo'n storing maakt u niet meer mee"
// promises never again; "shall I get it onto the bench" is a step, not
// "I get it"; "talk me through what the display shows" asks for details
// and sends no one anywhere; "die tekst heb je zelf goedgekeurd" holds
// the customer's own approval against them.
func frames107Cases() []scorerCase {
	return []scorerCase{
		{"f130/empathy/nl/vervelend-zo-overkomt", NL, "Vervelend dat het zo bij u overkomt.", "", nil},
		{"f130/empathy/nl/vervelend-lang", NL, "Vervelend dat het zo lang duurde.", "empathy", nil},
		{"f130/agreement/nl/werkt-dat-zo", NL, "Ik zet het geld vandaag terug. Werkt dat zo voor u?", "agreement", nil},
		{"f130/overpromise/nl/met-mijn-naam", NL, "Vrijdag om tien uur ligt hij klaar, daar sta ik met mijn naam voor in.", "overpromise", nil},
		{"f130/overpromise/nl/maakt-niet-meer-mee", NL, "Zo'n storing maakt u bij ons niet meer mee.", "overpromise", nil},
		{"f130/empathy/en/get-it-onto", EN, "Shall I get it onto the bench this afternoon?", "agreement", nil},
		{"f130/empathy/en/i-get-it", EN, "I get it, three weeks is a long time to wait.", "empathy", nil},
		{"f130/question/en/talk-me-through", EN, "Talk me through what the display shows when it stops.", "question", nil},
		{"f130/blame/nl/zelf-goedgekeurd", NL, "Die tekst heb je vorige week zelf goedgekeurd.", "blame:customer", nil},
		{"f130/blame/nl/ik-zelf-bevestigd", NL, "Ik heb de afspraak zelf bevestigd bij de monteur.", "", nil},
	}
}
