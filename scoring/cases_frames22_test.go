package scoring

// Blame (-87), the customer's side: a guess that puts the cause in the
// customer's own act ("you must've left it on", "u heeft vast het vakje
// aangevinkt"), not what they went through ("you must have been
// worried"); the written source as the answer ("the product page does say
// to size up", "as it says on the label", "dat stond gewoon op het
// etiket": contract, the terms of what was sold), not a recap of what the
// bill shows.
func frames30Cases() []scorerCase {
	return []scorerCase{
		{"f40/blame/en/must-have-left", EN, "You must've left the heating on boost all night.", "blame:customer", nil},
		{"f40/blame/en/probably-ticked", EN, "You probably ticked the paperless box when you signed up.", "blame:customer", nil},
		{"f40/blame/en/must-have-been-worried", EN, "With the kids in the car you must have been worried sick.", "empathy", nil},
		{"f40/blame/nl/vast-aangevinkt", NL, "U heeft vast het vakje voor automatische verlenging aangevinkt.", "blame:customer", nil},
		{"f40/blame/nl/moet-ingevuld-hebben", NL, "Je moet bij het boeken een verkeerd kenteken ingevuld hebben.", "blame:customer", nil},
		{"f40/blame/nl/zult-verkleumd", NL, "Een uur op dat perron, u zult verkleumd geweest zijn.", "empathy", nil},
		{"f40/blame/en/page-does-say", EN, "The booking page does say the sauna is closed on Mondays.", "blame:contract", nil},
		{"f40/blame/en/did-warn", EN, "The checkout did warn that the seats were restricted view.", "blame:contract", nil},
		{"f40/blame/en/as-it-says", EN, "That coat is dry clean only, as it says on the label.", "blame:contract", nil},
		{"f40/blame/nl/stond-gewoon-op", NL, "Die tent is niet waterdicht, dat stond gewoon op de verpakking.", "blame:contract", nil},
		{"f40/blame/nl/recap-staat-toch", NL, "Dus u heeft de abonnementen opgezegd en nu staat er toch weer 40 euro op de factuur, klopt dat?", "summary", nil},
	}
}

// Blame (-87), the company's side and what it hands on: the record as proof
// with "as far as we're concerned" in between ("…, so as far as we're
// concerned it was delivered"); no trace "in ons systeem" further from
// the verb; a third party that postponed or keeps things waiting ("de
// fabrikant heeft de levering uitgesteld", "the contractor is still
// waiting on a part"); the cover and the fee as the answer ("zit niet in
// uw dekking", "the call-out fee still applies", "zijn altijd betalend",
// "regardless of the reason"), not a fee that will not apply; decided
// above ("head office's call", "door de directie vastgesteld"); the
// customer left to chase ("…, and if you've heard nothing by Friday, give
// us a ring", "daarvoor moet u morgen terugbellen"), not the agent calling
// when there is no news.
func frames31Cases() []scorerCase {
	return []scorerCase{
		{"f41/blame/en/as-far-as-concerned", EN, "The scanner logged the drop at 10:12, so as far as we're concerned it was delivered.", "blame:denial", nil},
		{"f41/blame/nl/zie-in-systeem-geen", NL, "Ik zie in ons systeem geen enkele melding van die lekkage.", "blame:denial", nil},
		{"f41/blame/nl/fabrikant-uitgesteld", NL, "De fabrikant heeft de levering van uw bank al twee keer uitgesteld.", "blame:supplier", nil},
		{"f41/blame/en/contractor-waiting", EN, "The lift contractor is still waiting on a part from Italy.", "blame:supplier", nil},
		{"f41/blame/nl/niet-in-dekking", NL, "Hagelschade zit helaas niet in uw dekking.", "blame:contract", nil},
		{"f41/blame/nl/basisverzekering", NL, "Ik vrees dat die kosten niet onder uw basisverzekering vallen.", "blame:contract", nil},
		{"f41/blame/en/fee-still-applies", EN, "The call-out fee still applies, I'm afraid.", "blame:contract", nil},
		{"f41/blame/en/fee-wont-apply", EN, "You cancelled in time, so the fee won't apply.", "", nil},
		{"f41/blame/nl/altijd-betalend", NL, "Naamswijzigingen zijn altijd betalend, ook bij een tikfout.", "blame:contract", nil},
		{"f41/blame/en/regardless", EN, "It's a yearly plan, so exit fees apply regardless of the reason.", "blame:contract", nil},
		{"f41/blame/nl/ongeacht", NL, "De boete blijft, ongeacht de reden van de vertraging.", "blame:contract", nil},
		{"f41/blame/en/head-office-call", EN, "A refund on that is head office's call, not mine.", "blame:management", nil},
		{"f41/blame/nl/directie-vastgesteld", NL, "Die tarieven zijn door de directie vastgesteld.", "blame:management", nil},
		{"f41/blame/en/heard-nothing-ring", EN, "I've sent it to the repairs team, and if you've heard nothing by Friday just give us a ring.", "blame:management", nil},
		{"f41/blame/nl/moet-terugbellen", NL, "Daarvoor moet u morgen na tienen even terugbellen, dan is de planner er.", "blame:management", nil},
		{"f41/blame/en/heard-nothing-i-call", EN, "If you hear nothing by Friday, I'll call you.", "", nil},
		{"f41/blame/en/ring-if-heard-nothing", EN, "Give us a ring if you've heard nothing by Friday.", "blame:management", nil},
	}
}

