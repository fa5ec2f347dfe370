package scoring

// frames94Cases (-155): a problem put down to what customers usually do
// wrong ("nearly always down to leaving the lid open", "meestal door
// verkeerd wassen") blames the customer; a thing named as the usual cause
// does not, and the agent acting in the sentence decides nothing yet. A
// rule about a kind of transaction told with its time limit ("bookings
// cancelled less than 48 hours before…") is the contract. "Their hands"
// after a named party puts it with that party. A check asked about before
// the customer acted, "did nobody read…?" and a "but did you actually…?"
// after a sorry reproach; asking when the damage came does not. Facts
// laid out beside "I've noted all of that" are a recap. Idioms of what a
// problem does to a person ("dat hakt erin", "een flinke hap uit je
// budget", "on edge", "a chunk out of your holiday", "you can't even use
// it") and "sorry dat u daardoor…" are empathy; "you can't even request a
// refund" states the terms.
func frames94Cases() []scorerCase {
	return []scorerCase{
		{"f117/empathy/en/ordeal-cant-even", EN, "Four days of scaffolding on the front, you can't even open your own curtains.", "empathy", nil},
		{"f117/empathy/nl/ordeal-niet-eens", NL, "Twee weken zonder keuken, je kunt niet eens een ei bakken.", "empathy", nil},
		{"f117/empathy/nl/ordeal-plan", NL, "Twee dagen wachten, je kunt morgen langskomen.", "", nil},
		{"f117/empathy/en/couldnt-even-use", EN, "I'm sorry, you couldn't even use the pool you paid for.", "apology,empathy", nil},
		{"f117/empathy/en/cant-even-terms", EN, "You can't even request a refund after 30 days, that's our policy.", "blame:contract", nil},
		{"f117/blame/en/habit-leaving", EN, "Rust spots like these are nearly always down to leaving the lid open in the rain.", "blame:customer", nil},
		{"f117/blame/nl/habit-verkeerd", NL, "Die vlekken ontstaan meestal door verkeerd wassen.", "blame:customer", nil},
		{"f117/blame/en/habit-thing", EN, "That rattle is usually down to a loose panel.", "", nil},
		{"f117/blame/en/habit-agent-acts", EN, "Cracks like that are usually from dropping it, but I'll replace it for free anyway.", "", nil},
		{"f117/blame/en/cutoff-rule", EN, "Bookings cancelled less than 48 hours before the start are charged in full.", "blame:contract", nil},
		{"f117/blame/en/cutoff-customer-act", EN, "You cancelled within the window, so I'll refund it today.", "", nil},
		{"f117/blame/en/their-hands-party", EN, "We've passed it to the landlord, and the timing is in their hands.", "blame:supplier", nil},
		{"f117/blame/en/their-hands-alone", EN, "It's in their hands now.", "", nil},
		{"f117/blame/en/nobody-read", EN, "Did nobody read the welcome pack?", "blame:customer", nil},
		{"f117/blame/en/checked-before", EN, "Did you check the size chart before you ordered?", "blame:customer", nil},
		{"f117/blame/nl/gecontroleerd-voordat", NL, "Heeft u de maat gecontroleerd voordat u bestelde?", "blame:customer", nil},
		{"f117/blame/en/but-actually", EN, "Sorry about that, but did you actually measure the doorway?", "blame:customer", nil},
		{"f117/question/en/notice-before-driver", EN, "Did you notice the scratch before the driver left?", "question", nil},
		{"f117/summary/en/noted-all", EN, "Two missed collections, a bin left in the road, and a fine on top. I've noted all of that.", "summary", nil},
		{"f117/summary/nl/allemaal-genoteerd", NL, "Drie keer gebeld, niemand kwam, en de lekkage wordt erger: ik heb het allemaal genoteerd.", "summary", nil},
		{"f117/summary/en/all-clear", EN, "Got the all clear from the engineer, your line is fine now.", "", nil},
		{"f117/empathy/nl/hakt-erin", NL, "Dat hakt erin, zo vlak voor je examen.", "empathy", nil},
		{"f117/empathy/nl/hap-uit-budget", NL, "Driehonderd euro extra is een flinke hap uit je budget.", "empathy", nil},
		{"f117/empathy/en/on-edge", EN, "That must have you on edge with the move next week.", "empathy", nil},
		{"f117/empathy/en/chunk-out-of", EN, "A week without a car is a big chunk out of your holiday.", "empathy", nil},
		{"f117/empathy/nl/knoop-doorhakken", NL, "De knoop doorhakken kan tot vrijdag.", "", nil},
		{"f117/blame/nl/staat-onderaan", NL, "Dat staat ook onderaan de offerte.", "blame:contract", nil},
		{"f117/empathy/nl/sorry-daardoor", NL, "Sorry dat u daardoor uw trein miste.", "apology,empathy", nil},
	}
}
