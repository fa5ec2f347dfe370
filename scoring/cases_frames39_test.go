package scoring

// frames93Cases (-154): facts laid out beside a word that says they were
// taken in, led by it ("Right, boiler serviced in March, …", "Got it:
// …", "Genoteerd: …") or closed by it standing alone ("… Noted."), are a
// framed recap: summary. The agent's plan after "Right,", a forecast
// after "Okay,", "let's…", facts told with a feeling and steps closed
// by a bare "Ok." are not. A Dutch
// counterfactual with the verb last and no comma ("als u dat had
// aangehouden was hij heel gebleven", "als je het gelezen had, had je…")
// puts the fault with the customer; the agent's own ("als ik het had
// geweten") does not.
func frames93Cases() []scorerCase {
	return []scorerCase{
		{"f116/summary/en/right-lead", EN, "Right, boiler serviced in March, pressure dropping every night since, and you've topped it up four times.", "summary", nil},
		{"f116/summary/en/got-it-colon", EN, "Got it: the sofa came without legs and your invoice charged delivery twice.", "summary", nil},
		{"f116/summary/en/noted-after", EN, "Parcel signed for by someone else, your doorbell camera shows nobody came. Noted.", "summary", nil},
		{"f116/summary/nl/genoteerd-colon", NL, "Genoteerd: twee keer verkeerd bezorgd en uw klantnummer is ook nog veranderd.", "summary", nil},
		{"f116/summary/nl/helder-lead", NL, "Helder, de lamp flikkert sinds dinsdag en je hebt de schakelaar al vervangen.", "summary", nil},
		{"f116/summary/en/right-plan", EN, "Right, I'll send a new charger today and text you the tracking code.", "callback", nil},
		{"f116/summary/en/okay-forecast", EN, "Okay, your refund will be back on your card by Friday.", "overpromise", nil},
		{"f116/summary/en/right-felt", EN, "Right, a whole night lost on top of the wait, that's a kick in the teeth for you.", "empathy", nil},
		{"f116/summary/en/lets-plan", EN, "Ok, let's sort it now, you're booked in for the 14th.", "", nil},
		{"f116/summary/en/steps-ok", EN, "Unplug the router, wait a minute and plug it back in. Ok.", "", nil},
		{"f116/summary/nl/stappen-oke", NL, "Zet de modem uit, wacht een minuut en zet hem weer aan. Oké.", "", nil},
		{"f116/blame/nl/had-no-comma", NL, "Op de doos staat 40 graden, als u dat had aangehouden was de trui heel gebleven.", "blame:customer", nil},
		{"f116/blame/nl/participle-had", NL, "Als je de bevestiging gelezen had, had je de juiste datum geweten.", "blame:customer", nil},
		{"f116/blame/nl/agent-had", NL, "Als ik het had geweten, had ik u meteen gebeld.", "", nil},
	}
}
