package scoring

// frames125Cases (-188): from the misses on the train part of batch eo.
//
// What the customer was shown, held against them ("op het ticket stond
// toch echt half acht") and a miss put down to them ("heeft u dan het
// bord niet gezien?") blame the customer. "It left here in perfect
// shape" and "het ging in perfecte staat de deur uit" say our side was
// fine; "it has always been done that way" defends a practice, and "dat
// is altijd zo geweest" a rule. "Hoe het nu met je dochter gaat" asks
// after the person harmed, even unasked (settled rule 30), but "hoe het
// met uw aanvraag gaat" is about a thing. "Ik was ook weggelopen" is the
// agent feeling the same, and "how is the knee this morning?", "hoe is
// het met zijn pols?" and "is ze verder ongedeerd?" ask after the person;
// "that's an evening gone" counts the loss. "Heeft u mij aan de lijn" is
// the agent's call from the customer's side; "OK if we do that today?"
// and "laat maar weten of u het zo wilt doen" put an offer up for the
// customer's yes, while "laat me weten of het zo lukt" asks about a fix.
// "Our rota has the gate staffed until nine" holds a record against the
// customer; the terms named as the answer ("maakt deel uit van de
// voorwaarden", "part of the standard terms", "dat is de FUP") are
// contract blame.
func frames125Cases() []scorerCase {
	return []scorerCase{
		{"f148/blame/nl/stond-toch-echt", NL, "Op uw ticket stond toch echt half acht, mevrouw.", "blame:customer", nil},
		{"f148/blame/nl/heeft-u-dan-niet", NL, "Heeft u dan het bord bij de ingang niet gezien?", "blame:customer", nil},
		{"f148/blame/nl/misschien-niet-gelezen", NL, "Misschien heeft u de herinnering niet gelezen, die ging vorige week de deur uit.", "blame:customer", nil},
		{"f148/blame/en/left-here-fine", EN, "The lamp left here in perfect condition, I checked it myself.", "blame:denial", nil},
		{"f148/blame/nl/perfecte-staat", NL, "De vaas is in perfecte staat de deur uit gegaan.", "blame:denial", nil},
		{"f148/blame/en/always-been-done", EN, "Tastings have always been done that way here.", "blame:denial", nil},
		{"f148/blame/nl/altijd-zo-geweest", NL, "Kinderen onder de twaalf mogen niet mee in de grot, dat is altijd zo geweest.", "blame:contract", nil},
		{"f148/empathy/nl/hoe-het-met-uw-gaat", NL, "Ik hoor graag hoe het nu met uw dochter gaat.", "empathy", nil},
		{"f148/empathy/nl/hoe-het-met-hem", NL, "Laat u me weten hoe het met hem gaat?", "empathy,question", nil},
		{"f148/question/nl/hoe-het-met-de-aanvraag", NL, "Ik laat u weten hoe het met uw aanvraag gaat.", "", nil},
		{"f148/empathy/nl/was-ook-weggelopen", NL, "Na drie kwartier wachten was ik ook weggelopen.", "empathy", nil},
		{"f148/callback/nl/aan-de-lijn", NL, "Ik zoek het uit en morgen om tien uur heeft u mij aan de lijn.", "callback", nil},
		{"f148/callback/nl/aan-de-lijn-vaag", NL, "Ik zoek het uit en u heeft me snel weer aan de lijn.", "", nil},
		{"f148/agreement/en/ok-if-we", EN, "We can refund the deposit to your card. OK if we do that this afternoon?", "agreement", nil},
		{"f148/blame/en/log-has-marked", EN, "Our rota has the gate staffed until nine on Fridays.", "blame:denial", nil},
		{"f148/agreement/nl/zo-wilt-doen", NL, "We sturen een nieuwe pen en u houdt de oude. Laat maar weten of u het zo wilt doen.", "agreement", nil},
		{"f148/question/nl/zo-lukt", NL, "Laat me weten of het zo lukt.", "question", nil},
		{"f148/empathy/en/how-is-the-knee", EN, "How is the knee this morning?", "empathy,question", nil},
		{"f148/empathy/nl/hoe-is-het-met-zijn-pols", NL, "Hoe is het nu met zijn pols?", "empathy,question", nil},
		{"f148/empathy/nl/verder-ongedeerd", NL, "Is uw dochter verder ongedeerd?", "empathy,question", nil},
		{"f148/empathy/en/an-evening-gone", EN, "That's an evening gone, all for a locked door.", "empathy", nil},
		{"f148/blame/nl/deel-van-voorwaarden", NL, "Die limiet maakt deel uit van de algemene voorwaarden.", "blame:contract", nil},
		{"f148/blame/en/part-of-terms", EN, "The booking fee is part of the standard terms.", "blame:contract", nil},
		{"f148/blame/nl/dat-is-de-fup", NL, "Dat is de FUP, die geldt voor elk abonnement.", "blame:contract", nil},
	}
}

// frames126Cases (-189): from the misses on the train part of batch ep.
//
// A colleague who is "only in on Tuesdays", or who "zit er alleen op
// donderdag", sends the customer to someone else's days: management
// blame. "Looked after by an outside cleaning firm" names a third party
// with a word between. "Daar verwed ik mijn fiets om" stakes something
// on the outcome, and "draait weer als een zonnetje" pictures it
// flawless: overpromise. "Sorry for the loss of your brother" condoles,
// "sorry for the loss of your files" does not; "dat doet pijn" names the
// hurt. "Mogen we u uitnodigen voor een nieuwe rondleiding?" offers a
// step for the customer's yes; "mag ik uw klantnummer?" asks for an
// identifier. "Before lunch", "after lunch" and "voor de lunchpauze" are
// times a callback can be held to.
func frames126Cases() []scorerCase {
	return []scorerCase{
		{"f149/blame/en/only-in-days", EN, "Refunds go through Priya and she's only in on Wednesdays.", "blame:management", nil},
		{"f149/blame/nl/is-er-pas", NL, "De planner zit er alleen op maandag, dan kunt u het beste terugbellen.", "blame:management", nil},
		{"f149/blame/en/outside-x-firm", EN, "The lifts are serviced by an outside engineering firm.", "blame:supplier", nil},
		{"f149/overpromise/nl/verwed", NL, "Morgen rijdt hij weer, daar verwed ik mijn fiets om.", "overpromise", nil},
		{"f149/overpromise/nl/als-een-zonnetje", NL, "Na de update draait de app morgen weer als een zonnetje.", "overpromise", nil},
		{"f149/empathy/en/loss-of-your-brother", EN, "We're so sorry for the loss of your brother.", "empathy,apology", nil},
		{"f149/apology/en/loss-of-your-files", EN, "Sorry for the loss of your files.", "apology", nil},
		{"f149/empathy/nl/dat-doet-pijn", NL, "Twintig jaar klant en dan zo'n brief, dat doet pijn.", "empathy", nil},
		{"f149/agreement/nl/mogen-we-uitnodigen", NL, "Mogen we u uitnodigen voor een nieuwe rondleiding op onze kosten?", "agreement", nil},
		{"f149/question/nl/mag-ik-uw-nummer", NL, "Mag ik uw klantnummer even?", "", nil},
		{"f149/callback/en/before-lunch", EN, "I'll check with the workshop and ring you back before lunch.", "callback", nil},
		{"f149/callback/nl/voor-de-lunchpauze", NL, "Morgen voor de lunchpauze hoort u van mij.", "callback", nil},
	}
}
