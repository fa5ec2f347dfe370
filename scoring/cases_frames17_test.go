package scoring

// Frames (round 25, scorer -73 to -75).
//
// Agreement: a short yes/no question that puts a named part of the plan
// to the customer and asks whether it is alright ("Would a text be okay
// for that?", "Is the same table alright?"), but not "Is your router
// okay?" (the problem) nor "Is he okay?" (a person); "Is dat iets voor
// u?" (the "iets" is the offer, "Zal ik nog iets voor u doen?" offers
// anything); "Would that do?" and "Kunt u dan?" closing a question; a
// check of the channel for a promised call ("Kan ik u op dit nummer
// bereiken?", settled case 23), but "op welk nummer…?" asks for one.
//
// Blame: a why-question about what the customer did not do reproaches
// ("Waarom heeft u dan niet…?", "Why didn't you…?"), not "why don't you
// try…" (a step) nor "why did you call?"; "dan niet" in a yes/no question
// about what the customer did ("Heb je de folder dan niet gelezen?"). A
// check passed vouches for our side ("the van passed its safety check").
// False alarms gone: an inverted agent ("…, bel ik je terug"), "terecht"
// as "rightly", a past call named ("from your last call"), a document sent
// to us ("de bon naar ons mailen"), the agent doing the work after the
// visit ("breng hem langs, dan kijken we het na"), a party that puts it
// right ("the insurer covers the excess"), a fault in "parts of" a place,
// "back online" and "on site", "you should have the parts by Friday", and
// "our side is fine" where the reply admits a fault on our side ("Klopt,
// er is een storing op ons netwerk", "our engineers are working on it").
//
// Empathy: an interjection that goes on to name the customer's plight
// ("Oh no, with a newborn in the house", "Oei, net voor je examen"), not a
// bare "Oh no!"; more hardship words ("pittig", "slopend", "nefast").
//
// -74: a channel where the customer will receive what the agent did is
// no website blame ("ik heb je verhuizing verwerkt, je krijgt een
// bevestiging in de app"; "you can see your bill in the app" still sends
// them there); the plan checked with more words ("Would a data boost
// help?", "Would you be happy for me to do that?"), not an offer of help
// ("Is there anything else I can help you with?", settled case 10).
//
// -75: a promise named rather than made is no overpromise: one made before
// ("de bank was beloofd voor dinsdag", "a fix promised back in March"), a
// warranty ("onder garantie"), a decision ("dat wordt centraal beslist");
// "…, beloofd!" still promises. "beloofd" and "promised" are matched as
// words now; they were matched only as typos of "beloof" and "promise".
//
// Overpromise: "you won't see that error again", "dit gebeurt niet meer",
// "dat komt heus wel goed", "I'm certain of it", "no chance of it going
// wrong"; but "so you won't be charged again" follows the agent's own step.
func frames17Cases() []scorerCase {
	return []scorerCase{
		{"f25/agreement/en/text-okay", EN, "I'll text you the slot by noon. Would a text be okay for that?", "callback,agreement", nil},
		{"f25/agreement/en/same-table", EN, "I'll reorder the desk in oak now. Is the same table alright?", "agreement", nil},
		{"f25/agreement/en/router-okay", EN, "Is your router okay after the storm?", "question", nil},
		{"f25/agreement/en/is-he-okay", EN, "Is he okay?", "empathy,question", nil},
		{"f25/agreement/nl/iets-voor-u", NL, "Ik kan de reis kosteloos omzetten naar juni. Is dat iets voor u?", "agreement", nil},
		{"f25/agreement/nl/nog-iets-doen", NL, "Kan ik nog iets anders voor u doen?", "", nil},
		{"f25/agreement/en/would-that-do", EN, "I can send a courier with a new charger this afternoon. Would that do?", "agreement", nil},
		{"f25/agreement/en/would-that-do-anything", EN, "Would that do anything to my monthly bill?", "question", nil},
		{"f25/agreement/nl/kunt-u-dan", NL, "Ik bel u donderdag om half tien terug. Kunt u dan?", "callback,agreement", nil},
		{"f25/agreement/nl/kunt-u-dan-herstarten", NL, "Kunt u dan de router even herstarten?", "", nil},
		{"f25/agreement/en/reach-you-there", EN, "I'll call you back within the hour. Can I reach you on the number ending 12?", "callback,agreement", nil},
		{"f25/agreement/nl/welk-nummer", NL, "Ik bel u vanmiddag voor drie uur terug. Op welk nummer bent u dan bereikbaar?", "callback", nil},
		{"f25/blame/nl/waarom-dan-niet", NL, "Waarom heeft u de parkeerkaart dan niet gewoon verlengd?", "blame:customer", nil},
		{"f25/blame/en/why-didnt-you", EN, "Why didn't you just tell the driver at the time?", "blame:customer", nil},
		{"f25/blame/en/why-did-you-pick", EN, "Why did you pick the monthly plan in the end?", "question", nil},
		{"f25/blame/nl/waarom-gebeld", NL, "Waarom heb je de winkel gebeld?", "question", nil},
		{"f25/blame/nl/folder-dan-niet", NL, "Heb je de folder dan niet gelezen?", "blame:customer", nil},
		{"f25/blame/nl/dan-nog-steeds-geen", NL, "Heeft u dan nog steeds geen warm water?", "question", nil},
		{"f25/blame/en/passed-safety-check", EN, "The van passed its safety check, so the brakes were fine.", "blame:denial", nil},
		{"f25/blame/nl/doorstond-keuring", NL, "Het toestel doorstond de keuring zonder problemen.", "blame:denial", nil},
		{"f25/blame/en/your-car-passed", EN, "Good news, your car passed its MOT this morning.", "", nil},
		{"f25/blame/nl/bel-ik-je-terug", NL, "Zodra ik iets hoor van de werkplaats, bel ik je terug.", "", nil},
		{"f25/blame/nl/terecht-dat", NL, "Terecht dat u uitleg wilt over die factuur.", "empathy", nil},
		{"f25/blame/en/last-call", EN, "Do you still have the email from your last call with us?", "", nil},
		{"f25/blame/nl/bon-naar-ons", NL, "Kunt u de bon van de winkel naar ons mailen?", "", nil},
		{"f25/blame/en/ring-the-number", EN, "For anything else, please ring the number on the back of your card.", "blame:management", nil},
		{"f25/blame/nl/breng-langs-wij", NL, "Breng de fiets morgen gerust binnen, dan stellen we de remmen gratis af.", "", nil},
		{"f25/blame/nl/verzekeraar-vergoedt", NL, "Uw verzekeraar vergoedt het eigen risico bij zo'n schade.", "", nil},
		{"f25/blame/en/insurer-refused", EN, "Your insurer refused the claim, it's down to them.", "blame:supplier", nil},
		{"f25/blame/en/parts-of-leeds", EN, "There's a fault affecting parts of Leeds and our engineers are on it.", "", nil},
		{"f25/blame/nl/deel-van-gent", NL, "Er is een storing in een deel van Gent, onze technici zijn ermee bezig.", "", nil},
		{"f25/blame/en/back-online", EN, "The repair is booked for Thursday, you'll be back online that evening.", "overpromise", nil}, // a service back by a set time: overpromise (rubric; fixed at -102)
		{"f25/blame/en/should-have-parts", EN, "You should have the parts by Friday, and I'll check they've shipped.", "", nil},
		{"f25/blame/en/should-have-called", EN, "You should have called us before booking another engineer.", "blame:customer", nil},
		{"f25/blame/nl/klopt-storing", NL, "Klopt, er is een storing op ons netwerk in uw wijk, onze technici zijn ermee bezig.", "", nil},
		{"f25/blame/en/outage-working-on-it", EN, "We've had an outage on our payment system since nine and our engineers are working on it.", "", nil},
		{"f25/blame/nl/metingen-stabiel", NL, "Volgens onze metingen is uw lijn stabiel, er is geen storing.", "blame:denial", nil},
		{"f25/blame/en/systems-show-working", EN, "Our systems show everything working normally on your line.", "blame:denial", nil},
		{"f25/empathy/en/oh-no-newborn", EN, "Oh no, with a newborn in the house as well. Which room is the leak in?", "empathy,question", nil},
		{"f25/empathy/nl/oei-examen", NL, "Oei, en dan net voor je examen. Welke laptop heb je precies?", "empathy,question", nil},
		{"f25/empathy/nl/oh-nee-jouw", NL, "Oh nee, je trouwjurk kwam pas na de bruiloft.", "empathy", nil},
		{"f25/empathy/en/bare-oh-no", EN, "Oh no! Which store did you buy it from?", "question", nil},
		{"f25/empathy/nl/pittig", NL, "Drie weken zonder keuken, dat is pittig.", "empathy", nil},
		{"f25/empathy/nl/slopend", NL, "Elke nacht wakker van die pomp, dat is slopend.", "empathy", nil},
		{"f25/blame/nl/bevestiging-in-app", NL, "Ik heb je verhuizing verwerkt, je krijgt een bevestiging in de app.", "", nil},
		{"f25/blame/en/points-in-app", EN, "I've put the points back myself, you'll see them in the app this evening.", "", nil},
		{"f25/blame/en/can-see-bill-in-app", EN, "You can see your bill in the app under Payments.", "blame:website", nil},
		{"f25/agreement/en/data-boost-help", EN, "I can add 20 GB of data today. Would a data boost help?", "agreement", nil},
		{"f25/agreement/en/happy-for-me", EN, "I can ask a second assessor to look again. Would you be happy for me to do that?", "agreement", nil},
		{"f25/agreement/en/anything-else-help", EN, "Is there anything else I can help you with?", "", nil},
		{"f25/agreement/nl/redelijke-oplossing", NL, "Ik kan de opname morgen online zetten. Is dat voor u een redelijke oplossing?", "agreement", nil},
		{"f25/overpromise/nl/beloofd-voor-dinsdag", NL, "Dus de bank was beloofd voor dinsdag en hij is er nog niet. Klopt dat?", "summary", nil},
		{"f25/overpromise/en/promised-back-in-march", EN, "So a fix was promised back in March and nothing has changed since. Is that right?", "summary", nil},
		{"f25/overpromise/nl/onder-garantie", NL, "Uw toestel valt nog onder garantie, ik plan de reparatie meteen in.", "", nil},
		{"f25/overpromise/nl/centraal-beslist", NL, "Dat wordt centraal beslist, ik geef het door.", "", nil},
		{"f25/overpromise/nl/beloofd-uitroep", NL, "Vandaag nog staat uw internet weer aan, beloofd!", "overpromise", nil},
		{"f25/overpromise/en/promise-you", EN, "I promise you it'll be fixed by tonight.", "overpromise", nil},
		{"f25/overpromise/en/wont-see-again", EN, "I've reset it, you won't see that error again.", "overpromise", nil},
		{"f25/overpromise/en/so-wont-be-charged", EN, "I've cancelled the add-on, so you won't be charged again.", "", nil},
		{"f25/overpromise/en/wont-need-to", EN, "I'll sort it on this call, you won't need to ring again.", "", nil},
		{"f25/overpromise/nl/gebeurt-niet-meer", NL, "Ik heb de planner gesproken, dit gebeurt niet meer.", "overpromise", nil},
		{"f25/overpromise/nl/heus-goed", NL, "Maakt u zich geen zorgen, dat komt heus wel goed.", "overpromise", nil},
		{"f25/overpromise/en/certain-of-it", EN, "It'll be with you by Monday, I'm certain of it.", "overpromise", nil},
		{"f25/overpromise/en/no-chance-wrong", EN, "There's no chance of the transfer going wrong this time.", "overpromise", nil},
		{"f25/overpromise/nl/niet-meer-zien", NL, "Zonder de foto's kunnen wij niet meer zien wat er gebeurd is.", "", nil},
	}
}
