package scoring

// frames113Cases (-176): from the misses on the train part of batch ec.
//
// "Sorry if it came across like that" with the company's side after it
// brushes the complaint off (settled 26), like "sorry you feel that
// way"; "sorry if it came across like we were ignoring you" owns the
// impression. "What were you expecting her to say?" puts the complaint
// down to what the customer expected. The customer's own approval given
// as the answer: "the proof you signed off", "printed exactly as
// approved", "de drukproef heb je zelf goedgekeurd". "It shows up as an
// extra in your booking confirmation" points at what the customer was
// shown. "Niet kwaad bedoeld" is the company's intent, not the
// customer's anger. "Ik zie hier nergens iets genoteerd staan" looks and
// finds no record. "Als het goed is" hedges a forecast; "ergens anders
// mee helpen" offers anything; "let us know" asks the customer to get in
// touch and promises no contact; fear named after a sorry is empathy.
func frames113Cases() []scorerCase {
	return []scorerCase{
		{"f136/blame/en/came-across", EN, "Sorry if it came across like that, our instructors have coached beginners for twenty years.", "blame:denial", nil},
		{"f136/blame/en/came-across-owned", EN, "Sorry if it came across like we were ignoring you, that was never the idea.", "", nil},
		{"f136/blame/en/expecting-her-to", EN, "Well, what were you expecting the driver to do? The gate code was on the booking.", "blame:customer", nil},
		{"f136/blame/en/proof-signed-off", EN, "The proof you signed off on Monday shows that exact date.", "blame:customer", nil},
		{"f136/blame/en/proof-signed-off-question", EN, "Could you send me the proof that was signed off?", "", nil},
		{"f136/blame/en/as-approved", EN, "The mugs were printed exactly as approved.", "blame:customer", nil},
		{"f136/blame/nl/proef-goedgekeurd", NL, "De drukproef met die datum heb je vorige week zelf goedgekeurd.", "blame:customer", nil},
		{"f136/blame/en/shows-in-your-confirmation", EN, "The parking charge shows up under extras in your booking confirmation.", "blame:contract", nil},
		{"f136/empathy/nl/niet-kwaad-bedoeld", NL, "Onze gids maakt vaker grapjes met de groep, het was echt niet kwaad bedoeld.", "", nil},
		{"f136/blame/nl/nergens-genoteerd", NL, "Ik zie hier nergens een afmelding genoteerd staan.", "blame:denial", nil},
		{"f136/blame/nl/nergens-genoteerd-helps", NL, "Ik zie hier nergens een afmelding genoteerd staan, maar ik zet de les voor u terug op de kaart.", "", nil},
		{"f136/overpromise/nl/als-het-goed-is", NL, "Ik heb het tegoed teruggezet; als het goed is staat het er binnen het uur weer op.", "", nil},
		{"f136/question/nl/ergens-anders-mee-helpen", NL, "Kan ik je ergens anders nog mee helpen?", "", nil},
		{"f136/callback/en/let-us-know-today", EN, "We'll refund the missed lessons today - or let us know if you'd prefer credit.", "agreement", nil},
		{"f136/empathy/nl/sorry-bang", NL, "Sorry dat je zo bang was toen de lift bleef steken.", "empathy,apology", nil},
	}
}
