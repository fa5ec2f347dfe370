package scoring

// The four core criteria of ../shared/RUBRIC.md: empathy, apology, blame,
// callback. Case names: "<criterion>/<lang>/<slug>"; minimal pairs are
// "pair/<criterion>/<lang>/<slug> a" and "... b" and differ in exactly
// that criterion.

func empathyCases() []scorerCase {
	return []scorerCase{
		// RUBRIC empathy: "Yes when the reply explicitly recognises what the
		// customer feels or what the problem does to them, or says that their
		// reaction is understandable."
		{"empathy/nl/snap-baalt", NL, "Ik snap dat u hier flink van baalt.", "empathy", ev{Empathy: "baalt"}},
		{"empathy/nl/begrijp-boos", NL, "Ik begrijp heel goed dat u boos bent.", "empathy", ev{Empathy: "boos"}},
		{"empathy/nl/logisch-gefrustreerd", NL, "Logisch dat u gefrustreerd bent, u kon de hele dag niet werken.", "empathy", nil},
		{"empathy/nl/ook-kwaad", NL, "Een half uur in de wacht, daar zou ik ook kwaad om worden.", "empathy", nil},
		{"empathy/nl/voorstellen-frustrerend", NL, "Ik kan me voorstellen hoe frustrerend dit voor je is.", "empathy", ev{Empathy: "frustrerend"}},
		{"empathy/nl/hoor-frustreert", NL, "Ik hoor dat dit u echt frustreert.", "empathy", nil},
		{"empathy/nl/geen-wonder", NL, "Geen wonder dat u er genoeg van heeft, u zit al drie dagen zonder telefoon.", "empathy", nil},
		// RUBRIC settled: "ik begrijp je hoor" said to an upset customer is empathy.
		{"empathy/nl/begrijp-je-hoor", NL, "Ik begrijp je hoor.", "empathy", nil},
		{"empathy/en/hear-frustrating", EN, "I can hear how frustrating this is for you.", "empathy", ev{Empathy: "frustrating"}},
		{"empathy/en/no-wonder", EN, "No wonder you're upset after waiting in the queue all morning.", "empathy", ev{Empathy: "upset"}},
		{"empathy/en/angry-too", EN, "I'd be angry too.", "empathy", nil},
		{"empathy/en/understand-why-annoyed", EN, "I completely understand why you're annoyed.", "empathy", ev{Empathy: "annoyed"}},
		{"empathy/en/must-be-stressful", EN, "That must be really stressful when you're trying to work from home.", "empathy", ev{Empathy: "stressful"}},
		{"empathy/en/reaction-understandable", EN, "Your reaction is completely understandable.", "empathy", nil},
		// RUBRIC settled: "We understand your concerns", "I understand your
		// point of view" acknowledge the reaction.
		{"empathy/en/understand-concerns", EN, "We understand your concerns.", "empathy", nil},
		{"empathy/en/point-of-view", EN, "I understand your point of view.", "empathy", nil},

		// RUBRIC empathy no: a bare "I understand" / "ik begrijp het" meaning
		// got it; negated or dismissive forms; "calm down"; "I'm sorry you feel
		// that way". Settled: a bare "we understand" / "begrepen" is not.
		{"empathy/nl/bare-begrijp-het", NL, "Ik begrijp het.", "", nil},
		{"empathy/nl/begrepen", NL, "Begrepen.", "", nil},
		{"empathy/nl/begrijp-niet-boos", NL, "Ik begrijp niet waarom u zo boos bent.", "", nil},
		{"empathy/nl/rustig-maar", NL, "Rustig maar, meneer.", "", nil},
		{"empathy/nl/geen-reden-boos", NL, "Er is geen enkele reden om zo boos te worden.", "", nil},
		{"empathy/nl/kalm-blijven", NL, "Wilt u even kalm blijven?", "", nil},
		{"empathy/en/bare-understand", EN, "I understand.", "", nil},
		{"empathy/en/got-it", EN, "Got it.", "", nil},
		{"empathy/en/calm-down", EN, "Calm down, please.", "", nil},
		{"empathy/en/no-need-upset", EN, "There's no need to get upset.", "", nil},
		{"empathy/en/dont-understand-angry", EN, "I really don't get why you're this angry.", "", nil},
		{"empathy/en/we-understand-bare", EN, "We understand.", "", nil},

		// Minimal pairs (RUBRIC empathy yes vs "negated or dismissive forms"
		// and the bare "I understand").
		{"pair/empathy/nl/begrijp-niet a", NL, "Ik begrijp dat u boos bent.", "empathy", ev{Empathy: "boos"}},
		{"pair/empathy/nl/begrijp-niet b", NL, "Ik begrijp niet dat u boos bent.", "", nil},
		{"pair/empathy/nl/snap-het a", NL, "Ik snap dat u hiervan baalt.", "empathy", nil},
		{"pair/empathy/nl/snap-het b", NL, "Ik snap het.", "", nil},
		{"pair/empathy/en/dont-understand a", EN, "I understand why you're upset.", "empathy", ev{Empathy: "upset"}},
		{"pair/empathy/en/dont-understand b", EN, "I don't understand why you're upset.", "", nil},
		{"pair/empathy/en/bare-understand a", EN, "I understand how annoying this is.", "empathy", nil},
		{"pair/empathy/en/bare-understand b", EN, "I understand.", "", nil},
	}
}

