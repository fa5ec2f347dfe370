package scoring

// frames122Cases (-185): from the misses on the train part of batch el.
//
// "Sorry she took it that way" places the fault in how the customer
// heard it: blame, and no apology, as "sorry you feel that way". A
// complaint made rare ("you're the first guest to raise it", "u bent de
// eerste die klaagt") denies it; so does a manner defended as a given
// ("it's just how he teaches"). "Every reason to feel forgotten" grants
// the feeling, and "a lot to ask of anyone" names the burden: empathy.
// "Shout if that doesn't work for you" checks the plan just offered. The
// Dutch forms were read already: "alle reden om boos te zijn", "laat maar
// weten als dat niet past", and "het spijt me dat hij het zo heeft
// opgevat", regret for the impression (no apology, and no blame alone).
// Where the customer's own code is ("the code, which is on your ticket",
// "de code, die in je bevestiging staat") is told as help: a near miss
// of blame the learned layer may not overrule.
func frames122Cases() []scorerCase {
	return []scorerCase{
		{"f145/blame/en/took-it-that-way", EN, "I'm sorry your son took it that way.", "blame:customer", nil},
		{"f145/blame/en/taken-the-wrong-way", EN, "Sorry if you've taken it the wrong way, it was only a reminder of the dates.", "blame:customer", nil},
		{"f145/blame/en/first-to-raise", EN, "Honestly, you're the first customer this season to complain about the noise.", "blame:denial", nil},
		{"f145/blame/nl/eerste-die-klaagt", NL, "U bent de eerste bezoeker die daarover klaagt.", "blame:denial", nil},
		{"f145/blame/en/just-how-she", EN, "Our instructor is quite strict, it's just how she coaches.", "blame:denial", nil},
		{"f145/blame/en/first-time-asked", EN, "Was this the first time you noticed the leak?", "question", nil},
		{"f145/empathy/en/every-reason-to-feel", EN, "Four calls and no answer, you'd have every reason to feel ignored.", "empathy", nil},
		{"f145/empathy/en/a-lot-to-ask", EN, "Taking another morning off work is a lot to ask of anyone.", "empathy", nil},
		{"f145/agreement/en/shout-if-not", EN, "I can send a new lid on Monday. Shout if that doesn't work for you.", "agreement", nil},
		{"f145/empathy/nl/alle-reden", NL, "Vier keer gebeld en geen antwoord, u heeft alle reden om boos te zijn.", "empathy", nil},
		{"f145/agreement/nl/als-dat-niet-past", NL, "Ik kan maandag een nieuw deksel sturen. Laat maar weten als dat niet past.", "agreement", nil},
		{"f145/apology/nl/zo-opgevat", NL, "Het spijt me dat uw zoon het zo heeft opgevat.", "", nil},
		{"f145/blame/en/code-which-is-in", EN, "All you need at the gate is the entry code, which is on your ticket.", "", nil},
		{"f145/blame/nl/code-die-staat", NL, "Aan de kassa volstaat de boekingscode, die in je bevestiging staat.", "", nil},
	}
}
