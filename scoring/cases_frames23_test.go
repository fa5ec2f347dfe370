package scoring

// Agreement (-95): offering the customer a thing or a step as a question
// ("Would you like a replacement sent this week?", "want me to book the
// fitter?", "Wil je er een nieuwe afspraak bij?") checks a plan, where
// the same opening with a task for the customer ("Wilt u het formulier
// nog eens invullen?") asks them to act; an offer that names "anything"
// inside a clause of its own ("Shall I see whether the depot can send
// anything today?") still offers a step, where "Is there anything else I
// can do?" offers nothing in particular.
func frames39Cases() []scorerCase {
	return []scorerCase{
		{"f49/agreement/en/would-you-like-a", EN, "I've cancelled the order. Would you like a replacement sent this week?", "agreement", nil},
		{"f49/agreement/en/want-me-to-bare", EN, "I can see the fitter has a gap on Friday, want me to book him in?", "agreement", nil},
		{"f49/agreement/nl/wil-je-er-een", NL, "De afspraak van vanmiddag is geschrapt. Wil je er een nieuwe afspraak bij?", "agreement", nil},
		{"f49/agreement/nl/wilt-u-invullen", NL, "Wilt u het formulier nog eens invullen?", "", nil},
		{"f49/agreement/en/shall-i-see-whether-anything", EN, "Shall I see whether the depot can send anything today?", "agreement", nil},
		{"f49/agreement/en/anything-else", EN, "Is there anything else I can do for you?", "", nil},
		{"f49/agreement/en/would-you-like-to-tell", EN, "Would you like to tell me what the screen shows?", "question", nil},
	}
}

// Blame (-96): "our" before another company names a third party, not the
// agent's side owning the fault ("die vertraging ligt bij onze
// leverancier", where "de fout ligt bij ons" owns it); the customer put
// through to another department in other words ("ik schakel je meteen
// door naar…", not forwarding the complaint: "ik zet je klacht door");
// no trace in the company's own records with no "we" as the subject ("in
// ons systeem staat geen aanvraag…", "er staat bij ons niets over…").
func frames40Cases() []scorerCase {
	return []scorerCase{
		{"f50/blame/nl/onze-leverancier", NL, "Die vertraging ligt bij onze leverancier.", "blame:supplier", nil},
		{"f50/blame/en/our-courier", EN, "The hold-up is with our courier.", "blame:supplier", nil},
		{"f50/blame/nl/fout-bij-ons", NL, "De fout ligt bij ons, sorry.", "apology", nil},
		{"f50/blame/nl/schakel-je-door", NL, "Ik schakel je meteen door naar de afdeling retouren.", "blame:management", nil},
		{"f50/blame/nl/zet-klacht-door", NL, "Ik zet je klacht door naar de afdeling retouren.", "", nil},
		{"f50/blame/nl/systeem-staat-geen", NL, "In ons systeem staat geen aanvraag voor een retour.", "blame:denial", nil},
		{"f50/blame/nl/bij-ons-niets", NL, "Er staat bij ons niets over een retour.", "blame:denial", nil},
	}
}

// Overpromise (-97): "zeker" right after a subject in the middle of a
// clause is sure ("Donderdag staat hij zeker bij u voor de deur"), where
// after a comma it singles out ("lastig, zeker in deze drukke weken");
// a certainty about someone else's outcome in a clause of its own stays a
// promise beside a callback ("our courier will ring you at ten, and the
// sofa will definitely be there by noon"), where the agent's own
// certainty about the call does not ("I'll definitely ring you at ten,
// and the fitter will be there after lunch").
func frames41Cases() []scorerCase {
	return []scorerCase{
		{"f51/overpromise/nl/staat-hij-zeker", NL, "Donderdag staat hij zeker bij u voor de deur.", "overpromise", nil},
		{"f51/overpromise/nl/hebt-u-hem-zeker", NL, "Morgen hebt u hem zeker in de bus.", "overpromise", nil},
		{"f51/overpromise/nl/zeker-in-drukke-weken", NL, "Het is lastig, zeker in deze drukke weken.", "empathy", nil},
		{"f51/overpromise/en/courier-rings-sofa-definitely", EN, "Our courier will ring you at ten, and the sofa will definitely be there by noon.", "overpromise", nil},
		{"f51/overpromise/en/definitely-ring-fitter", EN, "I'll definitely ring you at ten, and the fitter will be there after lunch.", "callback", nil},
	}
}

// Apology and empathy (-98): regret "om te horen" followed by what happens
// to the customer, the customer as the subject ("vervelend om te horen
// dat u nu met de bus naar uw werk moet"), names what the problem does to
// them (empathy too, as the rubric's "vervelend om te horen dat dit zo
// moeizaam verliep"), where "je" before a noun is their thing ("dat je
// pakket nog onderweg is"), having problems is the problem itself and
// "dat je er zo over denkt" is their view. A "maar/but" that adds ("mijn excuses voor de late
// reactie, maar ook voor de storing zelf") or one in a sentence that owns
// the fault ("sorry, that's our error, the order was paid but never
// shipped") takes nothing back, where "sorry, but that's in your
// contract" still does.
func frames42Cases() []scorerCase {
	return []scorerCase{
		{"f52/apology/nl/maar-ook", NL, "Mijn excuses voor de late reactie, maar ook voor de storing zelf.", "apology", nil},
		{"f52/apology/en/owned-then-but", EN, "Sorry, that's our error, the order was paid but never shipped.", "apology", nil},
		{"f52/apology/en/but-contract", EN, "Sorry, but that's in your contract.", "blame:contract", nil},
		{"f52/empathy/nl/horen-dat-u-bus", NL, "Vervelend om te horen dat u nu met de bus naar uw werk moet.", "apology,empathy", nil},
		{"f52/empathy/nl/horen-dat-jullie-verwarming", NL, "Vervelend om te horen dat jullie de hele avond zonder verwarming zaten.", "apology,empathy", nil},
		{"f52/empathy/nl/horen-dat-je-pakket", NL, "Jammer om te horen dat je pakket nog onderweg is.", "apology", nil},
		{"f52/empathy/nl/horen-dat-je-problemen", NL, "Jammer om te horen dat je problemen hebt met inloggen.", "apology", nil},
		{"f52/empathy/nl/horen-dat-je-denkt", NL, "Jammer om te horen dat je er zo over denkt.", "", nil},
	}
}

// frames43Cases: advice for next time blames this time even when softened
// (a hedge in an earlier clause, "might be worth…", a "maybe…?" question),
// not a wish or a purpose; a plight with children judged is empathy, the
// wait judged alone is not (the rubric's settled case); the blame kind is
// the party the reply leans on most (the kind weights of -99).
func frames43Cases() []scorerCase {
	return []scorerCase{
		{"f53/blame/nl/voortaan-na-misschien", NL, "U heeft de code misschien aan iemand gegeven, bewaar uw pincode voortaan apart.", "blame:customer", nil},
		{"f53/blame/en/might-be-worth", EN, "Might be worth setting an alarm next time.", "blame:customer", nil},
		{"f53/blame/en/maybe-question", EN, "Maybe check the address before you pay next time?", "blame:customer", nil},
		{"f53/blame/nl/misschien-vraag", NL, "Misschien de volgende keer eerst even de maat nameten?", "blame:customer", nil},
		{"f53/blame/nl/wish-not-advice", NL, "Het zou fijner zijn als we dat in de toekomst sneller konden melden.", "", nil},
		{"f53/blame/nl/purpose-not-advice", NL, "Ik heb de melding aangezet, zodat je het voortaan misschien op tijd ziet.", "", nil},
		{"f53/blame/en/our-offer-question", EN, "Perhaps we can send a text next time?", "", nil},
		{"f53/empathy/en/newborn-not-okay", EN, "Two days with a newborn and no hot water isn't okay.", "empathy", nil},
		{"f53/empathy/nl/kinderen-niks", NL, "Een uur wachten met de kinderen in de auto, dat is ook niks.", "empathy", nil},
		{"f53/empathy/en/not-fun-with-kids", EN, "Not fun with the kids off school, sorry.", "apology,empathy", nil},
		{"f53/empathy/nl/kleintjes-niet-oke", NL, "Zonder verwarming met twee kleintjes thuis, dat is echt niet oké.", "empathy", nil},
		{"f53/empathy/en/wait-judged-alone", EN, "Nine days with no reply isn't okay.", "", nil},
		// the kind weights (-99): the party the reply leans on most, not the first blaming words
		{"f53/blame/nl/kind-leans-on-grid-operator", NL, "Dat ligt niet aan ons, de netbeheerder moet die meter vervangen.", "blame:supplier", nil},
	}
}

// frames44Cases: which booked or bought thing the complaint is about,
// asked to look it up, is an identifier (settled case 5); which shop,
// hotel or station, a sentence that asks more, or what the customer
// remembers stays a question.
func frames44Cases() []scorerCase {
	return []scorerCase{
		{"f54/question/en/which-card", EN, "Got it, which card did the payment go through on?", "", nil},
		{"f54/question/en/which-invoice", EN, "Sorry about the double charge. Which invoice is it on? I'll take it off today.", "apology", nil},
		{"f54/question/nl/over-welke-zending", NL, "Over welke zending gaat het?", "", nil},
		{"f54/question/nl/met-welke-kaart", NL, "Met welke kaart heeft u betaald?", "", nil},
		{"f54/question/en/which-shop", EN, "Which shop did this happen in?", "question", nil},
		{"f54/question/en/which-hotel", EN, "Which hotel did this happen at?", "question", nil},
		{"f54/question/nl/trein-en-station", NL, "Welke trein nam u, en vanaf welk station?", "question", nil},
		{"f54/question/nl/weet-u-nog-welke-trein", NL, "Weet u nog welke trein het was?", "question", nil},
	}
}