// Question and agreement (-88): a photo of a proof asks for a document to
// check, not about the problem ("DM us a photo of the receipt", "stuur
// een foto van je rijbewijs"), where a photo of the damage asks; a
// detail word inside a condition asks nothing ("if it's our error I'll
// credit it back, is that ok?"); a purpose after an offer does not make
// it a general one ("…so you don't have to fill anything in", "so
// nothing else goes out"); whether the customer can make the step
// proposed ("Can you do that?", "Gaat dat lukken?", "can you get here for
// then?") is agreement.
func frames32Cases() []scorerCase {
	return []scorerCase{
		{"f42/question/en/photo-of-receipt", EN, "Could you DM me a photo of the receipt and the parking notice?", "", nil},
		{"f42/question/nl/foto-van-rijbewijs", NL, "Stuur je een foto van je nieuwe rijbewijs via DM?", "", nil},
		{"f42/question/en/photo-of-damage", EN, "Could you send me a photo of the damage to the door?", "question", nil},
		{"f42/question/nl/fotos-van-schade", NL, "Kun je een paar foto's van de scheur in het scherm sturen?", "question", nil},
		{"f42/agreement/en/if-error-is-that-ok", EN, "I'll check the usage log now and if it's our error I'll credit it back, is that ok?", "agreement", nil},
		{"f42/agreement/en/so-you-dont-have-to", EN, "Shall I open the claim for you so you don't have to fill anything in?", "agreement", nil},
		{"f42/agreement/en/so-nothing-else", EN, "I'm going to freeze the card right now so nothing else can go out, is that okay with you?", "agreement", nil},
		{"f42/agreement/en/anything-else", EN, "Would you like me to look into anything else?", "", nil},
		{"f42/agreement/en/can-you-do-that", EN, "I've got an engineer free on Thursday between 8 and 12. Can you do that?", "agreement", nil},
		{"f42/agreement/nl/gaat-dat-lukken", NL, "Ik kan morgen om half negen een monteur sturen. Gaat dat lukken?", "agreement", nil},
		{"f42/agreement/en/get-here-then", EN, "I've got a slot at 11.15 today with the nurse, can you get here for then?", "agreement", nil},
	}
}

