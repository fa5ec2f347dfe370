package scoring

// frames100Cases (-161): empathy's learned weights read only clauses
// about the customer's situation (situation.go), so an image of what the
// trouble did is found in a full reply, and quoted, while the agent's
// plan, a question or an order number never is.
//
// Empathy: "three cold showers in a row with a newborn in the house", "a
// whole day off work for an engineer who never turned up", "twee weken
// zonder auto terwijl je elke dag naar het ziekenhuis moet", each beside
// an apology and a plan; not "Sorry for the wait. I'll ring you tomorrow
// at ten… Could you send a photo…?", "Excuses. Je bestelnummer is 48213…".
func frames100Cases() []scorerCase {
	return []scorerCase{
		{"f123/empathy/nl/koude-douche-kinderen", NL, "Drie avonden op rij een koude douche, met twee kleine kinderen in huis. Sorry. Ik stuur vandaag nog een monteur en bel je om vier uur.", "empathy,apology,callback", ev{Empathy: "met twee kleine kinderen in huis"}},
		{"f123/empathy/nl/zonder-auto-ziekenhuis", NL, "Twee weken zonder auto terwijl je elke dag naar je moeder in het ziekenhuis moet, sorry. Ik regel vandaag een leenauto.", "empathy,apology", ev{Empathy: "Twee weken zonder auto"}},
		{"f123/empathy/nl/plan-en-vraag-geen-empathie", NL, "Sorry voor het wachten. Ik bel je morgen om tien uur terug over de douche. Kun je een foto sturen van de boiler?", "apology,callback,question", nil},
		{"f123/empathy/nl/bestelnummer-geen-empathie", NL, "Excuses. Je bestelnummer is 48213 en de levering staat op donderdag. Ik stuur je de track-and-trace.", "apology", nil},
		{"f123/empathy/en/cold-showers-newborn", EN, "Three cold showers in a row with a newborn in the house. I'm sorry. I'm sending an engineer today and I'll call you at four.", "empathy,apology,callback", ev{Empathy: "Three cold showers in a row"}},
		{"f123/empathy/en/day-off-no-show", EN, "A whole day off work for an engineer who never turned up. I'm really sorry. I've booked you in for 8 tomorrow.", "empathy,apology", ev{Empathy: "A whole day off work"}},
		{"f123/empathy/en/no-car-hospital", EN, "Two weeks without a car while you're visiting your mum in hospital every day, I'm sorry. I'll sort a courtesy car today.", "empathy,apology", ev{Empathy: "Two weeks without a car"}},
		{"f123/empathy/en/plan-and-question-no-empathy", EN, "Sorry for the wait. I'll ring you tomorrow at ten about the shower. Could you send a photo of the boiler?", "apology,callback,question", nil},
		{"f123/empathy/en/order-number-no-empathy", EN, "Apologies. Your order number is 48213 and delivery is set for Thursday. I'll send you the tracking link.", "apology", nil},
	}
}