// frames45Cases: a person of the company, named as "our …" or as a team,
// ringing at a concrete moment is a callback by the company; a contact
// already made is not one.
func frames45Cases() []scorerCase {
	return []scorerCase{
		{"f55/callback/en/our-nurse", EN, "Our nurse will ring you before noon today.", "callback", nil},
		{"f55/callback/en/head-groomer", EN, "Our head groomer will call you at eleven tomorrow.", "callback", nil},
		{"f55/callback/nl/onze-dierenarts", NL, "Onze dierenarts belt u vandaag voor vier uur.", "callback", nil},
		{"f55/callback/en/customer-relations", EN, "Customer relations will phone you on Monday at ten.", "callback", nil},
		{"f55/callback/nl/al-gebeld", NL, "Onze monteur heeft u gisteren om drie uur gebeld.", "", nil},
	}
}

// frames46Cases (-102): the customer's side named as the cause with the
// verb at the end; a fault placed at another company named by a word
// for it or by a name that ends the sentence; a party running late; a
// plan of the agent's own, checked as a question; a service "from now
// on", or what the agent's step makes possible, is no advice; "dan
// stellen we hem af" is the agent's work; a Dutch "bank" that is a sofa
// and "onze bezorger", the company's own deliverer, name no third party;
// a service back by a set time is an overpromise.
func frames46Cases() []scorerCase {
	return []scorerCase{
		{"f56/blame/nl/zal-aan-uw-versterker-liggen", NL, "Dat zal dan wel aan uw wifi-versterker liggen.", "blame:customer", nil},
		{"f56/blame/nl/aan-je-laptop-liggen", NL, "Het zal wel aan je oude laptop liggen.", "blame:customer", nil},
		{"f56/blame/nl/kijken-of-het-aan-ligt", NL, "We kijken samen of het aan uw versterker ligt.", "", nil},
		{"f56/blame/nl/storing-bij-hostingpartij", NL, "Er is een storing bij de hostingpartij, ze zijn ermee bezig.", "blame:supplier", nil},
		{"f56/blame/nl/storing-bij-naam-aan-het-eind", NL, "Er was vanochtend een storing bij Ziggo.", "blame:supplier", nil},
		{"f56/blame/nl/notitie-van-de-monteur", NL, "In de notitie van de monteur staat dat hij om tien uur aanbelde.", "", nil},
		{"f56/blame/en/courier-turned-up-late", EN, "The courier turned up late this morning.", "blame:supplier", nil},
		{"f56/blame/nl/leverancier-loopt-achter", NL, "De leverancier loopt flink achter met de onderdelen.", "blame:supplier", nil},
		{"f56/blame/nl/ik-bel-garage-goed", NL, "Ik bel de garage in Mechelen zelf even op, goed?", "agreement", nil},
		{"f56/blame/nl/voortaan-krijgt-u-sms", NL, "Voortaan krijgt u een sms voordat de monteur komt.", "", nil},
		{"f56/blame/nl/dan-kan-ze-voortaan", NL, "Zal ik het op haar eigen nummer zetten? Dan kan ze voortaan zelf inloggen.", "agreement", nil},
		{"f56/blame/nl/voortaan-beter-opletten", NL, "Dan moet u voortaan beter opletten bij het afrekenen.", "blame:customer", nil},
		{"f56/blame/nl/dan-stellen-we-af", NL, "Breng de fiets morgen gerust langs, dan stellen we de remmen gratis opnieuw af.", "", nil},
		{"f56/blame/nl/dan-lakken-we", NL, "Breng hem morgen gerust langs, dan lakken we de deur opnieuw.", "", nil},
		{"f56/blame/nl/dus-dan-rekenen-we", NL, "Wij hebben geen opzegging ontvangen, dus dan rekenen we de kosten.", "blame:denial", nil},
		{"f56/blame/nl/nieuwe-bank-beschadigd", NL, "Wat jammer dat uw nieuwe bank nu al beschadigd is.", "apology", nil},
		{"f56/blame/nl/bank-traag", NL, "Uw bank is traag met het overmaken.", "blame:supplier", nil},
		{"f56/blame/nl/onze-bezorger-nooit-mogen", NL, "Dat had onze bezorger nooit zo mogen doen, sorry.", "apology", nil},
		// a service back by a set time, unhedged, is promised like "binnen twintig minuten is het opgelost"
		{"f56/overpromise/nl/zal-morgen-weer-werken", NL, "De monteur is onderweg, het zal morgen weer werken.", "overpromise", nil},
		{"f56/overpromise/en/power-back-by-six", EN, "The crews are on site and your power will be back on by 6pm.", "overpromise", nil},
		{"f56/overpromise/en/should-be-back", EN, "It should be back up by tonight.", "", nil},
		{"f56/overpromise/en/back-in-touch", EN, "I'll be back in touch before 5pm today.", "callback", nil},
		{"f56/overpromise/en/card-in-working-days", EN, "I've refunded it, it'll be back on your card in 3-5 working days.", "", nil},
	}
}

// frames47Cases (-103): the terms on the customer's side ("valt gewoon
// onder de garantie") push nothing back; the agent's own step in
// another clause of a sentence that names the app or a form is help
// beside it, but sending the link is not.
func frames47Cases() []scorerCase {
	return []scorerCase{
		{"f57/blame/nl/valt-onder-garantie", NL, "Die oven valt gewoon onder de garantie hoor.", "", nil},
		{"f57/blame/nl/reparatie-onder-garantie", NL, "De reparatie valt gewoon onder de garantie, u betaalt niets.", "", nil},
		{"f57/blame/nl/niet-onder-dekking", NL, "Schade door een lekkende kraan valt gewoon niet onder uw dekking.", "blame:contract", nil},
		{"f57/blame/nl/tegoed-in-de-app", NL, "Ik kan je de 32 euro terugstorten, of als tegoed in de app met 5 euro extra.", "", nil},
		{"f57/blame/nl/formulier-dan-vergoeden-we", NL, "Dien de bon in via het formulier op <URL>, dan vergoeden we hem.", "", nil},
		{"f57/blame/nl/website-ik-stuur-link", NL, "Kijk even op onze website, ik stuur je de link.", "blame:website", nil},
		// "onze bezorger" is the company's own in every frame that reads a party (notAParty)
		{"f57/blame/nl/bij-onze-bezorger-misgegaan", NL, "Dat is bij onze bezorger misgegaan, sorry!", "apology", nil},
		{"f57/callback/nl/onze-bezorger-belt", NL, "Onze bezorger belt u vandaag om drie uur.", "callback", nil},
	}
}