// Empathy (-89): what the problem does to the person, in more words: "a
// real kick in the teeth", "puts you in a bind", "the last thing either
// of you needed", "that's a lot of lost takings", "wat een rotervaring",
// "wat een zware tijd voor u", "dat tikt flink aan", "da's echt geen
// vakantie meer", "opgesloten in uw eigen huis", "da's veel geld op een
// studentenbudget", "dat is veel tegelijk", "how much those photos mean to
// you", "how disruptive that is", "ik hoor hoe moe u bent", "dat put je
// uit", "ik snap dat zo'n brief u de adem beneemt", "daar zit je niet op
// te wachten", "dat is voor jullie allebei zwaar", "een onrustig gevoel";
// not a joke about an amount ("that's a lot of watermelon") nor "ik begrijp
// dat de monteur u heeft gebeld", which reports a fact.
func frames33Cases() []scorerCase {
	return []scorerCase{
		{"f43/empathy/en/kick-in-the-teeth", EN, "Paying twice for the same seat is a real kick in the teeth.", "empathy", nil},
		{"f43/empathy/en/puts-you-in-a-bind", EN, "A late rota really puts you in a bind with childcare.", "empathy", nil},
		{"f43/empathy/en/last-thing-either", EN, "A burst pipe on moving day is the last thing either of you needed.", "empathy", nil},
		{"f43/empathy/en/lost-takings", EN, "A dead card machine on market day, that's a lot of lost takings.", "empathy", nil},
		{"f43/empathy/en/lot-of-watermelon", EN, "Haha, that's a lot of watermelon for one family.", "", nil},
		{"f43/empathy/nl/rotervaring", NL, "Wat een rotervaring met die kapotte lift.", "empathy", nil},
		{"f43/empathy/nl/zware-tijd", NL, "Wat een zware tijd voor u, met uw vader in het ziekenhuis.", "empathy", nil},
		{"f43/empathy/nl/tikt-aan", NL, "Tien euro per week extra, dat tikt flink aan als je alleen woont.", "empathy", nil},
		{"f43/empathy/nl/geen-vakantie", NL, "Drie dagen zonder warm water, dat is echt geen vakantie meer.", "empathy", nil},
		{"f43/empathy/nl/opgesloten", NL, "Zonder werkende lift zit u eigenlijk opgesloten in uw eigen flat.", "empathy", nil},
		{"f43/empathy/nl/veel-geld-op", NL, "Oei, da's veel geld op een studentenbudget.", "empathy", nil},
		{"f43/empathy/en/mean-to-you", EN, "I know how much those letters must mean to you.", "empathy", nil},
		{"f43/empathy/en/how-disruptive", EN, "I understand how disruptive a closed road is for a small shop.", "empathy", nil},
		{"f43/empathy/nl/hoe-moe", NL, "Ik hoor hoe moe u bent van al dat bellen.", "empathy", nil},
		{"f43/empathy/nl/put-je-uit", NL, "Twee weken van loket naar loket, dat put je uit.", "empathy", nil},
		{"f43/empathy/nl/snap-dat-u", NL, "Ik snap dat zo'n aanmaning u flink doet schrikken.", "empathy", nil},
		{"f43/empathy/nl/begrijp-dat-fact", NL, "Ik begrijp dat de monteur u gisteren heeft gebeld.", "", nil},
		{"f43/empathy/nl/niet-op-te-wachten", NL, "Een naheffing na je vakantie, daar zit je niet op te wachten.", "empathy", nil},
		{"f43/empathy/nl/voor-jullie-zwaar", NL, "Een nacht zonder verwarming, dat is voor jullie allebei zwaar.", "empathy", nil},
		{"f43/empathy/nl/onrustig-gevoel", NL, "Dat geeft vast een onrustig gevoel als je oma niet opneemt.", "empathy", nil},
	}
}

// Empathy (-90): what the problem takes from the person: "it makes things
// so much harder for you", "that's costing you money", "that's your whole
// Saturday gone", "je hele zaterdag kwijt", "locked out of your own bank",
// "I understand the pressure you're under", "a right pain"; not "it won't
// cost you anything" nor "the whole order, nothing lost".
func frames34Cases() []scorerCase {
	return []scorerCase{
		{"f44/empathy/en/harder-for-you", EN, "Having it left outside makes things so much harder for you.", "empathy", nil},
		{"f44/empathy/en/costing-you", EN, "Another missed visit is costing you money as well as time.", "empathy", nil},
		{"f44/empathy/en/wont-cost-you", EN, "The replacement won't cost you anything.", "", nil},
		{"f44/empathy/en/whole-saturday-gone", EN, "That's your whole Saturday gone, waiting in for a van that never came.", "empathy", nil},
		{"f44/empathy/nl/hele-zaterdag-kwijt", NL, "Je hele zaterdag kwijt aan wachten op een bezorger.", "empathy", nil},
		{"f44/empathy/en/locked-out-own", EN, "You're locked out of your own account on payday.", "empathy", nil},
		{"f44/empathy/en/pressure-under", EN, "I understand the pressure you're under with the move on Friday.", "empathy", nil},
		{"f44/empathy/en/right-pain", EN, "Starting the form again from scratch, that's a right pain.", "empathy", nil},
		{"f44/empathy/en/whole-order", EN, "We'll ship the whole order today, nothing lost.", "", nil},
	}
}

