package scoring

// frames99Cases (-160): declining to blame a party is no blame, "in due
// course" is a time and no cause, and what the trouble does to the person
// in a few more images.
//
// Blame: "ik zou niet zeggen dat de vervoerder de boosdoener is", "I
// wouldn't say the courier got this wrong" read no cause at the party;
// "the lab will be in touch in due course" names no cause; "the delay is
// due to the courier" still does. Empathy: "plays on your mind", "an
// evening you won't get back", "dat gaat dwars door je heen", "daar word
// je misselijk van", "dat drukt zwaar op je moeder", "dat doet zeer", "een
// avond die je niet terugkrijgt"; not "mijn rug doet pijn", "the tyre
// weighs on the axle".
func frames99Cases() []scorerCase {
	return []scorerCase{
		{"f122/blame/nl/zou-niet-zeggen-vervoerder", NL, "Ik zou niet zeggen dat de vervoerder hier de boosdoener is.", "", nil},
		{"f122/blame/en/wouldnt-say-courier", EN, "I wouldn't say the courier got this wrong.", "", nil},
		{"f122/blame/nl/vervoerder-boosdoener", NL, "De vervoerder is hier de boosdoener, die heeft het pakket verkeerd gescand.", "blame:supplier", nil},
		{"f122/blame/en/in-due-course", EN, "Someone from the lab will be in touch in due course.", "", nil},
		{"f122/blame/en/due-to-courier", EN, "The delay is due to the courier.", "blame:supplier", nil},
		{"f122/empathy/en/plays-on-your-mind", EN, "A cracked helmet on your son all day, that's the sort of thing that plays on your mind.", "empathy", nil},
		{"f122/empathy/en/evening-wont-get-back", EN, "Two hours in the queue is an evening you won't get back.", "empathy", nil},
		{"f122/empathy/nl/dwars-door-je-heen", NL, "Je dochter alleen op dat perron, dat gaat dwars door je heen.", "empathy", nil},
		{"f122/empathy/nl/misselijk-van", NL, "Al die bevroren maaltijden in de vuilnisbak, daar word je toch misselijk van.", "empathy", nil},
		{"f122/empathy/nl/drukt-zwaar", NL, "Twintig euro per week extra drukt zwaar op een klein pensioen.", "empathy", nil},
		{"f122/empathy/nl/doet-zeer", NL, "Een verjaardag zonder taart, dat doet zeer.", "empathy", nil},
		{"f122/empathy/nl/rug-doet-pijn", NL, "Als uw rug pijn doet, kunt u de les kosteloos verzetten.", "", nil},
		{"f122/empathy/nl/niet-terugkrijgt", NL, "Dat is een zaterdag die je niet meer terugkrijgt.", "empathy", nil},
	}
}