// frames48Cases (-106): sent to another desk with the modal last
// ("…naar een van onze winkels moeten") or for a next time; "beslist"
// as the verb "decides" and a promise denied after it fronts promise
// nothing; astonished echoes ("?!", "??") ask nothing; "that is … for
// you/your X" judges the customer's lot whatever its word; a call to
// another party and a contact word used as a noun are no callback.
func frames48Cases() []scorerCase {
	return []scorerCase{
		{"f58/blame/nl/naar-winkel-moeten", NL, "Daarvoor zal je naar een van onze winkels moeten.", "blame:management", nil},
		{"f58/blame/nl/als-opnieuw-facturatiedienst", NL, "Als het opnieuw gebeurt, neem je best contact op met de facturatiedienst.", "blame:management", nil},
		{"f58/blame/en/if-still-blocked-fraud-team", EN, "If the card is still blocked tomorrow, you should ring our fraud team.", "blame:management", nil},
		{"f58/blame/nl/als-opnieuw-bel-ons", NL, "Als het opnieuw gebeurt, mag je ons gerust bellen.", "", nil},
		{"f58/blame/en/if-again-give-us-a-ring", EN, "If it happens again, just give us a ring.", "", nil},
		{"f58/overpromise/nl/beslist-de-directie", NL, "Dat beslist de directie, niet ik.", "blame:management", nil},
		{"f58/overpromise/nl/door-netbeheerder-beslist", NL, "Die tarieven worden door de netbeheerder beslist.", "blame:supplier", nil},
		{"f58/overpromise/nl/komt-beslist-goed", NL, "Dat komt beslist goed, mevrouw.", "overpromise", nil},
		{"f58/overpromise/nl/beloven-kan-ik-niet", NL, "Beloven dat het nooit meer misgaat kan ik niet, maar ik houd uw account in de gaten.", "", nil},
		{"f58/question/nl/drie-keer-al-uitroep", NL, "Drie keer al?! Dat is echt niet de bedoeling.", "", nil},
		{"f58/question/en/whole-week-exclaimed", EN, "A whole week?! That should never happen.", "", nil},
		{"f58/question/en/restarted-since-doubled", EN, "Have you restarted the router since the update??", "question", nil},
		{"f58/empathy/nl/tegenvaller-voor-dochter", NL, "Dat is een flinke tegenvaller voor uw dochter.", "empathy", nil},
		{"f58/empathy/en/rough-start-little-one", EN, "That's a rough start for your little one.", "empathy", nil},
		{"f58/empathy/nl/gratis-voor-u", NL, "Dat is gratis voor u.", "", nil},
		{"f58/empathy/en/the-weather-for-you", EN, "That's the weather for you.", "", nil},
		{"f58/callback/nl/bel-met-de-gemeente", NL, "Ik bel vanmiddag zelf met de gemeente.", "", nil},
		{"f58/callback/nl/bel-met-de-monteur", NL, "Ik bel vanmiddag zelf met de monteur.", "", nil},
		{"f58/callback/nl/u-bellen-met-nieuwe-tijd", NL, "Ik zoek het uit. Mag ik u vanavond om zeven uur bellen met een nieuwe tijd?", "callback,agreement", nil},
		{"f58/callback/nl/bel-u-met-antwoord", NL, "Ik bel u vanmiddag om drie uur met een antwoord.", "callback", nil},
		{"f58/callback/en/email-the-landlord", EN, "I'll email the landlord tonight.", "", nil},
		{"f58/callback/en/email-landlord-ring-you", EN, "I'll email the landlord tonight and ring you at ten tomorrow.", "callback", nil},
		{"f58/callback/en/phone-system-noun", EN, "There was a problem with our phone system this afternoon.", "", nil},
		{"f58/callback/en/app-down-noun", EN, "The app was down for an hour this morning.", "", nil},
		{"f58/callback/en/come-in-pushed-back", EN, "We had a rush of orders come in this morning, which has pushed everything back.", "", nil},
		{"f58/callback/nl/koppel-terug", NL, "Ik vraag het na bij de keuken en koppel het vanavond voor zeven uur aan je terug.", "callback", nil},
		// an identifier asked with "mag ik", also as a compound, offers no step
		{"f58/agreement/nl/mag-ik-huurcontractnummer", NL, "Mag ik uw huurcontractnummer even?", "", nil},
		{"f58/agreement/nl/mag-ik-omzetten", NL, "Mag ik de reservering voor u omzetten naar vrijdag?", "agreement", nil},
		{"f58/agreement/en/would-a-heater-help", EN, "I've booked the fitter for Monday. Would a loan heater help until then?", "agreement", nil},
		{"f58/agreement/nl/te-vroeg-voor-u", NL, "Ik kan de monteur dinsdag sturen. Is dat te vroeg voor u?", "agreement", nil},
		{"f58/agreement/en/is-it-the-whole-bill", EN, "Is it the whole bill for you or just the last page?", "question", nil},
		// measuring is the check behind "our side is fine", not help beside it
		{"f58/blame/en/measured-fine-our-end", EN, "I've measured the line from here and everything is fine on our end.", "blame:denial", nil},
		// "het laatste wat u …" and "the last thing you should …" whatever the verb
		{"f58/empathy/nl/het-laatste-wat-u", NL, "Een lekkage vlak voor de kerst is wel het laatste wat u kunt gebruiken.", "empathy", nil},
		{"f58/empathy/en/last-thing-you-should", EN, "Sorting out forms is the last thing you should have to deal with right now.", "empathy", nil},
		// checking the number of a promised call is agreement (settled 23), no recap
		{"f58/agreement/nl/klopt-dat-nummer", NL, "Ik bel je om vier uur terug. Klopt dat nummer nog?", "callback,agreement", nil},
		// the connection dropping asked about is a question; the call dropping asks to repeat
		{"f58/question/nl/hoe-vaak-verbinding-weg", NL, "Hoe vaak valt de verbinding per dag weg?", "question", nil},
		{"f58/question/nl/verbinding-viel-weg-wat-zei-u", NL, "Sorry, de verbinding viel even weg, wat zei u?", "", nil},
	}
}

// frames49Cases (-107): a holiday is a moment, not a party; a contract
// cited right after the fault is owned shows the slip; conditional
// solidarity in other words ("als mijn …, zou ik ook …", "then I'd be
// cross as well", "dat zou ik ook niet pikken"); nobody calls when "we"
// would, however silent; someone home at a moment is a visit arranged;
// "what were you expecting" and "en u denkt dat wij…" challenge.
func frames49Cases() []scorerCase {
	return []scorerCase{
		{"f59/blame/en/ready-before-easter", EN, "The new frame will be ready before Easter.", "", nil},
		{"f59/blame/en/one-on-us-form-you-signed", EN, "That one's on us. The form you signed says Friday.", "", nil},
		{"f59/blame/nl/onze-fout-offerte-tekende", NL, "Dat is onze fout. De offerte die u tekende vermeldt de 14e.", "", nil},
		{"f59/empathy/en/then-id-be-annoyed", EN, "If the app had shown it as open, then I'd be annoyed as well.", "empathy", nil},
		{"f59/empathy/nl/als-mijn-verwarming", NL, "Als mijn verwarming een week uit lag, zou ik ook op mijn tandvlees lopen.", "empathy", nil},
		{"f59/empathy/nl/dat-zou-ik-ook-niet-pikken", NL, "Drie keer verzet, dat zou ik ook niet pikken.", "empathy", nil},
		{"f59/empathy/en/wouldnt-accept-either", EN, "I wouldn't accept that either, honestly.", "empathy", nil},
		{"f59/empathy/en/wouldnt-know-either", EN, "I wouldn't know either, to be honest.", "", nil},
		{"f59/blame/nl/als-we-niets-horen-bellen-we", NL, "Als we morgen niets horen, zouden we ook de leverancier bellen.", "", nil},
		{"f59/question/en/someone-home-tomorrow", EN, "Is someone home tomorrow morning?", "", nil},
		{"f59/question/nl/iemand-thuis-vrijdag", NL, "Is er vrijdag tussen acht en twaalf iemand thuis?", "", nil},
		{"f59/question/en/was-anyone-home", EN, "Was anyone home when the driver called at two?", "question", nil},
		{"f59/question/en/earliest-day-home", EN, "What's the earliest day you'll be home?", "", nil},
		{"f59/blame/en/what-were-you-expecting", EN, "For a fiver, what were you expecting?", "blame:customer", nil},
		{"f59/blame/nl/en-je-denkt-dat-wij", NL, "En je denkt dat wij dat expres doen?", "blame:denial", nil},
	}
}

// frames50Cases (-108): a party word that only qualifies the noun after
// it names no party ("bank holiday", "bank statement"); a hashtag is no
// name; terms followed by another way the agent offers explain, they do
// not push back.
func frames50Cases() []scorerCase {
	return []scorerCase{
		{"f60/blame/en/bank-holiday", EN, "Your payment goes out on the 5th this month because of the bank holiday.", "", nil},
		{"f60/blame/en/down-to-the-bank", EN, "The delay is down to the bank, not us.", "blame:supplier", nil},
		{"f60/blame/en/bank-statement", EN, "Please check your bank statement for the refund.", "", nil},
		{"f60/blame/en/hashtag-no-party", EN, "Update the app and the glitch will be gone #AppFix", "", nil},
		{"f60/blame/nl/contract-dan-wel-korting", NL, "Volgens het contract geldt een opzegtermijn van een maand. Ik kan u wel een maand korting geven.", "", nil},
		{"f60/blame/nl/contract-hoor", NL, "Volgens het contract geldt een opzegtermijn van een maand, hoor.", "blame:contract", nil},
		{"f60/blame/en/excess-then-instead", EN, "The policy has a £250 excess, I'm afraid. What we can do instead is spread it over three months.", "", nil},
		{"f60/blame/en/excess-afraid", EN, "The policy has a £250 excess, I'm afraid.", "blame:contract", nil},
	}
}

// frames51Cases (-109): an identifier typed "numer" is still one, and
// asking what it is, then where it stands, asks for it.
func frames51Cases() []scorerCase {
	return []scorerCase{
		{"f61/question/nl/klantnumer-typo", NL, "Wat is uw klantnumer?", "", nil},
		{"f61/question/nl/welk-bestelnumer", NL, "Welk bestelnumer heeft u?", "", nil},
		{"f61/question/nl/nummer-op-uw-pas", NL, "Wat is het nummer op uw pas?", "", nil},
		{"f61/question/en/error-code-on-screen", EN, "What's the error code on the screen?", "question", nil},
		{"f61/question/en/missing-from-order", EN, "What was missing from the order?", "question", nil},
	}
}

