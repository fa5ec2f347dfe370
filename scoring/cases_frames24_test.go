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

// frames74Cases (-133): what the problem costs the person, named without
// a word of feeling ("that's eating into your savings", "dat houdt je
// wakker", "no heating makes everything harder"), the anger granted ("of
// course you're angry"), "dat is echt heel erg" as an exclamation; the
// customer's equipment, our unbroken routine, a deadline missed, the
// terms shown at booking, the customer's own entry, doubt that it was us
// and "nothing we charged is wrong" shift the blame in plain words; "ik
// noteer: …" and "that's what's in my notes" frame a recap. Most were
// read off the train part of batch cl, written to defeat a keyword
// matcher.
func frames74Cases() []scorerCase {
	return []scorerCase{
		{"f97/empathy/nl/understand-ongerustheid", NL, "Ik begrijp uw ongerustheid.", "empathy", nil},
		{"f97/empathy/nl/echt-heel-erg", NL, "Dat is echt heel erg.", "empathy", nil},
		{"f97/empathy/nl/erg-lang-geleden", NL, "Dat is erg lang geleden.", "", nil},
		{"f97/empathy/nl/wat-onprettig", NL, "Wat onprettig voor u.", "empathy", nil},
		{"f97/empathy/en/such-a-letdown", EN, "That's such a letdown on your birthday.", "empathy", nil},
		{"f97/empathy/en/eating-into-savings", EN, "That's eating into your savings.", "empathy", nil},
		{"f97/empathy/nl/zo-wil-niemand", NL, "Zo wil niemand zijn weekend beginnen.", "empathy", nil},
		{"f97/empathy/en/keeping-you-up", EN, "That must be keeping you up at night.", "empathy", nil},
		{"f97/empathy/nl/houdt-je-wakker", NL, "Dat houdt je natuurlijk wakker.", "empathy", nil},
		{"f97/empathy/en/of-course-angry", EN, "Of course you're angry.", "empathy", nil},
		{"f97/empathy/nl/natuurlijk-boos", NL, "Natuurlijk bent u boos.", "empathy", nil},
		{"f97/empathy/en/makes-everything-harder", EN, "No heating makes everything harder.", "empathy", nil},
		{"f97/empathy/nl/knaagt", NL, "Logisch dat dit aan u knaagt.", "empathy", nil},
		{"f97/empathy/en/sorry-you-fell", EN, "We're so sorry you fell.", "empathy,apology", nil},
		{"f97/empathy/en/not-how-anyone-spend", EN, "That's not how anyone should spend their wedding day.", "empathy", nil},
		{"f97/empathy/en/not-how-anyone-treated", EN, "That's not how anyone should be spoken to.", "", nil},
		{"f97/empathy/nl/tijd-weggegooid", NL, "Twintig minuten van uw tijd weggegooid.", "empathy", nil},
		{"f97/empathy/en/a-lot-to-juggle", EN, "That's a lot for any family to juggle.", "empathy", nil},
		{"f97/blame/en/depends-on-your-router", EN, "What you get over wifi depends on your router.", "blame:denial", nil},
		{"f97/blame/nl/hangt-af-van-modem", NL, "Hoeveel je haalt hangt af van je modem.", "blame:denial", nil},
		{"f97/blame/en/never-without", EN, "We never cancel a booking without emailing first.", "blame:denial", nil},
		{"f97/blame/nl/nooit-zonder", NL, "Wij sluiten nooit een contract af zonder handtekening.", "blame:denial", nil},
		{"f97/blame/en/after-the-deadline", EN, "Your claim came in after the deadline, so it was closed.", "blame:customer", nil},
		{"f97/blame/en/if-after-the-deadline", EN, "If your claim comes in after the deadline, it will be closed.", "", nil},
		{"f97/blame/en/as-stated-when-you-book", EN, "The price can change, as stated when you book.", "blame:contract", nil},
		{"f97/blame/nl/door-u-ingevuld", NL, "Dat is zo door u ingevuld.", "blame:customer", nil},
		{"f97/blame/en/needs-changing-in-branch", EN, "That will need changing in branch.", "blame:management", nil},
		{"f97/blame/nl/moet-in-de-winkel", NL, "Dat moet in de winkel aangepast worden.", "blame:management", nil},
		{"f97/blame/nl/lijkt-me-sterk", NL, "Het lijkt me sterk dat de schade van ons komt.", "blame:denial", nil},
		{"f97/blame/en/doubt-our-driver", EN, "I doubt the dent came from our driver.", "blame:denial", nil},
		{"f97/blame/en/nothing-we-charged-wrong", EN, "Nothing we've charged is wrong.", "blame:denial", nil},
		{"f97/blame/nl/niets-mis-met-onze-meter", NL, "Er is niets mis met onze meter.", "blame:denial", nil},
		{"f97/blame/nl/op-afstand-normaal", NL, "Op afstand zien we dat je router normaal werkt.", "blame:denial", nil},
		{"f97/summary/nl/ik-noteer", NL, "Ik noteer: twee keer een monteur, nog steeds geen warm water en een zieke dochter.", "summary", nil},
		{"f97/summary/en/whats-in-my-notes", EN, "No heating since Friday and two engineers who didn't fix it, that's what's in my notes.", "summary", nil},
	}
}
