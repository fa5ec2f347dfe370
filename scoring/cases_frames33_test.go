package scoring

// frames87Cases (-148): Dutch puts the "dus" of a recap after the verb:
// a sentence that opens with the customer and has "dus" within its
// first words, then two or more facts, recaps ("U heeft de fiets dus
// vorige week teruggebracht en nu staat er toch een boete…", "Hoi
// Ruben, je pakket ligt dus al negen dagen…"). A sentence that opens
// with something else concludes instead ("Het abonnement heb je dus bij
// de winkel afgesloten en niet bij ons").
func frames87Cases() []scorerCase {
	return []scorerCase{
		{"f110/summary/nl/dus-after-verb", NL, "U heeft de fiets dus vorige week teruggebracht en nu staat er toch een boete op uw rekening.", "summary", nil},
		{"f110/summary/nl/dus-greeting", NL, "Hoi Ruben, je pakket ligt dus al negen dagen bij het sorteercentrum en niemand kan je zeggen waarom.", "summary", nil},
		{"f110/summary/nl/dus-ge", NL, "Ge hebt dus twee keer gebeld en er is nog altijd niemand langs geweest.", "summary", nil},
		{"f110/summary/nl/dus-not-you-first", NL, "Het abonnement heb je dus bij de winkel afgesloten en niet bij ons.", "blame:supplier", nil},
	}
}