// frames52Cases (-110): a negated question about noticing, a yes/no
// question followed by what would have happened, and a sarcastic "or is
// that too much to ask" reproach; a notice said to have been sent denies;
// a count before a call tells a story and "stay on the line with me"
// keeps the customer; a party that "never lets us down" is praised;
// "you won't get another one", "daar kunt u van uitgaan" and "er kan
// niks meer misgaan" promise.
func frames52Cases() []scorerCase {
	return []scorerCase{
		{"f62/blame/en/didnt-you-see", EN, "Didn't you see the warning on the checkout page?", "blame:customer", nil},
		{"f62/question/en/not-seen-yet", EN, "Haven't you seen the engineer yet?", "question", nil},
		{"f62/blame/nl/bord-niet-gezien", NL, "Had u het bord bij de ingang niet gezien?", "blame:customer", nil},
		{"f62/question/nl/sms-niet-ontvangen", NL, "Heeft u de sms niet ontvangen?", "question", nil},
		{"f62/question/en/noticed-dont-recognise", EN, "Have you noticed any payments you don't recognise?", "question", nil},
		{"f62/blame/nl/dan-was", NL, "Had je de retour op tijd aangemeld? Dan was het geld al terug.", "blame:customer", nil},
		{"f62/blame/en/then-would-have", EN, "Did you register the boiler? Then it would have been covered.", "blame:customer", nil},
		{"f62/blame/nl/te-veel-gevraagd", NL, "Heeft u de stekker er al eens uitgetrokken, of is dat te veel gevraagd?", "blame:customer", nil},
		{"f62/blame/en/too-much-to-ask", EN, "Have you read the manual, or is that too much to ask?", "blame:customer", nil},
		{"f62/blame/nl/te-veel-gevraagd-wachten", NL, "Drie uur wachten in de kou is echt te veel gevraagd.", "", nil},
		{"f62/blame/en/what-did-you-expect", EN, "What did you expect for a tenner?", "blame:customer", nil},
		{"f62/empathy/nl/wat-ontzettend-naar", NL, "Wat ontzettend naar.", "empathy", nil},
		{"f62/empathy/nl/klinkt-teleurstellend", NL, "Dat klinkt als een teleurstellende middag.", "empathy", nil},
		{"f62/empathy/en/sounds-cramped-for-you", EN, "That sounds cramped for you.", "empathy", nil},
		{"f62/empathy/en/sounds-fine-for-you", EN, "That sounds fine for you.", "", nil},
		{"f62/blame/nl/herinnering-verstuurd", NL, "De herinnering is op 4 juni naar uw adres verstuurd.", "blame:denial", nil},
		{"f62/blame/en/invoice-emailed", EN, "The invoice was emailed to you on the 2nd.", "blame:denial", nil},
		{"f62/blame/nl/ten-onrechte-verstuurd", NL, "De brief is ten onrechte verstuurd, sorry daarvoor.", "apology", nil},
		{"f62/blame/en/sent-then-resend", EN, "The letter was sent to your old address, so I'll resend it today.", "", nil},
		{"f62/blame/nl/waar-verstuurd", NL, "Ik kijk even waar de brief naartoe is gestuurd.", "", nil},
		{"f62/blame/nl/pas-verstuurd", NL, "De nieuwe pas is gisteren verstuurd.", "", nil},
		{"f62/blame/en/reminder-not-sent", EN, "The reminder wasn't sent, that's on us.", "", nil},
		{"f62/blame/nl/drie-keer-bellen", NL, "Drie keer bellen en dan niks horen, daar zou ik ook gek van worden.", "empathy", nil},
		{"f62/blame/nl/nog-een-keer-bellen", NL, "Daar moet de planner naar kijken en die is er vandaag niet. Kunt u morgen nog een keer bellen?", "blame:management", nil},
		{"f62/blame/en/stay-on-the-line", EN, "I'm resetting it now. Try logging in again in a minute and stay on the line with me.", "", nil},
		{"f62/blame/en/courier-never-lets-down", EN, "The courier has never let us down.", "", nil},
		{"f62/blame/nl/koerier-nooit-in-de-steek", NL, "De koerier laat ons nooit in de steek.", "", nil},
		{"f62/blame/en/courier-never-came", EN, "The courier never turned up, that's why it's late.", "blame:supplier", nil},
		{"f62/overpromise/en/wont-get-another", EN, "I've stopped the reminders, you won't get another one.", "overpromise", nil},
		{"f62/overpromise/nl/geen-oproepen-meer", NL, "Ik haal uw nummer eruit, u krijgt van ons geen oproepen meer.", "overpromise", nil},
		{"f62/overpromise/en/no-another-charge", EN, "I've cancelled it, there won't be another charge.", "", nil},
		{"f62/overpromise/en/its-certain", EN, "It's certain this time: the parts arrive on Monday.", "overpromise", nil},
		{"f62/overpromise/nl/daar-kunt-u-van-uitgaan", NL, "Volgende week is alles weer hersteld, daar kunt u van uitgaan.", "overpromise", nil},
		{"f62/overpromise/nl/vinden-hem-terug", NL, "We vinden hem zeker terug.", "overpromise", nil},
		{"f62/overpromise/nl/niks-meer-misgaan", NL, "Er kan niks meer misgaan.", "overpromise", nil},
		{"f62/overpromise/en/nothing-can-go-wrong", EN, "Nothing can go wrong now.", "overpromise", nil},
		{"f62/overpromise/nl/weet-je-me-te-vinden", NL, "Heb je nog vragen, dan weet je me te vinden.", "", nil},
	}
}

// frames53Cases (-111): our side is fine in other words ("for everyone
// else", "no reports of", "fully operational"); an account area named
// "Mijn …"/"My …" is a self-service channel; empathy that names a shock,
// what matters to the customer, what they looked forward to, or the
// agent in their place in other words.
func frames53Cases() []scorerCase {
	return []scorerCase{
		{"f63/blame/en/everyone-else", EN, "The portal is working fine for everyone else.", "blame:denial", nil},
		{"f63/blame/nl/iedereen-anders", NL, "Bij iedereen anders werkt de app gewoon.", "blame:denial", nil},
		{"f63/blame/nl/andere-klanten", NL, "De app werkt bij andere klanten prima.", "blame:denial", nil},
		{"f63/blame/en/no-reports", EN, "We've had no reports of outages today, the app is running fine.", "blame:denial", nil},
		{"f63/blame/en/no-reports-then-step", EN, "We've had no reports of outages in your area. Could you restart the router?", "", nil},
		{"f63/blame/en/fully-operational", EN, "All our services are showing as fully operational.", "blame:denial", nil},
		{"f63/blame/nl/via-mijn-omgeving", NL, "U kunt uw meterstand zelf doorgeven via Mijn Energie.", "blame:website", nil},
		{"f63/blame/en/under-my-orders", EN, "You can start an exchange under My Orders.", "blame:website", nil},
		{"f63/blame/nl/mijn-excuses", NL, "Dat is mijn fout. Mijn excuses daarvoor.", "apology", nil},
		{"f63/blame/en/council-website", EN, "There's a form on the council website, just fill it in.", "blame:website", nil},
		{"f63/empathy/en/come-as-a-shock", EN, "That must have come as a real shock.", "empathy", nil},
		{"f63/empathy/en/must-have-been-confusing", EN, "That must have been confusing.", "empathy", nil},
		{"f63/empathy/en/how-much-it-matters", EN, "I know how much this trip matters to you.", "empathy", nil},
		{"f63/empathy/en/looking-forward", EN, "I know you were really looking forward to the concert.", "empathy", nil},
		{"f63/empathy/en/sorry-for-the-scare", EN, "Sorry for the scare, your money is safe.", "empathy,apology", nil},
		{"f63/empathy/en/sorry-for-the-confusion", EN, "Sorry for the confusion, the fee is for the upgrade.", "apology", nil},
		{"f63/empathy/nl/logisch-in-paniek", NL, "Logisch dat je in paniek raakte.", "empathy", nil},
		{"f63/empathy/nl/vervelend-voor-uw-dochter", NL, "Vervelend voor uw dochter.", "empathy", nil},
		{"f63/empathy/nl/word-je-moedeloos-van", NL, "Daar word je toch moedeloos van.", "empathy", nil},
		{"f63/empathy/nl/op-de-hoogte-gehouden", NL, "Daar wordt u van op de hoogte gehouden.", "", nil},
		{"f63/empathy/nl/zou-mij-ook-boos-maken", NL, "Dat zou mij ook boos maken.", "empathy", nil},
		{"f63/empathy/nl/was-ik-ook-kwaad", NL, "Dan was ik ook kwaad geweest.", "empathy", nil},
		{"f63/empathy/nl/een-zorg", NL, "Een lekkende koelkast, dat is echt een zorg.", "empathy", nil},
		{"f63/empathy/nl/zorg-goed-voor-jezelf", NL, "Zorg goed voor jezelf!", "", nil},
		{"f63/empathy/nl/vreselijk-dat", NL, "Vreselijk dat u zo lang zonder verwarming zat.", "empathy", nil},
		{"f63/empathy/en/gutting-after", EN, "Gutting after all that waiting.", "empathy", nil},
		{"f63/empathy/en/caught-by-surprise", EN, "Sorry the bill caught you by surprise.", "empathy,apology", nil},
		{"f63/empathy/en/worried-about-you", EN, "I'm really worried about you without heating.", "empathy", nil},
		{"f63/empathy/en/worried-about-account", EN, "I'm worried about your account security.", "", nil},
		{"f63/empathy/nl/das-idd", NL, "Das idd vervelend.", "empathy", nil},
	}
}

// frames54Cases (-112): checking in on how the problem stands and
// asking the customer to confirm it ask about the problem; an
// identifier of the caller or sender asks about what happened; "weren't
// sent by us" denies.
func frames54Cases() []scorerCase {
	return []scorerCase{
		{"f64/question/en/checking-in", EN, "Just checking in to see if you're still having trouble with the printer.", "question", nil},
		{"f64/question/en/confirm-status", EN, "It should be working again now. Can you confirm?", "question", nil},
		{"f64/question/nl/bevestigen", NL, "Het zou nu weer moeten werken. Kun je dat even bevestigen?", "question", nil},
		{"f64/question/en/confirm-postcode", EN, "Can you confirm your postcode?", "", nil},
		{"f64/question/en/callers-number", EN, "What's the caller's number?", "question", nil},
		{"f64/question/nl/nummer-van-de-beller", NL, "Wat is het nummer van de beller?", "question", nil},
		{"f64/question/en/your-email", EN, "What's your email address?", "", nil},
		{"f64/blame/en/not-sent-by-us", EN, "Those texts weren't sent by us.", "blame:denial", nil},
		{"f64/blame/en/wont-be-charged-by-us", EN, "You won't be charged by us.", "", nil},
	}
}

