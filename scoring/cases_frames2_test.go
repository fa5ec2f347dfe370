package scoring

// Frames (branch rules2): each general frame of lang/shared.txt's
// "frames" section with sentences of our own, in both languages, and a
// near twin the frame must leave alone.

func frames2Cases() []scorerCase {
	return []scorerCase{
		// f.appraise: a copula, degree words, a word for what it does to someone.
		{"f2/empathy/en/appraise", EN, "Losing the whole weekend to a dead line is genuinely exhausting.", "empathy", ev{Empathy: "is genuinely exhausting"}},
		{"f2/empathy/nl/appraise", NL, "Een week zonder verwarming, dat is echt ellendig.", "empathy", ev{Empathy: "is echt ellendig"}},
		{"f2/empathy/en/appraise-like", EN, "That sounds like a miserable start to the holiday.", "empathy", nil},
		{"f2/empathy/en/appraise-we", EN, "We're disappointed the parts came late.", "", nil},
		{"f2/empathy/en/appraise-task", EN, "It is difficult to say when the parts arrive.", "", nil},
		{"f2/empathy/nl/appraise-task", NL, "Het is lastig om daar nu een datum op te plakken.", "", nil},
		{"f2/empathy/en/appraise-negated", EN, "Resetting the box is not really difficult.", "", nil},
		{"f2/empathy/en/appraise-because", EN, "The installation was difficult because of the thick walls.", "", nil},
		{"f2/empathy/en/tough-question", EN, "That was a tough question to answer, so I asked billing.", "", nil},
		{"f2/empathy/nl/lastig-uit-te-leggen", NL, "Dit is lastig uit te leggen in een bericht.", "", nil},
		{"f2/empathy/en/must-be-exhausted", EN, "You must be exhausted after all those calls.", "empathy", nil},
		// f.exclaim: an exclamation that opens its clause.
		{"f2/empathy/nl/exclaim", NL, "Oei, wat een domper na zo'n lange rit.", "empathy", ev{Empathy: "wat een domper"}},
		{"f2/empathy/en/exclaim", EN, "Oh no, what a nightmare for your first week in the flat.", "empathy", nil},
		{"f2/empathy/en/what-a-pain", EN, "Ugh, what a pain, sorry about that.", "empathy,apology", nil},
		{"f2/empathy/nl/exclaim-question", NL, "Hoe lastig is het om de stekker eruit te halen?", "question", nil},
		// f.would-*: conditional solidarity.
		{"f2/empathy/en/would-too", EN, "Two missed visits in a row, I'd be climbing the walls too.", "empathy", nil},
		{"f2/empathy/nl/would-too", NL, "Daar zou ik ook flink van balen, eerlijk gezegd.", "empathy", nil},
		{"f2/empathy/nl/would-feel", NL, "Twee keer een verkeerde meterstand, ik zou er ook kotsbeu van zijn.", "empathy", nil},
		{"f2/empathy/en/would-same", EN, "Honestly, I would feel exactly the same after a week like that.", "empathy", nil},
		{"f2/empathy/nl/would-also-like", NL, "Ik zou ook graag uw meterstand van vandaag willen noteren.", "", nil},
		{"f2/empathy/en/would-also-like", EN, "I would also like to note today's meter reading.", "", nil},
		// f.understand: understanding, then a word for what it does.
		{"f2/empathy/nl/understand-spanning", NL, "Ik snap goed dat de spanning oploopt met die deadline.", "empathy", nil},
		{"f2/empathy/en/know-pressure", EN, "I know how much pressure a missed payment puts on a small shop.", "empathy", nil},
		{"f2/empathy/en/imagine-how", EN, "I can't imagine how draining these calls have been.", "empathy", nil},
		{"f2/empathy/nl/imagine-inverted", NL, "Daar kan ik me alles bij voorstellen.", "empathy", nil},
		{"f2/empathy/nl/imagine-negated", NL, "Ik kan me niet voorstellen dat dit zo'n probleem is.", "", nil},
		// negation reaches only across adverbs and auxiliaries.
		{"f2/empathy/en/negation-far", EN, "I don't really fully understand why this is so upsetting.", "", nil},
		{"f2/empathy/en/negation-noun", EN, "A bill with no explanation is really stressful.", "empathy", nil},
		{"f2/empathy/nl/negation-comparison", NL, "Het is niet meer dan logisch dat u boos bent.", "empathy", nil},
		// f.not-nice: a negated "nice".
		{"f2/empathy/en/not-fun", EN, "Power cuts are never fun, least of all in January.", "empathy", nil},
		{"f2/empathy/nl/not-nice", NL, "Dat klinkt niet echt als een prettige ervaring.", "empathy", nil},
		{"f2/empathy/nl/not-nice-sub", NL, "Ik begrijp dat het helemaal niet prettig is om zo lang te wachten.", "empathy", nil},
		{"f2/empathy/nl/nothing-as", NL, "Niks zo vervelend als een printer die halverwege stopt.", "empathy", nil},
		{"f2/empathy/en/nothing-as", EN, "Nothing more annoying than a charger that dies after a week.", "empathy", nil},
		// f.alone: the feeling word as a clause of its own; "zeg" mocks it.
		{"f2/empathy/nl/alone", NL, "Argh, frustrerend! Ik zet er meteen een melding voor uit.", "empathy", nil},
		{"f2/empathy/en/alone", EN, "Ugh, exhausting. I'll put a note on the account right away.", "empathy", nil},
		{"f2/empathy/en/alone-question", EN, "Stressful? It's a two-minute reset.", "", nil},
		{"f2/empathy/nl/sarcasm-zeg", NL, "Tjonge, wat een nachtmerrie zeg.", "", nil},
		// f.sorry-hardship: sorry, then what it does to the person.
		{"f2/empathy/en/sorry-clause", EN, "I'm so sorry, that's a draining way to spend a Saturday.", "apology,empathy", nil},
		{"f2/empathy/nl/sorry-schrik", NL, "Excuses voor de schrik die die brief u gaf.", "apology,empathy", nil},
		{"f2/empathy/en/sorry-for-thing", EN, "Apologies for this unpleasant mix-up with the invoice.", "apology", nil},
		{"f2/empathy/nl/om-gek-van-te-worden", NL, "Vier keer hetzelfde formulier, om gek van te worden.", "empathy", nil},
		{"f2/empathy/nl/niet-te-doen", NL, "Een week zonder water, dat is voor niemand te doen.", "empathy", nil},
		{"f2/empathy/nl/niets-aan-te-doen", NL, "Daar valt nu niet veel aan te doen.", "", nil},
		{"f2/empathy/nl/voel-je-je", NL, "Dan voel je je natuurlijk in de steek gelaten.", "empathy", nil},
		{"f2/empathy/en/wear-down", EN, "Four weekends of this, it must be wearing you down.", "empathy", nil},
		{"f2/empathy/en/a-lot", EN, "That's a lot to deal with in the middle of a move.", "empathy", nil},
		{"f2/empathy/nl/geeft-druk", NL, "Een aanmaning terwijl u al betaald heeft, dat geeft natuurlijk veel stress.", "empathy", nil},
		{"f2/empathy/en/puts-pressure", EN, "A frozen account the week rent is due, that puts real pressure on you.", "empathy", nil},
		{"f2/empathy/nl/pomp-druk", NL, "De pomp geeft te weinig druk, daarom komt er weinig water.", "", nil},
		{"f2/empathy/en/have-anyone", EN, "Five missed deliveries would have anyone at their wits' end.", "empathy", nil},
		{"f2/empathy/nl/zeker-omdat-rekende", NL, "Dat had niet mogen gebeuren, zeker omdat u erop rekende voor het weekend.", "empathy", nil},
		{"f2/empathy/en/understand-impact", EN, "I understand how much this outage affects your week.", "empathy", nil},
		{"f2/empathy/nl/hoe-belangrijk", NL, "Ik weet hoe belangrijk een werkende telefoon voor u is.", "empathy", nil},
		{"f2/empathy/en/know-how-much-costs", EN, "Do you know how much the repair cost?", "question", nil},
		{"f2/empathy/en/feel-your-pain", EN, "We feel your pain, nobody likes a dead remote.", "empathy", nil},
		{"f2/empathy/en/care-concerns", EN, "We care about your concerns and I'm looking into it now.", "empathy", nil},
		{"f2/empathy/nl/horen-misnoegd", NL, "Jammer om te horen dat je zo misnoegd bent over de installatie.", "apology,empathy", nil},
		{"f2/empathy/nl/liggen-bij", NL, "Het probleem kan aan de instellingen liggen bij het nummer van je vriend.", "", nil},
		// f.got-you-nl: "Dat snap ik." acknowledges; "…, maar" brushes it off.
		{"f2/empathy/nl/snap-ik", NL, "Snap ik, en sorry dat het zo lang duurde.", "empathy,apology", nil},
		{"f2/empathy/nl/dat-begrijp-ik", NL, "Dat begrijp ik volkomen. Ik zoek het vandaag nog voor u uit.", "empathy", nil},
		{"f2/empathy/nl/dat-begrijp-ik-maar", NL, "Dat begrijp ik, maar de prijs ligt nu eenmaal vast.", "", nil},
		{"f2/empathy/nl/snap-ik-vraag", NL, "Snap ik het goed dat de stekker erin zit?", "question", nil},
		// apologise-feeling: "any frustration" is the customer's feeling too.
		{"f2/empathy/en/any-frustration", EN, "My apologies for any frustration this caused.", "apology,empathy", nil},
		// f.rely / f.need-it-for: the circumstance that makes it worse.
		{"f2/empathy/en/rely", EN, "A dead phone line is the worst timing when your business relies on bookings.", "empathy", nil},
		{"f2/empathy/nl/need-it-for", NL, "Drie dagen zonder auto, terwijl u hem nodig heeft voor uw werk.", "empathy", nil},
		{"f2/empathy/en/if-you-need", EN, "If you need anything else, just reply here.", "", nil},
		// f.fair / f.right-to: the customer's reaction is fair.
		{"f2/empathy/en/fair", EN, "That's completely fair, nobody likes paying twice.", "empathy", nil},
		{"f2/empathy/en/right-to", EN, "You're right to push back on a fee like that.", "empathy", nil},
		{"f2/empathy/en/thanks-patience", EN, "Thanks for your patience while I checked the order.", "", nil},

		// f.promise-outcome: certainty with an outcome someone else brings about.
		{"f2/overpromise/en/will-guarantee", EN, "Your new card will be with you on Thursday, I guarantee it.", "overpromise", ev{Overpromise: "will"}},
		{"f2/overpromise/en/full-stop", EN, "You won't be charged for this again, full stop.", "overpromise", nil},
		{"f2/overpromise/nl/beloof-dat", NL, "Ik beloof u dat de verwarming vrijdag weer brandt.", "overpromise", nil},
		{"f2/overpromise/nl/weet-zeker", NL, "Morgen staat uw nieuwe modem bij u op de stoep, dat weet ik zeker.", "overpromise", nil},
		{"f2/overpromise/nl/zeker-apart", NL, "De monteur heeft het onderdeel morgen bij zich. Honderd procent zeker.", "overpromise", nil},
		{"f2/overpromise/nl/bezorgd-beloof", NL, "Uw pakket wordt zeker morgen bezorgd, dat beloof ik.", "overpromise", nil},
		{"f2/overpromise/en/own-call", EN, "I'll definitely call you back at four.", "callback", nil},
		{"f2/overpromise/nl/own-call", NL, "Ik bel u morgen om tien uur zeker terug.", "callback", nil},
		{"f2/overpromise/en/own-step-passive", EN, "Rest assured, your comments will be passed on to the team.", "", nil},
		{"f2/overpromise/en/wish", EN, "We'd definitely love to have you back on board.", "", nil},
		// f.predict-fix: an unhedged forecast of a fix.
		{"f2/overpromise/en/predict-fix", EN, "The glitch in the app will be corrected in the next release.", "overpromise", nil},
		{"f2/overpromise/nl/predict-fix", NL, "Die fout op de factuur wordt bij de volgende afrekening rechtgezet.", "overpromise", nil},
		{"f2/overpromise/en/until-fixed", EN, "Until it's corrected in the next release, the old version keeps running.", "", nil},
		{"f2/overpromise/en/processing", EN, "Your refund will be processed within five working days.", "", nil},
		{"f2/overpromise/nl/normaal-vertrekt", NL, "De volgende trein vertrekt normaal binnen tien minuten.", "", nil},

		// callback: a call to someone else is no callback.
		{"f2/callback/nl/bel-derde", NL, "Ik bel vanmiddag om drie uur de planning.", "", nil},
		{"f2/callback/en/ring-other", EN, "I'll ring the depot at two.", "", nil},
		{"f2/callback/en/email-thing", EN, "I'll email you the form within the next hour.", "callback", nil},
		{"f2/callback/en/polite-if", EN, "Would it be alright if I rang you back at half past four?", "callback,agreement", nil},
		{"f2/callback/en/hard-if", EN, "If the depot finds it, I'll ring you at half past four.", "", nil},
		{"f2/callback/en/post-update", EN, "I'll post an update here every twenty minutes until the line is back.", "callback", nil},
		{"f2/callback/nl/aan-de-telefoon", NL, "Ik neem het formulier morgenochtend om negen uur met u door aan de telefoon.", "callback", nil},

		// agreement frames: asking whether the proposed step suits them.
		{"f2/agreement/en/tag-ok", EN, "I'll keep the case open until the new meter is in, ok?", "agreement", nil},
		{"f2/agreement/nl/tag-ok", NL, "Ik zet de herinneringen stil tot de nieuwe factuur er is, goed?", "agreement", nil},
		{"f2/agreement/nl/alles-oke", NL, "Alles oké daar?", "", nil},
		{"f2/agreement/nl/prefer", NL, "Ik kan de nieuwe pas naar uw huis sturen. Of heeft u liever dat u hem in het filiaal ophaalt?", "agreement", nil},
		{"f2/agreement/en/prefer-no-step", EN, "Do you prefer e-mail or post?", "question", nil},
		{"f2/agreement/en/which-suits", EN, "I can swap the sofa or refund the difference. Which works best for you?", "agreement", nil},
		{"f2/agreement/en/if-you-like", EN, "I can split the bill over three months if you'd like?", "agreement", nil},
		{"f2/agreement/nl/als-je-wil", NL, "Ik kan de overstap vandaag nog voor je regelen als je wil?", "agreement", nil},
		{"f2/agreement/en/ok-if", EN, "Is it alright if I reset your box from here?", "agreement", nil},
		{"f2/agreement/en/offer-step", EN, "Can I put a hold on the card while we look into it?", "agreement", nil},
		{"f2/agreement/nl/v-ik", NL, "Zet ik de afspraak dan meteen voor vrijdag vast?", "agreement", nil},
		{"f2/agreement/nl/ask-number", NL, "Mag ik uw klantnummer even?", "", nil},
		{"f2/agreement/en/ask-what", EN, "Can I ask what the screen showed when it stopped?", "question", nil},
		{"f2/agreement/nl/help-general", NL, "Kan ik je nog ergens anders mee helpen?", "", nil},
		{"f2/agreement/en/mind-sharing", EN, "Would you mind sharing a photo of the damage?", "question", nil},
		{"f2/agreement/en/that-help", EN, "I'll post a spare charger today. Would that help?", "agreement", nil},
		{"f2/agreement/nl/komt-dat-uit", NL, "De monteur kan donderdagochtend komen. Komt u dat uit?", "agreement", nil},
		{"f2/agreement/en/happy-to-offer", EN, "I'd be happy to chase the courier for you?", "agreement", nil},
		{"f2/agreement/en/ok-to-pass-details", EN, "Would it be ok to pass your details to the repair team?", "agreement", nil},
		{"f2/agreement/nl/v-ik-details", NL, "Ik zie de gegevens al, stuur ik je de analyse door per mail?", "agreement", nil},
		{"f2/agreement/en/ok-signature", EN, "Glad it's sorted. Have a good evening! ^OK", "", nil},
		{"f2/agreement/nl/lijkt-u-dat-wat", NL, "Ik kan het bedrag over drie maanden spreiden, lijkt u dat wat?", "agreement", nil},
		{"f2/agreement/en/names-order", EN, "I can cancel the order and refund you today, is that alright?", "agreement", nil},
		{"f2/agreement/nl/dit-nummer", NL, "Is dit nummer goed?", "", nil},
		{"f2/agreement/en/help-today", EN, "Can I help with anything else today?", "", nil},
		{"f2/agreement/nl/kan-dat", NL, "Ik schrap die rente en zet de betaling een maand later. Kan dat?", "agreement", nil},

		// summary frames: a recap of two or more facts.
		{"f2/summary/en/so-recap", EN, "Okay, so the parcel was left at the wrong door, and the neighbour has been away since Friday.", "summary", nil},
		{"f2/summary/nl/dus-recap", NL, "Dus de ketel slaat elke nacht af en de monteur heeft vorige week niets gevonden.", "summary", nil},
		{"f2/summary/en/so-one-fact", EN, "So no hot water since Monday.", "", nil},
		{"f2/summary/en/so-plan", EN, "So I'll book the engineer for Friday and text you the slot.", "", nil},
		{"f2/summary/en/so-sorry", EN, "So sorry about this, four days without a phone is rough.", "apology,empathy", nil},
		{"f2/summary/en/hearing-right", EN, "If I'm hearing you right, the card was swallowed at the machine and the branch was already closed.", "summary", nil},
		{"f2/summary/nl/op-een-rij", NL, "Ik zet het even op een rij: de monteur kwam twee keer niet opdagen, en niemand heeft u teruggebeld.", "summary", nil},
		{"f2/summary/nl/goed-volg", NL, "Als ik u goed volg, is de monteur niet gekomen en heeft niemand u gebeld.", "summary", nil},
		{"f2/summary/en/written-down", EN, "I've written it all down: the box arrived open, the cable was missing, and the helpline hung up on you.", "summary", nil},
		{"f2/summary/nl/genoteerd-plan", NL, "Ik heb uw adres genoteerd: als het morgen nog hapert, kijk ik de lijn opnieuw na.", "", nil},
	}
}
