package scoring

// frames75Cases (-135): an ordeal named as a bare phrase, then what it
// does to the customer, is empathy whatever the words ("Vier nachten
// zonder verwarming, dan lig je met je jas aan in bed"); the same opening
// followed by a directive, a promise, a ruling or a verdict on the wait
// is not ("…, dan moet u opnieuw aanvragen", "…, daar heeft u gelijk
// in", "…, dat is lang"), nor a sentence whose opening has a verb of its
// own ("Drie dagen is de normale levertijd, dat weet u"). "Never … again"
// promises for good even eight words apart.
func frames75Cases() []scorerCase {
	return []scorerCase{
		{"f98/empathy/nl/nachten-zonder-verwarming", NL, "Vier nachten zonder verwarming, dan lig je met je jas aan in bed.", "empathy", nil},
		{"f98/empathy/nl/hoi-keer-weggestuurd", NL, "Hoi Bram, twee keer voor niks naar de balie, daar word je niet vrolijk van.", "empathy", nil},
		{"f98/empathy/nl/zonder-auto-werk", NL, "Zonder auto en met drie kinderen naar school, dat zet uw hele ochtend op z'n kop. Ik regel vandaag een vervangwagen.", "empathy", nil},
		{"f98/empathy/nl/weken-niemand", NL, "Tien dagen geen warm water, daar houdt niemand het lang vol.", "empathy", nil},
		{"f98/empathy/en/nights-without-heating", EN, "Four nights without heating, that's you sleeping in your coat.", "empathy", nil},
		{"f98/empathy/en/oh-no-two-trips", EN, "Oh no, two trips to the depot for nothing – that eats your whole Saturday.", "empathy", nil},
		{"f98/empathy/en/without-wheelchair", EN, "Without the wheelchair for a fortnight, so you're stuck indoors. I've booked the repair for Monday at 9.", "empathy", nil},
		{"f98/empathy/nl/directive", NL, "Drie weken na de aanvraag, dan moet u een nieuwe indienen.", "", nil},
		{"f98/empathy/nl/gelijk", NL, "Vijf weken, daar heeft u gelijk in.", "", nil},
		{"f98/empathy/nl/verb-in-opening", NL, "Drie dagen is de normale levertijd, dat weet u.", "", nil},
		{"f98/empathy/en/promise", EN, "Two weeks without a signal, that will be fixed for you by tonight, guaranteed.", "overpromise", nil},
		{"f98/empathy/nl/judging-wait", NL, "Twee weken, dat is lang als je erop zit te wachten.", "", nil},
		{"f98/overpromise/en/never-far-again", EN, "I've cancelled it, and you'll never see a fee like that on your bill again.", "overpromise", nil},
		{"f98/overpromise/en/never-anyone-again", EN, "We've talked to the branch and it will never happen to you or your wife again.", "overpromise", nil},
		{"f98/overpromise/en/never-before", EN, "I've never seen that error before, can you send me a screenshot?", "question", nil},
		{"f98/empathy/en/question", EN, "Three days without a phone, so how are you reaching your clients?", "question", nil},
	}
}

// frames76Cases (-136): a reaction anyone would have is empathy whatever
// the verb ("two cancelled visits would try anyone's patience", "daar
// zou niemand rustig onder blijven"); asked ("would anyone be home?") or
// the agent's own plan ("I wouldn't pass it to anyone") it is not. "I'd
// … too" reaches eight words.
func frames76Cases() []scorerCase {
	return []scorerCase{
		{"f99/empathy/en/would-try-anyone", EN, "Two cancelled visits in a row would try anyone's patience.", "empathy", nil},
		{"f99/empathy/en/anyone-would-be", EN, "After a night like that anyone would be running on empty.", "empathy", nil},
		{"f99/empathy/en/nobody-would", EN, "Nobody would stay cheerful after a bill that size.", "empathy", nil},
		{"f99/empathy/nl/zou-niemand", NL, "Twee keer een lege tank bij het ophalen, daar zou niemand vrolijk van worden.", "empathy", nil},
		{"f99/empathy/nl/iedereen-zou", NL, "Iedereen zou na zo'n ochtend op zijn tandvlees lopen.", "empathy", nil},
		{"f99/empathy/en/would-anyone-asked", EN, "Would anyone else be in to sign for it tomorrow?", "", nil},
		{"f99/empathy/en/i-would-not-anyone", EN, "I would not pass your details to anyone outside the team.", "", nil},
		{"f99/empathy/nl/zou-iedereen-gevraagd", NL, "Zou iedereen in huis die melding ook gekregen hebben?", "question", nil},
		{"f99/empathy/en/id-too-far", EN, "Four hours in a cold car park with a toddler, I'd be checking the clock every two minutes too.", "empathy", nil},
	}
}

