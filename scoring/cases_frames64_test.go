package scoring

// frames128Cases (-192): from the misses on the train parts of batches
// eo to es.
//
// A mocked regret that the company did not jump for the customer ("so
// sorry our baker didn't drop everything for your cake", "sorry dat de
// smid niet meteen alles liet vallen") or that the answer was not what
// they wanted ("sorry the reading didn't tell you what you wanted to
// hear") puts the complaint down to the customer's expectation (settled
// rule 26) and is no apology; "sorry, I know that's not what you wanted
// to hear" stays an apology. "I don't get involved", "daar bemoei ik me
// niet mee" leave the customer to the person in charge. "Anyone who
// plays it flat out on day one gets exactly that rattle", "wie … krijgt
// precies dit" and "we'd expect an adult to…" put the cause on the
// customer's own use. "I wouldn't for a second put this down to the
// courier" names a party only to clear it. "Dus dit zal u niet meer
// overkomen" promises never again with the negation fronted. "Tell us a
// bit about the route", "I'd like you to tell me which guide it was" and
// "ik ben benieuwd welke ingang u nam" ask for details of what happened;
// "ik wil zeker weten dat ik het goed heb" and "I wouldn't know" ask
// nothing. A recap closed by "heb ik het zo compleet?", "have I got both
// of those right?", "zit ik ernaast?" or "correct me if I'm wrong" is a
// summary; the check without a recap before it is not. "I'll definitely
// go through the logs" vouches for the agent's own step, no overpromise;
// "we'll definitely have it fixed by Friday" still promises an outcome.
func frames128Cases() []scorerCase {
	return []scorerCase{
		{"f151/blame/en/mock-drop-everything", EN, "So sorry our upholsterer didn't drop everything for your armchair, Pete.", "blame:customer", nil},
		{"f151/blame/nl/mock-alles-laten-vallen", NL, "Sorry hoor, dat de smid niet meteen alles liet vallen voor uw hekje.", "blame:customer", nil},
		{"f151/blame/en/mock-wanted-to-hear", EN, "Sorry the survey didn't tell you what you wanted to hear.", "blame:customer", nil},
		{"f151/blame/nl/mock-wilde-horen", NL, "Sorry dat de keuring niet zei wat u wilde horen.", "blame:customer", nil},
		{"f151/apology/en/not-what-you-wanted", EN, "I'm sorry, I know that's not the answer you wanted.", "empathy,apology", nil},
		{"f151/blame/en/dont-get-involved", EN, "Seating is all down to the floor manager, I don't get involved.", "blame:management", nil},
		{"f151/blame/nl/bemoei-me-niet", NL, "Daar bemoei ik me niet mee, dat regelt de bedrijfsleider.", "blame:management", nil},
		{"f151/blame/en/anyone-who-gets", EN, "Anyone who fires it at full heat on the first day gets exactly those cracks.", "blame:customer", nil},
		{"f151/blame/nl/wie-krijgt-precies", NL, "Wie de kachel meteen op de hoogste stand zet, krijgt precies die scheurtjes.", "blame:customer", nil},
		{"f151/blame/en/expect-an-adult", EN, "The sign is at the gate and we'd expect an adult to hold a small child's hand on the jetty.", "blame:customer", nil},
		{"f151/blame/nl/verwachten-van-volwassene", NL, "Van een volwassene mag je toch verwachten dat hij bij de steiger een kind vasthoudt.", "blame:customer", nil},
		{"f151/blame/en/wouldnt-put-down-to", EN, "I wouldn't put this down to the courier for a second, the wrong sticker came off our own printer.", "", nil},
		{"f151/overpromise/nl/zal-niet-meer-overkomen", NL, "We hebben de dozen verstevigd, dus dit zal u bij ons niet meer overkomen.", "overpromise", nil},
		{"f151/overpromise/nl/hedged-niet-meer", NL, "Ik kan niet beloven dat het nooit meer gebeurt, maar ik geef het door.", "", nil},
		{"f151/question/en/tell-us-about", EN, "Tell us a bit about the route you cycled that morning.", "question", nil},
		{"f151/question/nl/vertel-iets-over", NL, "Vertel me iets over de route die je die ochtend fietste.", "question", nil},
		{"f151/question/en/like-you-to-tell", EN, "I'd like you to tell me which guide took the group out.", "question", nil},
		{"f151/question/nl/ben-benieuwd-welke", NL, "Ik ben benieuwd welke ingang u die avond heeft genomen.", "question", nil},
		{"f151/question/en/am-curious-which", EN, "I'm curious which entrance you used that evening.", "question", nil},
		{"f151/question/nl/wil-zeker-weten", NL, "Ik wil zeker weten dat de bestelling nu echt geannuleerd is, dus ik bel de werkplaats zelf.", "", nil},
		{"f151/question/en/wouldnt-know", EN, "Refund dates are set by head office, I wouldn't know.", "blame:management", nil},
		{"f151/summary/nl/zo-compleet", NL, "Geboekt voor acht uur, de deur dicht en toch dertig euro afgeschreven: heb ik het zo compleet?", "summary", nil},
		{"f151/summary/en/both-of-those", EN, "Two cabins instead of three, and the heating off both nights. Have I got both of those right?", "summary", nil},
		{"f151/summary/nl/zit-ik-ernaast", NL, "Lamp van tachtig euro, na een week kapot, en in de winkel zeiden ze dat u hem liet vallen. Zit ik ernaast?", "summary", nil},
		{"f151/summary/en/correct-me-if", EN, "Cabinet broken, three tokens gone and sent home till Friday. Correct me if I'm wrong.", "summary", nil},
		{"f151/summary/nl/corrigeer-me", NL, "Twee dagen geen warm water en de monteur kwam niet opdagen. Corrigeer me als ik het mis heb.", "summary", nil},
		{"f151/summary/en/check-without-recap", EN, "Correct me if I'm wrong.", "", nil},
		{"f151/overpromise/en/definitely-own-step", EN, "I'll definitely go through the booking log for the 14th this afternoon.", "", nil},
		{"f151/overpromise/en/definitely-chase", EN, "I'll definitely chase the depot about it first thing tomorrow.", "", nil},
		{"f151/overpromise/en/definitely-outcome", EN, "We'll definitely have the boiler fixed by Friday.", "overpromise", nil},
	}
}

