package scoring

// frames127Cases (-190): from the misses on the train part of batch eq.
//
// "Daar houden ze zich aan" vouches for the staff keeping the rule:
// denial. "That takes the joy right out of it" and "dan is de
// feestvreugde er snel af" name what the problem took from the moment;
// "heeft ze zich bezeerd?" asks after the person harmed. "Je ziet er
// niks meer van" promises the repair invisible, "no parcel will ever go
// missing again" promises never again of a thing. "I'll check back in
// with you here before six" and "I'll confirm the dates in writing by
// noon" are the agent's next message at a time; on a condition ("if it
// was our mistake, I'll confirm it in writing by noon") they promise
// nothing, unless the condition is taken off ("either way").
func frames127Cases() []scorerCase {
	return []scorerCase{
		{"f150/blame/nl/houden-zich-aan", NL, "Onze gidsen mogen niemand vastpakken en daar houden ze zich ook aan.", "blame:denial", nil},
		{"f150/empathy/en/takes-the-joy", EN, "A cake that arrives squashed takes the joy right out of the party.", "empathy", nil},
		{"f150/empathy/nl/feestvreugde-af", NL, "Twee uur in de rij voor de ingang, dan is de feestvreugde er snel af.", "empathy", nil},
		{"f150/empathy/nl/zich-bezeerd", NL, "En uw vader, heeft hij zich bij de val bezeerd?", "empathy,question", nil},
		{"f150/overpromise/nl/ziet-er-niks-meer-van", NL, "We spuiten de deur opnieuw en u ziet er niks meer van.", "overpromise", nil},
		{"f150/overpromise/en/no-x-will-ever", EN, "We've changed the labels, so no parcel will ever go missing again.", "overpromise", nil},
		{"f150/callback/en/check-back-in", EN, "I'll check back in with you here before six tonight.", "callback", nil},
		{"f150/callback/en/confirm-in-writing", EN, "I'll confirm the new dates in writing by noon tomorrow.", "callback", nil},
		{"f150/callback/nl/bevestig-schriftelijk", NL, "Ik bevestig het vandaag voor vijf uur schriftelijk.", "callback", nil},
		{"f150/callback/nl/bevestig-per-mail", NL, "Ik bevestig de nieuwe datum per mail, vandaag voor vijf uur.", "callback", nil},
		{"f150/callback/en/conditional-confirm", EN, "If it was our mistake, I'll confirm it in writing by noon tomorrow.", "", nil},
		{"f150/callback/en/either-way", EN, "If you send the order number I'll look into it, and either way you'll hear from me before two today.", "callback", nil},
	}
}
