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

// frames73Cases (-132): "T&Cs" is one word; "van een fout aan onze kant
// is geen sprake" denies the fault it names; readings within the norm
// and equipment that ran as normal deny a fault; "you can't really
// expect…" puts the complaint down to the customer's expectation
// (settled rule 26); "heeft ons laten zitten" names a party that failed
// us; "sorry if that upset you" recognises no feeling; "how awful for
// you" exclaims and asks nothing; time eaten into is what the problem
// does to the customer; a cancellation that will happen automatically is
// information, one that happened is a decision of the system.
func frames73Cases() []scorerCase {
	return []scorerCase{
		{"f96/blame/en/in-the-tandcs", EN, "The late fee is in the T&Cs you agreed to.", "blame:contract", nil},
		{"f96/blame/nl/geen-sprake-van-fout", NL, "Van een fout bij ons is geen sprake, de betaling is gewoon verwerkt.", "blame:denial", nil},
		{"f96/blame/nl/geen-sprake-owns-nothing", NL, "Er is geen sprake van een vergissing van onze kant.", "blame:denial", nil},
		{"f96/blame/nl/sprake-van-fout-owns", NL, "Er is sprake van een fout aan onze kant, excuses.", "apology", nil},
		{"f96/blame/en/readings-within-range", EN, "The pressure readings were all within the normal range yesterday.", "blame:denial", nil},
		{"f96/blame/nl/binnen-de-norm", NL, "De meetwaarden van je water lagen gisteren netjes binnen de norm.", "blame:denial", nil},
		{"f96/blame/en/ran-as-usual", EN, "The lifts were running as usual all afternoon.", "blame:denial", nil},
		{"f96/blame/nl/werkte-normaal", NL, "De slagboom werkte gisteren gewoon normaal.", "blame:denial", nil},
		{"f96/blame/en/cant-expect", EN, "You can't really expect the bus to wait for you.", "blame:customer", nil},
		{"f96/blame/en/can-expect-parcel", EN, "You can expect the parcel on Friday.", "", nil},
		{"f96/blame/nl/kunt-niet-verwachten", NL, "Je kunt niet verwachten dat een pakket op zondag komt.", "blame:customer", nil},
		{"f96/blame/nl/ons-laten-zitten", NL, "De bezorgdienst heeft ons vanochtend laten zitten.", "blame:supplier", nil},
		{"f96/blame/nl/wordt-automatisch-stopgezet", NL, "Het abonnement wordt na de overstap automatisch stopgezet, daar hoeft u niets voor te doen.", "", nil},
		{"f96/blame/nl/is-automatisch-geblokkeerd", NL, "Uw kaart is automatisch geblokkeerd na drie foute pogingen.", "blame:management", nil},
		{"f96/empathy/en/sorry-if-upset", EN, "Sorry if that upset you, I'll put it right today.", "", nil},
		{"f96/empathy/nl/excuses-als-vervelend", NL, "Excuses als dat vervelend voor u was.", "", nil},
		{"f96/question/en/how-awful-exclaims", EN, "how awful for you, I'll sort the refund now", "empathy", nil},
		{"f96/question/nl/hoe-vervelend-exclaims", NL, "hoe vervelend voor je, ik zet het meteen recht", "empathy", nil},
		{"f96/question/en/how-long-asks", EN, "how long did the engine light stay on", "question", nil},
		{"f96/empathy/en/eaten-into-sunday", EN, "Two hours on the phone has eaten into your whole Sunday.", "empathy", nil},
		{"f96/empathy/nl/avond-gekost", NL, "Dat heeft je je hele avond gekost.", "empathy", nil},
		{"f96/empathy/en/embarassing-typo", EN, "how embarassing for you at the till", "empathy", nil},
	}
}
