package scoring

// frames70Cases (-130): false alarms on good replies. "Dat hoort erbij"
// waves a problem off, "welk ordernummer hoort erbij?" asks; "does it
// happen with all apps?" diagnoses, "it happens with every airline"
// shrugs; "you don't use it any more" is no failure of the customer's;
// "u heeft inderdaad niks fout gedaan" clears them; a party named in
// the fear the agent grants ("bang om die aannemer kwijt te raken") is
// no cause; "gewoon" is a state only after a verb of running ("bij ons
// werkt alles gewoon"), not in "we sturen gewoon een nieuw pakket op
// onze kosten"; "the community centre" and "the App Store" are no
// website.
func frames70Cases() []scorerCase {
	return []scorerCase{
		{"f93/blame/nl/welk-nummer-hoort-erbij", NL, "Oei, twee weken? Welk bestelnummer hoort erbij?", "", nil},
		{"f93/blame/nl/dat-hoort-erbij", NL, "Tja, dat hoort er gewoon bij bij een nieuwbouwwoning.", "blame:denial", nil},
		{"f93/blame/nl/dat-hoort-erbij2", NL, "Dat hoort erbij, meneer.", "blame:denial", nil},
		{"f93/blame/en/does-it-happen-with-all", EN, "Does the crash happen with every file, or only the big ones?", "question", nil},
		{"f93/blame/en/happens-with-all", EN, "Honestly it happens with all the ferry companies in winter.", "blame:denial", nil},
		{"f93/blame/en/you-dont-use", EN, "You're paying for a box you don't use, so I'll stop the rental from today.", "", nil},
		{"f93/blame/en/you-didnt-update", EN, "You didn't update the app, that's why it keeps logging you out.", "blame:customer", nil},
		{"f93/blame/nl/u-heeft-inderdaad-niks-fout", NL, "U heeft echt niks fout gedaan, ik zet de boete vandaag nog terug.", "", nil},
		{"f93/blame/nl/u-heeft-fout-ingevuld", NL, "U heeft het postcodeveld fout ingevuld, daarom kwam het niet aan.", "blame:customer", nil},
		{"f93/blame/nl/bang-aannemer-kwijt", NL, "Ik snap dat u bang bent om uw schilder kwijt te raken, ik bel de gemeente vanmiddag zelf.", "empathy", nil},
		{"f93/blame/nl/snap-boos-want-koerier", NL, "Ik snap dat u boos bent want de koerier heeft het pakket kwijtgemaakt.", "empathy,blame:supplier", nil},
		{"f93/blame/en/get-upset-because-courier", EN, "I get that you're upset because the courier lost it.", "empathy,blame:supplier", nil},
		{"f93/blame/en/worried-losing-builder", EN, "I get that you're worried about losing the plumber's slot, so I've moved your permit to the top of the pile.", "empathy", nil},
		{"f93/blame/nl/gewoon-op-onze-kosten", NL, "Als het pakket echt weg is, sturen we gewoon een nieuw op onze kosten.", "", nil},
		{"f93/blame/nl/werkt-gewoon-bij-ons", NL, "Bij ons werkt de app gewoon, het ligt aan uw telefoon.", "blame:denial", nil},
		{"f93/blame/en/community-centre", EN, "Blankets and hot drinks are available at the community centre on Mill Lane until the power is back.", "", nil},
		{"f93/blame/en/on-the-community", EN, "The answer is on our community forum, have a look there.", "blame:website", nil},
		{"f93/blame/en/courier-hands", EN, "It's in the courier's hands now, there's nothing more we can do.", "blame:supplier", nil},
		{"f93/blame/en/good-hands", EN, "You're in good hands with Priya, she knows these meters inside out.", "", nil},
		{"f93/blame/en/must-have-rung", EN, "You must have rung the sales line instead of the fault line.", "blame:customer", nil},
	}
}

// frames71Cases (-130): a photo of a proof asked for in a request to
// send it ("stuur me de foto van de boete", "send me a photo of the
// receipt") is a document to check, not a detail of the problem (as in
// a question); a photo of the damage still asks. "Sounds unbearable"
// names what the customer goes through.
func frames71Cases() []scorerCase {
	return []scorerCase{
		{"f94/question/nl/stuur-foto-boete", NL, "Stuur me even de foto van de parkeerboete, dan laat ik hem intrekken.", "", nil},
		{"f94/question/en/send-photo-receipt", EN, "Send me a photo of the receipt and I'll refund the taxi today.", "", nil},
		{"f94/question/en/send-photo-damage", EN, "Send me a photo of the dent so I can see how bad it is.", "question", nil},
		{"f94/empathy/en/sounds-unbearable", EN, "Sounds unbearable, Dev, I'll get someone out to the boiler first thing.", "empathy", nil},
	}
}

// frames72Cases (-131): "that'll be your broadband" guesses the fault at
// the customer's end, with the problem as the subject, where "the
// engineer will be at your house at nine" is a visit; "ready in ten
// minutes tops" and "it always is" are certainties about an outcome.
func frames72Cases() []scorerCase {
	return []scorerCase{
		{"f95/blame/en/thatll-be-your-broadband", EN, "That'll be your broadband, the app's been fine all day.", "blame:denial", nil},
		{"f95/blame/en/itll-be-in-your-spam", EN, "It'll be in your junk folder, have a look there.", "blame:denial", nil},
		{"f95/blame/en/engineer-at-your-house", EN, "The engineer will be at your house at nine tomorrow.", "", nil},
		{"f95/overpromise/en/ready-tops", EN, "Sorry, they're on it now, it'll be ready in twenty minutes tops.", "apology,overpromise", nil},
		{"f95/overpromise/en/it-always-is", EN, "Don't worry, the refund will go through in time, it always is.", "overpromise", nil},
		{"f95/overpromise/en/always-open", EN, "Our phone lines are always open on Saturdays.", "", nil},
	}
}