// Question, blame, overpromise, empathy (-91). An identifier asked for by
// having it ("have you got the claim reference?", "heb je het
// ordernummer bij de hand?"), two identifiers joined by "of", a number
// checked as the right one, and a wh-word inside the agent's purpose ("so
// we can see where it is") ask nothing about the problem; having had a
// mail still does. The customer's act guessed with the verb first or a
// "most likely"; "you really should've". A fix stated as the result of a
// step ("dan is het lek verholpen", "binnen een uur is het gefixt").
// Empathy: "you must have been starving", "that must feel like…",
// "where you're coming from", "maakt het nog erger", "spannend als je…",
// "snap ik dat de spanning…".
func frames35Cases() []scorerCase {
	return []scorerCase{
		{"f45/question/en/have-you-got-reference", EN, "Have you got the claim reference handy?", "", nil},
		{"f45/question/nl/bij-de-hand", NL, "Heeft u het factuurnummer bij de hand?", "", nil},
		{"f45/question/nl/heb-je-mail-gekregen", NL, "Heb je een mail gekregen over die verhuizing?", "question", nil},
		{"f45/question/en/had-an-email", EN, "Have you had a letter from the landlord about it?", "question", nil},
		{"f45/question/nl/nummer-of-nummer", NL, "Wat is je klantnummer of het nummer op de brief?", "", nil},
		{"f45/question/nl/of-whether", NL, "Weet u nog of het lampje rood was?", "question", nil},
		{"f45/question/en/right-number-long", EN, "Is the mobile number on your file still the right one for the engineer to text?", "", nil},
		{"f45/question/en/purpose-where", EN, "Could you message us the tracking code so we can see where the van is?", "", nil},
		{"f45/question/en/where-without-purpose", EN, "Could you tell us where the van parked?", "question", nil},
		{"f45/question/nl/zodat-ik-waar", NL, "Stuur je me het ritnummer, zodat ik kan zien waar de chauffeur bleef?", "", nil},
		{"f45/blame/nl/heb-je-waarschijnlijk", NL, "Dan heb je waarschijnlijk de melding niet opgeslagen.", "blame:customer", nil},
		{"f45/blame/nl/heeft-u-vast", NL, "Heeft u vast op de verkeerde knop gedrukt.", "blame:customer", nil},
		{"f45/blame/en/most-likely-wrong", EN, "You've most likely typed the wrong account number.", "blame:customer", nil},
		{"f45/blame/en/really-shouldve", EN, "You really should've read the small print first.", "blame:customer", nil},
		{"f45/blame/en/really-should-receive", EN, "You really should have received a letter by now.", "", nil},
		{"f45/overpromise/nl/dan-verholpen", NL, "De monteur komt morgen en dan is de storing verholpen.", "overpromise", nil},
		{"f45/overpromise/nl/binnen-gefixt", NL, "Binnen twee uur is het scherm gefixt.", "overpromise", nil},
		{"f45/overpromise/nl/als-niet-binnen", NL, "Als het niet binnen twee uur opgelost is, bel ik u om vijf uur.", "", nil},
		{"f45/overpromise/nl/dan-opgelost-vraag", NL, "Als ik de stekker eruit trek, is het dan opgelost?", "question", nil},
		{"f45/overpromise/en/then-should-be", EN, "I'll send the fitter and then it should be fixed.", "", nil},
		{"f45/empathy/en/must-have-been-freezing", EN, "Two hours at the bus stop, you must have been freezing.", "empathy", nil},
		{"f45/empathy/en/must-feel-like", EN, "A letter like that must feel like a slap in the face.", "empathy", nil},
		{"f45/empathy/en/coming-from", EN, "I can see where you're coming from on the price.", "empathy", nil},
		{"f45/empathy/nl/maakt-het-erger", NL, "En dat u zelf moest bellen maakt het alleen maar erger.", "empathy", nil},
		{"f45/empathy/en/would-make-worse", EN, "Unplugging it now would make it worse, so leave it on.", "", nil},
		{"f45/empathy/nl/spannend-als", NL, "Spannend als je over twee dagen moet verhuizen en nog geen sleutel hebt.", "empathy", nil},
		{"f45/empathy/en/stressful-when", EN, "Stressful when you've got a flight to catch and no passport.", "empathy", nil},
		{"f45/empathy/nl/snap-ik-dat", NL, "Met de keuring vrijdag snap ik dat de spanning oploopt.", "empathy", nil},
	}
}