// frames129Cases: a complaint called a fuss is denial ("ik snap de ophef
// niet", "I don't see what the fuss is about"); "ik begrijp de ophef" and
// "no fuss" are not. A report called late ("en dat komt u nu pas
// melden?", "you're only telling us now") faults the customer; the
// agent's own late answer ("ik kom nu pas aan je bericht toe") does not.
func frames129Cases() []scorerCase {
	return []scorerCase{
		{"f152/blame/nl/ophef-niet", NL, "Ik snap de ophef eerlijk gezegd niet, de tent was gewoon op tijd klaar.", "blame:denial", nil},
		{"f152/blame/nl/niet-waar-ophef", NL, "Ik begrijp niet zo goed waar de ophef over gaat, de les is gewoon doorgegaan.", "blame:denial", nil},
		{"f152/blame/nl/begrijp-ophef", NL, "Ik begrijp de ophef, want drie weken wachten op een stoel is lang.", "", nil},
		{"f152/blame/en/dont-see-fuss", EN, "I don't see what all the fuss is about, the van was only ten minutes late.", "blame:denial", nil},
		{"f152/blame/en/no-fuss", EN, "We'll swap the lamp for a new one, no fuss.", "", nil},
		{"f152/blame/nl/nu-pas-melden", NL, "En dat komt u nu pas melden, drie weken na de levering?", "blame:customer", nil},
		{"f152/blame/nl/zelf-nu-pas", NL, "Sorry, ik kom nu pas aan uw bericht toe.", "apology", nil},
		{"f152/blame/en/only-telling-now", EN, "You're only telling us now, a month after the install?", "blame:customer", nil},
		{"f152/blame/en/only-now-ours", EN, "Sorry, I've only just now seen your email.", "apology", nil},
	}
}

