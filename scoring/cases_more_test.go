package scoring

// The seed criteria of ../shared/RUBRIC.md (question, summary, overpromise,
// agreement), robustness of spelling and form, and mixed replies.

func questionCases() []scorerCase {
	return []scorerCase{
		// RUBRIC question yes: "asks the customer for new information about the
		// problem or their situation".
		{"question/nl/wat-ging-mis", NL, "Wat ging er precies mis bij het inloggen?", "question", ev{Question: "precies mis"}},
		{"question/nl/zelf-geprobeerd", NL, "Heeft u de modem al eens opnieuw opgestart?", "question", nil},
		{"question/nl/sinds-wanneer", NL, "Sinds wanneer werkt uw internet niet meer?", "question", ev{Question: "Sinds wanneer"}},
		{"question/nl/lampje", NL, "Brandt het lampje op uw modem groen of rood?", "question", nil},
		{"question/nl/foutmelding", NL, "Welke foutmelding ziet u op het scherm?", "question", nil},
		{"question/en/since-when", EN, "Since when has your connection been down?", "question", ev{Question: "Since when"}},
		{"question/en/light-colour", EN, "Is the light on the router green or orange?", "question", nil},
		{"question/en/what-happened", EN, "What exactly happened when you tried to pay?", "question", ev{Question: "What exactly happened"}},
		{"question/en/tried-anything", EN, "Have you already tried unplugging the box?", "question", nil},
		{"question/en/which-rooms", EN, "Which rooms have no signal?", "question", nil},

		// RUBRIC question no: administrative look-ups, asking to repeat,
		// rhetorical or hostile questions.
		{"question/nl/klantnummer", NL, "Wat is uw klantnummer?", "", nil},
		{"question/nl/postcode", NL, "Mag ik uw postcode en huisnummer?", "", nil},
		{"question/nl/ordernummer", NL, "Kunt u mij het ordernummer doorgeven?", "", nil},
		{"question/nl/herhalen", NL, "Kunt u dat nog eens herhalen?", "", nil},
		{"question/nl/retorisch-expres", NL, "Denkt u nou echt dat ik dat expres doe?", "blame:denial", nil}, // the corpus labels this shape denial (relabelled at -80)
		{"question/nl/vijandig", NL, "Wat wilt u nou eigenlijk van mij?", "", nil},
		{"question/en/customer-number", EN, "What's your customer number?", "", nil},
		{"question/en/postcode", EN, "Could you give me your postcode, please?", "", nil},
		{"question/en/order-number", EN, "Can you send me the order number?", "", nil},
		{"question/en/repeat", EN, "Could you repeat that?", "", nil},
		{"question/en/rhetorical-enjoy", EN, "Do you think I enjoy this?", "", nil},
		{"question/en/hostile-listening", EN, "Are you even listening to me?", "", nil},

		// Minimal pairs (RUBRIC question yes vs administrative look-up /
		// repeat request; settled: details by DM are a question, an
		// identifier only is not).
		{"pair/question/nl/levering a", NL, "Wat ging er precies mis met de levering?", "question", nil},
		{"pair/question/nl/levering b", NL, "Wat is het ordernummer van de levering?", "", nil},
		{"pair/question/nl/beschrijven a", NL, "Kunt u beschrijven wat er gebeurde?", "question", nil},
		{"pair/question/nl/beschrijven b", NL, "Kunt u dat herhalen?", "", nil},
		{"pair/question/en/dm a", EN, "Can you DM us what happened?", "question", nil},
		{"pair/question/en/dm b", EN, "Can you DM us your account number?", "", nil},
		{"pair/question/en/screen a", EN, "What's the error message on your screen?", "question", nil},
		{"pair/question/en/screen b", EN, "What's the account number on your bill?", "", nil},
	}
}