// Blame (-92): our side cleared with the place put first ("aan onze kant
// ligt het niet"), no other reports held against the complaint, a party
// that held things up ("held up by a road closure"), the customer's own
// act negated ("you shouldn't have shared the code"); not a harm the
// customer should not have had ("you shouldn't have lost that money",
// "you shouldn't have been left waiting").
func frames36Cases() []scorerCase {
	return []scorerCase{
		{"f46/blame/nl/aan-onze-kant", NL, "Ik heb het nagekeken: aan onze kant ligt het niet.", "blame:denial", nil},
		{"f46/blame/nl/ligt-bij-ons", NL, "Aan onze kant ligt de fout, dat geef ik toe.", "", nil},
		{"f46/blame/en/no-other-reports", EN, "Our meters are accurate and we've had no other complaints about this.", "blame:denial", nil},
		{"f46/blame/en/held-up-by", EN, "Your parcel was held up by the courier at their depot.", "blame:supplier", nil},
		{"f46/blame/en/shouldnt-have-shared", EN, "You shouldn't have shared the login with your flatmate.", "blame:customer", nil},
		{"f46/blame/en/shouldnt-have-lost", EN, "That's money you shouldn't have lost, I'm sorry.", "apology", nil},
		{"f46/blame/en/shouldnt-have-been-left", EN, "You shouldn't have been left waiting all day.", "", nil},
	}
}

// Question and agreement (-93): a choice of moments offered for a step
// ("would a morning or an afternoon be easier for you?", "ben je dinsdag
// of donderdag thuis?") arranges it and asks nothing about the problem
// (settled cases 15 and 18), where a choice about when the problem began
// still asks; whether the step proposed helps ("Would that help?",
// "Helpt dat je verder?") checks the plan, where "dat helpt je niet
// verder" says it does not.
func frames37Cases() []scorerCase {
	return []scorerCase{
		{"f47/question/en/morning-or-afternoon", EN, "I can book the fitter next week. Would a morning or an afternoon suit you better?", "", nil},
		{"f47/question/nl/dinsdag-of-donderdag", NL, "Ik stuur een tweede monteur. Ben je dinsdag of donderdag thuis?", "", nil},
		{"f47/question/en/incident-morning-or-night", EN, "Did the alarm go off in the morning or during the night?", "question", nil},
		{"f47/agreement/en/would-that-help", EN, "I can write you a letter for your landlord. Would that help?", "agreement", nil},
		{"f47/agreement/nl/helpt-dat", NL, "Ik zet de korting er vandaag nog op. Helpt dat je verder?", "agreement", nil},
		{"f47/agreement/nl/helpt-niet", NL, "Een nieuwe pas aanvragen helpt je nu niet verder, vrees ik.", "", nil},
	}
}

// Empathy (-94): well-wishing for the body or the person hurt ("I hope
// your knee eases up soon", "I hope he isn't hurt"), what the problem
// spoiled ("sorry for ruining your afternoon", "je hele weekend
// verpest"), an exclamation over the customer's time ("wat een ochtend
// voor je"), a wearing situation ("that must be draining"); not hope about
// a thing ("I hope the update settles it") nor an exclamation about
// something else ("what a day for a launch").
func frames38Cases() []scorerCase {
	return []scorerCase{
		{"f48/empathy/en/hope-eases", EN, "I hope your knee eases up soon.", "empathy", nil},
		{"f48/empathy/en/hope-not-hurt", EN, "I hope he isn't hurt after that.", "empathy", nil},
		{"f48/empathy/en/hope-update-settles", EN, "I hope the update settles it.", "", nil},
		{"f48/empathy/en/ruining-your", EN, "Sorry for ruining your afternoon with this outage.", "empathy,apology", nil},
		{"f48/empathy/nl/weekend-verpest", NL, "Door die lekkage is je hele weekend verpest.", "empathy", nil},
		{"f48/empathy/nl/wat-een-ochtend-voor-je", NL, "Geen stroom en geen koffie, wat een ochtend voor je.", "empathy", nil},
		{"f48/empathy/en/what-a-day-launch", EN, "What a day for a launch, the weather is great.", "", nil},
		{"f48/empathy/en/must-be-draining", EN, "Chasing the same refund for weeks must be draining.", "empathy", nil},
	}
}