func apologyCases() []scorerCase {
	return []scorerCase{
		// RUBRIC apology yes: "Excuses voor het ongemak", "Het spijt me", "Onze
		// verontschuldigingen", "Sorry dat u zo lang moest wachten", "I
		// apologise", "I'm so sorry about the wait", "Sorry to hear …".
		{"apology/nl/excuses-ongemak", NL, "Mijn excuses voor al het ongemak vandaag.", "apology", ev{Apology: "excuses"}},
		{"apology/nl/spijt-me", NL, "Het spijt me.", "apology", ev{Apology: "spijt"}},
		{"apology/nl/verontschuldigingen", NL, "Onze verontschuldigingen voor de lange wachttijd.", "apology", ev{Apology: "verontschuldigingen"}},
		{"apology/nl/sorry-wachten", NL, "Sorry dat u zo lang aan de lijn moest blijven.", "apology", ev{Apology: "Sorry"}},
		{"apology/nl/oprechte-excuses-fout", NL, "Mijn oprechte excuses, wij hebben een fout gemaakt.", "apology", nil},
		{"apology/nl/bied-excuses-aan", NL, "Ik bied u namens het hele team mijn excuses aan.", "apology", nil},
		// RUBRIC: "jammer om te horen" is "sorry to hear" and counts.
		{"apology/nl/jammer-om-te-horen", NL, "Jammer om te horen dat de monteur niet is komen opdagen.", "apology", ev{Apology: "Jammer om te horen"}},
		// RUBRIC settled: "Vervelend om te horen" expresses regret.
		{"apology/nl/vervelend-om-te-horen", NL, "Vervelend om te horen.", "apology", nil},
		// Negation scope: "geen excuses" here means "no excuse", and the
		// apology follows.
		{"apology/nl/geen-excuus-voor", NL, "Daar is geen excuus voor, het spijt me echt.", "apology", ev{Apology: "spijt"}},
		{"apology/en/apologise-delay", EN, "I apologise for the delay.", "apology", ev{Apology: "apologise"}},
		{"apology/en/so-sorry-wait", EN, "I'm so sorry about the wait.", "apology", ev{Apology: "sorry"}},
		{"apology/en/sorry-to-hear", EN, "Sorry to hear your parcel still hasn't arrived.", "apology", ev{Apology: "Sorry to hear"}},
		{"apology/en/plain-inconvenience", EN, "Apologies for any inconvenience.", "apology", nil},
		{"apology/en/our-mistake", EN, "I apologize, that was our mistake.", "apology", nil},
		{"apology/en/missed-delivery", EN, "We're sorry we missed your delivery slot.", "apology", nil},
		{"apology/en/no-excuse", EN, "There's no excuse for this, I'm truly sorry.", "apology", ev{Apology: "sorry"}},
		// RUBRIC settled: "that's annoying to hear", "disappointed to hear
		// this" are apology; "Apologies for your frustration" is both.
		{"apology/en/annoying-to-hear", EN, "That's annoying to hear.", "apology", nil},
		{"apology/en/disappointed-to-hear", EN, "We're disappointed to hear this.", "apology", nil},
		{"apology/en/apologies-frustration", EN, "Apologies for your frustration.", "empathy,apology", nil},

		// RUBRIC apology no: non-apologies blaming the customer's feelings,
		// hedged clichés, refusals, "Sorry?"/"Excuseer?" asking to repeat,
		// "jammer genoeg"/"helaas"/"unfortunately", "sorry, maar …".
		{"apology/nl/zo-ervaart", NL, "Het spijt me dat u het zo ervaart.", "", nil},
		{"apology/nl/geen-excuses-aanbieden", NL, "Ik ga geen excuses aanbieden.", "", nil},
		{"apology/nl/excuses-krijgt-u-niet", NL, "Excuses krijgt u niet van mij.", "", nil},
		{"apology/nl/excuseer-herhalen", NL, "Excuseer? Kunt u dat herhalen?", "", nil},
		{"apology/nl/helaas-monteur", NL, "Helaas is er vandaag geen monteur beschikbaar.", "", nil},
		{"apology/nl/jammer-genoeg", NL, "Jammer genoeg kan ik de bestelling niet meer wijzigen.", "", nil},
		{"apology/nl/sorry-maar-contract", NL, "Sorry, maar dat staat gewoon in uw contract.", "blame:contract", ev{Blame: "contract"}},
		{"apology/nl/sorry-als-gekwetst", NL, "Sorry als u zich gekwetst voelt.", "", nil},
		{"apology/en/feel-that-way", EN, "I'm sorry you feel that way.", "", nil},
		{"apology/en/if-offended", EN, "Sorry if you were offended.", "", nil},
		{"apology/en/regret-may-have", EN, "We regret any inconvenience this may have caused.", "", nil},
		{"apology/en/if-trouble", EN, "Sorry if that caused trouble.", "", nil},
		{"apology/en/cannot-apologise", EN, "That's not something I can apologise for.", "", nil},
		{"apology/en/excuse-me-repeat", EN, "Excuse me? Could you say that again?", "", nil},
		{"apology/en/unfortunately", EN, "Unfortunately the engineer is fully booked today.", "", nil},
		{"apology/en/sorry-but-policy", EN, "Sorry, but that's clearly stated in your contract.", "blame:contract", ev{Blame: "contract"}},

		// Minimal pairs (RUBRIC apology yes vs its "no" list).
		{"pair/apology/nl/spijt-ervaart a", NL, "Het spijt me dat uw pakket beschadigd is.", "apology", ev{Apology: "spijt"}},
		{"pair/apology/nl/spijt-ervaart b", NL, "Het spijt me dat u het zo ervaart.", "", nil},
		{"pair/apology/nl/jammer a", NL, "Jammer om te horen dat de levering mislukt is.", "apology", nil},
		{"pair/apology/nl/jammer b", NL, "Jammer genoeg is de levering mislukt.", "", nil},
		{"pair/apology/nl/weigering a", NL, "Ik bied u mijn excuses aan.", "apology", nil},
		{"pair/apology/nl/weigering b", NL, "Ik ga u geen excuses aanbieden.", "", nil},
		// RUBRIC: "Sorry, maar dat staat gewoon in uw contract" is not an
		// apology; settled: apology and blame in separate sentences, with no
		// "maar" joining them, both count.
		{"pair/apology/nl/sorry-maar a", NL, "Sorry voor het wachten. Volgens uw contract is dat gewoon zo.", "apology,blame:contract", nil},
		{"pair/apology/nl/sorry-maar b", NL, "Sorry voor het wachten, maar volgens uw contract is dat gewoon zo.", "blame:contract", nil},
		{"pair/apology/nl/excuseer a", NL, "Excuseer, dat had niet mogen gebeuren.", "apology", nil},
		{"pair/apology/nl/excuseer b", NL, "Excuseer? Ik verstond u niet goed.", "", nil},
		{"pair/apology/en/feel-that-way a", EN, "I'm sorry the wait was so long.", "apology", nil},
		{"pair/apology/en/feel-that-way b", EN, "I'm sorry you feel that way.", "", nil},
		{"pair/apology/en/if-trouble a", EN, "Sorry for the trouble this caused.", "apology", nil},
		{"pair/apology/en/if-trouble b", EN, "Sorry if that caused trouble.", "", nil},
		{"pair/apology/en/inconvenience a", EN, "Apologies for any inconvenience.", "apology", nil},
		{"pair/apology/en/inconvenience b", EN, "We regret any inconvenience this may have caused.", "", nil},
		{"pair/apology/en/unfortunately a", EN, "Sorry, the engineer can't come today.", "apology", nil},
		{"pair/apology/en/unfortunately b", EN, "Unfortunately, the engineer can't come today.", "", nil},
		{"pair/apology/en/sorry-but a", EN, "Sorry about the wait. That's our policy.", "apology,blame:contract", nil},
		{"pair/apology/en/sorry-but b", EN, "Sorry about the wait, but that's our policy.", "blame:contract", nil},
	}
}