// frames55Cases (-113): denials by comparison ("comparable to other
// banks"), by no reports and by "nothing to do with our…"; another
// team's question; waiting on a third party ("allow … for the merchant",
// a backlog, "daar zit de vertraging"); the customer's own device, usage
// or stressed step ("you did tick", "you were the one who picked"); a
// route to a shop with "moet je … in"; a link to read instead of an
// answer; and the near misses of each.
func frames55Cases() []scorerCase {
	return []scorerCase{
		{"f65/blame/en/nothing-to-do-with-our", EN, "The dropouts have nothing to do with our network.", "blame:denial", nil},
		{"f65/blame/nl/niks-te-maken-met-onze", NL, "Die haperingen hebben niks te maken met onze servers.", "blame:denial", nil},
		{"f65/blame/en/nothing-to-do-with-your-address", EN, "The delay has nothing to do with your address.", "", nil},
		{"f65/blame/en/one-for-the-team", EN, "That's one for our repairs team, not me.", "blame:management", nil},
		{"f65/blame/nl/vraag-voor-de-boekhouding", NL, "Dat is een vraag voor de boekhouding.", "blame:management", nil},
		{"f65/blame/en/question-for-team-i-ask", EN, "I have a question for our repairs team and will ring you at three.", "callback", nil},
		{"f65/blame/en/allow-for-the-merchant", EN, "Please allow five working days for the merchant to reply.", "blame:supplier", nil},
		{"f65/blame/nl/geef-de-fabrikant-tijd", NL, "Geef de fabrikant nog een week de tijd.", "blame:supplier", nil},
		{"f65/blame/en/comparable-to-other", EN, "Our fees are comparable to other banks.", "blame:denial", nil},
		{"f65/blame/nl/in-lijn-met-andere", NL, "Onze tarieven liggen in lijn met die van andere energieleveranciers.", "blame:denial", nil},
		{"f65/blame/en/comparable-model", EN, "I can send you a comparable model today.", "", nil},
		{"f65/blame/en/no-reported-outages", EN, "We haven't had any reported faults in your street.", "blame:denial", nil},
		{"f65/blame/nl/geen-gemelde-storingen", NL, "Wij hebben geen gemelde storingen in uw wijk.", "blame:denial", nil},
		{"f65/blame/en/device-could-be", EN, "It might be down to the laptop itself.", "blame:customer", nil},
		{"f65/blame/nl/kan-aan-de-laptop", NL, "Het kan ook aan de laptop liggen.", "blame:customer", nil},
		{"f65/blame/nl/kijken-of-aan-toestel", NL, "Ik ga kijken of het aan het toestel kan liggen.", "", nil},
		{"f65/blame/en/route-need-at-one-of-our", EN, "You'll need to get that checked at one of our stores.", "blame:management", nil},
		{"f65/blame/nl/route-moet-in-onze-winkels", NL, "Dat moet je in een van onze winkels laten doen.", "blame:management", nil},
		{"f65/blame/en/route-still-at-desk", EN, "You can still check in at the desk.", "", nil},
		{"f65/blame/en/you-the-one-who", EN, "You were the one who picked the wrong date.", "blame:customer", nil},
		{"f65/blame/en/you-the-one-who-needs", EN, "You're the one who needs the car most.", "", nil},
		{"f65/blame/nl/u-bent-wel-degene", NL, "U bent wel degene die het formulier heeft ondertekend.", "blame:customer", nil},
		{"f65/blame/en/you-did-tick", EN, "You did tick the box for paper bills.", "blame:customer", nil},
		{"f65/blame/en/own-usage", EN, "The rise is down to your own usage.", "blame:customer", nil},
		{"f65/blame/nl/eigen-verbruik", NL, "De hogere rekening komt door uw eigen verbruik.", "blame:customer", nil},
		{"f65/blame/en/cant-see-anywhere", EN, "I can't see your refund request anywhere.", "blame:denial", nil},
		{"f65/blame/en/backlog-courier", EN, "The courier has a backlog this week.", "blame:supplier", nil},
		{"f65/blame/nl/achterstand-leverancier", NL, "De leverancier heeft een flinke achterstand.", "blame:supplier", nil},
		{"f65/blame/en/delay-where", EN, "The parts come from the manufacturer and that's where the hold-up is.", "blame:supplier", nil},
		{"f65/blame/nl/daar-zit-de-vertraging", NL, "De pasjes worden gemaakt door de drukkerij en daar zit de vertraging.", "blame:supplier", nil},
		{"f65/blame/nl/batterij-geen-partij", NL, "Bij kou kan de batterij zichzelf uitschakelen.", "", nil},
		{"f65/blame/nl/lees-je-hier", NL, "Hoe de korting werkt, lees je hier: <URL>", "blame:website", nil},
		{"f65/blame/en/read-how-here", EN, "You can read how the discount works here: <URL>", "blame:website", nil},
		{"f65/blame/en/which-you-can-read", EN, "Fees follow our price list, which you can read here: <URL>", "", nil},
		{"f65/blame/nl/kan-in-onze-winkels", NL, "Overstappen kan je in onze winkels doen.", "", nil},
	}
}

// frames56Cases (-114): "you should have service back" expects, it does
// not reproach; "hoor" closing a clause is a particle, not hearing; a
// "but" followed by the fix under way pushes nothing back; empathy in
// more words of strain; "mag ik vragen…" asks; "tell me if…" and
// "vertelt u maar wat…" ask for a report; and the near misses of each.
func frames56Cases() []scorerCase {
	return []scorerCase{
		{"f66/blame/en/should-have-service-back", EN, "You should have service back by tonight.", "", nil},
		{"f66/blame/en/should-have-checked", EN, "You should have checked the address first.", "blame:customer", nil},
		{"f66/blame/nl/hoor-particle-niks", NL, "Je moet niks terugbrengen hoor, de koerier neemt het mee.", "", nil},
		{"f66/blame/nl/niks-gehoord-bellen", NL, "Als je vrijdag niks gehoord hebt, bel dan de koerier.", "blame:supplier", nil},
		{"f66/blame/en/feel-that-way-working-on-it", EN, "Sorry you feel that way, but our engineers are working on it.", "", nil},
		{"f66/blame/en/feel-that-way-but-confirmed", EN, "Sorry you feel that way, but the booking was confirmed.", "blame:denial", nil},
		{"f66/empathy/en/so-deflating", EN, "That must be so deflating.", "empathy", nil},
		{"f66/empathy/nl/echt-stressen", NL, "Dat is echt stressen.", "empathy", nil},
		{"f66/empathy/nl/hoop-onrust", NL, "Dat geeft natuurlijk een hoop onrust.", "empathy", nil},
		{"f66/empathy/en/causes-worry", EN, "That causes a lot of worry, I know.", "empathy", nil},
		{"f66/empathy/nl/vertrouwen-verliezen", NL, "Ik zou er ook mijn vertrouwen in verliezen.", "empathy", nil},
		{"f66/question/nl/mag-ik-vragen-welke-winkel", NL, "Mag ik vragen in welke winkel dat was?", "question", nil},
		{"f66/agreement/nl/mag-ik-dat-regelen", NL, "Mag ik dat voor u regelen?", "agreement", nil},
		{"f66/question/en/tell-me-if", EN, "Tell me if the lights change.", "question", nil},
		{"f66/question/en/tell-me-if-you-need", EN, "Tell me if you need anything else.", "", nil},
		{"f66/question/nl/vertelt-u-maar", NL, "Vertelt u maar wat er gebeurd is.", "question", nil},
	}
}

// frames57Cases (-115): sympathy for someone in the customer's care, the
// sorry ending on them; understanding the customer's indignation; what
// the problem leaves the customer in; conditional solidarity without
// "ook" and with "opkijken"; and the near miss of a sorry that goes on
// to a thing; "our side of the road" as a place (a near miss of blame);
// a company's name on a product ("Apple Pay") names no party.
func frames57Cases() []scorerCase {
	return []scorerCase{
		{"f67/empathy/en/sorry-about-your-dad", EN, "I'm so sorry about your dad.", "empathy,apology", nil},
		{"f67/empathy/nl/spijt-van-je-hond", NL, "Het spijt me van je hond.", "empathy,apology", nil},
		{"f67/empathy/en/sorry-about-your-dads-bill", EN, "Sorry about your dad's bill.", "apology", nil},
		{"f67/empathy/nl/begrijp-uw-verontwaardiging", NL, "Ik begrijp uw verontwaardiging.", "empathy", nil},
		{"f67/empathy/en/how-that-leaves-you", EN, "I can see how stuck that leaves you.", "empathy", nil},
		{"f67/empathy/nl/over-mijn-toeren", NL, "Ik zou helemaal over mijn toeren zijn.", "empathy", nil},
		{"f67/empathy/nl/zou-ook-opkijken", NL, "Daar zou ik ook van opkijken.", "empathy", nil},
		{"f67/blame/nl/onze-kant-van-de-weg", NL, "Onze monteurs werken deze week aan onze kant van de weg.", "", nil},
		{"f67/blame/en/our-side-of-things", EN, "Everything is fine on our side of things.", "blame:denial", nil},
		{"f67/blame/en/apple-pay-accepted", EN, "We take cards, Apple Pay and Google Pay at every till.", "", nil},
		{"f67/blame/nl/apple-watch-info", NL, "Over de Apple Watch hebben we nog geen info.", "", nil},
	}
}

