package scoring

// Frames (round 21): where a fault is placed and what a problem costs
// the customer. A delay or a cause "sits with" a party as a fault does
// ("the hold-up sits with the removals company"); a party "is to blame"
// or "heeft de schuld"; the customer's own device "is the problem"; the
// customer's slip is blamed when guessed at ("you must have ticked…")
// and in a long Dutch middle field, but not when supposed ("if you
// entered…"). Empathy: bad luck named ("dubbel pech"), time lost ("what a
// wasted morning", "cost you a day's pay", unless recapped as a fact to
// check), a plan spoilt ("not the unboxing you were hoping for", "zo
// begin je je vakantie liever niet"), timing that makes it worse ("en
// dat vlak voor de bruiloft"), "no joke", "you've been let down". The
// website or a user guide that "explains" or "covers" it is the answer
// given instead of help; an agent who walks the customer through the
// site helps there. Each with a near twin the rule must leave alone.
// "That's not how you set the timer", first the empathy twin of "not
// the … you were hoping for", tells the customer they did it wrong: the
// rubric's customer blame (relabelled at -166).
func frames13Cases() []scorerCase {
	return []scorerCase{
		{"f21/blame/en/delay-sits-with", EN, "The hold-up sits with the removals company, not us.", "blame:supplier", nil},
		{"f21/blame/en/delay-sits-with-us", EN, "The hold-up sits with us, and I'm sorting it today.", "", nil},
		{"f21/blame/nl/vertraging-ligt-bij", NL, "De vertraging ligt bij de transporteur.", "blame:supplier", nil},
		{"f21/blame/en/to-blame", EN, "Honestly the scaffolding firm is to blame here.", "blame:supplier", nil},
		{"f21/blame/en/not-to-blame", EN, "You're not to blame for any of this.", "", nil},
		{"f21/blame/nl/heeft-de-schuld", NL, "De bezorgdienst heeft de schuld, niet wij.", "blame:supplier", nil},
		{"f21/blame/nl/wij-de-schuld", NL, "Wij hebben de schuld, dat geef ik eerlijk toe.", "", nil},
		{"f21/blame/en/your-thing-problem", EN, "Your old modem is the problem here.", "blame:customer", nil},
		{"f21/blame/nl/your-thing-problem", NL, "Je oude laptop is het probleem.", "blame:customer", nil},
		{"f21/blame/en/our-thing-problem", EN, "Our booking system is the problem, and it's being fixed tonight.", "", nil},
		{"f21/blame/en/its-your-thing", EN, "It's your extension lead that's causing the trips.", "blame:customer", nil},
		{"f21/blame/en/must-have-ticked", EN, "You must have selected the wrong delivery date.", "blame:customer", nil},
		{"f21/blame/en/if-you-ticked", EN, "If you selected the wrong delivery date, I can change it for you now.", "", nil},
		{"f21/blame/nl/long-middle-field", NL, "Je hebt bij het afrekenen gisteren de verkeerde maat aangeklikt.", "blame:customer", nil},
		{"f21/blame/nl/als-long-middle-field", NL, "Als je bij het afrekenen de verkeerde maat hebt aangeklikt, pas ik dat zo aan.", "", nil},
		{"f21/empathy/nl/bad-luck", NL, "Wat een vreselijke pech met die lekke band.", "empathy", nil},
		{"f21/empathy/nl/pech-onderweg", NL, "Bij pech onderweg belt u het nummer op uw pas.", "", nil},
		{"f21/empathy/en/wasted-morning", EN, "That's a wasted afternoon for you, and I'm sorry.", "empathy,apology", nil},
		{"f21/empathy/en/day-pay", EN, "It cost you a day's wages to wait in for us.", "empathy", nil},
		{"f21/empathy/en/day-pay-recap", EN, "So the fitter never came and it cost you a day's wages, have I got that right?", "summary", nil},
		{"f21/empathy/en/not-the-x", EN, "Not the birthday surprise you were hoping for.", "empathy", nil},
		{"f21/empathy/en/not-how-you-set", EN, "That's not how you set the timer.", "blame:customer", nil},
		{"f21/empathy/nl/zo-begin-je", NL, "Zo begin je je weekend liever niet.", "empathy", nil},
		{"f21/empathy/nl/and-that-just", NL, "En dat vlak voor de bruiloft van uw dochter.", "empathy", nil},
		{"f21/empathy/nl/and-that-plain", NL, "Ik heb de bon gevonden en dat bedrag teruggestort.", "", nil},
		{"f21/empathy/en/no-joke", EN, "Three nights without hot water with a toddler is no joke.", "empathy", nil},
		{"f21/empathy/en/let-down", EN, "You've been let down twice now.", "empathy", nil},
		{"f21/empathy/en/wont-let-down", EN, "We won't let you down on the new date.", "", nil},
		{"f21/blame/en/site-explains", EN, "Our website explains how the deposit scheme works.", "blame:website", nil},
		{"f21/blame/en/faq-covers", EN, "The FAQ covers late check-ins.", "blame:website", nil},
		{"f21/blame/en/user-guide", EN, "Everything about pairing is in the user guide.", "blame:website", nil},
		{"f21/blame/en/walk-through-site", EN, "I'll walk you through the booking site now, step by step.", "", nil},
		{"f21/blame/nl/laat-zien-op-site", NL, "Ik laat je op de site zien waar je de factuur vindt.", "", nil},
		{"f21/blame/en/manual-reset", EN, "Could you try a manual reset of the hub and tell me what the light does?", "question", nil},
	}
}