func blameCases() []scorerCase {
	return []scorerCase{
		// RUBRIC blame, contract: "the contract, terms, conditions, small
		// print, policy"; settled: quoting the terms to push back a complaint.
		{"blame/contract/nl/staat-in-contract", NL, "Dat staat in uw contract.", "blame:contract", ev{Blame: "contract"}},
		{"blame/contract/nl/algemene-voorwaarden", NL, "Volgens de algemene voorwaarden vergoeden wij dat niet.", "blame:contract", ev{Blame: "voorwaarden"}},
		{"blame/contract/nl/zo-zijn-de-voorwaarden", NL, "Zo zijn de voorwaarden nu eenmaal.", "blame:contract", nil},
		{"blame/contract/nl/beleid", NL, "Dat is ons beleid.", "blame:contract", nil},
		{"blame/contract/en/policy", EN, "That's our policy.", "blame:contract", ev{Blame: "policy"}},
		{"blame/contract/en/terms-you-signed", EN, "As stated in the terms you signed, we can't refund this.", "blame:contract", ev{Blame: "terms"}},
		{"blame/contract/en/small-print", EN, "It's all in the small print.", "blame:contract", nil},
		{"blame/contract/en/how-plan-works", EN, "That's simply how the plan works.", "blame:contract", nil},
		// RUBRIC settled: answering the customer's factual question with the
		// terms is information, not blame.
		{"blame/contract/nl/info-opzegtermijn", NL, "De opzegtermijn is één maand; ik kan de opzegging nu meteen voor u regelen.", "", nil},
		{"blame/contract/en/info-period", EN, "The cancellation period is 30 days, and I can process it for you right now.", "", nil},

		// RUBRIC blame, supplier: "a supplier, partner, courier, manufacturer,
		// subcontractor or other third party"; a true explanation still counts.
		{"blame/supplier/nl/leverancier", NL, "Onze leverancier heeft ons in de steek gelaten.", "blame:supplier", ev{Blame: "leverancier"}},
		{"blame/supplier/nl/koerier-niet-wij", NL, "Dat heeft de koerier verprutst, niet wij.", "blame:supplier", ev{Blame: "koerier"}},
		{"blame/supplier/nl/fabrikant", NL, "De fabrikant heeft een slechte partij geleverd.", "blame:supplier", nil},
		{"blame/supplier/nl/netbeheerder", NL, "De storing zit bij de netbeheerder.", "blame:supplier", nil},
		{"blame/supplier/en/courier-not-us", EN, "The courier lost it, not us.", "blame:supplier", ev{Blame: "courier"}},
		{"blame/supplier/en/manufacturer", EN, "The manufacturer shipped us a faulty batch.", "blame:supplier", ev{Blame: "manufacturer"}},
		{"blame/supplier/en/delivery-partner", EN, "That's a problem with our delivery partner.", "blame:supplier", nil},
		{"blame/supplier/en/subcontractor", EN, "Our subcontractor didn't finish the job.", "blame:supplier", nil},
		// RUBRIC blame no: owning a mistake.
		{"blame/supplier/nl/eigen-fout", NL, "Wij hebben een fout gemaakt bij het verzenden.", "", nil},
		{"blame/supplier/en/own-mistake", EN, "We made a mistake with your order.", "", nil},

		// RUBRIC blame, website: "sending the customer to the website, FAQ,
		// app or self-service instead of helping".
		{"blame/website/nl/op-website", NL, "Dat staat op onze website.", "blame:website", ev{Blame: "website"}},
		{"blame/website/nl/faq", NL, "Kijkt u even in de FAQ.", "blame:website", ev{Blame: "FAQ"}},
		{"blame/website/nl/zelf-in-app", NL, "Dat kunt u zelf regelen in de app.", "blame:website", nil},
		{"blame/website/nl/alle-info-website", NL, "Alle informatie vindt u op onze website.", "blame:website", nil},
		{"blame/website/en/on-our-site", EN, "You can find that on our site.", "blame:website", nil},
		{"blame/website/en/faq-page", EN, "Please check our FAQ page.", "blame:website", ev{Blame: "FAQ"}},
		{"blame/website/en/self-service", EN, "Please use the self-service portal for that.", "blame:website", nil},
		{"blame/website/en/app-yourself", EN, "You can change that yourself in the app.", "blame:website", nil},
		// RUBRIC blame no: "offering a link in addition to helping".
		{"blame/website/nl/link-erbij", NL, "Ik los het nu voor u op en mail u ook de link naar de handleiding.", "", nil},
		{"blame/website/en/link-as-well", EN, "I'll fix it for you now and I'll also email you the link to the guide.", "", nil},

		// RUBRIC blame, management: "a decision from above or another
		// department, passing the customer on, or making the customer call
		// again for someone else".
		{"blame/management/nl/beslissing", NL, "Dat is een beslissing van het management.", "blame:management", ev{Blame: "management"}},
		{"blame/management/nl/ga-er-niet-over", NL, "Daar ga ik niet over.", "blame:management", nil},
		{"blame/management/nl/collega-morgen", NL, "Belt u morgen terug, dan is mijn collega er.", "blame:management", nil},
		{"blame/management/nl/afdeling-bellen", NL, "Daarvoor moet u de afdeling facturatie bellen.", "blame:management", nil},
		{"blame/management/nl/directie", NL, "Dat heeft de directie zo besloten.", "blame:management", nil},
		{"blame/management/en/another-department", EN, "You'll have to call another department.", "blame:management", ev{Blame: "department"}},
		{"blame/management/en/head-office", EN, "That decision comes from head office, not from me.", "blame:management", nil},
		{"blame/management/en/not-right-person", EN, "I'm not the right person for that, try the billing team.", "blame:management", nil},
		{"blame/management/en/colleague-tomorrow", EN, "Call back tomorrow, my colleague will be in then.", "blame:management", nil},
		// RUBRIC settled: another department "will contact you" while the
		// customer must chase it is management blame.
		{"blame/management/nl/doorgeven-zelf-nabellen", NL, "Ik geef het door aan de afdeling schade, zij nemen contact met u op. Hoort u niets, belt u dan opnieuw.", "blame:management", nil},
		{"blame/management/en/pass-on-chase", EN, "I'll pass this to the claims team and they'll contact you. If you hear nothing, call us again.", "blame:management", nil},
		// RUBRIC blame no: forwarding feedback internally; forwarding while
		// "we" keep ownership; a practical workaround.
		{"blame/management/nl/feedback-intern", NL, "Ik geef uw feedback door aan ons team.", "", nil},
		{"blame/management/en/feedback-internal", EN, "I've passed your feedback on to our product team.", "", nil},
		{"blame/management/nl/eigenaarschap", NL, "Ik leg het voor aan de technische dienst en ik houd uw dossier zelf in handen.", "", nil},
		{"blame/management/nl/balie", NL, "U kunt ook aan de balie inchecken.", "", nil},
		{"blame/management/en/desk-workaround", EN, "You can check in at the desk instead.", "", nil},

		// RUBRIC blame, denial: "flat denial of responsibility".
		{"blame/denial/nl/niet-onze-fout", NL, "Dat is niet onze fout.", "blame:denial", ev{Blame: "niet onze fout"}},
		{"blame/denial/nl/ligt-niet-bij-ons", NL, "Het probleem ligt niet bij ons.", "blame:denial", nil},
		{"blame/denial/nl/niet-verantwoordelijk", NL, "Wij zijn niet verantwoordelijk voor die vertraging.", "blame:denial", nil},
		{"blame/denial/en/not-our-fault", EN, "Not our fault.", "blame:denial", ev{Blame: "fault"}},
		{"blame/denial/en/not-our-side", EN, "The problem isn't on our side.", "blame:denial", nil},
		{"blame/denial/en/not-responsible", EN, "We are not responsible for that delay.", "blame:denial", nil},
		// Negation scope: denying the customer's fault is not blame.
		{"blame/denial/nl/niet-uw-schuld", NL, "Het ligt niet aan u, het ligt aan ons.", "", nil},
		{"blame/denial/en/not-your-fault", EN, "This is not your fault at all.", "", nil},

		// RUBRIC blame, customer: "blaming the customer".
		{"blame/customer/nl/voorwaarden-lezen", NL, "U had de voorwaarden beter moeten lezen.", "blame:customer", nil},
		{"blame/customer/nl/verkeerd-adres", NL, "U heeft zelf het verkeerde adres ingevuld.", "blame:customer", nil},
		{"blame/customer/nl/modem-herstarten", NL, "Had u de modem maar eerst opnieuw opgestart.", "blame:customer", nil},
		{"blame/customer/nl/eerder-bellen", NL, "U had eerder moeten bellen.", "blame:customer", nil},
		{"blame/customer/en/restart-modem", EN, "You should have restarted the modem first.", "blame:customer", ev{Blame: "should have"}},
		{"blame/customer/en/wrong-address", EN, "You entered the wrong address yourself.", "blame:customer", nil},
		{"blame/customer/en/read-instructions", EN, "If you had read the instructions, this wouldn't have happened.", "blame:customer", nil},

		// RUBRIC blame no: "asking the customer to send details by private
		// message so the agent can look into it"; settled: asking for details
		// of what happened is question, for an identifier only is not.
		{"blame/dm/nl/privebericht", NL, "Stuurt u mij een privébericht met wat er precies gebeurd is? Dan zoek ik het voor u uit.", "question", nil},
		{"blame/dm/en/dm-details", EN, "Can you DM us the details of what happened so I can look into it?", "question", nil},
		{"blame/dm/en/dm-account", EN, "Can you DM us your account number so I can look into it?", "", nil},
		// RUBRIC settled: a limit of the company's own product is not blame.
		{"blame/product/nl/beta", NL, "Onze app ondersteunt geen bètaversies van Android.", "", nil},
		{"blame/product/en/beta", EN, "Our app does not support beta versions.", "", nil},

		// Minimal pairs (RUBRIC blame yes vs its "no" list).
		{"pair/blame/nl/denial a", NL, "Dat is onze fout.", "", nil},
		{"pair/blame/nl/denial b", NL, "Dat is niet onze fout.", "blame:denial", nil},
		{"pair/blame/en/denial a", EN, "This is our fault.", "", nil},
		{"pair/blame/en/denial b", EN, "This is not our fault.", "blame:denial", nil},
		{"pair/blame/nl/website a", NL, "Ik stuur u de link en ik regel het ook meteen voor u.", "", nil},
		{"pair/blame/nl/website b", NL, "Ik stuur u de link, dan kunt u het zelf regelen.", "blame:website", nil},
		{"pair/blame/en/website a", EN, "Here's the link, and I'll also sort it out for you right now.", "", nil},
		{"pair/blame/en/website b", EN, "Here's the link, you can sort it out yourself.", "blame:website", nil},
		{"pair/blame/nl/management a", NL, "Ik stuur uw klacht door naar de afdeling facturatie en kom er zelf bij u op terug.", "", nil},
		{"pair/blame/nl/management b", NL, "Ik stuur uw klacht door naar de afdeling facturatie, belt u hen maar.", "blame:management", nil},
		{"pair/blame/en/management a", EN, "I'll forward this to our billing team and get back to you myself.", "", nil},
		{"pair/blame/en/management b", EN, "I'll forward this to our billing team, you'll need to call them.", "blame:management", nil},
		{"pair/blame/nl/contract a", NL, "Ik kan dat bedrag niet zomaar terugstorten, maar ik vraag het voor u na.", "", nil},
		{"pair/blame/nl/contract b", NL, "Ik kan dat bedrag niet terugstorten, dat staat in de voorwaarden.", "blame:contract", nil},
		{"pair/blame/en/contract a", EN, "I can't refund that straight away, but I'll check it for you.", "", nil},
		{"pair/blame/en/contract b", EN, "I can't refund that, it's in the terms and conditions.", "blame:contract", nil},
		{"pair/blame/nl/supplier a", NL, "Wij zijn uw pakket kwijtgeraakt.", "", nil},
		{"pair/blame/nl/supplier b", NL, "De koerier is uw pakket kwijtgeraakt.", "blame:supplier", nil},
		{"pair/blame/en/supplier a", EN, "We lost your package.", "", nil},
		{"pair/blame/en/supplier b", EN, "The courier lost your package.", "blame:supplier", nil},
		{"pair/blame/nl/customer a", NL, "Wij hebben een verkeerd adres ingevuld.", "", nil},
		{"pair/blame/nl/customer b", NL, "U heeft een verkeerd adres ingevuld.", "blame:customer", nil},
		{"pair/blame/en/customer a", EN, "We entered the wrong address.", "", nil},
		{"pair/blame/en/customer b", EN, "You entered the wrong address.", "blame:customer", nil},
	}
}

