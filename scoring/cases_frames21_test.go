package scoring

// Blame (-84): "our side is fine" read in more words: "van/vanaf onze
// kant", "ziet er normaal uit" (a state, not the hedge "normaal"),
// "working as it should on our end", "werkt aan onze kant." (a state at
// the end, not "working on it"); "wij hebben daar niks mee te maken"; "dat
// staat altijd netjes in de reisplanner"; "I don't handle claims, that's
// the claims department". Not blame: "u had een brief moeten krijgen"
// (the company's lapse), "dat hadden we via de app moeten melden" and "een
// fout in onze app" (owning it).
func frames23Cases() []scorerCase {
	return []scorerCase{
		{"f33/blame/nl/vanaf-onze-kant-normaal", NL, "Vanaf onze kant ziet alles er normaal uit, de ketel is goed afgesteld.", "blame:denial", nil},
		{"f33/blame/nl/van-onze-kant-niks-mis", NL, "De factuur is op tijd verstuurd. Van onze kant is er niks misgegaan.", "blame:denial", nil},
		{"f33/blame/en/as-it-should-our-end", EN, "The meter reads correctly and everything is working as it should on our end.", "blame:denial", nil},
		{"f33/blame/nl/werkt-aan-onze-kant", NL, "Het alarm werkt aan onze kant.", "blame:denial", nil},
		{"f33/blame/en/working-on-our-side-of", EN, "Our fitters are working on our side of the fence this week.", "", nil},
		{"f33/blame/nl/als-het-zoals-bij-ons", NL, "Als het zoals bij ons werkt, zou de app nu moeten laden.", "", nil},
		{"f33/blame/nl/niks-mee-te-maken", NL, "Wij verhuren alleen de zaal, met de catering hebben wij niks te maken.", "blame:denial", nil},
		{"f33/blame/en/nothing-to-do-with", EN, "We only sell the tickets, we have nothing to do with the parking.", "blame:denial", nil},
		{"f33/blame/nl/staat-altijd-netjes", NL, "Op feestdagen rijdt de pont niet, dat staat altijd netjes op het bord bij de steiger.", "blame:contract", nil},
		{"f33/blame/nl/staat-op-de-bon-helpt", NL, "De garantie loopt nog, dat staat ook op uw bon. Ik maak nu een afspraak voor u.", "", nil},
		{"f33/blame/en/thats-the-department", EN, "I don't set the premiums, that's the pricing department.", "blame:management", nil},
		{"f33/blame/nl/brief-moeten-krijgen", NL, "Excuses, u had daar vooraf een brief over moeten krijgen.", "apology", nil},
		{"f33/blame/nl/had-het-kunnen-weten", NL, "De brief is in maart verstuurd, dus u had het kunnen weten.", "blame:customer", nil},
		{"f33/blame/nl/hadden-we-via-app", NL, "Sorry! De sauna was dicht en dat hadden we je via de app moeten laten weten.", "apology", nil},
		{"f33/blame/nl/fout-in-onze-app", NL, "Twee keer een verkeerde rit door een fout in onze app, dat is echt frustrerend.", "empathy", nil},
		{"f33/blame/en/glitch-in-our-app", EN, "Sorry, that was a glitch in our app and it's fixed now.", "apology", nil},
	}
}

