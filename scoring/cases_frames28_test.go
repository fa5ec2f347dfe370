package scoring

// frames82Cases (-143): the ordeal frame opens with any count of things,
// not only spans of time ("Vier kinderen en één badkamer zonder licht,
// dan…", "Three kids and no car seat, that leaves you…"), and with a
// bare "geen"/"no"/"niks" ("Niks in de brievenbus en…, dan…"); the
// impact clause decides as before, and "Geen zorgen, dat…" reassures;
// a blame finding inside the frame takes its empathy back. A request to
// report back the customer's verdict on the plan is agreement, not a
// question ("laat maar weten of dat goed is", "let me know which you'd
// prefer"); "Wanneer bent u thuis, dan kan…?" asks availability; a
// noting marker that closes a list of the customer's facts after a colon
// or dash marks a summary. Counts up to a hundred are read as numbers
// ("zestig", "ninety").
func frames82Cases() []scorerCase {
	return []scorerCase{
		{"f105/empathy/nl/count-things", NL, "Vier kinderen en één badkamer zonder licht, dan wordt je ochtend een race tegen de klok. Ik stuur vanmiddag een elektricien.", "empathy", nil},
		{"f105/empathy/en/count-things", EN, "Three kids and no car seat, that leaves you stranded at the airport. I'm sending a seat over in a taxi now.", "empathy", nil},
		{"f105/empathy/nl/niks-opening", NL, "Niks in de brievenbus en de deadline morgen, daar lig je natuurlijk wakker van.", "empathy", nil},
		{"f105/empathy/en/no-opening", EN, "No passport and a flight on Friday, that has you checking the post every hour.", "empathy", nil},
		{"f105/empathy/nl/geen-zorgen", NL, "Geen zorgen, dat formulier vul ik zo samen met je in.", "", nil},
		{"f105/empathy/nl/count-directs", NL, "Twee facturen van dezelfde maand, dan moet u er één terugsturen.", "", nil},
		{"f105/blame/en/no-outage-your-router", EN, "No faults on the line, so it's most likely your own router.", "blame:denial", nil},
		{"f105/agreement/nl/laat-weten-goed", NL, "Ik stuur de monteur op vrijdag, laat maar even weten of dat goed is.", "agreement", nil},
		{"f105/agreement/en/let-know-prefer", EN, "I can refund the tickets or swap them for next month, let me know which you'd prefer.", "agreement", nil},
		{"f105/question/nl/laat-weten-lukt", NL, "Ik heb je toegang net hersteld, laat me weten of het lukt.", "question", nil},
		{"f105/question/nl/thuis-dan", NL, "Wanneer ben je thuis, dan kan de monteur komen meten?", "", nil},
		{"f105/question/en/home-so", EN, "When are you at home, so the engineer can measure up?", "", nil},
		{"f105/summary/nl/list-then-noted", NL, "Twee keer een lege koelkast, een gemiste werkdag en geen telefoontje terug: ik heb het allemaal opgeschreven.", "summary", nil},
		{"f105/summary/en/list-then-noted", EN, "Wrong size twice, a trip to the depot and nobody ringing back - I've noted all of that down.", "summary", nil},
		{"f105/summary/nl/one-fact-noted", NL, "Uw nieuwe adres: genoteerd.", "", nil},
		{"f105/empathy/nl/zestig-jaar", NL, "Zestig jaar dezelfde bakker en nu ineens dicht, dan mist u een stuk van uw dag.", "empathy", nil},
		{"f105/empathy/en/ninety-days", EN, "Ninety days without a working oven, that leaves you living on takeaways.", "empathy", nil},
		{"f105/empathy/en/count-terms", EN, "Two adults on a single ticket, that's against the conditions you accepted.", "blame:contract", nil},
	}
}
