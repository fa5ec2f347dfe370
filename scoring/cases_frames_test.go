package scoring

// Cases for the general frames written while measuring the labelled
// train split (corpus/): each frame in both languages, with a near twin
// that must stay unlabelled. The sentences are our own.

func framesCases() []scorerCase {
	return []scorerCase{
		// blame frame our-side-fine / our-side-no-fault (SETTLED 3): the
		// company's side is fine, so the fault must lie elsewhere; a status
		// report that goes on helping is not blame.
		{"frames/blame/en/our-end-fine", EN, "Everything looks fine on our end, madam.", "blame:denial", nil},
		{"frames/blame/en/no-fault-network", EN, "There's no fault at all on our network today.", "blame:denial", nil},
		{"frames/blame/nl/bij-ons-in-orde", NL, "Bij ons is alles in orde, meneer.", "blame:denial", nil},
		{"frames/blame/nl/geen-storing-bij-ons", NL, "Er is bij ons geen enkele storing geweest.", "blame:denial", nil},
		{"frames/blame/nl/geen-storing-helpt", NL, "Er is bij ons geen storing bekend. Heeft u de router al eens uit- en aangezet?", "question", nil},
		{"frames/blame/en/fixed-on-our-side", EN, "We reset the line on our side and it works again now.", "", nil},
		// blame frame not-us-contrast: a party set against "us".
		{"frames/blame/en/not-from-us", EN, "Those texts come from a marketing firm, not from us.", "blame:supplier", nil},
		{"frames/blame/nl/niet-van-ons", NL, "Die brieven komen van een incassobureau, niet van ons.", "blame:supplier", nil},
		{"frames/blame/nl/uitbesteed", NL, "De installatie is uitbesteed, dus daar moet u even geduld mee hebben.", "blame:supplier", nil},
		// blame frame handled-elsewhere: somebody else decides or handles it.
		{"frames/blame/en/down-to-manager", EN, "Refunds of that size are down to my manager.", "blame:management", nil},
		{"frames/blame/en/separate-team", EN, "Complaints are a separate team, they reply in their own time.", "blame:management", nil},
		{"frames/blame/nl/behandeld-door", NL, "Schadeclaims worden behandeld door een andere afdeling.", "blame:management", nil},
		{"frames/blame/nl/geen-toegang", NL, "Daar heb ik helaas geen toegang toe.", "blame:management", nil},
		// blame frame you-caused / your-side: the customer's own action as cause.
		{"frames/blame/en/cos-you-entered", EN, "probably cos you typed the old password twice", "blame:customer", nil},
		{"frames/blame/nl/van-uw-kant", NL, "Dat is dan een fout van uw kant geweest.", "blame:customer", nil},
		{"frames/blame/nl/zelf-geannuleerd", NL, "U heeft de bestelling zelf geannuleerd op maandag.", "blame:customer", nil},
		{"frames/blame/en/we-refunded-since", EN, "We've refunded it because you hadn't used it yet.", "", nil},
		// blame frame terms-as-reason: the terms quoted to push back, not to inform.
		{"frames/blame/en/afraid-terms", EN, "Cancelling in the first year costs extra, I'm afraid, that's in the terms.", "blame:contract", nil},
		{"frames/blame/nl/gewoon-tarief", NL, "Die kosten staan gewoon in het tarief van uw abonnement.", "blame:contract", nil},
		{"frames/blame/en/terms-inform", EN, "The cancellation fee on the basic plan is ten pounds.", "", nil},
		// blame frame doubting-question (rubric: rhetorical questions are no questions).
		{"frames/blame/en/did-you-actually", EN, "Did you actually switch the router on?", "blame:customer", nil},
		{"frames/blame/nl/echt-geprobeerd", NL, "Heeft u het echt geprobeerd met een andere kabel?", "blame:customer", nil},
		{"frames/blame/en/do-you-not", EN, "Do you not read the letters we send?", "blame:customer", nil},
		{"frames/blame/en/would-you-like", EN, "Would you like me to check what you really use each month?", "agreement", nil},
		// blame frame customer-must-call with a named party; the same team is no party.
		{"frames/blame/en/named-contact", EN, "You'll need to contact Brightline Energy about that meter.", "blame:supplier", nil},
		{"frames/blame/nl/al-gecontacteerd", NL, "Heb je Snelnet al gecontacteerd?", "blame:supplier", nil},
		{"frames/blame/en/reach-us-link", EN, "We'd like to look into this with you. Please reach us here: <URL>", "", nil},
		{"frames/blame/en/bare-contact-link", EN, "Contact us here: <URL>", "blame:website", nil},
		{"frames/blame/en/out-of-control", EN, "The storm damage is out of our control.", "blame:denial", nil},

		// the examples of blame in other words (our own variants)
		{"frames/blame/en/site-says", EN, "It's written on our site, madam.", "blame:website", nil},
		{"frames/blame/en/head-office", EN, "Head office decided that last year, not me.", "blame:management", nil},
		{"frames/blame/en/how-system-works", EN, "That's simply how our booking system works, I can't change it.", "blame:contract", nil},
		{"frames/blame/en/ones-who-decide", EN, "The planners are the ones who decide the slots.", "blame:management", nil},
		{"frames/blame/nl/zo-werkt-het", NL, "Zo werkt onze planning nu eenmaal.", "blame:contract", nil},
		{"frames/blame/nl/die-beslissen", NL, "Het is de afdeling facturatie die dat bepaalt.", "blame:management", nil},

		// the agent's own regret says sorry; anger on the customer's behalf is empathy
		{"frames/apology/en/feel-terrible", EN, "That was our mistake and I feel dreadful about it.", "apology", nil},
		{"frames/apology/nl/schaam-me", NL, "Daar schaam ik me echt voor, meneer.", "apology", nil},
		{"frames/apology/en/kicking-myself", EN, "I'm kicking myself that I didn't check the address.", "apology", nil},
		{"frames/apology/en/feel-fine", EN, "I feel fine about the new plan.", "", nil},
		{"frames/empathy/en/on-your-behalf", EN, "Honestly, I'm furious on your behalf.", "empathy", nil},
		// overpromise: certainty in everyday words
		{"frames/overpromise/en/hold-me-to", EN, "The engineer fixes it tomorrow, you can hold me to that.", "overpromise", nil},
		{"frames/overpromise/nl/hand-in-vuur", NL, "Morgen werkt alles weer, daar steek ik mijn hand voor in het vuur.", "overpromise", nil},
		// blame: handled or run by another party, not ours, out of our hands, not covered
		{"frames/blame/en/run-by", EN, "Complaints are dealt with by a separate claims office.", "blame:management", nil},
		{"frames/blame/en/handled-by-us", EN, "This is handled by us from start to finish.", "", nil},
		{"frames/blame/en/down-to-them", EN, "The delay is down to them, not us.", "blame:supplier", nil},
		{"frames/blame/en/not-ours", EN, "That outage was on the energy company's network, not ours.", "blame:supplier", nil},
		{"frames/blame/en/left-our-hands", EN, "It left our hands in perfect shape on Monday.", "blame:denial", nil},
		{"frames/blame/nl/niet-gedekt", NL, "Stormschade is niet gedekt, dat staat gewoon in de polis.", "blame:contract", nil},
		// question: a short check after a recap asks nothing new; a real follow-up does
		{"frames/question/en/recap-check", EN, "So the heating went off on Friday and the engineer never came. That's everything?", "summary", nil},

		// more Dutch families (own sentences)
		{"frames/apology/nl/onszelf-kwalijk", NL, "Die fout nemen we onszelf echt kwalijk.", "apology", nil},
		{"frames/apology/nl/zit-niet-lekker", NL, "Het zit me niet lekker dat u drie keer moest bellen.", "apology", nil},
		{"frames/blame/nl/zelf-online", NL, "Dat past u zelf online aan in uw account.", "blame:website", nil},
		{"frames/blame/nl/geen-uitzondering", NL, "Daar maken we geen uitzondering op, meneer.", "blame:contract", nil},
		{"frames/blame/nl/eigen-keuze", NL, "Dat was toch uw eigen keuze?", "blame:customer", nil},
		{"frames/blame/nl/had-u-dan", NL, "Had u de meterstand gecontroleerd, dan was dit nooit gebeurd.", "blame:customer", nil},
		{"frames/blame/nl/niet-zeggen-koerier", NL, "Ik ga niet zeggen dat het aan de vervoerder ligt: het is ons pakket.", "", nil},
		{"frames/blame/nl/derde-keer", NL, "Dit is al de derde keer dat u belt, dat snap ik.", "empathy", nil},

		// blame: a phone line instead of help; self-help material as the answer
		{"frames/blame/en/phone-line", EN, "Please ring our billing line on 0800 123 4567 about that.", "blame:management", nil},
		{"frames/blame/nl/nummer", NL, "Hun klantendienst is bereikbaar op 078 15 05 23.", "blame:management", nil},
		{"frames/callback/nl/ik-bel-nummer", NL, "Ik bel u om drie uur terug op 0470 12 34 56.", "callback", nil},
		// blame: sent to phone or chat to start over (channel-handoff), also "with us"
		{"frames/blame/en/chat-in-with-us", EN, "Please ring or chat in with our support team: https://help.example/contact", "blame:management", nil},
		{"frames/blame/en/reach-via-phone", EN, "Kindly reach our billing desk via phone at the number on your invoice.", "blame:management", nil},
		{"frames/blame/nl/bel-via-link", NL, "Gelieve onze klantendienst te bellen via https://help.example/bellen", "blame:management", nil},
		{"frames/blame/nl/u-kunt-ons-bellen", NL, "U kunt ons bellen op het nummer op uw factuur.", "blame:management", nil},
		{"frames/blame/en/your-phone-number", EN, "Could you send me your phone number? Then I can call you back at three.", "callback", nil},
		{"frames/blame/en/so-i-can-call", EN, "Could you send me your phone number so I can call you back?", "", nil},
		{"frames/blame/nl/bundel-bellen", NL, "Met die bundel kan je onbeperkt bellen en sms'en: https://shop.example/bundels", "", nil},
		// blame: rules as the reason
		{"frames/blame/en/legislation", EN, "A bag costs 10p extra, as per the legislation on packaging.", "blame:contract", nil},
		{"frames/blame/en/licensing", EN, "The match isn't shown on the app due to licensing restrictions.", "blame:contract", nil},
		{"frames/blame/en/we-follow", EN, "We simply follow the EU regulations on this, I'm afraid.", "blame:contract", nil},
		{"frames/blame/nl/wetgeving", NL, "Dat mag niet omwille van de wetgeving rond privacy.", "blame:contract", nil},
		{"frames/blame/nl/volgens-wet", NL, "Volgens de wet moeten we die kosten aanrekenen.", "blame:contract", nil},
		{"frames/blame/en/law-is-ours", EN, "I'll check what the law allows and call you back at four.", "callback", nil},
		{"frames/blame/nl/volgende-keer", NL, "Als het nog eens gebeurt, mag u ons altijd bellen op het gewone nummer.", "", nil},
		{"frames/blame/en/tips-here", EN, "You'll find some troubleshooting tips here: <URL>", "blame:website", nil},
		{"frames/blame/nl/stappen-hier", NL, "De stappen staan hier beschreven: <URL>", "blame:website", nil},
		{"frames/blame/en/tips-beside-help", EN, "Which router do you have? Meanwhile there are some tips here: <URL>", "question", nil},

		// question: open help questions ask; yes/no offers do not (SETTLED 16).
		{"frames/question/nl/waarmee-helpen", NL, "Waarmee kan ik u helpen?", "question", nil},
		{"frames/question/en/how-help", EN, "How can we help today?", "question", nil},
		{"frames/question/nl/kan-ik-helpen", NL, "Kan ik u nog ergens mee helpen?", "", nil},
		// question: identifiers, also compounds and "best number" checks.
		{"frames/question/nl/polisnummer", NL, "Wat is uw contractnummer?", "", nil},
		{"frames/question/en/best-number", EN, "Is this still the right number for you?", "", nil},
		// question: asking to hear it again.
		{"frames/question/en/go-over-again", EN, "Sorry, could you run over the dates again?", "", nil},
		{"frames/question/nl/nog-een-keer", NL, "Kunt u dat nog een keer uitleggen?", "", nil},
		// question: an echo of one fact asks nothing (RUBRIC settled).
		{"frames/question/nl/echo", NL, "Nog steeds geen warm water?", "", nil},
		{"frames/question/en/echo-number", EN, "Three engineers already?", "", nil},
		{"frames/question/en/real-question", EN, "Still no signal since when exactly?", "question", nil},
		// question: "tell us more here" asks for details, and keeps the case.
		{"frames/question/en/tell-more", EN, "That sounds wrong. Please tell us more here: <URL>", "question", nil},
		{"frames/question/en/more-info-here", EN, "More info on our opening hours here: <URL>", "blame:website", nil},
		// question frame report-back (SETTLED 17): an instruction to tell
		// what happened or what the customer sees asks for details; an
		// offer or the agent informing does not.
		{"frames/question/en/let-us-know-error", EN, "Please let us know which error code the screen shows.", "question", nil},
		{"frames/question/nl/laat-weten-wat", NL, "Herstart de box en laat me weten wat je dan ziet.", "question", nil},
		{"frames/question/en/dm-which", EN, "DM me which branch you visited and I'll chase it.", "question", nil},
		{"frames/question/en/let-us-know-if-need", EN, "Let us know if you need anything else.", "", nil},
		{"frames/question/nl/ik-laat-weten", NL, "Ik laat u morgen weten wanneer de monteur komt.", "", nil},
		{"frames/question/en/your-details", EN, "Please DM us your account details.", "", nil},

		// agreement: offers of a step as a question (RUBRIC settled).
		{"frames/agreement/nl/zal-ik", NL, "Zal ik meteen een nieuwe afspraak voor u maken?", "agreement", nil},
		{"frames/agreement/en/shall-i", EN, "Shall I order the replacement part now?", "agreement", nil},
	}
}