func summaryCases() []scorerCase {
	return []scorerCase{
		// RUBRIC summary yes: "restates the customer's problem back to check it
		// was understood"; a "did I get that right?" is summary, not question.
		{"summary/nl/goed-begrijp", NL, "Als ik het goed begrijp, werkt uw internet al sinds vanochtend niet en heeft u de modem al opnieuw opgestart.", "summary", ev{Summary: "Als ik het goed begrijp"}},
		{"summary/nl/meegeschreven", NL, "Ik heb even meegeschreven: uw pakket kwam beschadigd aan en u bent twee keer doorverbonden.", "summary", ev{Summary: "meegeschreven"}},
		{"summary/nl/samengevat", NL, "Even samengevat: u bent drie keer gefactureerd voor dezelfde maand.", "summary", nil},
		{"summary/nl/klopt-dat", NL, "Als ik u goed begrijp, is uw bestelling nooit aangekomen. Klopt dat?", "summary", nil},
		{"summary/nl/zie-ik-het-goed", NL, "Zie ik het goed dat de verwarming sinds zaterdag uitvalt zodra de douche aangaat?", "summary", nil},
		{"summary/en/just-to-check", EN, "So, just to check: your order arrived damaged and nobody answered your email.", "summary", ev{Summary: "just to check"}},
		{"summary/en/understand-correctly", EN, "If I understand correctly, you were charged twice for the same month.", "summary", ev{Summary: "understand correctly"}},
		{"summary/en/got-this-right", EN, "Let me make sure I've got this right: the router has been restarting by itself since Monday.", "summary", nil},
		{"summary/en/is-that-right", EN, "So the refund never reached your account, is that right?", "summary", nil},

		// RUBRIC summary no: "One short echo ('Twenty minutes?!') is not a
		// summary."
		{"summary/nl/echo", NL, "Twintig minuten?!", "", nil},
		{"summary/nl/echo-drie-dagen", NL, "Drie dagen?", "", nil},
		{"summary/en/echo", EN, "Twenty minutes?!", "", nil},
		{"summary/en/echo-twice", EN, "Twice?", "", nil},

		// Minimal pairs (RUBRIC summary yes vs an administrative look-up).
		{"pair/summary/nl/even-checken a", NL, "Even checken: u heeft sinds maandag geen warm water.", "summary", nil},
		{"pair/summary/nl/even-checken b", NL, "Even checken: wat is uw klantnummer?", "", nil},
		{"pair/summary/en/just-to-check a", EN, "Just to check: you've had no hot water since Monday.", "summary", nil},
		{"pair/summary/en/just-to-check b", EN, "Just to check: what's your customer number?", "", nil},
	}
}

