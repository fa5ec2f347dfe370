package scoring

// frames85Cases (-146): a situation put first and then what anyone in
// it wants names the need (empathy): "Met een baby in huis wil je
// gewoon zeker weten…", "…, dan wil je gewoon rust", "With a newborn at
// home, you just want to know…". Not a question ("Wil je … sturen?"), a
// condition ("Als je wilt, …"), the customer's own request ("Dat wil je
// natuurlijk geregeld hebben") or "I know you want…". The ordeal frame
// reads past more of the ordeal before its impact ("…, en dat al een
// week, zo slaap je…", "…terwijl de boor naast je oor gaat, daar…"),
// "nobody" before a veto word directs nothing ("daar zit niemand graag
// op te wachten"), and "nog maar" may open the count.
func frames85Cases() []scorerCase {
	return []scorerCase{
		{"f108/empathy/nl/need-after-situation", NL, "Met een pasgeboren baby in huis wil je gewoon zeker weten dat het water veilig is.", "empathy", nil},
		{"f108/empathy/nl/need-dan", NL, "Na zo'n verhuizing, dan wil je gewoon rust.", "empathy", nil},
		{"f108/empathy/nl/need-not", NL, "Twee dagen voor het examen wil je echt niet nog achter een rekenmachine aan zitten.", "empathy", nil},
		{"f108/empathy/en/need-after-situation", EN, "With a newborn at home, you just want to know the water is safe.", "empathy", nil},
		{"f108/empathy/en/need-not", EN, "Two days before the exam, you really don't want to be chasing a missing calculator.", "empathy", nil},
		{"f108/empathy/nl/need-question", NL, "Wil je je klantnummer even sturen?", "", nil},
		{"f108/empathy/nl/need-conditional", NL, "Als je wilt, bel ik je om vier uur terug.", "", nil},
		{"f108/empathy/nl/need-request", NL, "Dat wil je natuurlijk geregeld hebben.", "", nil},
		{"f108/empathy/nl/need-asks-back", NL, "Wat wil je dat ik doe?", "", nil},
		{"f108/empathy/en/need-conditional", EN, "If you want to, I can call you back at four.", "", nil},
		{"f108/empathy/en/need-i-know", EN, "I know you want this sorted today.", "", nil},
		{"f108/empathy/nl/ordeal-goes-on", NL, "Twee keer per nacht een piepend alarm, en dat al een week, zo slaap je nooit eens door.", "empathy", nil},
		{"f108/empathy/en/ordeal-goes-on", EN, "Four cold showers a day, and still no plumber, so you can't even wash the kids properly.", "empathy", nil},
		{"f108/empathy/nl/ordeal-while", NL, "Twee weken thuiswerken terwijl de boor naast je oor gaat, daar word je niet vrolijk van.", "empathy", nil},
		{"f108/empathy/nl/ordeal-nobody", NL, "Drie avonden op rij zonder tv, daar zit niemand graag op te wachten.", "empathy", nil},
		{"f108/empathy/nl/ordeal-nog-maar", NL, "Nog maar twee dagen medicijnen in huis, dan lig je er wakker van.", "empathy", nil},
		{"f108/empathy/nl/ordeal-plan", NL, "Drie weken zonder bril, en ik bel de slijper morgen om tien uur.", "", nil},
	}
}