// Empathy (-84): well-wishes after a harm (settled case 30: "hoe gaat het
// nu met hem?", "hope you're on the mend", "beterschap"), not "hope the
// new app works better" nor "hoe gaat het met uw aanvraag?"; a judgement
// tied to the person ("a real problem when you run a shop", "zo lastig
// als je rug al zeer doet"); "ik begrijp volledig dat u…", "jullie zijn
// vast doodop", "superirritant", "das vervelend"; impact idioms ("I'd be
// tearing my hair out", "on top of everything else").
func frames24Cases() []scorerCase {
	return []scorerCase{
		{"f34/empathy/nl/hoe-gaat-het-met-hem", NL, "Wat een val. Hoe gaat het nu met hem?", "empathy,question", nil},
		{"f34/empathy/nl/hoe-gaat-het-met-aanvraag", NL, "Hoe gaat het met uw aanvraag?", "question", nil},
		{"f34/empathy/en/on-the-mend", EN, "Sorry to hear about the surgery, hope you're on the mend.", "empathy,apology", nil},
		{"f34/empathy/en/hope-app-works", EN, "I hope the new app works better for you.", "", nil},
		{"f34/empathy/en/hope-your-son-ok", EN, "I hope your son's arm is okay after that.", "empathy", nil},
		{"f34/empathy/nl/beterschap", NL, "Omboeken kan tot morgen. Beterschap!", "empathy", nil},
		{"f34/empathy/en/real-problem-when", EN, "No card machine for two days is a real problem when you run a shop.", "empathy", nil},
		{"f34/empathy/nl/begrijp-volledig", NL, "Ik begrijp volledig dat u hier boos over bent.", "empathy", nil},
		{"f34/empathy/nl/vast-doodop", NL, "Na zo'n nacht op het vliegveld zijn jullie vast doodop.", "empathy", nil},
		{"f34/empathy/nl/superirritant", NL, "Elke avond een bevroren beeld, dat is superirritant.", "empathy", nil},
		{"f34/empathy/nl/das-vervelend", NL, "das vervelend zeg", "empathy", nil},
		{"f34/empathy/en/hair-out", EN, "Three weeks of this, I'd be tearing my hair out too.", "empathy", nil},
		{"f34/empathy/en/on-top-of-everything", EN, "I'm sorry you're chasing us on top of everything else.", "empathy,apology", nil},
		{"f34/empathy/nl/pijn-doet", NL, "Ik begrijp dat die rekening pijn doet.", "empathy", nil},
	}
}

// Overpromise (-84): more words of certainty ("daar sta ik voor in",
// "daar kun je op rekenen", "it will absolutely be", "dat is altijd zo",
// "dit overkomt u geen tweede keer") and outcomes ("het komt goed", "weer
// in de lucht", "ligt er"); not "I'll absolutely call you at four" (the
// agent's own contact) nor "I can't promise it won't happen again".
// Question: "Waarover ging het?" and "whats the error?" ask; a question
// word after a recap asks ("So it broke twice — what model is it?");
// "while we're on the phone" is this call, not an offer to phone.
func frames25Cases() []scorerCase {
	return []scorerCase{
		{"f35/overpromise/nl/sta-ik-voor-in", NL, "De nieuwe lamp is er uiterlijk donderdag, daar sta ik voor in.", "overpromise", nil},
		{"f35/overpromise/nl/kun-je-op-rekenen", NL, "Om acht uur is het netwerk weer in de lucht, daar kun je op rekenen.", "overpromise", nil},
		{"f35/overpromise/en/will-absolutely-be", EN, "It will absolutely be with you before the party starts.", "overpromise", nil},
		{"f35/overpromise/en/absolutely-call", EN, "I will absolutely call you back at four.", "callback", nil},
		{"f35/overpromise/nl/altijd-zo", NL, "Na een herstart werkt het weer, dat is altijd zo.", "overpromise", nil},
		{"f35/overpromise/nl/geen-tweede-keer", NL, "Ik heb het adres aangepast, dit overkomt u geen tweede keer.", "overpromise", nil},
		{"f35/overpromise/nl/komt-100-goed", NL, "Het ligt nog bij de douane, maar het komt 100% goed.", "overpromise", nil},
		{"f35/overpromise/nl/kan-niet-beloven", NL, "Ik kan niet beloven dat het niet nog eens gebeurt.", "", nil},
		{"f35/question/nl/waarover", NL, "Drie brieven? Waarover ging het?", "question", nil},
		{"f35/question/en/whats-the-error", EN, "ok whats the error on the screen?", "question", nil},
		{"f35/question/en/after-recap", EN, "So the dryer stopped twice and the drum is still wet — which model is it?", "question,summary", nil},
		{"f35/question/en/while-on-the-phone", EN, "Can you tell me what the boiler display shows while we're on the phone?", "question", nil},
	}
}

