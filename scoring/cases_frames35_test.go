package scoring

// frames89Cases (-150): a record or check read a few words from its
// verb says our side was fine ("the readings for your meter show normal
// use", "every point on the checklist passed"); regret that holds only
// if the disputed harm happened, with the condition first, is no
// apology (settled rule 31: "If the fitter really left early, then I'm
// sorry", "als dat zo gebeurd is, spijt het me"); "op die manier
// ervaren" is "sorry you feel that way"; where the facts were, without
// a verb of showing ("it's on page 3 of your booking terms"); another
// party's call "rather than ours"; a Dutch party that "stelt … vast";
// "lukt" and "doable" as fit verbs after "let me know if".
func frames89Cases() []scorerCase {
	return []scorerCase{
		{"f112/blame/en/readings-show-normal", EN, "The readings for your meter show normal use every day this month.", "blame:denial", nil},
		{"f112/blame/en/checklist-passed", EN, "Every point on the safety checklist passed when the fitter left.", "blame:denial", nil},
		{"f112/blame/en/results-show-harm", EN, "Your scan results show a small tear, so I'll book the physio for you today.", "", nil},
		{"f112/blame/nl/rapport-toont", NL, "Het rapport van de monteur toont dat de ketel normaal werkte toen hij vertrok.", "blame:denial", nil},
		{"f112/apology/en/if-then-sorry", EN, "If the fitter really left without finishing, then I'm sorry.", "", nil},
		{"f112/apology/en/if-i-apologise", EN, "If that's what our advisor said, I do apologise.", "", nil},
		{"f112/apology/nl/als-dan-spijt", NL, "Als de bezorger echt zo onbeleefd was, dan spijt me dat.", "", nil},
		{"f112/apology/nl/als-spijt-het", NL, "Als dat zo gebeurd is, spijt het me.", "", nil},
		{"f112/apology/nl/als-wilt-then-sorry", NL, "Als u wilt, zet ik de afspraak om, en het spijt me van het wachten.", "apology", nil},
		{"f112/apology/nl/op-die-manier", NL, "Het spijt me dat u het op die manier heeft beleefd.", "", nil},
		{"f112/blame/en/on-page-of-terms", EN, "The minimum spend is on page 3 of your booking terms.", "blame:contract", nil},
		{"f112/blame/en/rather-than-ours", EN, "Whether the match is replayed is the league's call rather than ours.", "blame:supplier", nil},
		{"f112/blame/nl/party-stelt-vast", NL, "De verhuurder stelt de hoogte van de borg vast.", "blame:supplier", nil},
		{"f112/agreement/nl/lukt-voor-u", NL, "Ik zet u vrijdag om 10.15 uur in. Laat maar weten of vrijdagochtend voor u lukt.", "agreement", nil},
		{"f112/agreement/en/doable", EN, "You could pick them up from the Bridge Street shop on Monday. Let me know if that's doable for you.", "agreement", nil},
	}
}