// frames77Cases (-137): question false alarms. The customer's own wish
// to know is no request ("logisch dat u wilt weten wat er misging", "and
// you want to know why"), while "could you let me know what…" asks; the
// customer told something is not asked ("the fitter will tell you what's
// going on"); a verb-first clause that goes on with "dan" or an
// instruction is a condition ("Werkt de app niet, stuur ons een DM");
// a BSN, a username or a typed "klantnummr" is an identifier; "klopt het
// … als…" asks about the problem unless it closes a recap; "dan zit
// het bij je bank" names the bank, not the customer.
func frames77Cases() []scorerCase {
	return []scorerCase{
		{"f100/question/nl/u-wilt-weten", NL, "Het is logisch dat u wilt weten wat er misging met uw aanvraag.", "empathy", nil},
		{"f100/question/en/you-want-to-know", EN, "Your premium doubled overnight and you want to know why.", "", nil},
		{"f100/question/en/could-you-let-me-know", EN, "Could you let me know what the display shows when it stops.", "question", nil},
		{"f100/question/nl/kunt-u-laten-weten", NL, "U kunt ons laten weten wat er op het scherm verschijnt.", "question", nil},
		{"f100/question/en/fitter-will-tell-you", EN, "The fitter is booked for Friday and he will tell you what is going on with the boiler.", "", nil},
		{"f100/question/en/tell-us-what", EN, "Tell us what happened when the card was swallowed.", "question", nil},
		{"f100/question/nl/werkt-niet-stuur", NL, "Werkt de app daarna niet, stuur ons gerust een DM.", "", nil},
		{"f100/question/nl/staat-het-er-dan", NL, "Staat het geld er vrijdag nog niet op, dan zit het bij je bank", "blame:supplier", nil},
		{"f100/question/nl/werkt-het-nu", NL, "Werkt het nu wel bij jou", "question", nil},
		{"f100/question/nl/bsn", NL, "Wat is uw BSN?", "", nil},
		{"f100/question/nl/klantnummr", NL, "wat is je klantnummr?", "", nil},
		{"f100/question/nl/gebruikersnaam", NL, "Wat is de gebruikersnaam van uw account?", "", nil},
		{"f100/question/nl/klopt-het-als", NL, "Klopt het saldo wel als je op de laptop inlogt?", "question", nil},
		{"f100/question/nl/klopt-dat-check", NL, "Dus sinds maandag toont de app te weinig en op de laptop niet, klopt dat?", "summary", nil},
	}
}

// frames78Cases (-138): the ordeal said roughly ("ruim een uur", "more
// than a week") or counted in complaints and letters, with "een mens" as
// the person it wears down; the paper named as the answer a few words
// away ("it's on page 4 of the agreement").
func frames78Cases() []scorerCase {
	return []scorerCase{
		{"f101/empathy/nl/ruim-een-uur", NL, "Ruim een uur in de kou op een bus die niet kwam, daar word je niet warm van.", "empathy", nil},
		{"f101/empathy/nl/een-mens", NL, "Drie brieven en nog altijd geen antwoord, daar verliest een mens de moed van.", "empathy", nil},
		{"f101/empathy/en/more-than-a-week", EN, "More than a week without a working fridge, that's you living out of a cool box.", "empathy", nil},
		{"f101/empathy/en/two-complaints", EN, "Two complaints and nobody rang you back, so you've spent your lunch breaks chasing us.", "empathy", nil},
		{"f101/blame/en/on-page-of-agreement", EN, "It's on page 4 of the rental agreement, under early returns.", "blame:contract", nil},
		{"f101/blame/en/says-on-the-quote", EN, "It says on the quote that the scaffolding is extra.", "blame:contract", nil},
	}
}