// frames58Cases (-116): the harm made small after puzzlement at the
// customer's anger is no blame by itself (settled rule 28); a remedy the
// customer collects at one of our own places is given, not passed on; a
// contact word with the customer as its object ("ring you") sends nobody
// anywhere; a doubt word inside an embedded question ("do you know what
// she actually said?") asks; a tip for later after the agent has acted;
// "door" is no cause in English (rules may now be for one language); a
// record as proof that all is fine denies; the handling term as the
// whole answer beside a brush-off ("no need to shout", "still within
// that") leans on the contract, where the term alone informs; what the
// problem costs the customer, and the blow it deals, are empathy; a
// knowledge base or portal is a website; the customer's own input named
// in a relative clause is their side; chasing a colleague who is away
// passes the customer on, and "bel morgen maar terug" after it is no
// callback; "sorry, what was that?" asks to repeat; asking when the
// agent's own visit can come arranges it.
func frames58Cases() []scorerCase {
	return []scorerCase{
		{"f68/blame/en/only-a-scratch", EN, "I don't really see why you're this cross, it's only a small scratch on the lid.", "", nil},
		{"f68/blame/nl/gaat-om-drie-euro", NL, "Ik snap niet goed waarom u zo boos bent, het gaat om drie euro.", "", nil},
		{"f68/blame/en/why-upset-terms", EN, "I don't see why you're this upset, the returns window is printed on the receipt.", "blame:denial", nil},
		{"f68/blame/en/driver-only-parking", EN, "I don't see why you're so annoyed, the driver was only parking up.", "blame:denial", nil},
		{"f68/blame/en/any-branch-refund", EN, "You can take the toaster to any of our branches for a full refund.", "", nil},
		{"f68/blame/nl/gratis-omruilen-winkel", NL, "Je kunt de jas gratis omruilen in een van onze winkels.", "", nil},
		{"f68/blame/en/shop-you-bought-refund", EN, "You'll need to take it back to the shop you bought it from for a refund.", "blame:management", nil},
		{"f68/blame/nl/afdeling-vervanging", NL, "Voor een vervangende pas moet u bij de afdeling klantzaken zijn.", "blame:management", nil},
		{"f68/blame/en/manager-write-to-you", EN, "Would you like our shop manager to write to you about it?", "", nil},
		{"f68/question/en/know-what-actually", EN, "Do you know what the engineer actually told you?", "question", nil},
		{"f68/blame/en/did-you-actually-read", EN, "Did you actually read the confirmation email?", "blame:customer", nil},
		{"f68/blame/en/tip-after-help", EN, "I've reset your password for you now. For future reference you can also reset it in the app.", "", nil},
		{"f68/blame/nl/volgende-keer-zonder-hulp", NL, "Voor de volgende keer: vul je postcode goed in.", "blame:customer", nil},
		{"f68/blame/en/at-your-door", EN, "The parcel will be at your door by six tonight.", "", nil},
		{"f68/blame/nl/door-de-koerier", NL, "De vertraging komt door de koerier.", "blame:supplier", nil},
		{"f68/blame/en/photo-shows-delivered", EN, "The driver's photo shows the box on your step, so it was delivered.", "blame:denial", nil},
		{"f68/blame/en/tracking-shows-status", EN, "Tracking shows the van about ten minutes away.", "", nil},
		{"f68/blame/en/up-to-ten-days", EN, "Refunds can take up to ten working days.", "", nil},
		{"f68/blame/en/no-need-up-to-ten-days", EN, "There's no need to shout. Refunds can take up to ten working days.", "blame:contract", nil},
		{"f68/blame/en/still-within", EN, "Refunds take up to 21 days, so you're still within that.", "blame:contract", nil},
		{"f68/blame/nl/kan-tot-weken-duren", NL, "Een verhuizing van je aansluiting kan tot drie weken duren.", "", nil},
		{"f68/blame/nl/rustig-tot-weken-duren", NL, "Rustig maar. Een verhuizing van je aansluiting kan tot drie weken duren.", "blame:contract", nil},
		{"f68/blame/en/up-to-then-dm", EN, "Refunds can take up to ten working days. If it's not there by Friday, DM us.", "", nil},
		{"f68/blame/nl/open-tot-uur", NL, "Het afhaalpunt is vandaag open tot 20 uur.", "", nil},
		{"f68/blame/nl/drie-tot-vijf", NL, "Ik zet het nu terug, dat duurt drie tot vijf werkdagen.", "", nil},
		{"f68/empathy/en/costs-you-money", EN, "A dead till on a Saturday costs you real money.", "empathy", nil},
		{"f68/empathy/nl/kost-je-klanten", NL, "Zo'n storing kost je gewoon klanten.", "empathy", nil},
		{"f68/empathy/en/wont-cost-you", EN, "It won't cost you a penny.", "", nil},
		{"f68/empathy/nl/kost-je-euro", NL, "Het pakket kost je 40 euro per maand.", "", nil},
		{"f68/empathy/en/costs-you-recap", EN, "So the fitter never showed and it cost you a day's work, have I got that right?", "summary", nil},
		{"f68/empathy/en/hits-hard", EN, "Four cancelled bookings in one week, that hits hard.", "empathy", nil},
		{"f68/empathy/nl/funest", NL, "Een kapotte kassa is funest op een marktdag.", "empathy", nil},
		{"f68/blame/en/knowledge-base", EN, "There's an article about that in our knowledge base.", "blame:website", nil},
		{"f68/blame/nl/klantenportaal", NL, "Dat regelt u via het klantenportaal.", "blame:website", nil},
		{"f68/blame/nl/adres-zelf-opgegeven", NL, "De herinnering ging naar het adres dat u zelf heeft opgegeven.", "blame:customer", nil},
		{"f68/blame/nl/standen-die-u-zelf-opgeeft", NL, "Ik zet in uw dossier dat alleen de standen die u zelf opgeeft gebruikt mogen worden.", "", nil},
		{"f68/blame/en/off-call-monday", EN, "The account manager is off this week, call back on Monday.", "blame:management", nil},
		{"f68/blame/nl/vakantie-maandag-bericht", NL, "Onze accountmanager is deze week met vakantie, stuur maandag nog even een berichtje.", "blame:management", nil},
		{"f68/blame/en/out-till-monday-try-her", EN, "She is out until Monday, so try her then.", "blame:management", nil},
		{"f68/blame/en/off-ill-call-you", EN, "The planner is off today, so I'll call you back myself at four.", "callback", nil},
		{"f68/callback/nl/bel-morgen-maar-terug", NL, "De planner is vandaag afwezig, bel morgen maar terug.", "blame:management", nil},
		{"f68/question/en/sorry-what-was-that", EN, "Sorry, what was that?", "", nil},
		{"f68/question/en/what-was-that-charge", EN, "What was that charge for?", "question", nil},
		{"f68/question/en/which-morning-could-we-come", EN, "Which morning next week could we come round?", "", nil},
		{"f68/question/en/someone-in-tomorrow", EN, "Will someone be in tomorrow morning?", "", nil},
	}
}

// frames59Cases (-117, -118): a link farther from its pointer ("op de volgende
// link kan je de tarieven raadplegen: <URL>") or a video as the whole
// answer; "dat is de regel" with a bare article; a department named bare
// ("that's one for billing"); "dat zou mij ook op de zenuwen werken";
// "logisch dat je … wil" says the customer's wish is understandable.
// -118: where the customer is now, asked to send someone there, arranges
// the step (where it happened still asks); "send someone round" is no
// "round the bend"; sympathy beside the harm made small ("an extra few
// minutes", "een paar minuutjes") is said mockingly. -119: the Dutch "of"
// ("or", "whether") is the English "of" in an English reply. -120: a
// report asked for is no request when someone else tells ("zodra de
// leverancier laat weten…", "dan kan zij u uitleggen…"); a guarantee
// named as a noun ("the manufacturer's guarantee") and a fixed price or a
// van stuck in traffic ("staat vast") promise nothing (-208: the case
// with the manufacturer's guarantee is supplier blame, as the corpus
// labels the fault put on the maker's guarantee). -121: leave asked
// for the agent's own step ("would you be happy for me to set up a call
// with the dentist?") passes nobody on.
func frames59Cases() []scorerCase {
	return []scorerCase{
		{"f69/blame/nl/volgende-link-raadplegen", NL, "Op de volgende link kan je al je facturen raadplegen: <URL>", "blame:website", nil},
		{"f69/blame/nl/filmpje-link", NL, "Check eens dit filmpje: <URL>", "blame:website", nil},
		{"f69/blame/en/tutorial-link", EN, "There's a tutorial for that: <URL>", "blame:website", nil},
		{"f69/blame/nl/dat-is-de-regel", NL, "Dat is de regel, meneer.", "blame:contract", nil},
		{"f69/blame/nl/fair-use-policy", NL, "Dat is de fair use policy.", "blame:contract", nil},
		{"f69/blame/en/one-for-billing", EN, "That's one for billing.", "blame:management", nil},
		{"f69/blame/nl/voor-marketing", NL, "Dat is voor marketing.", "blame:management", nil},
		{"f69/blame/nl/voor-morgen", NL, "Dat is voor morgen.", "", nil},
		{"f69/empathy/nl/zou-mij-op-de-zenuwen", NL, "Dat zou mij ook op de zenuwen werken.", "empathy", nil},
		{"f69/empathy/nl/logisch-wil", NL, "Helemaal logisch dat je daar niet voor wilt betalen.", "empathy", nil},
		{"f70/question/en/still-in-room-send", EN, "Are you still in the room? I can send someone up with fresh towels.", "", nil},
		{"f70/question/nl/welk-hotel-taxi", NL, "Bij welk hotel zijn jullie? Dan stuur ik een taxi.", "", nil},
		{"f70/question/en/which-street-was", EN, "Which street was this on? I'll send the report to the depot.", "question", nil},
		{"f70/question/nl/waar-het-gat", NL, "Waar zit het gat precies? Dan stuur ik iemand langs.", "question", nil},
		{"f70/empathy/en/send-someone-round", EN, "I'll send someone round tomorrow morning.", "", nil},
		{"f70/empathy/en/up-the-wall", EN, "That would drive anyone up the wall.", "empathy", nil},
		{"f70/empathy/en/awful-few-minutes", EN, "Oh dear, how awful, an extra few minutes on the platform.", "", nil},
		{"f70/empathy/nl/erg-paar-minuutjes", NL, "Ach, wat erg, een paar minuutjes wachten.", "", nil},
		{"f70/empathy/nl/vervelend-paar-dagen", NL, "Wat vervelend, een paar dagen zonder internet.", "empathy", nil},
		{"f71/question/en/week-of-waiting-echo", EN, "A whole week of waiting?", "", nil},
		{"f71/question/en/heating-off-whole-of-july", EN, "the heating was off the whole of july?", "", nil},
		{"f71/question/nl/of-still-or", NL, "Is de router gewoon uit, of knippert er een rood lampje?", "question", nil},
		{"f72/question/nl/zodra-leverancier-laat-weten", NL, "Zodra de leverancier laat weten wanneer het binnen is, bel ik u.", "", nil},
		{"f72/question/nl/zij-kan-uitleggen", NL, "Morgen is mijn collega er weer, dan kan zij u precies uitleggen wat er mis ging.", "", nil},
		{"f72/question/en/if-you-dm-which-store", EN, "If you DM us which store it was, we'll refund the difference.", "question", nil},
		{"f72/question/nl/laat-me-weten-of", NL, "Laat me weten of het lampje nog knippert.", "question", nil},
		{"f72/overpromise/en/manufacturers-guarantee", EN, "Anything after 30 days falls under the manufacturer's guarantee.", "blame:supplier", nil},
		{"f72/overpromise/en/we-guarantee", EN, "We guarantee it will be fixed tomorrow.", "overpromise", nil},
		{"f72/overpromise/nl/prijs-staat-vast", NL, "De prijs staat vast, ook als de behandeling later begint.", "", nil},
		{"f72/overpromise/nl/staat-vast-in-de-file", NL, "De monteur staat vast in de file, hij is er rond elf uur.", "", nil},
		{"f72/overpromise/nl/dat-staat-vast", NL, "U krijgt alles terug, dat staat vast.", "overpromise", nil},
		{"f73/blame/en/happy-for-me-to-set-up-call", EN, "Would you be happy for me to set up a call with the dentist so she can explain it?", "agreement", nil},
		{"f73/blame/en/let-me-go-through", EN, "Before you do, would you let me go through the bill with you?", "", nil},
		{"f73/blame/en/could-you-call-the-bank", EN, "Could you call your bank about the second payment?", "blame:supplier", nil},
	}
}

