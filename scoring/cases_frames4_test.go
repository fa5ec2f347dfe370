package scoring

// Frames (round 5): a link added to an answer, "but" before the terms,
// a check that found nothing, and what would not have happened had the
// customer acted otherwise; each with a near twin left alone.

func frames4Cases() []scorerCase {
	return []scorerCase{
		// a link after an answer in the agent's own words adds to it; a
		// link after courtesy only, or after a refusal, replaces help
		{"f4/blame/en/answer-then-link", EN, "Season tickets can be paused for up to four weeks once a year. More details here: <URL>", "", nil},
		{"f4/blame/nl/antwoord-dan-link", NL, "Het nieuwe tarief gaat pas in vanaf je volgende factuur in maart. Meer uitleg vind je hier: <URL>", "", nil},
		{"f4/blame/en/courtesy-then-link", EN, "Thanks for getting in touch, we're happy to help! More details here: <URL>", "blame:website", nil},
		{"f4/blame/en/refusal-then-link", EN, "We are unable to change bookings over social media. Please use this link instead: <URL>", "blame:website", nil},
		{"f4/blame/nl/wil-dan-link", NL, "Ons team wil dit graag voor je uitzoeken in een gesprek. Meer info vind je hier: <URL>", "blame:website", nil},
		{"f4/blame/en/link-only", EN, "Hi there! More info here: <URL>", "blame:website", nil},

		// "but" before the terms answers a complaint with them
		{"f4/blame/nl/sorry-maar-voorwaarden", NL, "Sorry, maar in de voorwaarden staat dat een retour binnen veertien dagen moet.", "blame:contract", nil},
		{"f4/blame/en/sorry-but-terms", EN, "I hear you, but the terms say the deposit is kept after a late cancellation.", "empathy,blame:contract", nil},
		{"f4/blame/en/but-tariff-info", EN, "It can be done, but it depends on your tariff; could you DM me the number so I can check?", "", nil},
		{"f4/blame/en/in-the-x-rules", EN, "Pets aren't allowed on that route, it's in the travel rules.", "blame:contract", nil},

		// the company's side is fine, or the check found nothing
		{"f4/blame/en/running-normally", EN, "The meter was running normally from our side all week.", "blame:denial", nil},
		{"f4/blame/nl/draaide-normaal", NL, "Bij ons draaide de server die avond gewoon normaal.", "blame:denial", nil},
		{"f4/blame/en/tested-no-fault", EN, "We've tested the boiler twice and can't find any fault.", "blame:denial", nil},
		{"f4/blame/nl/getest-geen-probleem", NL, "We hebben de lijn getest en er is geen probleem te zien.", "blame:denial", nil},
		{"f4/blame/en/normally-hedge", EN, "It should normally be fixed by Friday, and I'll call you at noon to confirm.", "callback", nil},

		// what would not have happened had the customer acted otherwise
		{"f4/blame/nl/dan-was-dit-niet", NL, "Had u het nieuwe adres doorgegeven? Dan was dit niet gebeurd.", "blame:customer", nil},
		{"f4/blame/en/wouldnt-have-happened", EN, "If you'd kept the receipt, this wouldn't have happened.", "blame:customer", nil},
		{"f4/blame/nl/was-voorkomen", NL, "Als je de update had geïnstalleerd, was dit voorkomen.", "blame:customer", nil},
		{"f4/blame/en/your-payment-otherwise", EN, "Your transfer came in late. Otherwise this would never have happened.", "blame:customer", nil},
		{"f4/blame/nl/had-ik-gebeld", NL, "Had ik u gisteren teruggebeld, dan was dit niet gebeurd. Het spijt me.", "apology", nil},
		{"f4/blame/en/if-we-had", EN, "If we had checked the address, this would never have happened. I'm sorry.", "apology", nil},
		{"f4/blame/nl/kan-ik-voorkomen", NL, "Als u wilt, kan ik dat voorkomen door de afschrijving een week te verzetten.", "", nil},
	}
}