func overpromiseCases() []scorerCase {
	return []scorerCase{
		// RUBRIC overpromise yes: "guarantees about outcomes the agent cannot
		// control"; settled: an unhedged promise of a fix others must make.
		{"overpromise/nl/nooit-meer", NL, "Het zal nooit meer gebeuren.", "overpromise", ev{Overpromise: "nooit meer"}},
		{"overpromise/nl/twintig-minuten", NL, "Binnen twintig minuten is het opgelost.", "overpromise", nil},
		{"overpromise/nl/garandeer-morgen", NL, "Ik garandeer u dat het morgen weer werkt.", "overpromise", ev{Overpromise: "garandeer"}},
		{"overpromise/nl/update", NL, "Dat wordt in de volgende update opgelost, maakt u zich geen zorgen.", "overpromise", nil},
		{"overpromise/nl/beloof-alles-werkt", NL, "Morgen werkt alles weer, dat beloof ik u.", "overpromise", nil},
		{"overpromise/en/guarantee-never", EN, "I guarantee this will never happen again.", "overpromise", ev{Overpromise: "guarantee"}},
		{"overpromise/en/definitely-today", EN, "It'll definitely be fixed today.", "overpromise", nil},
		{"overpromise/en/guaranteed-20-min", EN, "Guaranteed fixed within 20 minutes.", "overpromise", nil},
		{"overpromise/en/next-update", EN, "It will be corrected in the next update, don't worry.", "overpromise", nil},

		// RUBRIC overpromise no: "A commitment about the agent's own action";
		// settled: "I'll sort it out for you" is not. Negation scope: "I can't
		// promise" is not a promise.
		{"overpromise/nl/eigen-actie", NL, "Ik ga het voor u uitzoeken.", "", nil},
		{"overpromise/nl/kan-niet-beloven", NL, "Ik kan niet beloven dat het nooit meer gebeurt, maar ik ga uitzoeken wat er misging.", "", nil},
		{"overpromise/nl/regel-het", NL, "Ik regel het voor u.", "", nil},
		{"overpromise/en/sort-it-out", EN, "I'll sort it out for you.", "", nil},
		{"overpromise/en/cannot-promise", EN, "I can't promise it will never happen again, but I'll find out what went wrong.", "", nil},
		{"overpromise/en/look-into", EN, "I'll look into this for you personally.", "", nil},

		// Own action vs the fix (RUBRIC callback no: "a promise about the fix,
		// not about contact … that is overpromise").
		{"overpromise/nl/bel-vs-fix", NL, "Ik bel u binnen twintig minuten terug.", "callback", nil},
		{"overpromise/en/call-vs-fix", EN, "I'll call you back within 20 minutes.", "callback", nil},

		// Minimal pairs.
		{"pair/overpromise/nl/uitzoeken a", NL, "Ik ga uitzoeken hoe dit kon gebeuren.", "", nil},
		{"pair/overpromise/nl/uitzoeken b", NL, "Ik beloof u dat dit nooit meer gebeurt.", "overpromise", nil},
		{"pair/overpromise/nl/gegarandeerd a", NL, "Ik bel u om vier uur terug.", "callback", nil},
		{"pair/overpromise/nl/gegarandeerd b", NL, "Ik bel u om vier uur terug en dan is het gegarandeerd opgelost.", "callback,overpromise", nil},
		{"pair/overpromise/en/look-into a", EN, "I'll look into why this happened.", "", nil},
		{"pair/overpromise/en/look-into b", EN, "I promise this will never happen again.", "overpromise", nil},
	}
}

func agreementCases() []scorerCase {
	return []scorerCase{
		// RUBRIC agreement yes: "asks whether the proposed step or time suits
		// the customer"; RUBRIC question no: a question that only checks
		// agreement is not a question.
		{"agreement/nl/schikt-tijdstip", NL, "Schikt dat tijdstip?", "agreement", ev{Agreement: "Schikt"}},
		{"agreement/nl/hierin-vinden", NL, "Kunt u zich hierin vinden?", "agreement", nil},
		{"agreement/nl/goed-voor-u", NL, "Ik vervang het toestel kosteloos. Is dat goed voor u?", "agreement", nil},
		{"agreement/nl/akkoord", NL, "Ik zet de terugbetaling vandaag in gang, gaat u daarmee akkoord?", "agreement", nil},
		{"agreement/nl/past-dat", NL, "Past dat u?", "agreement", nil},
		{"agreement/en/work-for-you", EN, "Does that work for you?", "agreement", ev{Agreement: "work for you"}},
		{"agreement/en/okay-with-you", EN, "Is that okay with you?", "agreement", nil},
		{"agreement/en/suit-you", EN, "I can send a replacement today. Would that suit you?", "agreement", nil},
		{"agreement/en/happy-with", EN, "Are you happy with that plan?", "agreement", nil},

		// Not agreement: no plan is checked, or the check is about
		// understanding (summary) or information (question).
		{"agreement/nl/geen-vraag", NL, "Ik vervang het toestel kosteloos.", "", nil},
		{"agreement/nl/klopt-summary", NL, "Als ik het goed begrijp, is de factuur te hoog. Klopt dat?", "summary", nil},
		{"agreement/nl/informatievraag", NL, "Sinds wanneer is de factuur te hoog?", "question", nil},
		{"agreement/en/no-check", EN, "I can send a replacement today.", "", nil},
		{"agreement/en/is-that-right-summary", EN, "If I understand correctly, the bill is too high. Is that right?", "summary", nil},
		{"agreement/en/information", EN, "Since when has the bill been too high?", "question", nil},

		// Minimal pairs.
		{"pair/agreement/nl/schikt a", NL, "Ik bel u om drie uur terug, schikt dat?", "callback,agreement", nil},
		{"pair/agreement/nl/schikt b", NL, "Ik bel u om drie uur terug.", "callback", nil},
		{"pair/agreement/en/work a", EN, "I'll call you at 3 pm, does that work for you?", "callback,agreement", nil},
		{"pair/agreement/en/work b", EN, "I'll call you at 3 pm.", "callback", nil},
	}
}

