package scoring

// frames110Cases (-173): from the misses on the train part of batch dy.
//
// A message promised at a moment, with no "from me", is a callback ("je
// krijgt vandaag voor vijf uur een sms"), "you'll have to call back" is
// not. "Laat maar weten of je daarmee kan leven" and "if that sounds fair
// to you" check the plan; "als het goed is" (if all goes well), "als je
// dat wilt" and "if that doesn't work" do not. "Vanaf onze kant is alles
// verlopen zoals het hoort" says our side is fine, "dat is niet zoals het
// hoort" owns it. A wholesaler or a distributor is another party; the
// terms that "let us" do it give the contract as the reason. "I'm certain"
// and "a dead cert" vouch for an outcome, not for the agent's memory.
func frames110Cases() []scorerCase {
	return []scorerCase{
		{"f133/callback/nl/krijg-je-een-mail", NL, "Uiterlijk om vier uur krijg je een mail met de nieuwe datum.", "callback", nil},
		{"f133/callback/nl/je-krijgt-sms", NL, "Je krijgt vandaag voor vijf uur een sms met het tijdstip.", "callback", nil},
		{"f133/callback/en/you-get-a-text", EN, "You'll get a text before five with the new slot.", "callback", nil},
		{"f133/callback/en/you-have-to-call", EN, "You'll have to call back tomorrow after nine.", "blame:management", nil},
		{"f133/agreement/nl/daarmee-leven", NL, "Ik zet de rit terug naar 23:10. Laat maar weten of je daarmee kan leven.", "agreement", nil},
		{"f133/agreement/nl/als-dat-u-schikt", NL, "Ik kom donderdag om tien uur de kraan vervangen, als dat u schikt.", "agreement", nil},
		{"f133/agreement/nl/als-het-goed-is", NL, "Ik stuur het vandaag op, als het goed is heeft u het morgen.", "", nil},
		{"f133/agreement/nl/als-je-dat-wilt", NL, "Ik kan het ook voor je bestellen als je dat wilt.", "", nil},
		{"f133/agreement/en/sounds-fair", EN, "I'll refund the deposit today, if that sounds fair to you.", "agreement", nil},
		{"f133/agreement/en/if-that-doesnt-work", EN, "Try restarting it; if that doesn't work, ring us back.", "", nil},
		{"f133/agreement/en/happy-with-that", EN, "Let me know if you're happy with that and I'll book it.", "agreement", nil},
		{"f133/blame/nl/zoals-het-hoort", NL, "Vanaf onze kant is alles verlopen zoals het hoort.", "blame:denial", nil},
		{"f133/blame/nl/niet-zoals-het-hoort", NL, "Dat is niet zoals het hoort, sorry.", "apology", nil},
		{"f133/blame/nl/groothandel", NL, "Onze groothandel kon de stof niet op tijd leveren.", "blame:supplier", nil},
		{"f133/blame/en/distributor", EN, "The delay is down to our distributor.", "blame:supplier", nil},
		{"f133/blame/nl/voorwaarden-geven-ons", NL, "Onze voorwaarden geven ons het recht om de datum te verschuiven.", "blame:contract", nil},
		{"f133/blame/en/terms-let-us", EN, "The booking terms let us move you to another room.", "blame:contract", nil},
		{"f133/overpromise/en/i-am-certain", EN, "The appeal will go through, I'm certain.", "overpromise", nil},
		{"f133/overpromise/en/certain-i-sent", EN, "I'm certain I sent it yesterday.", "", nil},
	}
}
