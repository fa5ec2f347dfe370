package scoring

// Frames (round 24, scorer -69 to -71).
//
// Question: asking when the customer is free so a step can be planned
// ("welke dag komt u het beste uit?", "what time suits you?") is neither
// question nor agreement (settled case 15); "wanneer begon het?" asks. A
// check of the channel for a promised call ("kan ik u op dit nummer
// bereiken?", "is a text to this number ok?") asks nothing about the
// problem. Counts, ordinals and "sinds/since" opening a short question
// hand the customer's words back ("Voor de derde keer?", "Sinds maandag
// al?"); "sinds wanneer…?" asks. "-heid" words and "afraid" are no
// identifiers: "id" is no longer read as a compound's head. The agent's
// own "let me find out what happened" asks for nothing; "let us know
// what happened" does. "Can I have your account number?" asks for an
// identifier, "can I ask, have you moved?" about the situation. "Is that
// where things stand?", "heb ik iets gemist?" check a recap. A Dutch
// verb-first request softened by "eens/even" ("Verwijder je je cookies
// eens?") asks the customer to do something (settled case 17); "heb je al
// eens…?" asks what they did. "Over welk nummer gaat het?" asks which
// identifier. "Anything else the driver should know?" asks, "anything
// else I can do?" offers; "what can I help you with?" and "waar kan ik u
// mee helpen?" are open help questions (settled case 16). "Laat me weten
// of het lukt" asks to report back; "let me know if it acts up" is a
// condition. A number "where you can be reached" checks a channel;
// examples asked to be forwarded ("kun je me een paar voorbeelden
// doorsturen?") ask about the problem.
//
// Empathy: a feeling named with words the rules lacked ("you sound worn
// out", "I can hear how drained you are"), the impact as a hit or setback
// ("a real financial hit"), "I totally get it" (not "I get it now: …").
//
// Agreement: a moment proposed as a question ("Past zaterdag om tien
// uur?", "Komt dinsdagmiddag u uit?").
//
// Blame: a fault put at another party or department ("een vergissing van
// de technische dienst", "the warehouse made an error", "foutje van de fabrikant");
// not our own ("een fout van onze kant", "we made a mistake").
func frames16Cases() []scorerCase {
	return []scorerCase{
		{"f24/question/nl/welke-dag-uitkomen", NL, "Ik stuur een nieuwe monteur. Welke dag komt jou het beste uit?", "", nil},
		{"f24/question/nl/wanneer-thuis", NL, "Wanneer zijt ge deze week thuis? Dan plan ik de technieker in.", "", nil},
		{"f24/question/en/what-time-suits", EN, "I'll rebook the fitting for you. What time of day suits you best?", "", nil},
		{"f24/question/en/which-days-free", EN, "Which days next week are you free?", "", nil},
		{"f24/question/nl/wanneer-begon", NL, "Wanneer begon het lekken precies?", "question", nil},
		{"f24/question/en/when-start", EN, "When did the heating first cut out?", "question", nil},
		{"f24/question/nl/nummer-bereiken", NL, "Ik bel u om drie uur terug. Kan ik u op dit nummer bereiken?", "callback,agreement", nil},
		{"f24/question/nl/nummer-goed", NL, "Is het nummer waarmee u nu belt daarvoor goed?", "", nil},
		{"f24/question/en/reach-this-number", EN, "I'll ring you before five. Can I reach you on this number?", "callback,agreement", nil},
		{"f24/question/en/called-number-on-card", EN, "Did you call the number on the back of your card?", "question", nil},
		{"f24/question/nl/voor-de-derde-keer", NL, "Voor de derde keer?", "", nil},
		{"f24/question/nl/sinds-maandag", NL, "Sinds maandag al?", "", nil},
		{"f24/question/nl/sinds-wanneer-stuk", NL, "Sinds wanneer is de lift stuk?", "question", nil},
		{"f24/question/en/fourth-time", EN, "The fourth time this month?", "", nil},
		{"f24/question/nl/snelheid", NL, "Welke snelheid haalt u nu ongeveer?", "question", nil},
		{"f24/question/en/afraid-to-use", EN, "Were you afraid to use the heater after the smell?", "question", nil},
		{"f24/question/en/let-me-find-out", EN, "Sorry about that, let me find out what happened to the parcel.", "apology", nil},
		{"f24/question/nl/laat-me-uitzoeken", NL, "Laat me even uitzoeken wat er met de levering gebeurd is.", "", nil},
		{"f24/question/en/let-us-know-what", EN, "Let us know what happened when you tried to log in.", "question", nil},
		{"f24/question/nl/laat-weten-wat", NL, "Laat ons even weten wat er gebeurde toen je inlogde.", "question", nil},
		{"f24/question/en/can-i-have-number", EN, "Can I have your policy number please?", "", nil},
		{"f24/question/en/can-i-ask-moved", EN, "Can I ask, have you changed banks recently?", "question", nil},
		{"f24/question/en/where-we-stand", EN, "So the boiler failed on Monday and the engineer never came back. Is that where things stand?", "summary", nil},
		{"f24/question/nl/iets-gemist", NL, "Dus de bestelling kwam te laat en de helft ontbrak. Heb ik iets gemist?", "summary", nil},
		{"f24/question/nl/cookies-eens", NL, "Wis je je browsergeschiedenis eens?", "", nil},
		{"f24/question/nl/belt-u-even", NL, "Belt u de aannemer even?", "", nil},
		{"f24/question/nl/heb-je-al-eens", NL, "Heb je de app al eens opnieuw geïnstalleerd?", "question", nil},
		{"f24/question/nl/over-welk-nummer", NL, "Hoi Tom, over welk nummer gaat het?", "", nil},
		{"f24/question/nl/wanneer-en-welk-nummer", NL, "Wanneer kreeg je die sms en van welk nummer kwam hij?", "question", nil},
		{"f24/question/en/anything-else-know", EN, "Is there anything else the fitter should know about the stairs?", "question", nil},
		{"f24/question/en/anything-else-do", EN, "Is there anything else I can do for you today?", "", nil},
		{"f24/question/en/what-help-with", EN, "Sorry for the wait! What can I help you with?", "apology,question", nil},
		{"f24/question/nl/waar-mee-helpen", NL, "Sorry voor het wachten. Waar kan ik je mee helpen?", "apology,question", nil},
		{"f24/question/nl/laat-weten-of", NL, "Ik heb de kaart vrijgegeven, probeer het zo nog eens en laat me weten of het lukt.", "question", nil},
		{"f24/question/en/know-whether", EN, "Try the card again in a minute and let me know whether it goes through.", "question", nil},
		{"f24/question/en/know-if-acts-up", EN, "I've sent a new charger, let me know if it acts up.", "", nil},
		{"f24/agreement/nl/past-zaterdag", NL, "Ik plan een nieuwe afspraak. Past zaterdag om tien uur?", "agreement", nil},
		{"f24/agreement/nl/komt-dinsdag-uit", NL, "Komt dinsdagmiddag u uit?", "agreement", nil},
		{"f24/agreement/nl/past-niet", NL, "Zaterdag past het helaas niet meer.", "", nil},
		{"f24/blame/nl/vergissing-dienst", NL, "Dat was een vergissing van de technische dienst.", "blame:management", nil},
		{"f24/blame/nl/foutje-fabrikant", NL, "Foutje van de fabrikant, zo blijkt.", "blame:supplier", nil},
		{"f24/blame/en/warehouse-error", EN, "The warehouse made an error with your order.", "blame:management", nil},
		{"f24/blame/en/courier-mistake", EN, "That was a mistake by the courier.", "blame:supplier", nil},
		{"f24/blame/nl/fout-onze-kant", NL, "Een fout van onze kant, het spijt me.", "apology", nil},
		{"f24/blame/en/we-made-mistake", EN, "We made a mistake with your bill, I'm sorry.", "apology", nil},
		{"f24/blame/en/our-department", EN, "Our billing department made an error there, I'm sorry.", "apology", nil},
		{"f24/blame/en/mistake-our-side", EN, "That was a mistake on our side.", "", nil},
		{"f24/blame/nl/fout-bij-ons", NL, "Die fout lag bij ons, niet bij jou.", "", nil},
		{"f24/empathy/en/hear-how-drained", EN, "I can hear how drained you are after all of this.", "empathy", nil},
		{"f24/empathy/en/sound-worn-out", EN, "You sound completely worn out.", "empathy", nil},
		{"f24/empathy/en/must-be-uncomfortable", EN, "With the heating off you must be so uncomfortable.", "empathy", nil},
		{"f24/empathy/en/financial-hit", EN, "Losing two days' pay is a real financial hit.", "empathy", nil},
		{"f24/empathy/en/big-setback", EN, "That's a big setback right before your move.", "empathy", nil},
		{"f24/empathy/en/totally-get-it", EN, "I totally get it, you needed that laptop for your exams.", "empathy", nil},
		{"f24/empathy/en/get-it-now", EN, "I get it now: the code is on the back of the card.", "", nil},
		{"f24/empathy/nl/flinke-klap", NL, "Twee dagen loon kwijt, dat is een flinke klap.", "empathy", nil},
		{"f24/question/en/number-be-reached", EN, "Is there a number where you can be reached this afternoon?", "", nil},
		{"f24/question/nl/nummer-bereikbaar", NL, "Op welk nummer bent u morgen bereikbaar?", "", nil},
		{"f24/question/nl/voorbeelden-doorsturen", NL, "Kun je me een paar voorbeelden van die sms'jes doorsturen?", "question", nil},
		{"f24/question/en/forward-examples", EN, "Could you forward me a couple of examples of those emails?", "question", nil},
	}
}
