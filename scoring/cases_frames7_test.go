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

		// round 9: other word orders and tenses of the same meanings
		{"f8/blame/nl/automatisch-geblokkeerd", NL, "Uw pas werd automatisch geblokkeerd na drie foute pogingen.", "blame:management", nil},
		{"f8/blame/nl/automatisch-verstuurd", NL, "De bevestiging wordt automatisch verstuurd zodra ik het afrond.", "", nil},
		{"f8/blame/nl/klopt-altijd", NL, "Die meterstanden kloppen altijd, daar zit geen fout in.", "blame:denial", nil},
		{"f8/blame/nl/konden-niets-aan-doen", NL, "De brug zat vast, daar konden wij niets aan doen.", "blame:denial", nil},
		{"f8/blame/nl/bij-hen-klagen", NL, "Daarover moet u bij de vervoerder klagen.", "blame:supplier", nil},
		{"f8/blame/nl/bepaald-door-directie", NL, "De tarieven zijn bepaald door het hoofdkantoor.", "blame:management", nil},
		{"f8/blame/en/set-by-management", EN, "Those fees were set by management last spring.", "blame:management", nil},
		{"f8/blame/nl/niet-wij", NL, "Het was de aannemer die de leiding raakte, niet wij.", "blame:supplier", nil},
		{"f8/blame/en/thats-normal", EN, "A bit of rattling at start-up, that's completely normal.", "blame:denial", nil},
		{"f8/blame/nl/normaal-dat-u-boos-bent", NL, "Het is normaal dat u boos bent na drie weken.", "empathy", nil},
		{"f8/blame/en/excluded-under-cover", EN, "Accidental damage is excluded under your plan.", "blame:contract", nil},
		{"f8/blame/en/people-forget", EN, "Loads of people forget to register the warranty, sadly.", "blame:customer", nil},
		{"f8/blame/nl/vergeten-veel-klanten", NL, "Die tweede stap vergeten veel klanten.", "blame:customer", nil},

		// a time is no party; a hotel after "bij uw" is a place; "als" supposes
		{"f8/blame/en/working-by-friday", EN, "The new boiler is fitted and it will be running by Friday.", "overpromise", nil}, // no party; running by a set day is an overpromise (rubric; fixed at -102)
		{"f8/blame/nl/bij-uw-hotel", NL, "Uw tas wordt morgen bij uw hotel afgeleverd.", "", nil},
		{"f8/blame/nl/als-de-koerier", NL, "Ik snap dat het lastig is als de koerier niet opneemt. Ik bel hem zelf.", "empathy", nil},

		// "zal ik …" offers a step, whatever it names
		{"f8/agreement/nl/zal-ik-nummer", NL, "Zal ik u het rechtstreekse nummer van de werkplaats geven?", "agreement", nil},
		{"f8/agreement/nl/zal-ik-nog-iets", NL, "Zal ik nog iets voor u doen?", "", nil},
		{"f8/agreement/en/shall-i-account", EN, "Shall I unlock the account from here?", "agreement", nil},

		// empathy as a verdict on what the customer goes through
		{"f8/empathy/nl/echte-strop", NL, "Twee dagen zonder verwarming, dat is echt een strop.", "empathy", nil},
		{"f8/empathy/nl/moedeloos", NL, "Weer een afzegging, dat is om moedeloos van te worden.", "empathy", nil},
		{"f8/empathy/nl/niet-niks", NL, "Een week zonder auto met drie kinderen, dat is niet niks.", "empathy", nil},
		{"f8/empathy/nl/geduld-verliezen", NL, "Vier keer hetzelfde verhaal doen, ik zou ook mijn geduld verliezen.", "empathy", nil},
		{"f8/empathy/nl/begrijp-de-haast", NL, "Ik begrijp de haast, de verhuizing is al vrijdag.", "empathy", nil},
		{"f8/empathy/en/not-fair-on-her", EN, "Having your mum wait in all day isn't fair on her.", "empathy", nil},
		{"f8/empathy/en/awful-timing", EN, "That's awful timing, right before your exam.", "empathy", nil},
		{"f8/empathy/en/must-be-soaked", EN, "Two hours at the bus stop, you must be soaked.", "empathy", nil},
		{"f8/empathy/en/waste-of-a-day", EN, "What a waste of a whole Saturday for you.", "empathy", nil},
		{"f8/empathy/en/not-fair-to-others", EN, "Skipping the queue wouldn't be fair to the other callers.", "", nil},
	}
}