// Apology (-85): regret in more words ("that's upsetting to hear", "we
// don't like to hear this", "what a shame", "wat jammer", "jammer te
// horen", "'k vind het spijtig", "I hate that you've…"); "oh no, sorry"
// is an exclamation, not a refusal; not "oh wow, what a shame for you"
// (mocking), "sorry to see you go" (losing the customer), "we regret any
// inconvenience this may cause" (hedged) nor regret for how the customer
// took it ("het spijt me dat het zo op u overkwam", "sorry you came away
// feeling like that"), which before "maar" brushes the complaint off.
// Question: a two-word question with a question word asks ("What
// happened?", "Welke winkel?"); "Sorry?" and "What?" ask to repeat; "Is
// dit ondertussen in orde?" asks whether the problem is over, it checks
// no step; "fill us in on what happened" asks for a report. An eye-roll
// emoji makes sympathy and regret mocking (rubric: sarcasm).
func frames26Cases() []scorerCase {
	return []scorerCase{
		// -124: "upsetting to hear" regrets the news, like "vervelend om te horen" (the rubric): apology only
		{"f36/apology/en/upsetting-to-hear", EN, "That's upsetting to hear about your dad's visit.", "apology", nil},
		{"f36/apology/en/dont-like-to-hear", EN, "We don't like to hear this, Ravi.", "apology", nil},
		{"f36/apology/en/what-a-shame", EN, "What a shame, the whole weekend gone.", "empathy,apology", nil},
		{"f36/apology/en/shame-for-you", EN, "Oh wow, what a shame for you.", "", nil},
		{"f36/apology/nl/wat-jammer", NL, "Wat jammer, Sanne! Stuur ons even een foto van de doos.", "apology,question", nil},
		{"f36/apology/nl/jammer-te-horen", NL, "Dat is jammer te horen, Koen.", "apology", nil},
		{"f36/apology/nl/vind-het-spijtig", NL, "Ik vind het echt spijtig voor u.", "apology", nil},
		{"f36/apology/en/hate-that-you", EN, "I hate that you've been passed around all week.", "apology", nil},
		{"f36/apology/en/oh-no-sorry", EN, "oh no sorry!! we'll send a new one today", "apology", nil},
		{"f36/apology/en/see-you-go", EN, "Sorry to see you go, Mia.", "", nil},
		{"f36/apology/en/may-cause", EN, "We regret any inconvenience this may cause.", "", nil},
		{"f36/apology/nl/zo-overkwam", NL, "Het spijt me dat het zo op u overkwam.", "", nil},
		{"f36/apology/en/feeling-like-that", EN, "Sorry you came away feeling like that.", "", nil},
		{"f36/apology/en/hear-youre-unhappy", EN, "We never like to hear that you're unhappy with a stay.", "empathy", nil},
		{"f36/blame/nl/zo-opgevat-maar", NL, "Het spijt me dat u het zo heeft opgevat, maar de prijs stond op de offerte.", "blame:denial", nil},
		{"f36/question/en/what-happened", EN, "What happened? I'd like to help.", "question", nil},
		{"f36/question/nl/welke-winkel", NL, "Welke winkel?", "question", nil},
		{"f36/question/en/what", EN, "What?", "", nil},
		{"f36/question/nl/ondertussen-in-orde", NL, "Sorry voor het wachten. Is dit ondertussen in orde?", "apology,question", nil},
		{"f36/agreement/nl/is-dat-in-orde", NL, "Ik bel u morgen om tien uur. Is dat in orde?", "callback,agreement", nil},
		{"f36/question/en/fill-us-in", EN, "Fill us in on what happened at the counter.", "question", nil},
		{"f36/empathy/en/eye-roll", EN, "Oh no, ten whole minutes, how awful for you 🙄", "", nil},
		{"f36/apology/nl/eye-roll", NL, "Sorry hoor, vijf minuten wachten 🙄", "", nil},
	}
}