// frames130Cases: the product or the work cleared by name is denial
// ("aan de kachel zelf ligt het niet"); the customer cleared ("aan u ligt
// het niet") is not. Another party's remit named as the answer is
// supplier blame ("vanaf daar is het hun werk", "the roof is their
// responsibility"); the company's own job is not. The customer faulted
// for keeping quiet ("you didn't think to mention it?") is customer
// blame; the agent's own slip ("I didn't think to ask") is not. What the
// customer should have been spared ("dat had u niet mogen overkomen")
// owns the trouble; a clean record held up ("we've never had a single
// complaint") denies it, unless the agent goes on to help.
func frames130Cases() []scorerCase {
	return []scorerCase{
		{"f153/blame/nl/aan-ding-niet", NL, "De kachel is voor levering nagelopen, dus aan de kachel zelf ligt het niet.", "blame:denial", nil},
		{"f153/blame/nl/aan-u-niet", NL, "Aan u ligt het niet, de kachel had beter nagelopen moeten worden.", "", nil},
		{"f153/blame/nl/hun-werk", NL, "De steigers zet het verhuurbedrijf neer, vanaf dat moment is het hun werk.", "blame:supplier", nil},
		{"f153/blame/nl/ons-werk", NL, "Het is ons werk om dit op te lossen, en dat doe ik vandaag nog.", "", nil},
		{"f153/blame/en/their-responsibility", EN, "The scaffolding belongs to the hire firm, so any damage is their responsibility.", "blame:supplier", nil},
		{"f153/blame/en/our-responsibility", EN, "The scaffolding damage is our responsibility, and I'm booking the repair now.", "", nil},
		{"f153/blame/en/didnt-think-to", EN, "And you didn't think to mention the crack when the driver was still there?", "blame:customer", nil},
		{"f153/blame/en/never-bothered", EN, "You never bothered to tell us the gate code changed.", "blame:customer", nil},
		{"f153/blame/en/i-didnt-think-to", EN, "I'm sorry, I didn't think to ask which gate you use.", "apology", nil},
		{"f153/blame/nl/niet-mogen-overkomen", NL, "Dat de monteur niet kwam opdagen had u niet mogen overkomen, ik plan hem morgen om acht uur in.", "", nil},
		{"f153/blame/nl/nooit-moeten-betalen", NL, "Die verzendkosten had je nooit moeten betalen, ik zet ze vandaag terug.", "", nil},
		{"f153/blame/nl/termijn-niet-missen", NL, "Met een regeling had u die termijn niet mogen missen, dan stopt de levering vanzelf.", "blame:customer", nil},
		{"f153/blame/en/never-a-complaint", EN, "We've never had one complaint about that driver in six years.", "blame:denial", nil},
		{"f153/blame/nl/nooit-een-klacht", NL, "Over die chauffeur hebben we in zes jaar nog nooit een klacht gehad.", "blame:denial", nil},
		{"f153/blame/en/never-a-complaint-helped", EN, "We've never had a complaint like this, so I'm taking it to the manager myself and will ring you at four.", "callback", nil},
	}
}

// frames131Cases: the firm as a mere collector with the object between
// ("wij innen het bedrag alleen") is supplier blame; "alleen" that goes
// on to a condition ("wij versturen het pakket alleen als…") is not.
// The customer held to the instructions they were sent ("like the
// leaflet says?") is customer blame; the agent keeping to what the
// e-mail promised is not.
func frames131Cases() []scorerCase {
	return []scorerCase{
		{"f154/blame/nl/wij-innen-alleen", NL, "De toeristenbelasting legt de gemeente op, wij innen het bedrag alleen.", "blame:supplier", nil},
		{"f154/blame/nl/wij-versturen-alleen-als", NL, "Wij versturen de kaartjes alleen als de betaling binnen is, en die zie ik nu staan.", "", nil},
		{"f154/blame/nl/wij-verkopen-alleen-maar", NL, "Wij verkopen de ketels alleen maar, het onderhoud doet de installateur.", "blame:supplier", nil},
		{"f154/blame/en/like-the-leaflet-says", EN, "Were you watering it every morning like the care card says?", "blame:customer", nil},
		{"f154/blame/en/like-the-mail-asks", EN, "Did you print the voucher beforehand, like the booking email asks?", "blame:customer", nil},
		{"f154/blame/en/like-the-mail-said-own", EN, "The new voucher is on its way, just like the email said, and I'll ring you at ten to check it arrived.", "callback", nil},
	}
}