func callbackCases() []scorerCase {
	return []scorerCase{
		// RUBRIC callback yes: a clock time, a part of a named day, a range of
		// hours, a deadline later the same day, a short bounded interval.
		{"callback/nl/15.00-uur", NL, "Ik zoek het uit en bel u om 15.00 uur terug.", "callback", ev{Callback: "15.00"}},
		{"callback/nl/15:00", NL, "Ik bel u om 15:00 terug.", "callback", ev{Callback: "15:00"}},
		{"callback/nl/om-drie-uur", NL, "Ik bel u om drie uur terug.", "callback", ev{Callback: "drie uur"}},
		{"callback/nl/kwart-over-drie", NL, "Ik bel u om kwart over drie terug.", "callback", ev{Callback: "kwart over drie"}},
		{"callback/nl/half-vier", NL, "Ik bel u om half vier terug.", "callback", ev{Callback: "half vier"}},
		{"callback/nl/vrijdagmiddag", NL, "Ik bel u vrijdagmiddag terug.", "callback", ev{Callback: "vrijdagmiddag"}},
		{"callback/nl/morgenochtend", NL, "Ik bel u morgenochtend.", "callback", ev{Callback: "morgenochtend"}},
		{"callback/nl/tussen-9-en-10", NL, "Ik bel u morgen tussen 9 en 10 uur terug.", "callback", ev{Callback: "tussen 9 en 10"}},
		{"callback/nl/vandaag-nog", NL, "Ik bel u vandaag nog terug.", "callback", ev{Callback: "vandaag nog"}},
		{"callback/nl/uiterlijk-vijf", NL, "Ik laat het u uiterlijk om vijf uur weten.", "callback", ev{Callback: "vijf uur"}},
		{"callback/nl/binnen-een-uur-mail", NL, "Ik stuur u binnen een uur een e-mail met de stand van zaken.", "callback", ev{Callback: "binnen een uur"}},
		{"callback/nl/vanmiddag-mail", NL, "Ik mail u vanmiddag de bevestiging.", "callback", ev{Callback: "vanmiddag"}},
		{"callback/nl/belofte-eigen-actie", NL, "Ik beloof u dat ik u om vier uur terugbel.", "callback", nil},
		{"callback/en/3-pm", EN, "I'll call you back at 3 pm.", "callback", ev{Callback: "3 pm"}},
		{"callback/en/3pm", EN, "I'll ring you at 3pm.", "callback", ev{Callback: "3pm"}},
		{"callback/en/3-oclock", EN, "I'll call you back at 3 o'clock.", "callback", ev{Callback: "3 o'clock"}},
		{"callback/en/tomorrow-morning", EN, "I'll call you tomorrow morning.", "callback", ev{Callback: "tomorrow morning"}},
		{"callback/en/between-2-and-4", EN, "I'll call you between 2 and 4.", "callback", ev{Callback: "between 2 and 4"}},
		{"callback/en/later-today", EN, "I'll get back to you later today.", "callback", ev{Callback: "later today"}},
		{"callback/en/end-of-business", EN, "I'll email you an update by end of business today.", "callback", ev{Callback: "end of business"}},
		{"callback/en/this-afternoon", EN, "I'll phone you this afternoon.", "callback", ev{Callback: "this afternoon"}},
		{"callback/en/within-two-hours", EN, "I'll message you within two hours.", "callback", ev{Callback: "within two hours"}},
		{"callback/en/before-5-today", EN, "I'll call you back before 5 pm today.", "callback", nil},
		{"callback/en/promise-own-action", EN, "I promise I'll call you at 4 pm.", "callback", nil},

		// RUBRIC callback: "(or the company: 'our engineer will call you…')";
		// no when "the customer must act"; settled: a technician's visit at a
		// time is not a callback.
		{"callback/who/nl/agent", NL, "Ik bel u om drie uur terug.", "callback", nil},
		{"callback/who/nl/monteur-belt", NL, "Onze monteur belt u morgen om tien uur.", "callback", ev{Callback: "tien uur"}},
		{"callback/who/nl/klant-belt-collega", NL, "Belt u morgen om tien uur terug, dan is mijn collega er.", "blame:management", nil},
		{"callback/who/nl/monteur-bezoek", NL, "Morgen komt er tussen 8 en 12 uur een monteur bij u langs.", "", nil},
		{"callback/who/en/engineer-calls", EN, "Our engineer will call you at 10.", "callback", ev{Callback: "10"}},
		{"callback/who/en/team-emails", EN, "Our support team will email you by 6 pm today.", "callback", nil},
		{"callback/who/en/technician-visit", EN, "A technician will visit you tomorrow between 8 and 12.", "", nil},

		// RUBRIC callback no: vague; a future day with no time of day; a
		// conditional; the customer must act; a promise about the fix.
		{"callback/nl/zo-snel-mogelijk", NL, "We komen er zo snel mogelijk op terug.", "", nil},
		{"callback/nl/binnenkort", NL, "U hoort binnenkort van ons.", "", nil},
		{"callback/nl/morgen-zonder-tijd", NL, "Ik bel u morgen.", "", nil},
		{"callback/nl/als-ik-iets-weet", NL, "Als ik iets weet, bel ik u.", "", nil},
		{"callback/nl/volgende-week", NL, "Ik neem volgende week contact met u op.", "", nil},
		{"callback/nl/niet-terugbellen", NL, "Ik kan u vandaag niet meer terugbellen.", "", nil},
		{"callback/nl/fix-niet-contact", NL, "Het is binnen twintig minuten opgelost.", "overpromise", nil},
		{"callback/en/soon", EN, "I'll call you soon.", "", nil},
		{"callback/en/in-touch", EN, "We'll be in touch.", "", nil},
		{"callback/en/friday", EN, "I'll message you on Friday.", "", nil},
		{"callback/en/later-this-week", EN, "I'll get back to you later this week.", "", nil},
		{"callback/en/if-i-hear", EN, "If I hear anything, I'll call you.", "", nil},
		{"callback/en/call-us-again", EN, "Call us again if it persists.", "", nil},
		{"callback/en/cannot-call", EN, "I can't call you back today.", "", nil},
		{"callback/en/fix-not-contact", EN, "It'll be fixed within 20 minutes.", "overpromise", nil},

		// Minimal pairs (RUBRIC callback yes vs vague / day without time /
		// conditional).
		{"pair/callback/nl/morgen a", NL, "Ik bel u morgenochtend terug.", "callback", nil},
		{"pair/callback/nl/morgen b", NL, "Ik bel u morgen terug.", "", nil},
		{"pair/callback/nl/binnen-uur a", NL, "Ik bel u binnen een uur terug.", "callback", nil},
		{"pair/callback/nl/binnen-uur b", NL, "Ik bel u zo snel mogelijk terug.", "", nil},
		{"pair/callback/nl/half-vier a", NL, "Ik bel u om half vier terug.", "callback", nil},
		{"pair/callback/nl/half-vier b", NL, "Ik bel u binnenkort terug.", "", nil},
		{"pair/callback/nl/voorwaardelijk a", NL, "Ik bel u vandaag nog.", "callback", nil},
		{"pair/callback/nl/voorwaardelijk b", NL, "Als ik iets weet, bel ik u.", "", nil},
		{"pair/callback/en/tomorrow a", EN, "I'll phone you tomorrow morning.", "callback", nil},
		{"pair/callback/en/tomorrow b", EN, "I'll phone you tomorrow.", "", nil},
		{"pair/callback/en/later a", EN, "I'll get back to you later today.", "callback", nil},
		{"pair/callback/en/later b", EN, "I'll get back to you later this week.", "", nil},
		{"pair/callback/en/within a", EN, "I'll call you within two hours.", "callback", nil},
		{"pair/callback/en/within b", EN, "I'll call you soon.", "", nil},
		{"pair/callback/en/conditional a", EN, "I'll call you at 4 pm.", "callback", nil},
		{"pair/callback/en/conditional b", EN, "If I find out more, I'll call you.", "", nil},
	}
}
