package scoring

// Frames (round 4): each new blame frame and veto with sentences of our
// own, in both languages, and a near twin the frame must leave alone.

func frames3Cases() []scorerCase {
	return []scorerCase{
		// idle auxiliaries: "we have had no reports" states, it does not act,
		// so "our side is fine" stays a denial.
		{"f3/blame/en/fine-no-reports", EN, "The portal works fine on our end, we've had no other complaints this week.", "blame:denial", nil},
		{"f3/blame/nl/fine-no-reports", NL, "Bij ons werkt alles prima, we hebben geen andere meldingen gehad.", "blame:denial", nil},
		{"f3/blame/en/fine-but-acting", EN, "It looks fine on our end, but I'll send an engineer to check the line anyway.", "", nil},

		// a restatement is not the agent shifting the blame.
		{"f3/blame/en/recap-hotel", EN, "So the train was cancelled, you slept in a hotel near the station and now you're told to pay for the room yourself, right?", "summary", nil},
		{"f3/blame/nl/recap-courier", NL, "Als ik u goed begrijp heeft de koerier het pakket bij de buren gelaten en is het daar nooit aangekomen. Klopt dat?", "summary", nil},
		{"f3/blame/en/courier-cause", EN, "The courier lost your parcel, that's why it never came.", "blame:supplier", nil},

		// owning the problem beside a third party
		{"f3/blame/en/ours-to-fix", EN, "The fitters are subcontracted, but that's our problem to fix, not yours: I'm booking a new visit now.", "", nil},
		{"f3/blame/nl/mijn-zorg", NL, "De meters worden door een partnerbedrijf geplaatst, maar dat is mijn zorg en niet de uwe.", "", nil},

		// supplier-cause: not in a question, not beside the agent's own act
		{"f3/blame/en/pass-to-maker", EN, "I'll pass the broken hinge on to the manufacturer and refund you today.", "", nil},
		{"f3/blame/nl/bank-question", NL, "Heeft de bank gezegd waarom de betaling niet lukte?", "question", nil},

		// self-service as the whole answer (website)
		{"f3/blame/en/form-online", EN, "Just fill in the compensation form online, it's all on there.", "blame:website", nil},
		{"f3/blame/en/yourself-portal", EN, "You can reschedule the delivery yourself through the tracking portal.", "blame:website", nil},
		{"f3/blame/nl/zelf-app", NL, "Een storing kunt u zelf doorgeven in de energie-app.", "blame:website", nil},
		{"f3/blame/nl/kan-via-formulier", NL, "Dat kan via het online klachtenformulier.", "blame:website", nil},
		{"f3/blame/nl/chatbot", NL, "Stel die vraag gerust aan onze chatbot, die weet het meteen.", "blame:website", nil},
		{"f3/blame/en/app-plus-agent", EN, "You can also follow the repair in the app, and I'll call you at four with an update.", "callback", nil},
		{"f3/blame/nl/app-if-option", NL, "Als u een smartphone heeft, kunt u de meterstand ook in de app invullen; anders noteer ik hem nu voor u.", "", nil},
		{"f3/blame/en/cannot-use-app", EN, "You can't use the old app for this, but the new one works abroad too.", "", nil},
		{"f3/blame/en/account-money", EN, "You'll have the refund in your account by Thursday.", "", nil},

		// help made conditional on the customer's tone: not blame by itself
		// (settled case 32, which reversed these two rows at -86)
		{"f3/blame/en/no-help-if-yelling", EN, "I won't be able to help you if you keep yelling at me.", "", nil},
		{"f3/blame/nl/als-u-scheldt", NL, "Als u blijft schelden, kan ik niets voor u doen.", "", nil},
		{"f3/blame/en/insult-owned", EN, "I'd rather you didn't swear at me, but you're right that we let you down, and I'm fixing it now.", "", nil},

		// the customer must sort it out with a third party (supplier)
		{"f3/blame/en/take-it-up", EN, "You'll need to take that up with the airline, sir.", "blame:supplier", nil},
		{"f3/blame/nl/met-verhuurder", NL, "Dat moet u met de verhuurder regelen, daar gaan wij niet over.", "blame:supplier", nil},
		{"f3/blame/nl/bij-gemeente", NL, "Daarvoor moet u bij de gemeente zijn.", "blame:supplier", nil},
		{"f3/blame/en/ask-them", EN, "You would have to ask them why the card was declined.", "blame:supplier", nil},
		{"f3/blame/en/i-take-it-up", EN, "I'll take it up with the airline myself and call you back at three.", "callback", nil},

		// a link that serves the agent's own question or DM, or news to come
		{"f3/blame/en/link-dm", EN, "Sorry about the mix-up. Send us a DM here: <URL>", "apology", nil},
		{"f3/blame/en/link-news", EN, "Nothing to share yet, but our blog will have the updates: <URL>", "", nil},
		{"f3/blame/nl/link-nieuws", NL, "Zodra er nieuws is over de nieuwe zenders, vind je het op onze website.", "", nil},
		{"f3/blame/en/link-alone", EN, "You can find everything about refunds here: <URL>", "blame:website", nil},

		// empathy: impact in an appraisal with Dutch degree words, a spoilt plan,
		// what it would do to the agent
		{"f3/empathy/nl/flinke-domper", NL, "Geen warm water op kerstavond, dat is een flinke domper.", "empathy", nil},
		{"f3/empathy/nl/krijg-het-benauwd", NL, "Geen toegang tot je pensioenrekening, daar krijg je het benauwd van.", "empathy", nil},
		{"f3/empathy/en/not-what-you-planned", EN, "Rain through the ceiling on your first night, that's not the holiday you planned.", "empathy", nil},
		{"f3/empathy/nl/niet-wat-u-hoopte", NL, "Een monteur die niet komt opdagen, dat is niet wat u hoopte.", "empathy", nil},
		{"f3/empathy/en/blood-boil", EN, "Being charged twice for one repair would make my blood boil as well.", "empathy", nil},
		{"f3/empathy/en/not-what-to-worry", EN, "That's not a number you should have seen, I'll correct it now.", "", nil},
		{"f3/empathy/en/sorry-mess", EN, "I'm sorry, that's a mess on our side and I'll sort it today.", "apology", nil},

		// doubting questions after an opener, with Dutch "wel"; checking a fix is no doubt
		{"f3/blame/nl/maar-heeft-u-wel", NL, "Sorry, maar heeft u de stekker wel goed ingeduwd?", "blame:customer", nil},
		{"f3/blame/nl/wel-weer-in-orde", NL, "Is je verbinding nu wel weer in orde?", "question", nil},
		{"f3/blame/en/but-have-you-actually", EN, "Okay, but have you actually read the letter we sent?", "blame:customer", nil},

		// the fault placed with a named or third party; a place is no party
		{"f3/blame/en/fault-on-named", EN, "The fault is on the Northgrid cable into your road.", "blame:supplier", nil},
		{"f3/blame/nl/probleem-ligt-bij", NL, "Het probleem ligt echt bij de koerier.", "blame:supplier", nil},
		{"f3/blame/nl/ligt-bij-ons", NL, "Het probleem ligt bij ons, en ik los het vandaag op.", "", nil},
		{"f3/blame/en/fault-in-place", EN, "There is a fault in Leeds affecting several streets; our engineers are on it now.", "", nil},
		{"f3/blame/en/hotel-as-place", EN, "Stuck in a hotel after a cancelled flight is awful, and I'm sorry.", "empathy,apology", nil},

		// insisting the company did its part, unless the agent acts on it
		{"f3/blame/en/we-did-write", EN, "But we did email you twice about the price change.", "blame:denial", nil},
		{"f3/blame/nl/wel-degelijk-gestuurd", NL, "We hebben u wel degelijk een herinnering gestuurd.", "blame:denial", nil},
		{"f3/blame/en/we-did-call-act", EN, "We did call you this morning, so I'll try your mobile at two instead.", "callback", nil},
		{"f3/blame/en/we-didnt-call", EN, "We didn't call you back as promised, and that's on us.", "", nil},

		// an echo with "you say?" and a check after a recap ask nothing new
		{"f3/question/en/you-say", EN, "Paid in cash, you say?", "", nil},
		{"f3/question/nl/zegt-u", NL, "Drie keer gebeld, zegt u?", "", nil},
		{"f3/question/nl/mis-ik-iets", NL, "Dus: de boiler lekt, de monteur kwam niet en u heeft al twee dagen geen warm water. Mis ik nog iets?", "summary", nil},
		{"f3/question/en/recap-then-asks", EN, "So the heating stopped on Monday, the engineer never came and you've had no hot water since. How old is the boiler?", "summary,question", nil},

		// a recap closed by a check in other words
		{"f3/summary/nl/zit-ik-goed", NL, "Even op een rijtje wat ik hoor: de lift staat al een week stil, u woont op de zesde en uw man zit in een rolstoel. Zit ik zo goed?", "summary", nil},
		{"f3/summary/en/got-it-straight", EN, "Let me play it back: two engineers booked, neither came, and you lost two days' pay. Have I got that straight?", "summary", nil},
		{"f3/summary/nl/goed-geholpen", NL, "Ik heb uw nieuwe adres ingevoerd en de verhuizing staat op 3 mei. Heb ik u goed geholpen?", "", nil},

		// certainty in other words about an outcome others bring
		{"f3/overpromise/nl/honderd-procent", NL, "Dat geld staat morgen weer op uw rekening, honderd procent.", "overpromise", nil},
		{"f3/overpromise/nl/reken-maar", NL, "Vrijdag werkt uw verwarming weer, reken daar maar op.", "overpromise", nil},
		{"f3/overpromise/nl/vanzelf-weg", NL, "Die lucht is binnen een paar dagen vanzelf weg, echt waar.", "overpromise", nil},
		{"f3/overpromise/en/flight-leaving", EN, "Your train is definitely leaving on time tonight.", "overpromise", nil},
		{"f3/overpromise/nl/ik-bel-zeker", NL, "Ik bel u morgen om tien uur, reken daar maar op.", "callback", nil},

		// impact said in other words
		{"f3/empathy/en/no-words", EN, "Your mum's birthday lunch without the cake… I really don't have the words.", "empathy", nil},
		{"f3/empathy/en/means-to-you", EN, "I can see that watch means a great deal to you.", "empathy", nil},
		{"f3/empathy/nl/op-zn-kop", NL, "Twee weken zonder auto, dat zet uw hele planning op z'n kop.", "empathy", nil},
		{"f3/empathy/nl/geeft-onrust", NL, "Zo'n brief van een incassobureau geeft veel onrust.", "empathy", nil},
		{"f3/empathy/en/not-taken-seriously", EN, "Five emails and no answer, you must feel nobody takes you seriously.", "empathy", nil},
		{"f3/empathy/en/especially-when", EN, "That's a rotten way to start the week, especially when you'd booked the day off.", "empathy", nil},
		{"f3/empathy/en/not-what-you-want", EN, "Not what you want to find after a twelve-hour shift.", "empathy", nil},
		{"f3/empathy/nl/niet-aan-denken", NL, "Een volle vriezer en geen stroom, daar wil je niet aan denken.", "empathy", nil},
		{"f3/empathy/en/sorry-for-loss", EN, "I'm so sorry for your loss.", "empathy,apology", nil},
		{"f3/empathy/en/means-plan", EN, "What this means for your contract is a new start date.", "", nil},
		{"f3/empathy/nl/zorg-goed", NL, "Graag gedaan, en zorg goed voor jezelf!", "", nil},
		{"f3/empathy/en/take-seriously", EN, "We take every report like this seriously.", "", nil},

		// vetoes: a condition or an embedded question before the contact verb, a case number,
		// a supposition, "whether", plain "nog" with a terms word
		{"f3/blame/en/if-store-fine", EN, "Hi! If you bought it in the web store, you're all set for launch day.", "", nil},
		{"f3/blame/en/which-store-visit", EN, "Could you tell us which branch you visited? I'd like to pass this on to the manager there.", "question", nil},
		{"f3/blame/nl/dossiernummer", NL, "Er staat een dossier open met nummer 58213377, ik volg het zelf op.", "", nil},
		{"f3/blame/nl/indien-zoals-bij-ons", NL, "Indien het zoals bij ons werkt, krijgt u een eindafrekening.", "", nil},
		{"f3/blame/nl/kijken-of-aan-je-ligt", NL, "Met een snelheidstest kunnen we kijken of het aan je modem ligt.", "", nil},
		{"f3/blame/nl/zou-geen-invloed", NL, "Een nieuwe kabel zou daar geen invloed op mogen hebben.", "", nil},
		{"f3/blame/nl/lies-with-you", NL, "Het ligt gewoon aan uw modem, meneer.", "blame:customer", nil},
		{"f3/blame/nl/nog-garantie", NL, "Dan kijk ik of het toestel nog onder de garantie valt.", "", nil},

		// the decision named as someone else's; an outage of a partner
		{"f3/blame/nl/keuze-verhuurder", NL, "Tja, dat is nu eenmaal de keuze van de woningcorporatie.", "blame:supplier", nil},
		{"f3/blame/en/airlines-decision", EN, "That's the airline's decision, I'm afraid.", "blame:supplier", nil},
		{"f3/blame/nl/besluit-hoofdkantoor", NL, "Dat is een besluit van het hoofdkantoor.", "blame:management", nil},
		{"f3/blame/nl/mijn-keuze-niet", NL, "Het is niet mijn keuze geweest, maar ik los het wel voor u op.", "", nil},
		{"f3/blame/en/choice-of-plan", EN, "The choice of plan is entirely up to you, and I'll set up whichever you pick.", "", nil},
		{"f3/blame/nl/partner-plat", NL, "Het netwerk van onze partner ligt plat.", "blame:supplier", nil},
		{"f3/blame/nl/fault-accented-name", NL, "Het probleem ligt bij Électrabel, niet bij de monteur.", "blame:supplier", nil},
		{"f3/blame/en/ill-call-no-party", EN, "I'll call the depot myself and ring you back at four.", "callback", nil},

		// "give me N minutes" sets the time of the call back
		{"f3/callback/en/give-me-minutes", EN, "Give me ten minutes and I'll ring you straight back.", "callback", nil},
		{"f3/callback/nl/geef-me-kwartier", NL, "Geef me een kwartier, dan bel ik u terug.", "callback", nil},
		{"f3/callback/en/give-me-a-call", EN, "Give me a call if it happens again.", "", nil},

		// a bare contact link (settled cases 1 and 2)
		{"f3/blame/en/message-link-below", EN, "You can message us by clicking the link below. <URL>", "blame:website", nil},
		{"f3/blame/en/write-so-we-can", EN, "Please write to us here so we can look into it: <URL>", "", nil},
		{"f3/blame/en/if-no-luck-contact", EN, "Try restarting the app first. If that doesn't help, contact us here: <URL>", "", nil},
		{"f3/blame/nl/contacteer-ons-link", NL, "Contacteer ons via deze link: <URL>", "blame:website", nil},

		// a step put to the customer to accept in other words
		{"f3/agreement/en/do-the-trick", EN, "I'll switch you to paper bills from today. Would that do the trick?", "agreement", nil},
		{"f3/agreement/nl/is-dat-goed", NL, "Ik regel vandaag nog een nieuwe pas. Is dat goed?", "agreement", nil},

		// terms in a compound, cited as the reason
		{"f3/blame/nl/actievoorwaarden", NL, "De bonus komt pas na drie maanden, zoals in de actievoorwaarden staat.", "blame:contract", nil},
		{"f3/blame/nl/moet-nu-eenmaal", NL, "Zonder meterstand moeten we het verbruik nu eenmaal schatten.", "blame:contract", nil},
		{"f3/blame/nl/check-voorwaarden", NL, "Ik lees de actievoorwaarden even na voor u.", "", nil},
	}
}