// frames132Cases: what the trouble does to the person in more idioms
// ("geen klein bier", "wel wat anders aan je hoofd", "daar lig je 's
// nachts van wakker", "a daily headache", "a gut punch") beside near
// misses that recap or name no person; the customer set against
// everyone else who coped ("everybody else seemed to manage") is
// customer blame, everyone else in the customer's story is not.
func frames132Cases() []scorerCase {
	return []scorerCase{
		{"f155/empathy/nl/geen-klein-bier", NL, "Achthonderd euro voorschieten voor een nieuwe ketel is geen klein bier.", "empathy", nil},
		{"f155/empathy/nl/anders-aan-je-hoofd", NL, "Met een verhuizing op vrijdag heb je wel wat anders aan je hoofd dan een kapotte koelkast.", "empathy", nil},
		{"f155/empathy/nl/snachts-wakker", NL, "Een aanmaning van die omvang, daar lig je 's nachts van wakker.", "empathy", nil},
		{"f155/empathy/nl/tot-vier-wakker-recap", NL, "Jullie lagen door het lawaai tot vier uur wakker, heb ik dat goed?", "summary", nil},
		{"f155/empathy/en/daily-headache", EN, "A gate that jams every morning on the school run is a daily headache.", "empathy", nil},
		{"f155/empathy/en/gut-punch", EN, "Opening a bill that size on a Monday morning is a gut punch.", "empathy", nil},
		{"f155/blame/en/everyone-else-managed", EN, "Did you not read the reminder? Everybody else seemed to manage.", "blame:customer", nil},
		{"f155/blame/en/everyone-else-story", EN, "You waited in the rain while everyone else went inside, that must have been miserable.", "empathy", nil},
	}
}

// frames133Cases: despair, worry and loss in idioms ("met de handen in
// het haar", "gaat er van alles door je hoofd", "dat voel je in je
// portemonnee", "there goes the holiday") beside the same words about
// the agent or a thing; "wat had u gedacht" mocks like "wat had u
// verwacht" while "welke dag had u gedacht" asks; a rule handed down by
// another body is supplier blame, from the top management, from us none.
func frames133Cases() []scorerCase {
	return []scorerCase{
		{"f156/empathy/nl/handen-in-het-haar", NL, "Zonder werkende oven een week voor de opening, dan zit je met de handen in het haar.", "empathy", nil},
		{"f156/empathy/nl/beide-handen-own", NL, "Ik pak het met beide handen aan en bel u om drie uur.", "callback", nil},
		{"f156/empathy/nl/door-je-hoofd", NL, "Een week geen bericht over uw geld, dan gaat er van alles door je hoofd.", "empathy", nil},
		{"f156/empathy/nl/door-mijn-hoofd-own", NL, "Dat schoot mij ook door het hoofd toen ik uw dossier las.", "", nil},
		{"f156/empathy/nl/dat-voel-je", NL, "Twee keer betalen voor één bestelling, dat voel je meteen in je portemonnee.", "empathy", nil},
		{"f156/empathy/nl/dan-voelt-u-thing", NL, "Dan voelt u meteen of de klep goed dicht zit.", "", nil},
		{"f156/empathy/en/there-goes-the-holiday", EN, "A flat tyre on the way to the airport, there goes the holiday you'd planned all year.", "empathy", nil},
		{"f156/empathy/en/there-goes-the-courier", EN, "There goes the courier now, he left the depot at ten.", "", nil},
		{"f156/blame/nl/wat-had-u-gedacht", NL, "En wat had u gedacht, dat een reparatie van twintig euro een nieuwe motor oplevert?", "blame:customer", nil},
		{"f156/blame/nl/welke-dag-had-u-gedacht", NL, "Welke dag had u gedacht voor de levering?", "question", nil},
		{"f156/blame/nl/regel-komt-van-de-bond", NL, "Die regel komt van de landelijke bond.", "blame:supplier", nil},
		{"f156/blame/nl/regel-komt-van-de-directie", NL, "Die regel komt van de directie.", "blame:management", nil},
		{"f156/blame/nl/regel-komt-van-ons", NL, "Die regel komt van ons zelf en ik pas hem vandaag nog voor u aan.", "", nil},
	}
}

