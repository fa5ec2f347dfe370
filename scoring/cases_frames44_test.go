package scoring

// frames98Cases (-159): another party named as the cause by what it did,
// the company as a go-between, routines and records held up as proof, the
// customer's use or folly as the answer, and empathy said without "I".
//
// Blame: a supplier with a fault word ("the courier mixed up the parcels",
// "de leverancier stuurde de verkeerde kleur", "double-booked", "dropped
// the ball"), "that's all on the venue", "we only pass the booking on", "wij
// versturen alleen de sms'jes", "not one of ours", refusing to apologise
// for something, "normaal gezien heeft u een brief ontvangen", a routine
// that comes first ("before we close an account we always send two
// reminders"), the work done as agreed or the procedure followed to the
// letter, "uw verzekeraar is daarvoor het aanspreekpunt", our records as
// proof ("our system shows the reminder went out"), the plan as the
// reason ("your plan doesn't cover that"), the customer's device as the
// culprit, the allowance the customer went over, the rhetorical "what were
// you expecting for…", the order of handling as the answer, a document
// that "clearly says" it, a Dutch "daarvoor bel je best je bank" (verb
// second after a pronominal adverb). Not: our own developers fixing it, a refusal to apologise with
// no object, "you don't need to apologise", "normaal gezien heb je het
// maandag", a plan that doesn't cover it but is given anyway, the order
// clearly saying what we got wrong, "if it's not one of ours", a routine
// before no sanction ("before we send the replacement, we always test
// it"), "wrong on our side"
// (owned), a plan that doesn't cover it when the agent adds it anyway
// ("…, maar ik zet het er gratis bij": the "niet" of the clause before
// no longer stops the agent's act).
//
// Overpromise: "de kans dat dit nog eens gebeurt is nul", "het festival
// gaat 100% door". Empathy: "that can't have been easy", "dat moet niet
// makkelijk geweest zijn", "tegen de muren opvliegen", "hoeveel het voor u
// betekende", "dat is vreselijke timing".
func frames98Cases() []scorerCase {
	return []scorerCase{
		{"f121/blame/en/courier-mixed-up", EN, "The courier mixed up the parcels on Tuesday.", "blame:supplier", nil},
		{"f121/blame/en/bank-wrong-account", EN, "The bank sent the money to the wrong account.", "blame:supplier", nil},
		{"f121/blame/en/caterer-double-booked", EN, "The caterer double-booked that Saturday.", "blame:supplier", nil},
		{"f121/blame/en/courier-dropped-ball", EN, "The courier really dropped the ball on this one.", "blame:supplier", nil},
		{"f121/blame/en/our-developers-fix", EN, "Our developers have found the bug and the app update fixes it tonight.", "", nil},
		{"f121/blame/nl/bank-verwisseld", NL, "De bank heeft de twee betalingen verwisseld.", "blame:supplier", nil},
		{"f121/blame/nl/leverancier-verkeerde", NL, "De leverancier heeft de verkeerde kleur gestuurd.", "blame:supplier", nil},
		{"f121/blame/nl/drukkerij-verkeerde", NL, "De drukkerij heeft de proef naar het verkeerde adres gemaild.", "blame:supplier", nil},
		{"f121/blame/en/thats-on-them", EN, "The timings came from the promoter, so that's on them.", "blame:supplier", nil},
		{"f121/blame/en/thats-on-the-venue", EN, "Honestly, that's all on the venue.", "blame:supplier", nil},
		{"f121/blame/en/we-only-pass", EN, "The fares are set by the rail company, we only pass them on.", "blame:supplier", nil},
		{"f121/blame/en/just-the-middleman", EN, "We're just the middleman for these tours.", "blame:supplier", nil},
		{"f121/blame/nl/wij-versturen-alleen", NL, "De tandartsen plannen zelf, wij versturen alleen de herinneringen.", "blame:supplier", nil},
		{"f121/blame/nl/maar-doorgeefluik", NL, "Wij zijn maar het doorgeefluik tussen u en de verhuurder.", "blame:supplier", nil},
		{"f121/blame/en/not-one-of-ours", EN, "That van isn't one of ours.", "blame:denial", nil},
		{"f121/blame/en/if-not-one-of-ours", EN, "If the garage isn't one of ours, keep the receipt and we'll cover up to 80 pounds.", "", nil},
		{"f121/blame/en/wont-apologise-for", EN, "I'm not going to apologise for a storm.", "blame:denial", nil},
		{"f121/blame/nl/geen-excuses-voor", NL, "Ik ga geen excuses aanbieden voor het weer.", "blame:denial", nil},
		{"f121/blame/nl/niet-verontschuldigen", NL, "Ik ga me niet verontschuldigen voor een regel die overal hangt.", "blame:denial", nil},
		{"f121/blame/nl/u-hoeft-geen-excuses", NL, "U hoeft geen excuses te maken, hoor.", "", nil},
		{"f121/blame/nl/normaal-brief-ontvangen", NL, "Normaal gezien heeft u daarover vorige week een brief ontvangen.", "blame:denial", nil},
		{"f121/blame/nl/normaal-maandag", NL, "Normaal gezien heb je het pakje maandag in huis.", "", nil},
		{"f121/blame/en/normally-you-had", EN, "Normally you would have had a text about that the day before.", "blame:denial", nil},
		{"f121/blame/en/before-we-always", EN, "Before we close an account we always send two reminders.", "blame:denial", nil},
		{"f121/blame/nl/voordat-we-eerst", NL, "Voordat we een rekening blokkeren, sturen we eerst twee herinneringen.", "blame:denial", nil},
		{"f121/blame/en/before-we-test", EN, "Before we send the replacement, we always test it first.", "", nil},
		{"f121/blame/nl/wat-had-je-verwacht-als", NL, "Tja, wat had je verwacht als je de sleutel buiten laat liggen?", "blame:customer", nil},
		{"f121/blame/en/wrong-on-our-side", EN, "The label was wrong on our side.", "", nil},
		{"f121/blame/nl/dekt-niet-maar-ik-zet", NL, "Uw abonnement dekt dat niet, maar ik zet het er gratis bij.", "", nil},
		{"f121/blame/en/did-what-agreed", EN, "The team did exactly what was agreed on the day.", "blame:denial", nil},
		{"f121/blame/en/to-the-letter", EN, "Our staff followed the procedure to the letter.", "blame:denial", nil},
		{"f121/blame/nl/protocol-gevolgd", NL, "De verpleegster heeft het protocol netjes gevolgd.", "blame:denial", nil},
		{"f121/blame/nl/gedaan-wat-stond", NL, "Wij hebben precies gedaan wat er in de offerte stond.", "blame:denial", nil},
		{"f121/blame/nl/is-aanspreekpunt", NL, "Uw werkgever is daarvoor het aanspreekpunt.", "blame:supplier", nil},
		{"f121/blame/nl/ik-ben-aanspreekpunt", NL, "Ik ben vanaf nu uw aanspreekpunt.", "", nil},
		{"f121/blame/en/our-records-show", EN, "Our records show the invoice went out on the 3rd.", "blame:denial", nil},
		{"f121/blame/nl/ons-systeem-verstuurd", NL, "In ons systeem staat de factuur als verstuurd op de derde.", "blame:denial", nil},
		{"f121/blame/en/plan-doesnt-cover", EN, "Your plan doesn't cover dental work abroad.", "blame:contract", nil},
		{"f121/blame/en/plan-given-anyway", EN, "Your plan doesn't cover that, but I've added it for free and I'll email you the confirmation today.", "callback", nil},
		{"f121/blame/nl/abonnement-voorziet-niet", NL, "Je abonnement voorziet dat jammer genoeg niet.", "blame:contract", nil},
		{"f121/blame/en/your-culprit", EN, "Your old router is most likely the culprit here.", "blame:customer", nil},
		{"f121/blame/nl/boosdoener", NL, "Je toestel is waarschijnlijk de boosdoener.", "blame:customer", nil},
		{"f121/blame/en/went-over-allowance", EN, "You went over your data allowance on the 12th.", "blame:customer", nil},
		{"f121/blame/nl/limiet-overschreden", NL, "Je hebt je limiet vorige week al overschreden.", "blame:customer", nil},
		{"f121/blame/en/what-expecting-for", EN, "What were you expecting for nine pounds a month?", "blame:customer", nil},
		{"f121/blame/en/what-did-you-think", EN, "What did you think would happen if you left it in the rain?", "blame:customer", nil},
		{"f121/blame/nl/wat-had-u-verwacht", NL, "Wat had u dan verwacht bij een gratis proefles?", "blame:customer", nil},
		{"f121/blame/nl/volgorde-binnenkomst", NL, "Aanvragen worden op volgorde van binnenkomst behandeld.", "blame:contract", nil},
		{"f121/blame/en/order-they-came", EN, "Claims are dealt with in the order they come in.", "blame:contract", nil},
		{"f121/blame/en/clearly-says", EN, "The ticket clearly says no re-entry after 9.", "blame:contract", nil},
		{"f121/blame/en/clearly-says-our-slip", EN, "Your order clearly says blue, so that's our slip and I'm sending the right one today.", "", nil},
		{"f121/blame/nl/hiervoor-contacteer-je-best", NL, "Hiervoor contacteer je best de fabrikant.", "blame:supplier", nil},
		{"f121/blame/nl/daarvoor-bel-ik", NL, "Daarvoor bel ik de fabrikant vanmiddag zelf.", "callback", nil},
		{"f121/overpromise/nl/kans-nul", NL, "De kans dat dit nog eens gebeurt is nul.", "overpromise", nil},
		{"f121/overpromise/nl/kans-klein", NL, "De kans dat dit nog eens gebeurt is klein.", "", nil},
		{"f121/overpromise/nl/gaat-100-door", NL, "Het concert gaat 100% door, regen of geen regen.", "overpromise", nil},
		{"f121/empathy/en/cant-have-been-easy", EN, "That can't have been easy, with the kids at home.", "empathy", nil},
		{"f121/empathy/en/couldnt-have-been-fun", EN, "A night on the floor couldn't have been much fun.", "empathy", nil},
		{"f121/empathy/nl/niet-makkelijk-geweest", NL, "Dat moet niet makkelijk geweest zijn voor u.", "empathy", nil},
		{"f121/empathy/nl/makkelijk-te-regelen", NL, "Dat moet makkelijk te regelen zijn.", "", nil},
		{"f121/empathy/nl/tegen-de-muren", NL, "Ik zou ook tegen de muren opvliegen.", "empathy", nil},
		{"f121/empathy/nl/hoeveel-betekende", NL, "Ik hoor hoeveel dat weekend voor jullie betekende.", "empathy", nil},
		{"f121/empathy/nl/vreselijke-timing", NL, "Twee dagen voor de bruiloft, dat is vreselijke timing.", "empathy", nil},
	}
}