// Empathy (-86): conditional solidarity in more words ("would gut me
// too", "that would try anyone's patience", "daar zou ik me ook aan
// ergeren", "zou ik ook niet weten waar ik het zoeken moest", "daar word
// ik al chagrijnig van"), what it asks of the customer ("a lot to put up
// with", "dat vraagt heel wat geduld van je", "a lot of wasted days"),
// "nothing worse than…", "the last thing on your mind", "took the shine
// off", "I know how much…", "geen fijne start", "dat is niet waar je voor
// betaald hebt", "die wil je niet missen", and discomfort words ("sorry
// it's so chilly", "in het ongewisse", "onrustig"); not "the screen keeps
// freezing" nor "it's a lot to ask, but could you…".
func frames27Cases() []scorerCase {
	return []scorerCase{
		{"f37/empathy/en/would-gut-me", EN, "Losing ten years of photos would gut me too.", "empathy", nil},
		{"f37/empathy/en/try-anyones-patience", EN, "Five calls and no answer, that would try anyone's patience.", "empathy", nil},
		{"f37/empathy/nl/zou-ik-me-ook-ergeren", NL, "Twee uur in de rij, daar zou ik me ook aan ergeren.", "empathy", nil},
		{"f37/empathy/nl/word-ik-chagrijnig", NL, "Drie keer omgeleid, daar word ik al chagrijnig van als ik het lees.", "empathy", nil},
		{"f37/empathy/en/a-lot-to-put-up-with", EN, "A month of roadworks outside your door is a lot to put up with.", "empathy", nil},
		{"f37/empathy/nl/vraagt-geduld", NL, "Zes weken zonder keuken, dat vraagt heel wat geduld van u.", "empathy", nil},
		{"f37/empathy/en/nothing-worse", EN, "Nothing worse than a cold shower on a winter morning.", "empathy", nil},
		{"f37/empathy/en/last-thing-on-your-mind", EN, "With your mum in hospital, paperwork was the last thing on your mind.", "empathy", nil},
		{"f37/empathy/nl/geen-fijne-start", NL, "Oei, geen fijne start van je vakantie.", "empathy", nil},
		{"f37/empathy/nl/niet-waar-voor-betaald", NL, "Geen warm water in het hotel, dat is niet waar u voor betaald hebt.", "empathy", nil},
		{"f37/empathy/en/so-chilly", EN, "Sorry it's so chilly on the platform tonight.", "empathy,apology", nil},
		{"f37/empathy/en/screen-freezing", EN, "Does the screen keep freezing on every channel?", "question", nil},
		{"f37/empathy/en/lot-to-ask", EN, "I know it's a lot to ask, but could you send the meter photo again?", "question", nil},
	}
}

// Blame (-86): "it was announced in the newsletter / on the website" as
// the answer (denial) and "zo staat het ook in de bevestigingsmail"
// (contract), unless the agent helps as well; "With your dad in hospital,
// …" opens with how things stand, it routes the customer nowhere.
func frames28Cases() []scorerCase {
	return []scorerCase{
		{"f38/blame/nl/aangekondigd-in", NL, "De nieuwe tarieven zijn vorige maand aangekondigd in de nieuwsbrief.", "blame:denial", nil},
		{"f38/blame/en/announced-on", EN, "The road closure was announced on our website last week.", "blame:denial", nil},
		{"f38/blame/nl/zo-staat-het", NL, "Je plek blijft een uur vrij, zo staat het ook in de bevestiging.", "blame:contract", nil},
		{"f38/blame/nl/aangekondigd-helpt", NL, "Dat is aangekondigd in de nieuwsbrief, maar ik zet de kosten nu voor u terug.", "", nil},
		{"f38/blame/en/with-dad-in-hospital", EN, "With your dad in hospital, I'll keep the account on hold for a month.", "", nil},
	}
}

// Callback (-86): "om halftwee" is "om half twee"; "I'll check back with
// you by five" and "ik reageer binnen het uur" promise contact; "Mag ik u
// morgen om 10u bellen om de details te bespreken?" calls the customer
// ("om … te" is a purpose, no one else is called); not "I'll check back
// on the tracking in the morning" nor "checking in with the driver".
// Agreement: a check that closes a long sentence as its own clause
// ("…, would that be easier for you?").
func frames29Cases() []scorerCase {
	return []scorerCase{
		{"f39/callback/nl/halftwee", NL, "Ik bel u om halftwee terug.", "callback", nil},
		{"f39/callback/en/check-back-with-you", EN, "I'll check back with you by five today.", "callback", nil},
		{"f39/callback/nl/reageer-binnen-uur", NL, "Ik pak het nu op en reageer binnen het uur.", "callback", nil},
		{"f39/callback/nl/bellen-om-te", NL, "Mag ik u morgen om 10u bellen om de details te bespreken?", "callback,agreement", nil},
		{"f39/callback/en/check-back-on-tracking", EN, "I'll check back on the tracking in the morning.", "", nil},
		{"f39/callback/en/checking-in-with-driver", EN, "I'm checking in with the driver every thirty minutes.", "", nil},
		{"f39/agreement/en/easier-tag", EN, "I can start closing the old account with you over the phone right now, would that be easier for you?", "agreement", nil},
	}
}
