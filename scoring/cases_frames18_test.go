package scoring

// Frames (round 26, scorer -76).
//
// Question: a question word that belongs to the agent's own clause asks
// the customer nothing ("ik mail je vanavond met wat ik gevonden heb",
// "stuur je nummer door, ik bekijk wat ik kan doen", "ik bel de loodgieter
// en stuur je straks een bericht met wanneer hij komt"), but "stuur ons
// een DM met wat er gebeurde" and "we need you to message us with what
// happened" do. "Ik vraag" puts a question to the customer only with "me
// af" or the customer named; "ik vraag na of…" and "ik vraag aan de
// monteur wanneer…" ask someone else.
//
// Summary: "just so I'm clear/sure" opens a recap like "just to be
// clear"; the Dutch chat shorthand "ff"/"effe" is read as "even" ("ff
// checken: …").
//
// Empathy: an apology whose complement names a hardship in more words
// ("sorry dat u zo lang in onzekerheid zat", "sorry it's been such a
// slog"); "that must have felt endless" (the feeling imagined, whatever
// word names it), not "you must have felt the car shake"; "ik zou er ook
// wakker van liggen", "zou ik eerlijk gezegd ook door het lint gaan"
// (conditional solidarity with words between), not "ik zou maandag even
// bellen als ik u was" (advice).
//
// Overpromise: a certainty word that promises nothing: under a denied act
// of promising ("I won't call it a promise", "I'm not going to say it's
// definitely covered", "Beloven kunnen we niks"), narrowed by "only" to
// the terms ("is only guaranteed for…"), or the end of a wait ("I'll stay
// on the line until this is sorted").
// -77: "more info" the agent gives is no question ("ik geef je graag meer
// info in een privébericht"), "kun je me wat meer details sturen?" still
// asks; "going" counts as asking about the problem only in "going on" or
// "going wrong" (it had vetoed "I'm going to reset it, is that okay with
// you?"); the plan checked in more words: "Past u dat?", "lukt dat bij
// u?", "Kun je daarmee uit de voeten?", "Ben je dan bereikbaar?" after a
// promised call, "Kan hij op dat tijdstip?", "Zou het helpen als ik…?",
// "Would you also like me to…?".
// -78: callbacks in more words: "als" that means "as" is no condition
// ("ik zet het als spoed door en bel je om vier uur"; "als ik iets hoor,
// bel ik u om drie uur" stays conditional); "hoor je van mij" with the
// verb first and "je krijgt … een mail van mij" further from its verb;
// "I'll be back in touch before 4pm" ("in touch" read as one word, not
// "don't touch the router"); the colloquial hour forms "voor vijven",
// "na vieren". Not a callback: "mijn collega is er niet, belt u morgen
// maar terug" (-79: any verb in its -t form before the polite "u" has the
// customer as subject, "ik ben er niet, belt u maandag terug" too; "…,
// bel u morgen om tien" is the agent's), a bare "today" that belongs to
// another verb ("I'll chase the fitter today and ring you tomorrow"),
// but "give me twenty minutes and I'll phone you back" is one.
func frames18Cases() []scorerCase {
	return []scorerCase{
		{"f26/question/nl/mail-met-wat-ik", NL, "Ik zoek het vanavond uit en mail je morgen voor tien uur met wat ik gevonden heb.", "callback", nil},
		{"f26/question/nl/ik-bekijk-wat", NL, "Stuur me je klantnummer even door, ik bekijk wat ik kan doen.", "", nil},
		{"f26/question/nl/bericht-met-wanneer", NL, "Ik bel de loodgieter nu zelf en stuur je straks een bericht met wanneer hij komt.", "", nil},
		{"f26/question/nl/dm-met-wat-er", NL, "Stuur ons een DM met wat er precies misging bij het betalen.", "question", nil},
		{"f26/question/en/dm-us-with-what", EN, "We need you to message us with what happened at the counter.", "question", nil},
		{"f26/question/en/email-with-what-i-find", EN, "I'll look into it and email you before ten tomorrow with what I find.", "callback", nil},
		{"f26/question/nl/vraag-na-of", NL, "Ik vraag na of we de parkeerkosten kunnen vergoeden.", "", nil},
		{"f26/question/nl/vraag-aan-monteur", NL, "Ik vraag aan de monteur wanneer hij langs kan komen.", "", nil},
		{"f26/question/nl/vraag-me-af", NL, "Ik vraag me af of de storing ook overdag optreedt.", "question", nil},
		{"f26/summary/en/just-so-im-clear", EN, "Just so I'm clear, you paid the deposit in June, moved out in August, and nothing has come back?", "summary", nil},
		{"f26/summary/en/just-so-im-sure", EN, "Just so I'm sure: the heater broke on Monday, the engineer never came, and you've got two small kids at home?", "summary", nil},
		{"f26/summary/nl/ff-checken", NL, "ff checken: je hebt twee keer betaald, de tweede keer via de app, en er is niks teruggestort?", "summary", nil},
		{"f26/summary/nl/effe-kijken-plan", NL, "Ik ga effe kijken wat er met je bestelling is gebeurd.", "", nil},
		{"f26/empathy/en/must-have-felt-endless", EN, "Two hours in that cold waiting room, that must have felt endless.", "empathy", nil},
		{"f26/empathy/en/felt-the-car-shake", EN, "You must have felt the car shake when the tyre went.", "", nil},
		{"f26/empathy/nl/aangevoeld", NL, "Dat moet als een eeuwigheid hebben aangevoeld.", "empathy", nil},
		{"f26/empathy/nl/sorry-onzekerheid", NL, "Sorry dat u zo lang in onzekerheid heeft gezeten.", "empathy,apology", nil},
		{"f26/empathy/en/sorry-slog", EN, "I'm sorry it's been such a slog to get an answer.", "empathy,apology", nil},
		{"f26/empathy/nl/zou-er-ook-wakker", NL, "Ik zou er ook wakker van liggen.", "empathy", nil},
		{"f26/empathy/nl/eerlijk-gezegd-ook", NL, "Als mijn pakket zo lang zoek was, zou ik eerlijk gezegd ook door het lint gaan.", "empathy", nil},
		{"f26/empathy/nl/als-ik-u-was", NL, "Ik zou maandag nog even bellen als ik u was.", "", nil},
		{"f27/question/nl/ik-geef-meer-info", NL, "Ik geef je graag meer info over de opties in een privébericht.", "", nil},
		{"f27/question/nl/stuur-me-meer-details", NL, "Kun je me in een DM wat meer details sturen over de storing?", "question", nil},
		{"f27/agreement/en/going-to-is-that-okay", EN, "I'm going to reset the line from here now, is that okay with you?", "agreement", nil},
		{"f27/question/en/whats-going-on", EN, "What's going on with the router since the update?", "question", nil},
		{"f27/agreement/nl/past-u-dat", NL, "Ik kan zaterdagochtend een monteur sturen. Past u dat?", "agreement", nil},
		{"f27/agreement/nl/lukt-dat-bij-u", NL, "Ik kan hem vrijdag tussen negen en elf inplannen, lukt dat bij u?", "agreement", nil},
		{"f27/agreement/nl/uit-de-voeten", NL, "Ik laat de schilder dinsdag om acht uur beginnen. Kun je daarmee uit de voeten?", "agreement", nil},
		{"f27/agreement/nl/dan-bereikbaar", NL, "Mijn collega belt je morgen om tien uur. Ben je dan bereikbaar?", "callback,agreement", nil},
		{"f27/agreement/nl/op-dat-tijdstip", NL, "Ik heb een plek vrijgehouden voor zaterdag om elf uur. Kan hij op dat tijdstip?", "agreement", nil},
		{"f27/agreement/nl/zou-het-helpen-als", NL, "Ik kan het abonnement nu stopzetten. Zou het helpen als ik ook de laatste factuur kwijtschold?", "agreement", nil},
		{"f27/agreement/en/also-like-me-to", EN, "I've refunded the fee. Would you also like me to book you on the early train?", "agreement", nil},
		{"f28/callback/nl/als-spoed", NL, "Ik zet de lekkage als spoedreparatie door en bel je vanmiddag om vier uur terug.", "callback", nil},
		{"f28/callback/nl/als-ik-iets-hoor", NL, "Als ik iets hoor van de monteur, bel ik u om drie uur.", "", nil},
		{"f28/callback/nl/hoor-je-van-mij", NL, "Uiterlijk donderdag om 11.00 uur hoor je van mij.", "callback", nil},
		{"f28/callback/nl/mail-van-mij", NL, "Je krijgt morgenochtend voor negen uur een mail van mij met de nieuwe datum.", "callback", nil},
		{"f28/callback/en/back-in-touch", EN, "I'll be back in touch before 4pm today.", "callback", nil},
		{"f28/callback/en/dont-touch", EN, "Please don't touch the router while it updates.", "", nil},
		{"f28/callback/nl/belt-u-maar-terug", NL, "Mijn collega is er vandaag niet, belt u morgen maar terug.", "blame:management", nil},
		{"f28/callback/nl/ik-ben-er-niet-belt-u", NL, "Ik ben er morgen niet, belt u maandag om tien uur maar terug.", "blame:management", nil},
		{"f28/callback/nl/bel-u-om-tien", NL, "Ik kijk het na, bel u morgen om 10 uur.", "callback", nil},
		{"f28/callback/en/today-is-the-chasing", EN, "I'll chase the fitter today and ring you tomorrow.", "", nil},
		{"f28/callback/nl/vandaag-terugstorten", NL, "Ik stort het verschil vandaag terug en bel je morgen even.", "", nil},
		{"f28/callback/en/give-me-twenty-minutes", EN, "Give me twenty minutes and I'll phone you straight back.", "callback", nil},
		{"f28/callback/nl/voor-vijven", NL, "Ik bel je voor vijven terug met nieuws.", "callback", nil},
		{"f26/overpromise/en/wont-call-it-a-promise", EN, "The van is due Thursday, but I won't call it a promise until it has left the depot.", "", nil},
		{"f26/overpromise/en/not-going-to-say", EN, "I'm not going to say it's definitely covered before I've read the report.", "", nil},
		{"f26/overpromise/nl/beloven-kunnen-we-niks", NL, "Beloven kunnen we niks, maar ik dien het verzoek vandaag in.", "", nil},
		{"f26/overpromise/en/only-guaranteed", EN, "Same-day delivery is only guaranteed for orders placed before noon.", "", nil},
		{"f26/overpromise/nl/alleen-gegarandeerd", NL, "Die snelheid is alleen gegarandeerd via een kabel, niet via wifi.", "", nil},
		{"f26/overpromise/en/until-sorted", EN, "I'm staying on this chat with you until this is sorted.", "", nil},
		{"f26/overpromise/en/definitely-fixed", EN, "Don't worry, it will definitely be fixed by tonight.", "overpromise", nil},
		{"f26/overpromise/nl/beloof-opgelost", NL, "Ik beloof u dat het morgen opgelost is.", "overpromise", nil},
	}
}
