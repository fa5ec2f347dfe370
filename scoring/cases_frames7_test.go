package scoring

// Frames (round 8): the customer's lapse as the cause, not the company's
// decision, another team's matter, where it was written, the system as
// the one that did it, one channel as the only way, and a third party
// in commerce. Each with a near twin the rule must leave alone.

func frames7Cases() []scorerCase {
	return []scorerCase{
		// a duty left undone or done late, then what followed
		{"f7/blame/nl/niet-verlengd-dus", NL, "U heeft de parkeervergunning niet verlengd, dus de boete blijft staan.", "blame:customer", nil},
		{"f7/blame/nl/te-laat-betaald-daardoor", NL, "je hebt de termijn te laat betaald, daardoor is het contract opgeschort", "blame:customer", nil},
		{"f7/blame/en/because-not-returned", EN, "Because you never returned the signed form, the claim was closed.", "blame:customer", nil},
		{"f7/blame/en/not-confirmed-so", EN, "You didn't confirm the booking, so the table went to someone else.", "blame:customer", nil},
		{"f7/blame/en/not-received-so-i-send", EN, "You didn't receive the voucher, so I'm sending a new one right now.", "", nil},
		{"f7/blame/nl/niet-ontvangen-dus-ik", NL, "U heeft de bevestiging niet ontvangen, dus ik stuur hem nog een keer.", "", nil},
		{"f7/blame/en/if-not-paid", EN, "If you haven't renewed yet, so be it, there's no fee.", "", nil},

		// not the company's call, not the agent's team
		{"f7/blame/nl/beslissen-wij-niet", NL, "Over de openingsuren beslissen wij helaas niet.", "blame:management", nil},
		{"f7/blame/nl/wij-beslissen-samen", NL, "Wij beslissen samen met u welke dag het beste past.", "", nil},
		{"f7/blame/en/we-dont-set", EN, "We don't set the ticket prices, that comes from head office.", "blame:management", nil},
		{"f7/blame/en/not-something-i-control", EN, "The queue isn't something I can control, sorry.", "blame:management,apology", nil},
		{"f7/blame/nl/niet-in-onze-handen", NL, "Die planning ligt niet in onze handen.", "blame:management", nil},
		{"f7/blame/nl/buiten-onze-macht", NL, "Het weer valt buiten onze macht, meneer.", "blame:management", nil},
		{"f7/blame/nl/niet-van-de-dienst", NL, "Ik ben niet van de facturatie, daar weet ik niks van.", "blame:management", nil},
		{"f7/blame/en/not-on-that-team", EN, "I'm not on the refunds team so I can't see that.", "blame:management", nil},

		// where it was written, as the answer; not when the reply goes on helping
		{"f7/blame/en/it-says-so", EN, "The offer ended on Sunday, it says so on the poster.", "blame:contract", nil},
		{"f7/blame/en/does-say-that", EN, "It does say that in the booking email, madam.", "blame:contract", nil},
		{"f7/blame/en/was-in-the-leaflet", EN, "The deposit rule was in the leaflet you signed for.", "blame:contract", nil},
		{"f7/blame/nl/staat-toch-op", NL, "Dat staat toch gewoon op het ticket.", "blame:contract", nil},
		{"f7/blame/nl/staat-ook-op-maar-ik-help", NL, "De garantie loopt tot juni, dat staat ook op uw factuur. Kom gerust langs, dan vervang ik hem meteen.", "", nil},

		// the system did it
		{"f7/blame/en/blocked-automatically", EN, "Your card was blocked automatically after the third attempt.", "blame:management", nil},
		{"f7/blame/nl/door-het-systeem", NL, "De aanvraag werd afgewezen door het systeem, niet door mij.", "blame:management", nil},
		{"f7/blame/en/blocked-automatically-but-asks", EN, "Your card was blocked automatically after the third try. Which shop were you paying in?", "question", nil},

		// one channel as the only way
		{"f7/blame/nl/kan-enkel-via", NL, "Een verhuis doorgeven kan enkel via de klantenzone.", "blame:website", nil},
		{"f7/blame/en/all-through-the-app", EN, "Returns are all done through the app now.", "blame:website", nil},

		// the rules as the answer
		{"f7/blame/en/rules-apply", EN, "Peak time restrictions apply on that ticket, I'm afraid.", "blame:contract", nil},
		{"f7/blame/nl/gelden-andere-voorwaarden", NL, "Voor bedrijfsklanten gelden andere voorwaarden, dat is gewoon zo.", "blame:contract", nil},
		{"f7/blame/en/would-have-had-to", EN, "You would have had to book the assistance two days ahead.", "blame:customer", nil},

		// a third party in commerce
		{"f7/blame/en/contact-the-seller", EN, "Please contact the seller about the missing part.", "blame:supplier", nil},
		{"f7/blame/nl/verkoper-contacteren", NL, "Contacteer daarvoor de verkoper zelf.", "blame:supplier", nil},
		{"f7/blame/nl/onze-verzekering-dekt", NL, "Onze verzekering dekt de schade volledig.", "", nil},

		// routed through a third party; the agent's own route is no blame
		{"f7/blame/en/goes-through-the-airline", EN, "Compensation claims go through the airline, not the travel agent.", "blame:supplier", nil},
		{"f7/blame/nl/loopt-via-gemeente", NL, "Zo'n vergunning loopt via de gemeente.", "blame:supplier", nil},
		{"f7/blame/en/i-push-it-through", EN, "I'll push it through our express desk today.", "", nil},

		// the customer overlooked what was sent; reassuring is no blame
		{"f7/blame/en/missed-the-reminder", EN, "You must have missed the reminder we sent in May.", "blame:customer", nil},
		{"f7/blame/nl/waarschijnlijk-gemist", NL, "Er ging vorige week een brief uit, die heeft u waarschijnlijk gemist.", "blame:customer", nil},
		{"f7/blame/en/missed-the-engineer-sorry", EN, "Sorry you missed the engineer, I'll rebook him for Monday at ten.", "apology", nil},
	}
}
