package scoring

// frames79Cases (-140): blame placed with a party at its place ("the
// hold-up is at the factory"; "at Eastbridge" is a place, not a party),
// with a few words between the verb and "aan/bij" ("lag deze keer aan de
// bezorger"), and a matter left between the customer and someone else;
// empathy as relief that the person is unhurt, as the customer's time
// lost, as a problem the customer is left to deal with, as any reaction
// granted ("logisch dat je …", unless a condition explains the fault),
// and as an ordeal of a whole weekend or evening, or one that takes an
// ability away ("…, zo kun je toch niet werken"; "…, dan kunt u niet
// anders dan…" directs).
func frames79Cases() []scorerCase {
	return []scorerCase{
		{"f102/blame/en/hold-up-at-factory", EN, "Sorry for the wait. The hold-up is at the factory that makes the frames.", "apology,blame:supplier", nil},
		{"f102/blame/en/fault-at-place", EN, "The fault was at Eastbridge and the trains are moving again.", "", nil},
		{"f102/blame/nl/lag-deze-keer-aan", NL, "Het lag deze keer aan de bezorger, die had de verkeerde route.", "blame:supplier", nil},
		{"f102/blame/en/between-you-and", EN, "The instructors are self-employed, so refunds are between you and the instructor.", "blame:supplier", nil},
		{"f102/blame/nl/tussen-u-en", NL, "Dat is echt iets tussen u en de verhuurder.", "blame:supplier", nil},
		{"f102/blame/en/between-you-and-me", EN, "Between you and me, the new app is much quicker.", "", nil},
		{"f102/empathy/en/relieved-daughter-okay", EN, "I'm so relieved your daughter is okay.", "empathy", nil},
		{"f102/empathy/nl/blij-ongedeerd", NL, "Gelukkig, blij dat je zoontje ongedeerd is.", "empathy", nil},
		{"f102/empathy/en/glad-okay-with-plan", EN, "Glad you're okay with the new slot.", "", nil},
		{"f102/empathy/en/lost-afternoon", EN, "Sorry, you've lost an afternoon waiting for us.", "empathy,apology", nil},
		{"f102/empathy/nl/ochtend-kwijt", NL, "U bent zo een hele ochtend kwijt.", "empathy", nil},
		{"f102/empathy/nl/middag-kwijt-bijzin", NL, "Sorry dat je daar een hele middag voor kwijt was.", "empathy,apology", nil},
		{"f102/empathy/en/lost-reference", EN, "You lost the booking reference? No problem.", "", nil},
		{"f102/empathy/en/dealing-with-roof", EN, "Sorry you're having to deal with a leaking roof on top of everything.", "empathy,apology", nil},
		{"f102/empathy/nl/logisch-wakker", NL, "Logisch dat je daar wakker van ligt.", "empathy", nil},
		{"f102/empathy/nl/begrijpelijk-geen-zin", NL, "Begrijpelijk dat u er geen zin meer in hebt.", "empathy", nil},
		{"f102/empathy/nl/logisch-als-uitleg", NL, "Logisch dat je weinig bereik hebt als je in de kelder staat.", "", nil},
		{"f102/empathy/nl/weekend-zonder-verwarming", NL, "Een heel weekend zonder verwarming, dan zit je echt in de kou.", "empathy", nil},
		{"f102/empathy/nl/week-zonder-laptop", NL, "Een week zonder laptop, zo kun je toch niet werken.", "empathy", nil},
		{"f102/empathy/nl/niet-anders-dan", NL, "Drie weken zonder pas, dan kunt u niet anders dan een nieuwe aanvragen.", "", nil},
		{"f102/empathy/en/evening-without-power", EN, "A whole evening without power, so you can't even cook for the kids.", "empathy", nil},
	}
}

// frames80Cases (-141): the fault on a named party's side, two words or
// Flemish "langs" away ("on Network Rail's side", "langs De Lijn's
// kant"; "aan de andere kant" is no party); the agent's own line test as
// the check behind "everything is fine on our side"; heard as a person
// ("Ik hoor je.", "I can hear how tight things are"; "I can hear you
// perfectly well" only hears the line); solidarity "as well" on the
// agent's own body ("would make my jaw drop as well"; "would you like me
// to text it as well?" offers); "klinkt heftig", "knap zuur".
func frames80Cases() []scorerCase {
	return []scorerCase{
		{"f103/blame/en/network-rail-side", EN, "The cancellation came from a signal fault on Network Rail's side.", "blame:supplier", nil},
		{"f103/blame/nl/langs-de-lijn-kant", NL, "Dat lijkt ons een storing langs De Lijn's kant.", "blame:supplier", nil},
		{"f103/blame/nl/andere-kant", NL, "Aan de andere kant snap ik dat u snel een oplossing wilt.", "empathy", nil},
		{"f103/blame/en/line-test-fine", EN, "I've just run a line test and everything is working fine on our side.", "blame:denial", nil},
		{"f103/empathy/nl/ik-hoor-je", NL, "Ik hoor je. Drie keer bellen voor hetzelfde is te veel.", "empathy", nil},
		{"f103/empathy/nl/wat-ik-hoor", NL, "Ik laat u weten wat ik hoor van de monteur.", "", nil},
		{"f103/empathy/en/can-hear-how", EN, "I can hear how tight things are for you this month.", "empathy", nil},
		{"f103/empathy/en/hear-you-fine", EN, "No need to shout, I can hear you perfectly well.", "", nil},
		{"f103/empathy/en/jaw-drop-as-well", EN, "A bill twice the usual size would make my jaw drop as well.", "empathy", nil},
		{"f103/empathy/en/text-it-as-well", EN, "Would you like me to email it to you as well?", "agreement", nil},
		{"f103/empathy/nl/klinkt-heftig", NL, "Oei, dat klinkt heftig.", "empathy", nil},
		{"f103/empathy/nl/knap-zuur", NL, "Dat is knap zuur na zo'n lange rit.", "empathy", nil},
	}
}