func robustnessCases() []scorerCase {
	return []scorerCase{
		// Spelling variants and typos of the RUBRIC's apology and callback
		// words ("Excuses", "sorry", "Het spijt me", "I apologise").
		{"robust/nl/exuses", NL, "Exuses voor het lange wachten.", "apology", nil},
		{"robust/nl/exkuses", NL, "Mijn exkuses voor de late levering.", "apology", nil},
		{"robust/nl/sorrie", NL, "Sorrie dat u zo lang moest wachten.", "apology", nil},
		{"robust/nl/spijt-me-kort", NL, "Spijt me echt, dat had niet mogen gebeuren.", "apology", ev{Apology: "Spijt me"}},
		{"robust/nl/excuus", NL, "Excuus voor de vertraging.", "apology", nil},
		{"robust/en/apologize", EN, "I apologize for the mix-up.", "apology", ev{Apology: "apologize"}},
		{"robust/en/apologise", EN, "I apologise for the mix-up.", "apology", ev{Apology: "apologise"}},
		{"robust/en/definately", EN, "I'll definately call you back at 5 pm.", "callback", nil},
		{"robust/en/sory", EN, "So sory for the long wait.", "apology", nil},

		// Flemish forms (the seeds are partly Flemish): "ge", "uw",
		// "ocharme", "'t is", "goeiemiddag", "hé".
		{"robust/vl/ocharme", NL, "Ocharme, ik kan me inbeelden dat ge het beu zijt.", "empathy", nil},
		{"robust/vl/goeiemiddag-sorry", NL, "Goeiemiddag, sorry dat ge zo lang hebt moeten wachten hé.", "apology", nil},
		{"robust/vl/t-is-onze-fout", NL, "'t Is onze fout, excuseer.", "apology", nil},
		{"robust/vl/t-spijt-me", NL, "'t Spijt me.", "apology", nil},
		{"robust/vl/uw-frustratie", NL, "Ik begrijp uw frustratie.", "empathy", nil},
		{"robust/vl/gelijk-kwaad", NL, "Ge hebt gelijk dat ge kwaad zijt.", "empathy", nil},
		{"robust/vl/juist-misgelopen", NL, "Wat is er juist misgelopen?", "question", nil},
		{"robust/vl/morgenvroeg", NL, "Ik bel u morgenvroeg terug, is da goed voor u?", "callback,agreement", nil},
		{"robust/vl/ge-bellen", NL, "Ge moet daarvoor naar de andere dienst bellen.", "blame:management", nil},

		// u / je / jij.
		{"robust/nl/je-boos", NL, "Ik snap dat je boos bent.", "empathy", nil},
		{"robust/nl/jij-wachten", NL, "Sorry dat jij zo lang moest wachten.", "apology", nil},
		{"robust/nl/je-bellen", NL, "Ik bel je om vier uur terug.", "callback", nil},
		{"robust/nl/jouw-schuld", NL, "Dat is jouw eigen schuld.", "blame:customer", nil},

		// All lowercase, no punctuation.
		{"robust/nl/lowercase", NL, "sorry dat u zo lang moest wachten ik bel u om drie uur terug", "apology,callback", nil},
		{"robust/nl/lowercase-contract", NL, "dat staat gewoon in uw contract", "blame:contract", nil},
		{"robust/en/lowercase", EN, "i am so sorry about the wait ill call you back at 4pm", "apology,callback", nil},
		{"robust/en/lowercase-website", EN, "just check our website", "blame:website", nil},

		// @mentions, URLs and signatures around the text.
		{"robust/nl/mention-sig", NL, "@klant123 Het spijt me echt. Ik bel u om 14.00 uur terug. ^JD", "apology,callback", ev{Apology: "spijt", Callback: "14.00"}},
		{"robust/nl/url-faq", NL, "@piet Kijkt u even op https://voorbeeld.nl/faq", "blame:website", nil},
		{"robust/nl/url-erbij", NL, "Ik los het nu voor u op en stuur u ook de link https://voorbeeld.nl/hulp", "", nil},
		{"robust/en/mention-sig", EN, "@sam_k So sorry about this! I'll call you back at 2 pm today. ^AB", "apology,callback", ev{Apology: "sorry"}},
		{"robust/en/url-site", EN, "@jo_b All the info is at https://example.com/help", "blame:website", nil},

		// Degenerate input: nothing to find, nothing may panic.
		{"robust/nl/empty", NL, "", "", nil},
		{"robust/en/whitespace", EN, "   \n\t ", "", nil},
		{"robust/auto/empty", Auto, "", "", nil},
		{"robust/en/punctuation", EN, "?!?!...", "", nil},
		{"robust/nl/invalid-utf8", NL, "Sorry \xff\xfe dat u moest wachten.", "apology", nil},
	}
}

