package scoring

// frames102Cases (-163): good replies the blame frames had called bad,
// read off the train parts of batches di to dm, and a callback promised
// as "you'll have a call from me".
//
// Not blame: a step of ours that failed on our side ("didn't save
// properly on our side"), an offer to raise it with another party
// ("would you like me to…"), a contact from the agent ("a call from
// me"), a centre that is a place, no say for the customer, who will do
// it from a date ("from next week it'll be Jamie"), the agent's own act
// ("ik heb je terugbetaling zelf aangezet"), a case the agent takes to
// those who decide ("ik vraag je dossier op bij de collega's die erover
// beslissen"). Still blame: "isn't on our side", "on our help centre",
// "I have no say in it", "that'll be the courier", "je hebt de
// verlenging zelf aangezet", "daar beslissen de collega's over, niet ik".
func frames102Cases() []scorerCase {
	return []scorerCase{
		{"f125/blame/en/didnt-save-properly", EN, "The booking didn't save properly on our side, so I've made it again myself.", "", nil},
		{"f125/blame/en/isnt-on-our-side", EN, "The delay isn't on our side, it's the courier's depot.", "blame:supplier", nil},
		{"f125/blame/en/would-you-like-me-to-raise", EN, "Would you like me to raise it with the garage and get the bill looked at?", "agreement", nil},
		{"f125/callback/en/call-from-me", EN, "You'll have a call from me at four o'clock today with the new date.", "callback", ev{Callback: "You'll have a call from me"}},
		{"f125/callback/nl/bericht-van-me", NL, "U heeft voor half vijf vandaag een bericht van me.", "callback", nil},
		{"f125/blame/en/centre-is-a-place", EN, "New tickets go on sale at the centre every Monday morning.", "", nil},
		{"f125/blame/en/help-centre", EN, "Everything you need is on our help centre.", "blame:website", nil},
		{"f125/blame/en/customer-no-say", EN, "Paid £90 at the door with no say in it, that's not how it should go.", "", nil},
		{"f125/blame/en/i-have-no-say", EN, "The price is set by head office and I have no say in it.", "blame:management", nil},
		{"f125/blame/en/from-next-week-jamie", EN, "From next week it'll be Jamie on your account, so you won't repeat it all again.", "", nil},
		{"f125/blame/en/thatll-be-courier", EN, "That'll be the courier, they still have it.", "blame:supplier", nil},
		{"f125/blame/nl/ik-heb-zelf-aangezet", NL, "Ik heb je terugbetaling zelf al aangezet, vrijdag staat het erop.", "", nil},
		{"f125/blame/nl/je-hebt-zelf-aangezet", NL, "Je hebt de verlenging zelf aangezet, dus die loopt door.", "blame:customer", nil},
		{"f125/blame/nl/ik-vraag-op-bij-collegas", NL, "Ik vraag je dossier vandaag nog op bij de collega's die erover beslissen.", "", nil},
		{"f125/blame/nl/niet-ik-beslis", NL, "Daar beslissen de collega's van de backoffice over, niet ik.", "blame:management", nil},
	}
}