// frames134Cases: certainty idioms ("daar kunt u de klok op
// gelijkzetten", "…, punt uit", "daar kunt u gerust op slapen", "end of
// story", "I'd put my job on it") make a promise of what others do an
// overpromise; a clock that runs right again, a job title, the end of a
// story and sleeping on a sofa are no certainty.
func frames134Cases() []scorerCase {
	return []scorerCase{
		{"f157/overpromise/nl/klok-gelijkzetten", NL, "De nieuwe ketel hangt er donderdag, daar kunt u de klok op gelijkzetten.", "overpromise", nil},
		{"f157/overpromise/nl/klok-loopt-gelijk", NL, "Na de reparatie loopt de klok weer gelijk met de radio.", "", nil},
		{"f157/overpromise/nl/punt-uit", NL, "Vanaf maandag rijdt de bus weer elke ochtend, punt uit.", "overpromise", nil},
		{"f157/overpromise/nl/punt-vier", NL, "De bus rijdt volgens punt vier van de dienstregeling.", "", nil},
		{"f157/overpromise/en/put-my-job-on-it", EN, "The parts will be with you on Friday, I'd put my job on it.", "overpromise", nil},
		{"f157/overpromise/en/put-my-job-title", EN, "I'll put my job title in the email so you know who to ask for.", "", nil},
		{"f157/overpromise/en/end-of-story", EN, "Your refund will be in your account by Friday, end of story.", "overpromise", nil},
		{"f157/overpromise/en/end-of-the-story", EN, "At the end of the story the hero finds the ring, as in the book you ordered.", "", nil},
		{"f157/overpromise/nl/gerust-op-slapen", NL, "De nieuwe ketel lekt niet meer, daar kunt u gerust op slapen.", "overpromise", nil},
		{"f157/overpromise/nl/op-de-bank-slapen", NL, "U kunt gerust op de bank slapen terwijl de monteur werkt.", "", nil},
	}
}

// frames135Cases: consent to the plan asked in a condition ("…, als u
// dat goed vindt", "mits u daar vrede mee hebt", "if 9 works", "if noon
// is fine by you") is agreement; a condition on the weather or on how
// things go is not.
func frames135Cases() []scorerCase {
	return []scorerCase{
		{"f158/agreement/nl/als-u-dat-goed-vindt", NL, "Ik bel u binnen het uur terug, als u dat goed vindt.", "callback,agreement", nil},
		{"f158/agreement/nl/mits-vrede", NL, "Ik zet de betaling vandaag klaar, mits u daar vrede mee hebt.", "agreement", nil},
		{"f158/agreement/nl/als-morgen-alles-goed-gaat", NL, "Als morgen alles goed gaat, is de ketel om vijf uur klaar.", "", nil},
		{"f158/agreement/en/if-nine-works", EN, "Come in tomorrow at 9 and Tasha will redo it free, let me know if 9 works.", "agreement", nil},
		{"f158/agreement/en/if-noon-is-fine", EN, "I'll ring you at noon with the refund, if noon is fine by you.", "callback,agreement", nil},
		{"f158/agreement/en/if-tomorrow-is-sunny", EN, "If tomorrow is sunny the crew can finish the roof.", "", nil},
	}
}

// frames136Cases: never again and the agent's word in other forms ("your
// boards won't go to the wrong branch again", "dat overkomt u niet nog
// eens", "er komt geen derde keer", "take that as read", "I can tell you
// that for nothing") make an overpromise; our own team's step, a card
// that stops working, a third call counted, a reading taken and a fact
// told stay what they are.
func frames136Cases() []scorerCase {
	return []scorerCase{
		{"f159/overpromise/en/thing-wont-again", EN, "The crew won't skip your road again.", "overpromise", nil},
		{"f159/overpromise/en/our-team-wont-again", EN, "Our team won't ring you about this again.", "", nil},
		{"f159/overpromise/en/card-wont-work", EN, "The old card won't work anymore once the new one is active.", "", nil},
		{"f159/overpromise/nl/overkomt-niet-nog-eens", NL, "Zo'n lege doos overkomt u bij ons niet nog eens.", "overpromise", nil},
		{"f159/overpromise/nl/nog-eens-uitleggen", NL, "Ik leg het u graag nog eens uit.", "", nil},
		{"f159/overpromise/en/take-as-read", EN, "The spare part will be with you on Monday, take that as read.", "overpromise", nil},
		{"f159/overpromise/en/meter-was-read", EN, "The meter was read on the third, and the bill follows that reading.", "", nil},
		{"f159/overpromise/en/tell-you-for-nothing", EN, "The van will be there by noon, I can tell you that for nothing.", "overpromise", nil},
		{"f159/overpromise/en/tell-you-the-fee", EN, "Let me tell you the fee before we book anything.", "", nil},
		{"f159/overpromise/nl/geen-derde-keer", NL, "Er komt geen derde keer.", "overpromise", nil},
		{"f159/overpromise/nl/al-de-derde-keer", NL, "Het is al de derde keer dat u belt, dat zie ik.", "", nil},
	}
}