func mixedCases() []scorerCase {
	return []scorerCase{
		// RUBRIC "Reading mixed replies": several phenomena at once; a reply
		// may mix Dutch and English.
		{"mixed/nl/triade", NL, "Een half uur in de wacht, daar zou ik ook kwaad om worden. Mijn excuses daarvoor. Wat ging er precies mis met uw verbinding?", "empathy,apology,question", nil},
		{"mixed/nl/volledig", NL, "Ik snap dat u hier flink van baalt en het spijt me. Ik zoek het uit en bel u om vier uur terug, schikt dat?", "empathy,apology,callback,agreement", ev{Callback: "vier uur"}},
		{"mixed/nl/website-na-begrijp", NL, "Dat begrijp ik, maar dat staat op onze website.", "blame:website", nil},
		{"mixed/nl/sorry-maar-management", NL, "Sorry, maar daar ga ik niet over.", "blame:management", nil},
		{"mixed/nl/sorry-maar-site", NL, "Sorry voor het wachten, maar dat staat op de site.", "blame:website", nil},
		{"mixed/nl/summary-question", NL, "Als ik het goed begrijp, valt uw verbinding elke avond weg. Heeft u dat ook overdag?", "summary,question", nil},
		{"mixed/en/full", EN, "I'm so sorry about the wait, I'd be annoyed too. I'll call you back at 4 pm today, does that work for you?", "empathy,apology,callback,agreement", nil},
		{"mixed/en/sorry-but-courier", EN, "Sorry for the wait, but that's the courier's fault.", "blame:supplier", nil},
		{"mixed/en/summary-question", EN, "Just to check: the screen went black after the update. Did you see any error before that?", "summary,question", nil},
		{"mixed/en/overpromise-apology", EN, "I'm sorry about this. I guarantee it will never happen again.", "apology,overpromise", nil},
		// Mixed Dutch and English in one reply, scored with Auto.
		{"mixed/auto/nl-en-callback", Auto, "Sorry voor het wachten, I'll call you back at 3 pm.", "apology,callback", nil},
		{"mixed/auto/en-nl-empathy", Auto, "I'd be angry too. Ik bel u vanmiddag om twee uur terug.", "empathy,callback", nil},
		{"mixed/auto/spijt-engineer", Auto, "Het spijt me echt. Our engineer will call you at 10 am.", "apology,callback", nil},
		{"mixed/auto/nl-only", Auto, "Dat staat in de algemene voorwaarden.", "blame:contract", nil},
		{"mixed/auto/en-only", Auto, "That's not our fault.", "blame:denial", nil},
		{"mixed/auto/nl-question", Auto, "Sinds wanneer doet de tv het niet meer?", "question", nil},
	}
}