// frames60Cases (-122): little influence is as good as none ("weinig
// invloed", "very little control over"), a party that may decide it,
// with the verb at the end of the Dutch clause ("mag zelf … bepalen",
// "is vrij om … te bepalen"), and their near misses: we or the customer
// deciding, a negation between.
func frames60Cases() []scorerCase {
	return []scorerCase{
		{"f74/blame/nl/weinig-invloed", NL, "Op de planning van de vervoerder hebben we jammer genoeg weinig invloed.", "blame:denial", nil},
		{"f74/blame/nl/niet-veel-invloed", NL, "Daar heb ik eerlijk gezegd niet veel invloed op.", "blame:denial", nil},
		{"f74/blame/en/very-little-control", EN, "We have very little control over how fast the council reacts.", "blame:denial", nil},
		{"f74/blame/en/not-much-control", EN, "There isn't much control we have there, honestly.", "blame:denial", nil},
		{"f74/blame/nl/weinig-tijd", NL, "Ik heb nu weinig tijd, maar ik bel u om drie uur terug.", "callback", nil},
		{"f74/blame/nl/mag-zelf-bepalen", NL, "Elke vervoerder mag zelf zijn tarieven bepalen.", "blame:supplier", nil},
		{"f74/blame/nl/vrij-om-te-bepalen", NL, "De verhuurder is vrij om de huurprijs te bepalen.", "blame:supplier", nil},
		{"f74/blame/nl/wij-mogen-niet-bepalen", NL, "Wij mogen dat niet zelf bepalen, ik vraag het na bij mijn teamleider.", "", nil},
		{"f74/blame/nl/je-mag-zelf-kiezen", NL, "Je mag zelf kiezen welke dag de monteur langskomt.", "", nil},
	}
}

// frames61Cases (-123): "get anyone" is empathy only with what it does to
// them ("would get anyone down"), not "get everyone back online"; "its
// with the bank now" is "it's" typed without its apostrophe. A case
// "still" with someone is where it stands, not blame (the corpus's labels).
func frames61Cases() []scorerCase {
	return []scorerCase{
		{"f75/empathy/en/get-everyone-back-online", EN, "Our engineers are trying to get everyone back online.", "", nil},
		{"f75/empathy/en/get-anyone-down", EN, "Three weeks of this would get anyone down.", "empathy", nil},
		{"f75/empathy/en/get-anybody-worked-up", EN, "That kind of runaround would get anybody worked up.", "empathy", nil},
		{"f75/blame/en/still-with-tech-team-chase", EN, "It's still with the tech team, I'll chase them now and text you by four.", "callback", nil},
		{"f75/blame/en/its-with-bank-typo", EN, "Its with the bank now.", "blame:supplier", nil},
		{"f75/blame/en/still-with-us", EN, "It's still with us, I'm looking at it now.", "", nil},
	}
}

// frames62Cases (-123, read off the train part of batch cb): empathy in
// more words (no wonder said as "niet zo gek dat", "kapot van", a feeling
// named first, a harm for the customer, what feels unfair, "nobody
// should feel…") and their near misses; our own judgement vouched for;
// the customer's misdial; a signature names no party; "denk je echt"
// argues; "ref" is an identifier; "rather than" in a clause before the
// question compares; a certainty that denies a state promises nothing.
func frames62Cases() []scorerCase {
	return []scorerCase{
		{"f76/empathy/nl/niet-zo-gek-dat", NL, "Niet zo gek dat u er klaar mee bent.", "empathy", nil},
		{"f76/empathy/nl/kapot-van", NL, "Daar ben je natuurlijk kapot van.", "empathy", nil},
		{"f76/empathy/nl/modem-kapot-van", NL, "Je modem is kapot van de blikseminslag.", "", nil},
		{"f76/empathy/nl/koude-douche", NL, "Ik snap dat die rekening als een koude douche komt.", "empathy", nil},
		{"f76/empathy/nl/die-zorg-snap-ik", NL, "Die zorg snap ik helemaal.", "empathy", nil},
		{"f76/empathy/nl/die-zorg-snap-ik-niet", NL, "Die zorg snap ik niet, de code werkt gewoon.", "", nil},
		{"f76/empathy/en/that-worry-i-understand", EN, "That worry I completely understand.", "empathy", nil},
		{"f76/empathy/en/real-problem-for-you", EN, "Three days without your car is a real problem for you.", "empathy", nil},
		{"f76/empathy/en/not-a-big-problem-for-you", EN, "That's not a big problem for you to fix, just restart it.", "", nil},
		{"f76/empathy/nl/geen-groot-probleem-voor-u", NL, "Dat is geen groot probleem voor u, het is zo opgelost.", "", nil},
		{"f76/empathy/en/feels-unfair", EN, "I know paying extra for that feels unfair.", "empathy", nil},
		{"f76/empathy/en/nobody-should-feel", EN, "Nobody should be made to feel like a criminal for asking.", "empathy", nil},
		{"f77/blame/en/decision-correct", EN, "We've looked again and the decision is correct.", "blame:denial", nil},
		{"f77/blame/en/no-error-on-our-part", EN, "There's been no error on our part.", "blame:denial", nil},
		{"f77/blame/en/must-have-dialled", EN, "You must have dialled the wrong number.", "blame:customer", nil},
		{"f77/blame/en/signature-no-party", EN, "I'll see whether a cheaper plan would do the job for less :) ^Zoe", "", nil},
		{"f77/question/nl/denk-je-echt", NL, "Denk je echt dat roepen helpt?", "", nil},
		{"f77/question/en/claim-ref", EN, "whats the claim ref?", "", nil},
		{"f77/agreement/en/rather-than-compares", EN, "As you moved rather than switched, let me see if I can waive it — could you DM me the policy number?", "", nil},
		{"f77/agreement/en/rather-than-offers", EN, "Would you be happy with a refund rather than me sending another one?", "agreement", nil},
		{"f77/overpromise/en/definitely-not-cosmetic", EN, "A door hanging off its hinge is definitely not cosmetic!", "", nil},
	}
}

// frames63Cases (-124): "that's troubling to hear" says how the news lands
// on the agent, like "vervelend om te horen" (apology, not empathy, by
// the rubric); "that must be upsetting to see" is still the customer's.
func frames63Cases() []scorerCase {
	return []scorerCase{
		{"f78/empathy/en/troubling-to-hear", EN, "That's really troubling to hear.", "apology", nil},
		{"f78/empathy/en/awful-to-read", EN, "This is awful to read.", "apology", nil},
		{"f78/empathy/en/must-be-upsetting-to-see", EN, "That must be so upsetting to find on your doorstep.", "empathy", nil},
		{"f78/empathy/en/awful-without-heating", EN, "That's awful, a whole week without heating.", "empathy", nil},
	}
}

