package scoring

// Frames (round 18): who the matter sits with, said in other words. A
// Dutch verb before its subject ("Over de terugbetaling beslist de
// organisator"), "in the hands of" a party, where the fault started
// ("the labels came from the printer"), a rule's limit as the answer
// ("you're only allowed one bag"), the fault moved to the customer's
// side ("rather than our network", "down to your own wifi"), and a
// command to chase us again opened by "just" or "give us a ring". Each
// with a near twin the rule must leave alone.
//
// Round 18 (empathy): "wat balen zeg" said straight (only an opener like
// "tjonge" or "ach" makes "zeg" mock), solidarity after "if that happened
// to me", how much is on the customer ("een hoop ellende", "a huge amount
// to lose") and where it has left them ("dan sta je daar zonder…").
func frames10Cases() []scorerCase {
	return []scorerCase{
		{"f18/blame/nl/over-beslist-de", NL, "Over een eventuele vergoeding beslist de touroperator, niet wij.", "blame:supplier", nil},
		{"f18/blame/nl/komma-bepaalt-de", NL, "Wat er vergoed wordt, bepaalt de verzekeraar.", "blame:supplier", nil},
		{"f18/blame/nl/daarover-beslissen-wij", NL, "Over de planning beslissen wij zelf, ik zet u morgen om tien uur in.", "", nil},
		{"f18/blame/nl/wie-bepaalt-vraag", NL, "Bepaalt de verhuurder dat, of de gemeente?", "question", nil},
		{"f18/blame/en/in-the-hands-of", EN, "Once the box leaves our depot it's in the hands of the carrier.", "blame:supplier", nil},
		{"f18/blame/nl/in-handen-van", NL, "De uitbetaling ligt nu in handen van de verzekeraar.", "blame:supplier", nil},
		{"f18/blame/en/in-the-hands-of-ours", EN, "I've put it in the hands of our complaints team and I'll ring you at 4.", "callback", nil},
		{"f18/blame/en/came-from-party", EN, "Those faulty chargers came from the manufacturer in one bad batch.", "blame:supplier", nil},
		{"f18/blame/en/coming-from-depot", EN, "Good news, it's coming from our Bristol warehouse today.", "", nil},
		{"f18/blame/en/breakdown", EN, "The courier had a breakdown on the motorway, that's why it's late.", "blame:supplier", nil},
		{"f18/blame/en/only-allowed", EN, "You're only allowed one piece of hand luggage on that fare, sir.", "blame:contract", nil},
		{"f18/blame/nl/enkel-verplicht", NL, "Wij zijn enkel verplicht om de prijs van het ticket terug te storten.", "blame:contract", nil},
		{"f18/blame/en/only-able-to-see", EN, "I'm only able to see the last three bills from here, when did the extra charge first show up?", "question", nil},
		{"f18/blame/en/rather-than-ours", EN, "The speed test looks fine, so the drop-outs are in your house rather than our network.", "blame:denial", nil},
		{"f18/blame/en/down-to-your", EN, "Buffering like that is usually down to your own wifi, to be honest.", "blame:customer", nil},
		{"f18/blame/en/down-to-your-last", EN, "You're down to your last few pills, so I get why you're worried.", "empathy", nil},
		{"f18/blame/en/just-call-back", EN, "Just ring us back if the engineer hasn't shown up by Friday.", "blame:management", nil},
		{"f18/blame/en/give-us-a-ring", EN, "If you've heard nothing by Monday, give us a ring again.", "blame:management", nil},
		{"f18/blame/en/just-called", EN, "Just called the courier myself, they'll be with you by noon.", "", nil},

		{"f18/empathy/nl/wat-balen-zeg", NL, "Wat balen zeg, net op je vrije dag.", "empathy", nil},
		{"f18/empathy/nl/ach-wat-erg-zeg", NL, "Ach, wat erg zeg. Had u de bon maar bewaard.", "blame:customer", nil},
		{"f18/empathy/en/if-it-were-me", EN, "If my boiler died the week my baby was born I'd be livid.", "empathy", nil},
		{"f18/empathy/en/if-you-tell-me", EN, "If you give me the date you're upset about, I can look.", "", nil},
		{"f18/empathy/nl/als-mij-dat", NL, "Als mij dat overkwam, zou ik ook flink balen.", "empathy", nil},
		{"f18/empathy/nl/hoop-ellende", NL, "Dat is een hoop gedoe in een week tijd.", "empathy", nil},
		{"f18/empathy/en/load-of-hassle", EN, "That's a load of hassle for one missing screw.", "empathy", nil},
		{"f18/empathy/nl/hoop-geld", NL, "Dat is een hoop geld om zomaar kwijt te zijn.", "empathy", nil},
		{"f18/empathy/en/amount-to-lose", EN, "Two hundred pounds is a big amount to lose before Christmas.", "empathy", nil},
		{"f18/empathy/en/lot-to-ask", EN, "That's a lot to ask of the driver, to be honest.", "", nil},
		{"f18/empathy/nl/sta-je-daar", NL, "Dan sta je daar zonder sleutel voor een dichte deur.", "empathy", nil},
		{"f18/empathy/en/leaves-you-stuck", EN, "A cancelled train at midnight leaves you stranded, I'm sorry.", "apology,empathy", nil},
		{"f18/empathy/nl/zorgelijke", NL, "Dat is een zorgelijke situatie voor uw vader.", "empathy", nil},
		{"f18/empathy/nl/angstig-moment", NL, "Wat een angstig moment moet dat geweest zijn.", "empathy", nil},

		{"f18/empathy/en/long-time-without", EN, "Five weeks is a long time to go without a working cooker.", "empathy", nil},
		{"f18/empathy/en/long-time-waiting", EN, "That's a long time to be waiting for a reply, what's the reference?", "", nil},
		{"f18/empathy/en/oh-what-a-nightmare", EN, "Oh what a nightmare, right before your flight.", "empathy", nil},

		{"f18/blame/en/likely-your-router", EN, "No outages near you, so it's probably your router playing up.", "blame:denial", nil},
		{"f18/blame/en/will-be-in-your-account", EN, "Your refund went out today and will be in your account by Friday.", "", nil},
		{"f18/blame/en/charge-stands", EN, "You cancelled on the day itself, so the fee stands.", "blame:contract", nil},
		{"f18/blame/nl/boete-blijft-staan", NL, "Er stond geen geldig ticket op je kaart, dus de boete blijft gewoon staan.", "blame:contract", nil},
		{"f18/blame/en/charge-removed", EN, "I've looked again and the charge shouldn't be there, I've taken it off.", "", nil},
	}
}