// frames137Cases: the plan's verdict asked in other forms ("let me know
// that works for you", "als dat voor u werkt", "als u het daarmee eens
// bent", "if she'd be happy with that", "fancy that instead?", "Kunnen we
// het zo aanpakken?") is agreement; a paper asked to hand ("Have you got
// the invoice to hand?") is administration, not a question. The twins: a
// report asked for, a fix that works, a statement offer, a how-question
// and a question that also asks what.
func frames137Cases() []scorerCase {
	return []scorerCase{
		{"f160/agreement/en/let-me-know-that-works", EN, "I'll send the new strings today; let me know that works for you.", "agreement", nil},
		{"f160/agreement/en/let-me-know-that-arrived", EN, "Let me know that the parcel arrived safely.", "", nil},
		{"f160/agreement/nl/als-dat-voor-u-werkt", NL, "Ik stuur de offerte morgen op, als dat voor u werkt.", "agreement", nil},
		{"f160/agreement/nl/als-dat-werkt", NL, "Herstart de router; als dat werkt, is alles weer in orde.", "", nil},
		{"f160/agreement/nl/als-u-het-daarmee-eens-bent", NL, "Ik zet de terugbetaling vandaag in gang, als u het daarmee eens bent.", "agreement", nil},
		{"f160/agreement/en/if-she-would-be-happy", EN, "I'll bring the cake round on Friday, if she'd be happy with that.", "agreement", nil},
		{"f160/agreement/en/fancy-that-instead", EN, "There's a quieter lane free at 4, fancy that instead?", "agreement", nil},
		{"f160/agreement/en/if-you-fancy", EN, "If you fancy another go, the lanes are open till nine.", "", nil},
		{"f160/agreement/nl/kunnen-we-het-zo-aanpakken", NL, "De monteur komt morgen en neemt de juiste kap mee. Kunnen we het zo aanpakken?", "agreement", nil},
		{"f160/question/nl/hoe-kunnen-we-het-zo", NL, "Hoe kunnen we het zo regelen dat u niets merkt?", "question", nil},
		{"f160/question/en/invoice-to-hand", EN, "Have you got the invoice to hand?", "", nil},
		{"f160/question/nl/werkbon-bij-de-hand", NL, "Heeft u de werkbon nog bij de hand?", "", nil},
		{"f160/question/nl/wat-en-bij-de-hand", NL, "Wat stond er op de werkbon, en heeft u die bij de hand?", "question", nil},
		{"f160/question/en/out-of-your-hand", EN, "Did it slip out of your hand when the lid cracked?", "question", nil},
	}
}

// frames138Cases: the fault put on the maker's guarantee ("na een jaar
// valt dat onder de fabrieksgarantie", "valt onder de garantie van de
// fabrikant") is supplier blame, as the corpus labels it; the agent who
// checks the guarantee or books the repair with the maker keeps the case.
func frames138Cases() []scorerCase {
	return []scorerCase{
		{"f161/blame/nl/valt-onder-fabrieksgarantie", NL, "Na een jaar valt dat onder de fabrieksgarantie.", "blame:supplier", nil},
		{"f161/blame/nl/garantie-van-de-fabrikant", NL, "Een barst in het blad valt onder de garantie van de fabrikant.", "blame:supplier", nil},
		{"f161/blame/nl/ik-kijk-het-na", NL, "Sommige onderdelen vallen onder vijf jaar fabrieksgarantie, dat kijk ik voor u na.", "", nil},
		{"f161/blame/en/i-book-it-with-them", EN, "The repair falls under the manufacturer's guarantee, so I'll book it with them for you and ring you tomorrow at ten.", "callback", nil},
	}
}