// frames64Cases (-125, read off the train part of batch cc): empathy in
// more words ("completely get why you…", "must be killing your back",
// "daar wordt niemand vrolijk van", "dat vreet aan", "don't know how
// you're coping", "alle reden om boos") beside their dismissive near
// miss; "give anyone" only with what it gives; no say is no influence;
// a contact the customer need not make sends no one; money "in your
// bank" names no party.
func frames64Cases() []scorerCase {
	return []scorerCase{
		{"f79/empathy/en/completely-get-why-you", EN, "Completely get why you've had enough of us.", "empathy", nil},
		{"f79/empathy/en/must-be-killing-your-back", EN, "That must be killing your back after a week on the sofa.", "empathy", nil},
		{"f79/empathy/nl/niemand-vrolijk-van", NL, "Twee weken zonder douche, daar wordt niemand vrolijk van.", "empathy", nil},
		{"f79/empathy/nl/vreet-aan", NL, "Drie maanden zonder keuken, dat vreet aan een gezin.", "empathy", nil},
		{"f79/empathy/en/dont-know-how-you-cope", EN, "I honestly don't know how you're coping with three kids and no heating.", "empathy", nil},
		{"f79/empathy/en/dont-know-how-you-can-be-upset", EN, "I don't know how you can be so upset about a delay of one day.", "", nil},
		{"f79/empathy/nl/alle-reden-om-boos", NL, "Je hebt alle reden om boos te zijn.", "empathy", nil},
		{"f79/empathy/en/give-anyone-a-reference", EN, "Nine times and you didn't think to give anyone your reference?", "blame:customer", nil}, // -199: faults the customer (settled rule 26), as the corpus labels it
		{"f79/empathy/en/give-anyone-a-fright", EN, "That bill would give anyone a fright.", "empathy", nil},
		{"f80/blame/en/dont-get-any-say", EN, "That's one for the pricing team, I don't get any say in it.", "blame:management", nil},
		{"f80/blame/en/wont-need-to-arrange", EN, "The courier will take the old one away, so you won't need to arrange a return.", "", nil},
		{"f80/blame/en/need-to-call-bank", EN, "You'll need to call the bank about the second charge.", "blame:supplier", nil},
		{"f80/blame/en/in-your-bank", EN, "It'll be in your bank by tomorrow morning.", "", nil},
	}
}

// frames65Cases (-126): the lexicon's near misses of blame now cancel the
// blame hits they overlap, as empathy's do: "sorry we've put you through
// all that" is no transfer, "you did nothing wrong" clears the customer,
// "money that you never sent" tells their story; a negated "need to go
// to a branch" sends no one. Their blaming twins still blame.
func frames65Cases() []scorerCase {
	return []scorerCase{
		{"f81/blame/en/put-you-through-all-that", EN, "I'm so sorry we've put you through all that again.", "apology", nil},
		{"f81/blame/en/put-you-through-to-billing", EN, "Let me put you through to the billing team.", "blame:management", nil},
		{"f81/blame/en/dont-need-to-go-to-branch", EN, "You don't need to go to a branch, I'll sort it here.", "", nil},
		{"f81/blame/en/need-to-go-to-branch", EN, "You'll need to go to a branch for that.", "blame:management", nil},
		{"f81/blame/en/if-you-did-nothing-wrong", EN, "That's unfair if you did nothing wrong.", "empathy", nil},
		{"f81/blame/en/driver-did-nothing-wrong", EN, "The driver did nothing wrong, he followed the route.", "blame:denial", nil},
		{"f81/blame/en/money-you-never-sent", EN, "Seeing money leave your account that you never sent must be scary.", "empathy", nil},
		{"f81/blame/en/you-never-sent-the-form", EN, "You never sent us the form.", "blame:customer", nil},
	}
}

// frames66Cases (-127): false alarms on good replies. The agent acting
// on a party ("I'm going to take it up with the landlord", "we hebben de
// koerier erop aangesproken") is no blame of it; a negation whose subject
// is the customer ("sorry you didn't get your meal") tells what they went
// through; "bij ons terecht" comes to us; terms or a party in the story
// before the agent's feeling ("… en dan toch een hogere rekening: ik snap
// dat je je bedrogen voelt") push nothing back. Their blaming twins
// still blame.
func frames66Cases() []scorerCase {
	return []scorerCase{
		{"f82/blame/en/going-to-take-it-up", EN, "I'm going to take this up with the landlord in writing today, because this is a safety issue.", "", nil},
		{"f82/blame/en/going-through-policy", EN, "I'm going to go through your policy with you line by line instead of just saying no.", "", nil},
		{"f82/blame/nl/koerier-aangesproken", NL, "We hebben de koerier erop aangesproken en dit gebeurt nooit meer.", "overpromise", nil},
		{"f82/blame/nl/ligt-aan-de-koerier", NL, "Het ligt aan de koerier, die heeft het pakket verkeerd afgeleverd.", "blame:supplier", nil},
		{"f83/blame/en/sorry-you-didnt-get", EN, "I'm sorry you didn't get your meal on time, that's the one thing a restaurant has to get right.", "apology", nil},
		{"f83/blame/nl/niet-kon-slapen", NL, "Het spijt me dat je niet kon slapen, dat is toch het minste wat een hotel moet bieden.", "apology", nil},
		{"f84/blame/nl/bij-ons-terecht", NL, "Je kunt voortaan met al je vragen rechtstreeks bij ons terecht.", "", nil},
		{"f84/blame/nl/bij-de-netbeheerder-terecht", NL, "U moet daarvoor echt bij de netbeheerder terecht.", "blame:supplier", nil},
		{"f85/blame/nl/story-then-feeling", NL, "Vast tarief in je contract en dan toch een hogere rekening: ik snap dat je je bedrogen voelt.", "empathy", nil},
		{"f85/blame/nl/feeling-then-terms", NL, "Ik snap dat het vervelend is, maar volgens de voorwaarden blijft de boete gewoon staan.", "empathy,blame:contract", nil},
	}
}

// frames67Cases (-128): "confirm" ends in "firm" but names no company;
// "geen probleem" on its own grants a request; a "zelfstandig bedrijf"
// is a separate company; asking which days the customer can do, when is
// good for them or whether a plan suits them arranges a step (settled
// cases 15 and 23) and asks nothing about the problem, where asking what
// happened at a time still asks.
func frames67Cases() []scorerCase {
	return []scorerCase{
		{"f86/blame/en/end-of-business-to-confirm", EN, "I'll email you by end of business today to confirm it's gone.", "callback", nil},
		{"f86/blame/en/its-with-the-bank", EN, "It's with the bank now, not us.", "blame:supplier", nil},
		{"f87/blame/nl/geen-probleem-vanaf-hier", NL, "Geen probleem, ik annuleer de bestelling vanaf hier voor je.", "", nil},
		{"f88/blame/nl/zelfstandig-bedrijf", NL, "De hersteller is een zelfstandig bedrijf, dus daarover zult u met hen in gesprek moeten.", "blame:supplier", nil},
		{"f89/question/nl/welke-dagen-kun-jij", NL, "Op welke dagen kun jij na school? Dan plan ik een nieuwe les in.", "", nil},
		{"f89/question/en/which-days-could-you-do", EN, "Which days could you do next week? I'll move the lesson for you.", "", nil},
		{"f89/question/en/what-time-was-the-ride", EN, "What time was the ride and where did it drop you off?", "question", nil},
		{"f89/question/nl/thuis-zodat-ik-kies", NL, "Op welke dagen bent u meestal thuis, zodat ik een goed moment kies?", "", nil},
		{"f89/question/en/whens-good-for-you", EN, "Sorry about that, I'll book you in again myself, when's good for you?", "apology", nil},
		{"f89/question/en/when-did-it-stop", EN, "When did it stop working for you?", "question", nil},
		{"f90/question/nl/past-dat-voor-u", NL, "Zal ik de monteur zaterdagochtend sturen? Past dat voor u?", "agreement", nil},
		{"f90/question/nl/wat-past-u-het-best", NL, "Ik kan morgen om tien of vrijdag om twee. Wat past u het best?", "", nil},
	}
}

// frames68Cases (-128): understanding the customer's reaction in more
// words ("dat kan ik zeker begrijpen", "kan ik goed begrijpen", "dat is
// goed te begrijpen", "totally hear you"), where "ik snap het, maar …"
// still brushes the point off and "moeilijk te begrijpen" grants nothing.
func frames68Cases() []scorerCase {
	return []scorerCase{
		{"f91/empathy/nl/dat-kan-ik-zeker-begrijpen", NL, "Dat kan ik zeker begrijpen, drie weken zonder tv is lang.", "empathy", nil},
		{"f91/empathy/nl/kan-ik-goed-begrijpen", NL, "Kan ik goed begrijpen, ik zet het meteen door.", "empathy", nil},
		{"f91/empathy/nl/goed-te-begrijpen", NL, "Dat is goed te begrijpen na zo'n week.", "empathy", nil},
		{"f91/empathy/nl/moeilijk-te-begrijpen", NL, "Dat is moeilijk te begrijpen voor ons.", "", nil},
		{"f91/empathy/en/totally-hear-you", EN, "Totally hear you, Sam, that's a long wait.", "empathy", nil},
		{"f91/empathy/nl/snap-het-maar-regels", NL, "Ik snap het, maar de annuleringsregels gelden nu eenmaal voor iedereen.", "blame:contract", nil},
	}
}

// frames69Cases (-129): seeing to an act of the company's own ("ik zorg
// dat het contract wordt ontbonden", "I'll make sure the difference is
// credited") commits the agent, like "I'll sort it out for you"; with
// another marker of certainty, or an outcome others bring about, it
// still overpromises.
func frames69Cases() []scorerCase {
	return []scorerCase{
		{"f92/overpromise/en/make-sure-credited", EN, "I'll make sure the difference is credited back to your account.", "", nil},
		{"f92/overpromise/nl/zorg-dat-ontbonden", NL, "Ik zorg dat het contract kosteloos wordt ontbonden.", "", nil},
		{"f92/overpromise/nl/zorg-dat-gegarandeerd", NL, "Ik zorg dat de 45 euro gegarandeerd vandaag wordt teruggestort.", "overpromise", nil},
		{"f92/overpromise/en/make-sure-never-again", EN, "I'll make sure this never happens again.", "overpromise", nil},
	}
}
